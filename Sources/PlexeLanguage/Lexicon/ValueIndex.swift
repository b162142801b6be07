/// The stored texts of every text column, looked up by the words a question writes them with:
/// "Canada", "Nova Scotia", "Saint-Laurent Blvd", "12-Old-Town", "LUX" (BRIDGE's anchor texts,
/// exact rather than fuzzy). Low-cardinality columns come from `ColumnInfo.distinctValues`,
/// the others from the upload's value index (`LanguageSchema.values`).
///
/// A value is keyed by its tokens as the question tokenizer cuts them (lowercase words,
/// numbers as written, punctuation kept), so a multi-word value matches the same words in a
/// question whatever the spacing, and a lookup is one dictionary access per question word.
struct ValueIndex: Sendable {
    struct Entry: Sendable {
        let keys: [String]
        let ref: ColumnRef
        let value: String
        /// Whether the value is written exactly as stored in the question (case included).
        let exactText: [String]
        /// Another name of the stored value (a country's code or name), not the value itself.
        var isAlias = false
    }

    /// A contiguous run of question tokens found inside stored values, not as a whole value
    /// ("Old-Town" in `12-Old-Town`): a `LIKE` on the one column that holds it.
    struct Part: Sendable, Equatable {
        let ref: ColumnRef
        let pattern: String
    }

    private var byFirstKey: [String: [Entry]] = [:]
    /// Every indexed value by column, for substring searches (quoted text, parts of names).
    private var valuesByColumn: [(ref: ColumnRef, lowered: [String], stored: [String])] = []
    /// Each indexed value's token keys, by column (as in `valuesByColumn`).
    private var tokenKeys: [[[String]]] = []
    /// Token key → where it occurs: column (index in `valuesByColumn`), value, position. Finds
    /// the values that hold a run of words without scanning them all.
    private var postings: [String: [(column: Int, value: Int, position: Int)]] = [:]

    var isEmpty: Bool { byFirstKey.isEmpty }

    /// The lookup keys of a text: its tokens' lowercase forms.
    static func keys(of text: String) -> [String] {
        Tokenizer.tokenize(text).map(\.lower)
    }

    /// Indexes a column's values: for whole-value lookups when `wholeValues` (the
    /// low-cardinality ones are already phrases of the schema lexicon), and always for
    /// substring searches.
    mutating func add(_ values: [String], column ref: ColumnRef, countryLike: Bool, wholeValues: Bool) {
        let column = valuesByColumn.count
        valuesByColumn.append((ref, values.map { $0.lowercased() }, values))
        var keysOfValues: [[String]] = []
        keysOfValues.reserveCapacity(values.count)
        for (v, value) in values.enumerated() {
            let tokens = Tokenizer.tokenize(value)
            let keys = tokens.map(\.lower)
            keysOfValues.append(keys)
            if keys.count > 1 {
                for (position, key) in keys.enumerated() where key.count >= 3 { postings[key, default: []].append((column, v, position)) }
            }
            guard wholeValues, !tokens.isEmpty, tokens.count <= 12 else { continue }
            insert(Entry(keys: tokens.map(\.lower), ref: ref, value: value, exactText: tokens.map(\.text)))
            if let words = ValueIndex.dottedWords(of: value) {
                insert(Entry(keys: words.map { $0.lowercased() }, ref: ref, value: value, exactText: words))
            }
            // A country column answers to the country's other names and codes ("Luxembourg" and
            // "LUX" are the same row whichever is stored).
            guard countryLike, let country = CountryNames.byKey[value] ?? CountryNames.byKey[value.lowercased()] else { continue }
            for name in country.names where name != value.lowercased() {
                let nameTokens = Tokenizer.tokenize(name)
                insert(Entry(keys: nameTokens.map(\.lower), ref: ref, value: value, exactText: [], isAlias: true))
            }
            for code in country.codes where code != value {
                insert(Entry(keys: [code.lowercased()], ref: ref, value: value, exactText: [code], isAlias: true))
            }
        }
        tokenKeys.append(keysOfValues)
    }

    /// The words of a value stored with dots between them, as R writes names (`New.Bedford`,
    /// `Salt.Lake.City`): a question writes them with spaces, and the tokenizer keeps a dotted
    /// run as one word (for domains such as `gmail.com`), so the value needs its spoken form as
    /// a key too — else "New Bedford" finds only a stored `Bedford` by its last word. Nil unless every
    /// piece is a word of letters.
    static func dottedWords(of value: String) -> [String]? {
        guard value.contains("."), !value.contains(" "), !value.contains("@") else { return nil }
        let pieces = value.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard pieces.count >= 2, pieces.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isLetter) }) else { return nil }
        return pieces
    }

    private mutating func insert(_ entry: Entry) {
        guard let first = entry.keys.first else { return }
        byFirstKey[first, default: []].append(entry)
    }

    /// The longest run of tokens from `i` that spells whole stored values, with every value it
    /// spells. A run must be trustworthy as a name: written as stored, or capitalised, or more
    /// than one word with a number or a capital in it; a lone lowercase word ("may", "bill")
    /// is English before it is a value.
    func longestMatch(_ tokens: [Token], at i: Int) -> (length: Int, entries: [Entry])? {
        guard i < tokens.count else { return nil }
        guard let candidates = byFirstKey[tokens[i].lower] else { return abbreviatedMatch(tokens, at: i) }
        var best: (length: Int, entries: [Entry])?
        for entry in candidates {
            let n = entry.keys.count
            guard i + n <= tokens.count, n >= (best?.length ?? 0) else { continue }
            var ok = true
            for k in 0..<n where tokens[i + k].lower != entry.keys[k] || tokens[i + k].kind == .quoted {
                ok = false
                break
            }
            guard ok, trustworthy(Array(tokens[i..<(i + n)]), entry) else { continue }
            if n > (best?.length ?? 0) { best = (n, []) }
            best?.entries.append(entry)
        }
        // "LUX" stored in one column beats "LUX" as another name of Luxembourg in another.
        if let found = best, found.entries.contains(where: { !$0.isAlias }) {
            best = (found.length, found.entries.filter { !$0.isAlias })
        }
        return best ?? abbreviatedMatch(tokens, at: i)
    }

    /// "University of Leeds Press" of a stored `Univ of Leeds Press`, "Acme Company" of
    /// `Acme Co`, "International" of `Intl`: a run of words from `i`, the first capitalised,
    /// each the word of a stored value of two or more words or its fuller form (`shortens`),
    /// at least one shortened. Taken only when exactly one stored value fits, so a
    /// shortening that could stand for two values is never guessed.
    ///
    /// The candidates are the values holding one of the run's words, written in full, at the
    /// same place (`postings`): a few dictionary reads per capitalised word instead of a scan
    /// of every stored value — up to 5,000 per text column, which cost milliseconds per
    /// question on wide uploads. A value whose every word is shortened ("Univ Pr") is not found.
    func abbreviatedMatch(_ tokens: [Token], at i: Int) -> (length: Int, entries: [Entry])? {
        guard i < tokens.count, tokens[i].kind == .word, tokens[i].text.first?.isUppercase == true else { return nil }
        let first = tokens[i].lower
        var candidates: [(column: Int, value: Int)] = []
        var seen: Set<Int> = []
        for k in 0..<min(12, tokens.count - i) {
            // (A word in thousands of stored values — "the", "of" — places nothing by itself, and
            // scanning its postings at every capitalised word of a long question of such words
            // would cost what the postings are there to avoid: the other words find the value.)
            guard let found = postings[tokens[i + k].lower], found.count <= ValueIndex.maxPostingsScanned else { continue }
            for posting in found where posting.position == k {
                if seen.insert(posting.column << 32 | posting.value).inserted { candidates.append((posting.column, posting.value)) }
            }
        }
        var found: [Entry] = []
        for (c, v) in candidates {
            let column = valuesByColumn[c]
            let keys = tokenKeys[c][v]
            guard keys.count >= 2, i + keys.count <= tokens.count, let head = keys.first, head == first || ValueIndex.shortens(head, first)
            else { continue }
            var shortened = false
            var fits = true
            for (k, key) in keys.enumerated() {
                let token = tokens[i + k]
                // (A plural is the word itself: "reviews" does not shorten to `review`.)
                let same = key == token.lower || key == token.lemma
                guard token.kind == .word, same || ValueIndex.shortens(key, token.lower) else {
                    fits = false
                    break
                }
                if !same { shortened = true }
            }
            guard fits, shortened, !found.contains(where: { $0.ref == column.ref && $0.value == column.stored[v] }) else { continue }
            found.append(Entry(keys: keys, ref: column.ref, value: column.stored[v], exactText: []))
        }
        guard found.count == 1, let entry = found.first else { return nil }
        return (entry.keys.count, [entry])
    }

    /// The most postings a shortened-value lookup reads for one word.
    static let maxPostingsScanned = 2_000

    /// Whether `short` is a shortening of `word`: its first letters ("univ" of "university",
    /// two letters or more), or a contraction — three letters or more in order from the
    /// first, with at most one vowel ("intl" of "international", "dept" of "department"; not
    /// "chemical" of "chemotherapy", a word of its own).
    static func shortens(_ short: String, _ word: String) -> Bool {
        guard short.count >= 2, short.count < word.count, short.first == word.first, short.allSatisfy(\.isLetter) else { return false }
        if word.hasPrefix(short) { return true }
        return short.count >= 3 && short.filter { "aeiou".contains($0) }.count <= 1 && Morphology.isSubsequence(short, of: word)
    }

    private func trustworthy(_ run: [Token], _ entry: Entry) -> Bool {
        if run.allSatisfy({ $0.kind == .number || $0.kind == .symbol }) { return false }
        // A code ("IN", "CA") counts only in capitals: "In which year" is no India.
        if entry.exactText.count == 1, entry.exactText[0].count <= 3, entry.exactText[0].allSatisfy({ $0.isUppercase }) {
            return run.count == 1 && run[0].text == entry.exactText[0]
        }
        if run.map(\.text) == entry.exactText {
            // Written exactly as stored: a lowercase single word still has to look like data.
            return run.count > 1 || run[0].isAllCaps || run[0].isCode || run[0].text.first?.isUppercase == true
                || entry.value.count >= 4
        }
        let capitalised = run.contains { $0.kind == .word && ($0.text.first?.isUppercase ?? false) }
        if run.count == 1 { return capitalised && (entry.value.count > 3 || run[0].isAllCaps) }
        return capitalised || run.contains { $0.kind == .number }
    }

    /// The columns whose stored values contain `text` (any case), with one such value each.
    func columns(containing text: String) -> [(ref: ColumnRef, example: String)] {
        let needle = text.lowercased()
        guard needle.count >= 2 else { return [] }
        var result: [(ColumnRef, String)] = []
        for (ref, values, stored) in valuesByColumn {
            if let hit = values.firstIndex(where: { $0.contains(needle) }) { result.append((ref, stored[hit])) }
        }
        return result
    }

    /// The stored values equal to `text` ignoring case, by column.
    func wholeValues(equalTo text: String) -> [(ref: ColumnRef, value: String)] {
        let needle = text.lowercased()
        var result: [(ColumnRef, String)] = []
        for (ref, values, stored) in valuesByColumn {
            if let hit = values.firstIndex(of: needle) { result.append((ref, stored[hit])) }
        }
        return result
    }

    /// A run of capitalised words from `i` that occurs inside the stored values of exactly one
    /// column (never as a whole value), as a `LIKE` pattern with `%` between the words.
    func part(_ tokens: [Token], at i: Int) -> (length: Int, part: Part)? {
        var n = 0
        while i + n < tokens.count, tokens[i + n].kind == .word || (n > 0 && tokens[i + n].kind == .number),
            tokens[i + n].text.first?.isUppercase == true || tokens[i + n].kind == .number
        {
            n += 1
        }
        while n > 0 {
            // A capitalised first word of the question is capitalised for the sentence.
            if i == 0 && n == 1 { break }
            let run = tokens[i..<(i + n)]
            // A lone adjective ("Parisian", "Nordic") names a people or a place before it is a
            // piece of a name ("Parisian Bakery Group").
            if n == 1, WordNet.shared?.contains(run[run.startIndex].lower, .adjective) == true {
                n -= 1
                continue
            }
            let words = run.map(\.lower)
            // Looked up by the run's longest word, which has the fewest places to check.
            if let (anchor, key) = words.enumerated().filter({ $0.element.count >= 3 }).max(by: { $0.element.count < $1.element.count }) {
                var holders = Set<Int>()
                for (column, value, position) in postings[key] ?? [] {
                    let keys = tokenKeys[column][value]
                    let start = position - anchor
                    guard start >= 0, start + words.count <= keys.count, keys.count > words.count,
                        Array(keys[start..<(start + words.count)]) == words
                    else { continue }
                    holders.insert(column)
                }
                if holders.count == 1, let column = holders.first {
                    let pattern = "%" + run.map(\.text).joined(separator: "%") + "%"
                    return (n, Part(ref: valuesByColumn[column].ref, pattern: pattern))
                }
            }
            n -= 1
        }
        return nil
    }
}
