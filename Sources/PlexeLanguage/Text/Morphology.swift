/// Just enough English morphology to match "countries" with `country`, "referred" with
/// `referral_source` and "signed up" with `signup_date`.
///
/// Hand-written on purpose: the only libraries allowed here are Foundation and the system
/// libraries, and a full stemmer (Porter, Snowball) over-stems short column words ("ages" and
/// "aged" must stay apart from "age" only by suffix rules we can see and test).
enum Morphology {
    /// Whether every character of `short` appears in `long`, in order (not necessarily
    /// together): "asst" in "assistant", "mkr" in "maker". Shortened words and codes keep
    /// their letters in order.
    static func isSubsequence(_ short: String, of long: String) -> Bool {
        var rest = Substring(long)
        for c in short {
            guard let at = rest.firstIndex(of: c) else { return false }
            rest = rest[rest.index(after: at)...]
        }
        return true
    }

    /// Words ending in "s" that are already singular.
    private static let singularWithS: Set<String> = [
        "status", "bus", "gas", "class", "address", "business", "analysis", "basis", "news",
        "series", "species", "is", "was", "has", "this", "us", "yes", "plus", "less", "process",
        "access", "success", "loss", "boss", "cross", "glass", "mass", "pass", "miss", "previous",
        "various", "bonus", "census", "campus", "virus", "canvas", "chaos", "alias", "atlas",
        "lens", "tennis", "physics", "mathematics", "its", "does", "goes", "always", "perhaps",
        "thus", "across", "versus", "vs", "towards", "afterwards", "whereas", "unless", "gross",
        "diabetes", "sars", "covid", "ms", "mrs", "its", "as", "his", "hers", "ours", "yours",
        "theirs", "whose", "means", "weekdays", "kudos", "lens", "corps", "sometimes", "nervous",
        "famous", "numerous", "serious", "continuous", "gorgeous", "radius", "genus", "nexus",
        "stimulus", "status", "surplus", "apparatus", "iris", "axis", "thesis", "crisis", "hypothesis",
        "diagnosis", "synopsis", "emphasis", "oasis", "parenthesis", "prognosis",
    ]
    private static let irregularPlurals: [String: String] = [
        "people": "person", "men": "man", "women": "woman", "children": "child", "feet": "foot",
        "teeth": "tooth", "mice": "mouse", "geese": "goose", "data": "data", "criteria": "criterion",
        "analyses": "analysis", "indices": "index", "matrices": "matrix", "statuses": "status",
        "addresses": "address", "businesses": "business", "classes": "class", "taxes": "tax",
        "boxes": "box", "leaves": "leave", "lives": "life", "wives": "wife", "halves": "half",
        "shelves": "shelf", "series": "series", "species": "species", "diagnoses": "diagnosis",
        "axes": "axis", "buses": "bus", "quizzes": "quiz", "heroes": "hero", "potatoes": "potato",
        "tomatoes": "tomato", "phenomena": "phenomenon", "media": "media", "sales": "sale",
        "ids": "id", "dies": "die", "ties": "tie", "lies": "lie", "pies": "pie", "movies": "movie",
        "cookies": "cookie", "calories": "calorie", "zombies": "zombie", "rookies": "rookie", "selfies": "selfie",
        "brownies": "brownie", "smoothies": "smoothie", "goalies": "goalie", "hoodies": "hoodie", "veggies": "veggie",
        "sorties": "sortie", "aunties": "auntie", "genies": "genie",
    ]

    /// The singular of a lowercase word (unchanged when it is not a recognisable plural).
    static func singular(_ word: String) -> String {
        if let irregular = irregularPlurals[word] { return irregular }
        guard word.count > 3, word.hasSuffix("s"), !singularWithS.contains(word) else { return word }
        if word.hasSuffix("ss") || word.hasSuffix("us") || word.hasSuffix("is") { return word }
        if word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
        for ending in ["sses", "xes", "ches", "shes", "zzes"] where word.hasSuffix(ending) {
            return String(word.dropLast(2))
        }
        // Digits or codes ending in s ("1990s") keep it off.
        if let last = word.dropLast().last, last.isNumber { return String(word.dropLast()) }
        return String(word.dropLast())
    }

    /// A plural for titles and aliases ("customer" → "customers", "country" → "countries").
    static func plural(_ word: String) -> String {
        if word.hasSuffix("s") || word.hasSuffix("x") || word.hasSuffix("ch") || word.hasSuffix("sh") { return word + "es" }
        if word.hasSuffix("y"), let before = word.dropLast().last, !"aeiou".contains(before) {
            return String(word.dropLast()) + "ies"
        }
        return word + "s"
    }

    private static let irregularVerbs: [String: String] = [
        "paid": "pay", "spent": "spend", "sold": "sell", "bought": "buy", "made": "make",
        "came": "come", "took": "take", "gave": "give", "won": "win", "lost": "lose",
        "born": "birth", "left": "leave", "began": "begin", "begun": "begin", "ran": "run",
        "grew": "grow", "grown": "grow", "drove": "drive", "driven": "drive", "wrote": "write",
        "written": "write", "kept": "keep", "held": "hold", "met": "meet", "sent": "send",
        "built": "build", "taught": "teach", "thought": "think", "brought": "bring",
        "chose": "choose", "chosen": "choose", "rode": "ride", "flew": "fly", "flown": "fly",
        "shipped": "ship", "stopped": "stop", "dropped": "drop", "planned": "plan",
        "earned": "earn", "earnt": "earn", "dealt": "deal", "led": "lead", "fed": "feed",
        "paying": "pay", "payment": "pay", "payments": "pay", "sale": "sell", "sales": "sell",
        "birthday": "birth", "died": "death", "dead": "death", "die": "death",
    ]

    /// A loose stem for linking verbs and derived words to column words: "referred" and
    /// "referral" → "refer", "signed" → "sign", "paid" and "payment" → "pay".
    static func stem(_ word: String) -> String {
        if let irregular = irregularVerbs[word] { return irregular }
        var w = word
        if w.count <= 4 {
            w = singular(w)
            if w.hasSuffix("e"), w.count > 3 { w = String(w.dropLast()) }
            return w
        }
        for suffix in ["ations", "ation", "ions", "ion", "ments", "ment", "ings", "ing", "als", "al", "ers", "er", "ors", "or", "ed", "es", "s"] {
            let minimum = suffix.hasPrefix("ation") ? 4 : 3
            if w.hasSuffix(suffix), w.count - suffix.count >= minimum {
                w = String(w.dropLast(suffix.count))
                break
            }
        }
        // "referr" → "refer", "shipp" → "ship"
        if w.count >= 4, let last = w.last, let previous = w.dropLast().last, last == previous, !"aeiouls".contains(last) {
            w = String(w.dropLast())
        }
        if w.hasSuffix("e"), w.count > 3 { w = String(w.dropLast()) }
        return w
    }
}
