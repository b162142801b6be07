import PlexeFoundation

/// Everything the translator learns from the schema, computed once per session: the words
/// that name each table, column and low-cardinality value, and the facts the interpreter
/// needs (which column labels a row, which are dates, which hold money, how tables join).
struct SchemaLexicon: Sendable {
    struct Table: Sendable {
        let name: String
        /// Singular lowercase words of the table name (`order_items` → order, item).
        let words: [String]
        let columns: [Column]
        let rowCount: Int
        /// A unique identifier column (`customer_id`), if any.
        let keyColumn: Int?
        /// The column that names a row for people (`name`, `title`), if any.
        let labelColumn: Int?
        /// What a row is, in WordNet's words: the head noun of the name (`voyages` → voyage,
        /// `ukbirds` → bird).
        var headNouns: [String] = []
        /// Other nouns the rows answer to (see `SchemaLexicon.rowWords`).
        var rowWords: Set<String> = []
        /// The kinds most of the rows' names are (otter, walrus, lion → carnivore): non-empty
        /// when rows are told apart by kind, so a narrower kind names some rows, not all.
        var kindsOfNames: Set<String> = []
    }

    struct Column: Sendable {
        let ref: ColumnRef
        let name: String
        let type: ColumnType
        /// Singular lowercase words of the name (`lifetime_value` → lifetime, value).
        let words: [String]
        let nullable: Bool
        let unique: Bool
        let distinctValues: [String]?
        /// The name's letters and digits, lowercase, as an abbreviation is matched against
        /// (`unitPrice` → "unitprice", `zip_code` → "zipcode").
        let letters: String
        /// The literal that means "yes" for a yes/no column: `1` for booleans and 0/1
        /// integers, the stored text ('yes', 'Y', 'true') for text columns holding only yes/no.
        let trueLiteral: SQLLiteral?
        let falseLiteral: SQLLiteral?
        /// What the unit the name ends with measures, where no word of the name says it
        /// (`lwt_celsius` → temperature, `load_kg` → weight; see `measuredDimensions`).
        var unitDimensions: [String] = []
        /// The smallest and largest value ingest saw in a numeric column (`ColumnInfo.minimum`,
        /// `maximum`), nil when unknown (uploads loaded before ingest kept them).
        var loadedRange: ClosedRange<Double>? = nil
        /// Whether `letters` is an English word (`SchemaLexicon.isEnglishWord`), and which of
        /// `words` are: worked out once per schema, because the abbreviation passes ask it of
        /// every column for every run of words around every unknown word of a question.
        var lettersAreEnglish = false
        var englishWords: Set<String> = []

        var isBooleanLike: Bool { trueLiteral != nil }
        var isNumeric: Bool { type == .integer || type == .float }
        var isTemporal: Bool { type == .date || type == .datetime }
        /// Whether the name says the column holds a person's sex (`sex`, `gender`, `patient_sex`).
        var namesSex: Bool { words.contains { $0 == "sex" || $0 == "gender" } }
        /// Whether the name says the column holds a person's age (`age`, `age_years`).
        var namesAge: Bool { words.contains("age") }
        /// Whether the column records who a person is by sex or age: a table with one has
        /// people for its rows, and a noun of a sex or an age ("women", "children") picks some.
        var describesAPerson: Bool { namesSex || namesAge }
        var isText: Bool { type == .string }
        /// A whole-number column holding years (`birth_year`, `year`): dates compare with it.
        /// A name with "years" in it may instead count years (`training_years`,
        /// `age_years`): when ingest saw the column's values and they are no calendar years,
        /// it is a plain number — else "in 2020" would become `training_years = 2020`. So may a
        /// bare plural (`years` of players: seasons in the majors, 1–24, where "in 1986" became
        /// `years = 1986`). A bare `year` keeps its sense whatever it holds (two-digit years).
        var isYearNumber: Bool {
            guard type == .integer, words.contains(where: { $0 == "year" || $0 == "yr" }) else { return false }
            let plural = ["years", "yrs"].contains { name.lowercased().hasSuffix($0) }
            guard words.count > 1 || plural, let range = loadedRange else { return true }
            return range.lowerBound >= 1000 && range.upperBound <= 2999
        }
        /// How many units one stored unit is, where the name says its figures are kept in
        /// thousands or millions (`income_k`, `JobsK`, `output_thousands`, `revenue_mn`): 1000
        /// for those in thousands, 1 for the rest. A number said in whole units ("50 thousand",
        /// "$40,000") is divided by it before it is compared with the column.
        var unitScale: Double { isNumeric ? SchemaLexicon.unitScale(ofWords: words) : 1 }
    }

    /// What a schema phrase names.
    enum Target: Sendable, Hashable {
        case table(Int)
        /// A column; `negated` for forms such as "inactive" of `is_active`.
        case column(ColumnRef, negated: Bool)
        case value(ColumnRef, String)
    }

    enum MatchMode: Sendable, Hashable {
        /// Compare singular lowercase forms.
        case lemma
        /// Compare loose stems ("referred" ~ "referral").
        case stem
        /// Compare the text as written: short uppercase codes (`IN`, `US`, `CA`) must be
        /// written in capitals, so the words "in", "us" and "ca" stay English.
        case exactCase
    }

    struct Phrase: Sendable {
        let elements: [(word: String, mode: MatchMode)]
        let target: Target
        /// 4 = the full name, 3 = the name without its table prefix or a value, 2 = a
        /// distinctive part of the name, 1 = a generic part or a stem.
        let score: Int
    }

    let tables: [Table]
    let links: [ForeignKeyLink]
    /// Phrases keyed by "mode:first word".
    let phrasesByKey: [String: [Phrase]]
    /// The stored texts of text columns, for literals in questions (see `ValueIndex`).
    let values: ValueIndex
    /// How often a time column's series is measured (a row a week, a month, a year), where the
    /// spacing of its dates (or a whole-number year) says so.
    let periods: [ColumnRef: DatePart]
    /// Date columns whose every date is the first day of its period (`periods`), one date per
    /// period: grouping by that period is grouping by the date itself.
    let datesAtTheirPeriodStart: Set<ColumnRef>
    /// Each table's family of counts per named member (`valueFamily(of:)`), found once here.
    private(set) var valueFamilies: [[ColumnRef]] = []
    /// Each table's frequency column, where its rows are counted combinations (`frequencyColumn(of:)`), found once here.
    private(set) var frequencyColumns: [ColumnRef?] = []
    /// Each table's yes/no column named by a verb of perception (`observationColumn(of:)`), found once here.
    private(set) var observationColumns: [ColumnRef?] = []
    /// The verb senses of numeric columns' words (`verbSenses(of:)`), found once here.
    private(set) var verbSenses: [ColumnRef: [VerbSense]] = [:]
    /// Whether any table keeps time (`findKeepsTime`), found once here: rate phrases ask it of
    /// every question.
    private(set) var keepsTime = false
    /// The columns with cut names (`isCutName`: `totsc4`, `perinc`), found once here: the
    /// cut-name reading asks for them at every unknown word of a question.
    private(set) var cutNamedColumns: [ColumnRef] = []
    /// Each table's `findPaysPeople`, found once here: "spend" asks it for every money word of
    /// every table.
    private(set) var tablesPayingPeople: [Bool] = []
    /// Each table's `findRowsArePeople`, found once here.
    private(set) var tablesOfPeople: [Bool] = []
    /// `findTableOfUnnamedPeople`, found once here: every unknown noun for a person asks it,
    /// and it walks WordNet through the tables' names.
    private(set) var tableOfUnnamedPeople: Int? = nil
    /// The columns that carry their year in their names (`findYearNamedColumns`), found once here.
    private(set) var yearNamedColumns: [ColumnRef: YearNamedColumn] = [:]
    /// `findAnonymousCount`, found once here: every act noun no column names asks it, and
    /// `countsThings` for every measure.
    private(set) var anonymousCount: ColumnRef? = nil
    /// The first and last date of a date column, where the value index has its dates.
    let dateSpans: [ColumnRef: (first: CalendarDate, last: CalendarDate)]
    /// The first letters of the columns' names: an abbreviation starts with one of them
    /// (`Interpreter.abbreviation(around:)` asks for every unknown word of a question).
    let nameInitials: Set<Character>
    /// The terse names of a count made of `n` and the start of what is counted (`npreg` →
    /// "preg", `nhosp` → "hosp"), with that start: most schemas have none, and the abbreviation
    /// pass asks them of every unknown word (`Interpreter.countsShortenedNoun`).
    let countedNounStarts: [ColumnRef: String]
    /// The words of column names that may be initials — two letters or more, no English word
    /// and no known expansion (`nfi`, `bmi`); most schemas have none (`Interpreter.initialism(around:)`).
    let initialismWords: Set<String>

    subscript(ref: ColumnRef) -> Column { tables[ref.table].columns[ref.column] }

    func columnName(_ ref: ColumnRef) -> String { tables[ref.table].columns[ref.column].name }

    // MARK: Building

    /// Whether a table named by `words` lists the kinds of `word` (`fabric_types`,
    /// `fabric_kinds`): its rows are kinds, so the word alone names the things elsewhere.
    static func listsKinds(_ words: [String], of word: String) -> Bool {
        words.count == 2 && words[0] == word && ["type", "kind", "category", "class"].contains(words[1])
    }

    /// Words that name nothing on their own: a column is never found by one of these alone.
    static let genericWords: Set<String> = [
        "id", "type", "date", "time", "value", "count", "number", "num", "no", "code", "key", "flag",
        "is", "has", "total", "amount", "of", "the", "at", "on", "in", "by", "per", "and", "or", "a",
        "to", "for", "with", "from", "avg", "max", "min", "sum", "name", "status", "info", "data",
        "nr", "n", "pct", "perc", "percent", "rate", "level", "category", "class", "group", "kind", "day",
        "month", "year", "timestamp", "dt", "ts", "was", "did", "can", "last", "first", "new", "old",
    ]
    /// Words that say which figure of a measure a column keeps, not what it measures
    /// (`rest_total`): "rest" is that column before `rest_deep` (`Interpreter.column`).
    static let measureQualifiers: Set<String> = ["total", "value", "amount", "overall", "all", "sum"]
    /// Words never taken as a part of a longer name on their own ("up" of "sign up").
    static let partialStopWords: Set<String> = [
        "up", "in", "out", "on", "off", "over", "down", "back", "of", "the", "a", "an", "to", "for", "by", "with",
        "and", "or", "at", "from", "per", "is", "has", "was", "be", "not", "no", "all", "any", "each", "as",
    ]
    /// Abbreviations in column names and the words people write instead.
    static let expansions: [String: [String]] = [
        "qty": ["quantity", "unit", "item", "piece"], "amt": ["amount"], "num": ["number"],
        "no": ["number"], "nr": ["number"], "pct": ["percent", "percentage"], "perc": ["percent", "percentage"], "dt": ["date"],
        "desc": ["description"], "cat": ["category"], "dept": ["department"], "emp": ["employee"],
        "cust": ["customer"], "prod": ["product"], "txn": ["transaction"], "trans": ["transaction"],
        "addr": ["address"], "yr": ["year"], "mo": ["month"], "ts": ["timestamp", "time"],
        "max": ["maximum"], "min": ["minimum"], "avg": ["average"],
        "precip": ["precipitation"], "precipitation": ["rainfall", "precip", "rain", "snowfall"], "temp": ["temperature"], "sal": ["salary"],
        "dob": ["birth"], "tel": ["telephone", "phone"],
        "msg": ["message"], "img": ["image"], "pop": ["population"], "lat": ["latitude"],
        "lng": ["longitude"], "lon": ["longitude"], "long": ["longitude"], "ht": ["height"],
        "wt": ["weight"], "dur": ["duration"], "ltv": ["lifetime value"], "rev": ["revenue"],
        "sex": ["gender"], "gender": ["sex"], "quantity": ["qty", "item", "unit", "piece"],
        "mfr": ["manufacturer"], "org": ["organization", "organisation"], "loc": ["location"],
        "acct": ["account"], "bal": ["balance"], "pmt": ["payment"], "ref": ["reference", "referral"],
        "src": ["source"], "dest": ["destination"], "dist": ["distance"], "cnt": ["count"],
        "mgr": ["manager"], "pos": ["position"], "grp": ["group"], "std": ["standard"],
        "signup": ["sign up", "join", "registration", "enrollment", "subscription"],
        "yoe": ["experience"], "exp": ["experience"], "hrs": ["hour"], "mins": ["minute"],
    ]
    /// Words people use for common coded values.
    static let valueSynonyms: [String: [String]] = [
        "female": ["woman", "women", "lady", "ladies", "girl", "girls", "f"], "f": ["female", "woman", "women"],
        "male": ["man", "men", "gentleman", "gentlemen", "boy", "boys", "m"], "m": ["male", "man", "men"],
        "y": ["yes"], "n": ["no"],
        "mon": ["monday"], "tue": ["tuesday"], "tues": ["tuesday"], "wed": ["wednesday"], "thu": ["thursday"],
        "thur": ["thursday"], "thurs": ["thursday"], "fri": ["friday"], "sat": ["saturday"], "sun": ["sunday"],
        "monday": ["mon"], "tuesday": ["tue"], "wednesday": ["wed"], "thursday": ["thu", "thur"], "friday": ["fri"],
        "saturday": ["sat"], "sunday": ["sun"],
    ]
    /// Units and the abbreviations column names carry them as (`weight_kg`, `height_in`,
    /// `speed_mph`, `price_usd`): a unit in a question points at the one column measured in it.
    /// WordNet has the words but not the spelling conventions of column names, hence this
    /// table (the engine's own lexicon is kept to units, SQL words and chart words).
    static let unitSuffixes: [String: [String]] = [
        "kilogram": ["kg", "kilo", "kilogram"], "kilo": ["kg", "kilo"], "gram": ["g", "gr", "gram"], "milligram": ["mg"],
        "pound": ["lb", "lbs", "pound"], "ounce": ["oz"], "ton": ["t", "ton", "tonne"], "tonne": ["t", "ton", "tonne"],
        "meter": ["m", "meter", "metre"], "metre": ["m", "meter", "metre"], "centimeter": ["cm"], "centimetre": ["cm"],
        "millimeter": ["mm"], "millimetre": ["mm"], "kilometer": ["km"], "kilometre": ["km"], "mile": ["mi", "mile"],
        "inch": ["in", "inch"], "foot": ["ft", "feet", "foot"], "feet": ["ft", "feet", "foot"], "yard": ["yd"],
        "second": ["s", "sec", "second"], "millisecond": ["ms"], "minute": ["min", "minute"], "hour": ["h", "hr", "hrs", "hour"],
        "dollar": ["usd", "dollar", "dollars"], "buck": ["usd", "dollar"], "euro": ["eur", "euro"], "cent": ["cent", "cents"],
        "percent": ["pct", "percent", "percentage"], "degree": ["deg", "degree", "c", "f"], "celsius": ["c", "celsius"],
        "fahrenheit": ["f", "fahrenheit"], "liter": ["l", "liter", "litre"], "litre": ["l", "liter", "litre"], "gallon": ["gal", "gallon"],
        "calorie": ["kcal", "cal", "calorie"], "watt": ["w", "watt"], "volt": ["v", "volt"],
        "ppm": ["ppm"], "bpm": ["bpm"], "mph": ["mph"], "mpg": ["mpg"], "point": ["pts", "point", "points"],
        // Storage and frequency: WordNet lists "MB", "GB", "MHz" beside the words, but neither
        // the run-together spellings of column names (`ram_mb`, `cpu_mhz`) nor what a column
        // measured in them is named after (below).
        "kilobyte": ["kb", "kilobyte"], "megabyte": ["mb", "megabyte"], "gigabyte": ["gb", "gigabyte"],
        "terabyte": ["tb", "terabyte"], "hertz": ["hz", "hertz"], "kilohertz": ["khz", "kilohertz"],
        "megahertz": ["mhz", "megahertz"], "gigahertz": ["ghz", "gigahertz"],
    ]
    /// What a unit measures, where a column is named after that rather than after its unit
    /// ("2000 miles" → `distance`, "90 minutes" → `duration`).
    static let unitDimensions: [String: [String]] = [
        "mile": ["distance", "dist", "length"], "kilometer": ["distance", "dist", "length"], "kilometre": ["distance", "dist", "length"],
        "km": ["distance", "dist", "length"], "mi": ["distance", "dist"],
        "minute": ["duration", "time"], "hour": ["duration", "time"], "second": ["duration", "time"], "min": ["duration", "time"],
        "hr": ["duration", "time"], "sec": ["duration", "time"],
        "kilogram": ["weight", "mass"], "kg": ["weight", "mass"], "gram": ["weight", "mass"], "pound": ["weight", "mass"],
        "lb": ["weight", "mass"], "lbs": ["weight", "mass"], "ton": ["weight", "mass"], "tonne": ["weight", "mass"],
        "dollar": ["price", "cost", "amount"], "euro": ["price", "cost", "amount"], "point": ["score"], "pts": ["score"],
        // A size of memory or storage; a frequency, which for a processor is its clock.
        "kilobyte": ["memory", "storage"], "megabyte": ["memory", "storage"],
        "gigabyte": ["memory", "storage"], "terabyte": ["memory", "storage"],
        "hertz": ["frequency", "clock"], "kilohertz": ["frequency", "clock"],
        "megahertz": ["frequency", "clock"], "gigahertz": ["frequency", "clock"],
    ]

    /// Words that raise a length unit to an area or a volume ("sq ft", "cubic metres"), and
    /// what the unit then measures.
    static let unitPowers: [String: String] = ["sq": "area", "square": "area", "cu": "volume", "cubic": "volume"]

    /// The spellings a unit word takes in column names: "kilograms" → kg, kilo, kilogram; a
    /// unit written as its abbreviation ("mm", "kg", "mph") is that abbreviation.
    static func unitSpellings(of word: String) -> [String]? {
        let singular = Morphology.singular(word)
        if let spellings = unitSuffixes[singular] ?? unitSuffixes[word] { return spellings }
        guard word.count >= 2 else { return nil }
        // (Units by name, so the spellings come in the same order in every process.)
        let found = unitSuffixes.keys.sorted().compactMap { unitSuffixes[$0] }.filter { $0.contains(word) }
        var seen = Set<String>()
        let spellings = found.joined().filter { seen.insert($0).inserted }
        return spellings.isEmpty ? nil : spellings
    }

    /// Words a column name ends with (or holds) to say its figures are in thousands, millions
    /// or billions. "k" counts only after a noun (`income_k`, `JobsK`), and never for a
    /// temperature, where it is kelvin.
    static let scaleWords: [String: Double] = [
        "k": 1e3, "thousand": 1e3, "thou": 1e3, "000": 1e3, "000s": 1e3, "mn": 1e6, "mln": 1e6, "mio": 1e6, "million": 1e6, "mil": 1e6,
        "bn": 1e9, "billion": 1e9,
    ]

    static func unitScale(ofWords words: [String]) -> Double {
        guard words.count > 1, let last = words.last else { return 1 }
        if last == "k" {
            let kelvin = words.contains { ["temp", "temperature", "kelvin", "degree"].contains($0) }
            return kelvin ? 1 : 1e3
        }
        if let scale = scaleWords[last] { return scale }
        // `output_thousands_usd`, `sales_in_millions`: a scale word elsewhere in the name.
        for word in words.dropFirst() where word.count > 2 {
            if let scale = scaleWords[word] { return scale }
        }
        for (n, word) in words.enumerated().dropFirst() {
            // `Area (1000 sq km)`, `debt_1000000`: the name counts its values in a power of
            // ten — but not `deaths_per_1000`, a rate.
            if let scale = tensScale(word), words[n - 1] != "per" { return scale }
            // `holdings_musd`, `fees_keur`, `debt_bngbp`: a scale letter before a currency code.
            if let scale = currencyScale(word) { return scale }
        }
        return 1
    }

    /// The scale a name's number word writes out: 1000, 1000000, 1000000000 (also with
    /// commas removed by the tokenizer); nil for any other word.
    private static func tensScale(_ word: String) -> Double? {
        guard word.hasPrefix("1"), word.count >= 4, word.dropFirst().allSatisfy({ $0 == "0" }), (word.count - 1) % 3 == 0, word.count <= 10
        else { return nil }
        return [4: 1e3, 7: 1e6, 10: 1e9][word.count]
    }

    /// Currency codes a column name may write its amounts in, after a scale letter (`musd`:
    /// millions of US dollars, the usual way finance tables name such columns).
    static let currencyCodes: Set<String> = ["usd", "eur", "gbp", "jpy", "chf", "cad", "aud", "cny", "inr", "sek", "nok", "dkk"]

    /// `kusd` → 1e3, `musd`/`mnusd` → 1e6, `busd`/`bnusd` → 1e9; nil unless the word is a scale
    /// prefix and a currency code, whole.
    private static func currencyScale(_ word: String) -> Double? {
        guard word.count > 3, currencyCodes.contains(String(word.suffix(3))) else { return nil }
        switch word.dropLast(3) {
        case "k": return 1e3
        case "m", "mn", "mm": return 1e6
        case "b", "bn": return 1e9
        default: return nil
        }
    }

    /// What a word that names a unit measures, when WordNet files its first sense within two
    /// steps under "<dimension> unit" and the dimension is one a column may be named after
    /// ("pennyweight" is a "troy unit", a "weight unit").
    static func dimensionsOfUnitName(_ word: String, wordNet: WordNet) -> [String] {
        guard let base = wordNet.baseForms(word, .noun).first, let sense = wordNet.firstSynset(base, .noun) else { return [] }
        let dimensionWords = Set(Dimension.allCases.flatMap(\.columnWords)).union(unitDimensions.values.joined())
        var found: [String] = []
        for kind in wordNet.kinds(of: sense, within: 2).dropFirst().flatMap(\.words) where kind.hasSuffix(" unit") {
            let dimension = String(kind.dropLast(" unit".count))
            if dimensionWords.contains(dimension), dimension != word, !found.contains(dimension) { found.append(dimension) }
        }
        return found
    }

    /// What a unit measures, as WordNet files it: the unit's kind ("kilogram" is a "weight
    /// unit", a minute a "time unit", the Celsius scale a "temperature scale"), so `lwt_celsius`
    /// answers to "temperature" and `load_kg` to "weight". Nouns only, and none of the generic
    /// words ("time"), which name nothing on their own.
    static func measuredDimensions(ofUnit word: String, wordNet: WordNet?) -> [String] {
        // (The unit the word is first, then the others it spells by name: one order in every process.)
        let units = unitSuffixes.keys.sorted { ($0 == word ? 0 : 1, $0) < ($1 == word ? 0 : 1, $1) }.filter { unit in
            unit == word || (unitSuffixes[unit]!.contains(word) && word.count >= 2)
        }
        var found: [String] = []
        for unit in units {
            found += unitDimensions[unit] ?? []
            guard let wordNet else { continue }
            for lemma in [unit, unit + " scale", "degree " + unit] {
                for synset in wordNet.synsets(lemma, .noun).prefix(2) {
                    for link in wordNet.follow(synset) where link.relation == .hypernym {
                        for kind in link.synset.words {
                            for suffix in [" unit", " scale"] where kind.hasSuffix(suffix) {
                                let dimension = String(kind.dropLast(suffix.count))
                                if !dimension.contains(" "), wordNet.contains(dimension, .noun) { found.append(dimension) }
                            }
                        }
                    }
                }
            }
        }
        var seen = Set<String>()
        return found.filter { !genericWords.contains($0) && seen.insert($0).inserted }
    }

    /// Whether WordNet knows `word` as a word of its own, not only as the initials of a phrase
    /// it lists beside it ("CV" is "curriculum vitae": initials, free to stand for a column's
    /// `curriculum_value`; "ps" is "postscript": a word). Short runs of consonants are never
    /// words.
    static func isEnglishWord(_ word: String, _ wordNet: WordNet) -> Bool {
        // "wf", "bpm", "lwt": no vowel, so no word to read, only letters to spell out.
        if word.count <= 4, !word.contains(where: { "aeiouy".contains($0) }) { return false }
        for pos in WordNet.PartOfSpeech.allCases where wordNet.contains(word, pos) {
            let initialsOnly = wordNet.synsets(word, pos).allSatisfy { synset in
                synset.words.contains { phrase in
                    let parts = phrase.split(whereSeparator: { $0 == " " || $0 == "-" })
                    return parts.count >= 2 && String(parts.compactMap(\.first)).lowercased() == word
                }
            }
            if !initialsOnly { return true }
        }
        return false
    }

    static let countWords: Set<String> = ["count", "number", "num", "no", "nr", "total", "qty", "quantity", "cnt", "n"]
    static let geographicWords: Set<String> = [
        "country", "nation", "nationality", "citizenship", "market", "location", "origin", "destination", "territory", "region", "residence",
        "birthplace",
    ]
    static let booleanPrefixes: Set<String> = ["is", "has", "was", "did", "can", "does", "had", "have", "will", "should"]
    static let particles: Set<String> = ["up", "in", "out", "on", "off", "over", "down", "back"]
    private static let yesNoTexts: [(yes: String, no: String)] = [("yes", "no"), ("y", "n"), ("true", "false"), ("t", "f")]

    /// A name that says it holds yes or no: `is_member`, `hasCar`, `was_late`, `smoker_flag`.
    static func namesAFlag(_ name: String) -> Bool {
        let words = SchemaLexicon.words(of: name)
        guard let first = words.first, let last = words.last, words.count >= 2 else { return false }
        let openings: Set<String> = ["is", "has", "had", "was", "were", "did", "does", "can", "any", "ever"]
        return openings.contains(first) || ["flag", "yn", "bool", "indicator"].contains(last)
    }

    init(schema: LanguageSchema) {
        var tables: [Table] = []
        for (t, table) in schema.tables.enumerated() {
            let tableWords = SchemaLexicon.words(of: table.tableName)
            var columns: [Column] = []
            for (c, info) in table.columns.enumerated() {
                var trueLiteral: SQLLiteral?
                var falseLiteral: SQLLiteral?
                if info.type == .boolean {
                    trueLiteral = .integer(1)
                    falseLiteral = .integer(0)
                } else if let values = info.distinctValues, !values.isEmpty, values.count <= 2 {
                    // Whole numbers are a yes/no flag when they hold both 0 and 1, or one of them
                    // under a flag's name (`is_member`, `has_car`): a column of nothing but 1s
                    // (a one-row upload's `cost`) is a number like any other.
                    if info.type == .integer, Set(values).isSubset(of: ["0", "1"]),
                        values.count == 2 || SchemaLexicon.namesAFlag(info.name)
                    {
                        trueLiteral = .integer(1)
                        falseLiteral = .integer(0)
                    } else if info.type == .string {
                        let lowered = values.map { $0.lowercased() }
                        for pair in SchemaLexicon.yesNoTexts where Set(lowered).isSubset(of: [pair.yes, pair.no]) {
                            let yes = values.first { $0.lowercased() == pair.yes }
                            let no = values.first { $0.lowercased() == pair.no }
                            trueLiteral = .text(yes ?? pair.yes)
                            falseLiteral = .text(no ?? pair.no)
                        }
                    }
                }
                columns.append(
                    Column(
                        ref: ColumnRef(table: t, column: c), name: info.name, type: info.type,
                        words: SchemaLexicon.splitRunTogether(SchemaLexicon.words(of: info.name)), nullable: info.nullable,
                        unique: info.unique, distinctValues: info.distinctValues,
                        letters: String(info.name.lowercased().filter { $0.isLetter || $0.isNumber }),
                        trueLiteral: trueLiteral, falseLiteral: falseLiteral))
                if let low = info.minimum, let high = info.maximum, low <= high { columns[c].loadedRange = low...high }
                if let wordNet = WordNet.shared {
                    columns[c].lettersAreEnglish = SchemaLexicon.isEnglishWord(columns[c].letters, wordNet)
                    columns[c].englishWords = Set(columns[c].words.filter { SchemaLexicon.isEnglishWord($0, wordNet) })
                }
                let words = columns[c].words
                if words.count > 1, let unit = words.last, unit.count >= 2, SchemaLexicon.expansions[unit] == nil, columns[c].isNumeric,
                    !columns[c].isBooleanLike
                {
                    columns[c].unitDimensions = SchemaLexicon.measuredDimensions(ofUnit: unit, wordNet: WordNet.shared).filter { !words.contains($0) }
                    // `Yard size (sq yd)`, `volume_cu_m`: a length unit squared or cubed measures an area or a volume.
                    if words.count > 2, let power = SchemaLexicon.unitPowers[words[words.count - 2]], SchemaLexicon.unitSpellings(of: unit) != nil {
                        columns[c].unitDimensions = words.contains(power) ? [] : [power]
                    }
                } else if words.count == 1, columns[c].isNumeric, !columns[c].isBooleanLike, let wordNet = WordNet.shared {
                    // `pennyweight`, `furlong`: a column named after its unit alone answers to
                    // what the unit measures ("how heavy", "the weight").
                    columns[c].unitDimensions = SchemaLexicon.dimensionsOfUnitName(words[0], wordNet: wordNet)
                }
            }
            let singular = tableWords.last ?? ""
            let key = SchemaLexicon.findKeyColumn(columns, tableWords: tableWords)
            let label = SchemaLexicon.findLabelColumn(columns, tableSingular: singular, key: key)
            tables.append(
                Table(
                    name: table.tableName, words: tableWords, columns: columns,
                    rowCount: table.rowCount, keyColumn: key, labelColumn: label))
        }
        for t in tables.indices {
            let table = tables[t]
            tables[t].headNouns = SchemaLexicon.headNouns(of: table.words, wordNet: WordNet.shared)
            let naming = SchemaLexicon.namingColumn(of: table).map { table.columns[$0] }
            let names =
                naming.flatMap { column in schema.values.first { $0.table == table.name && $0.column == column.name }?.values ?? column.distinctValues
                }
                ?? []
            let kinds = SchemaLexicon.rowWords(headNouns: [], labelValues: names, wordNet: WordNet.shared)
            tables[t].kindsOfNames = kinds
            tables[t].rowWords = SchemaLexicon.rowWords(headNouns: tables[t].headNouns, labelValues: [], wordNet: WordNet.shared).union(kinds)
                .union(SchemaLexicon.modifierRowNouns(of: table.words, wordNet: WordNet.shared))
                .union(SchemaLexicon.subjectRowNouns(of: table, wordNet: WordNet.shared))
        }
        self.tables = tables

        var links: [ForeignKeyLink] = []
        for fk in schema.foreignKeys {
            guard let ct = tables.firstIndex(where: { $0.name == fk.table }),
                let pt = tables.firstIndex(where: { $0.name == fk.referencedTable }),
                let cc = tables[ct].columns.firstIndex(where: { $0.name == fk.column }),
                let pc = tables[pt].columns.firstIndex(where: { $0.name == fk.referencedColumn }),
                ct != pt
            else { continue }
            links.append(ForeignKeyLink(child: ColumnRef(table: ct, column: cc), parent: ColumnRef(table: pt, column: pc)))
        }
        self.links = links + SchemaLexicon.nearKeyLinks(tables: tables, values: schema.values, declared: links)

        var builder = PhraseBuilder()
        let tableWordSets = Set(tables.map { $0.words })
        for (t, table) in tables.enumerated() {
            builder.add(table.words.map { ($0, .lemma) }, .table(t), score: 4)
            // `ukbirds` is "birds": the noun a run-together name ends with.
            if let head = table.headNouns.first, table.words.count == 1, head != table.words[0] {
                builder.add([(head, .lemma)], .table(t), score: 3)
            }
            // The entity a key column names is the table's rows: `PassengerId` makes
            // "passengers" the rows of `titanic`.
            if let key = table.keyColumn {
                let entityWords = table.columns[key].words.filter { $0 != "id" }
                if !entityWords.isEmpty, entityWords != table.words, table.columns[key].words.last == "id" {
                    builder.add(entityWords.map { ($0, .lemma) }, .table(t), score: 3)
                }
            }
            // "transacted" names the transactions, "ordered" the orders.
            if let last = table.words.last, last.count >= 5, table.words.count == 1 {
                builder.add([(Morphology.stem(last), .stem)], .table(t), score: 1)
            }
            // A table with one row per date is a table of days ("how many days had rain").
            if table.columns.contains(where: { $0.type == .date && $0.unique }) {
                builder.add([("day", .lemma)], .table(t), score: 3)
            }
            if table.words.count > 1, let last = table.words.last, !SchemaLexicon.genericWords.contains(last) {
                builder.add([(last, .lemma)], .table(t), score: 2)
            }
            // "the lake" of `lake_temperature`: the other words of a table's name say what the rows
            // are about, where no other table or column is named by them.
            if table.words.count > 1 {
                for word in table.words.dropLast()
                where word.count >= 3 && !SchemaLexicon.genericWords.contains(word) && !SchemaLexicon.partialStopWords.contains(word) {
                    // A table of the word's kinds (`fabric_types` beside `fabric_samples`) lists
                    // kinds, not the things: "all fabric" is still the samples.
                    let elsewhere = tables.enumerated().contains { u, other in
                        (u != t && other.words.contains(word) && !SchemaLexicon.listsKinds(other.words, of: word))
                            || other.columns.contains { $0.words.contains(word) }
                    }
                    if !elsewhere { builder.add([(word, .lemma)], .table(t), score: 2) }
                }
            }
            // "names" of customers is their label column, whatever it is called.
            if let label = table.labelColumn {
                builder.add([("name", .lemma)], .column(ColumnRef(table: t, column: label), negated: false), score: 2)
            }
            for column in table.columns {
                SchemaLexicon.addColumnPhrases(column, table: table, tableWordSets: tableWordSets, to: &builder)
                SchemaLexicon.addValuePhrases(column, to: &builder)
            }
            SchemaLexicon.addSexPairPhrases(table, to: &builder)
        }
        self.phrasesByKey = builder.phrases

        var periods: [ColumnRef: DatePart] = [:]
        var spans: [ColumnRef: (first: CalendarDate, last: CalendarDate)] = [:]
        var atPeriodStart: Set<ColumnRef> = []
        for table in tables {
            for column in table.columns {
                if column.isYearNumber {
                    periods[column.ref] = .year
                    continue
                }
                guard column.isTemporal else { continue }
                let dates = schema.values.first { $0.table == table.name && $0.column == column.name }?.values ?? column.distinctValues ?? []
                if let period = SchemaLexicon.period(of: dates) { periods[column.ref] = period }
                let days = dates.compactMap { CalendarDate(iso: String($0.prefix(10))) }.sorted()
                if let first = days.first, let last = days.last { spans[column.ref] = (first, last) }
                if let period = periods[column.ref], period == .month || period == .year, days.count == dates.count,
                    days.allSatisfy({ $0.day == 1 && (period == .month || $0.month == 1) }), dates.allSatisfy({ $0.count == 10 }),
                    Set(days.map { $0.year * 12 + (period == .month ? $0.month : 0) }).count == days.count
                {
                    atPeriodStart.insert(column.ref)
                }
            }
        }
        self.periods = periods
        self.dateSpans = spans
        self.datesAtTheirPeriodStart = atPeriodStart
        let columns = tables.flatMap(\.columns)
        self.nameInitials = Set(columns.compactMap(\.letters.first))
        self.countedNounStarts = Dictionary(
            uniqueKeysWithValues: columns.filter { $0.letters.first == "n" && $0.letters.count >= 4 && SchemaLexicon.isTerseName($0) }
                .map { ($0.ref, String($0.letters.dropFirst())) })
        self.initialismWords = Set(
            columns.flatMap { column in
                column.words.filter { $0.count >= 2 && SchemaLexicon.expansions[$0] == nil && !column.englishWords.contains($0) }
            })

        var values = ValueIndex()
        for (t, table) in tables.enumerated() {
            for column in table.columns where column.isText && !column.isBooleanLike {
                let indexed = schema.values.first { $0.table == table.name && $0.column == column.name }?.values
                guard let list = indexed ?? column.distinctValues else { continue }
                values.add(
                    list, column: ColumnRef(table: t, column: column.ref.column),
                    countryLike: SchemaLexicon.isCountryLike(column, values: list), wholeValues: indexed != nil)
            }
        }
        self.values = values
        self.valueFamilies = tables.indices.map { findValueFamily(of: $0) }
        self.frequencyColumns = tables.indices.map { findFrequencyColumn(of: $0) }
        self.observationColumns = tables.indices.map { findObservationColumn(of: $0, wordNet: WordNet.shared) }
        self.verbSenses = SchemaLexicon.findVerbSenses(of: tables, wordNet: WordNet.shared)
        self.keepsTime = SchemaLexicon.findKeepsTime(in: tables)
        self.cutNamedColumns =
            WordNet.shared.map { wordNet in tables.flatMap(\.columns).filter { SchemaLexicon.isCutName($0, wordNet) }.map(\.ref) } ?? []
        self.tablesPayingPeople = tables.indices.map { findPaysPeople($0) }
        self.tablesOfPeople = tables.indices.map { findRowsArePeople($0, wordNet: WordNet.shared) }
        self.tableOfUnnamedPeople = findTableOfUnnamedPeople(among: tablesOfPeople, wordNet: WordNet.shared)
        self.yearNamedColumns = tables.indices.reduce(into: [:]) { found, t in found.merge(findYearNamedColumns(of: t)) { a, _ in a } }
        self.anonymousCount = findAnonymousCount()
    }

    /// Links along a key that is unique but for a few repeats in the data (two countries
    /// sharing a code by a slip of the source), which the foreign-key finder rightly does not
    /// report: a text column of the same name in two tables, whose values in one are all among
    /// the other's, where they repeat on at most one row in twenty. Read from the value index;
    /// a join along such a key repeats the few rows of a repeated value, as the same join
    /// written by hand would.
    static func nearKeyLinks(tables: [Table], values: [ColumnValues], declared: [ForeignKeyLink]) -> [ForeignKeyLink] {
        func indexed(_ t: Int, _ column: Column) -> Set<String>? {
            if let list = values.first(where: { $0.table == tables[t].name && $0.column == column.name })?.values { return Set(list) }
            return column.distinctValues.map(Set.init)
        }
        var result: [ForeignKeyLink] = []
        for (p, parent) in tables.enumerated() {
            for key in parent.columns where key.isText && !key.unique {
                guard let keys = indexed(p, key), keys.count >= 20, keys.count < 5000,
                    Double(keys.count) >= 0.95 * Double(parent.rowCount)
                else { continue }
                for (c, child) in tables.enumerated() where c != p {
                    guard !(declared + result).contains(where: { Set([$0.child.table, $0.parent.table]) == Set([c, p]) }),
                        let column = child.columns.first(where: { $0.isText && !$0.unique && $0.name.lowercased() == key.name.lowercased() }),
                        let childValues = indexed(c, column), !childValues.isEmpty, childValues.isSubset(of: keys)
                    else { continue }
                    result.append(ForeignKeyLink(child: column.ref, parent: key.ref))
                }
            }
        }
        return result
    }

    /// The period of a series from its dates: the usual gap between consecutive dates.
    static func period(of dates: [String]) -> DatePart? {
        let days = dates.compactMap { CalendarDate(iso: String($0.prefix(10)))?.dayNumber }.sorted()
        guard days.count >= 3 else { return nil }
        var gaps = zip(days.dropFirst(), days).map { $0 - $1 }.filter { $0 > 0 }
        guard !gaps.isEmpty else { return nil }
        gaps.sort()
        switch gaps[gaps.count / 2] {
        case 1: return .day
        case 6...8: return .week
        case 27...32: return .month
        case 88...93: return .quarter
        case 364...367: return .year
        default: return nil
        }
    }

    /// A column of country names or codes, by its name or by most of its values.
    static func isCountryLike(_ column: Column, values: [String]) -> Bool {
        if column.words.contains(where: { geographicWords.contains($0) }) { return true }
        let recognised = values.filter { CountryNames.byKey[$0] != nil || CountryNames.byKey[$0.lowercased()] != nil }.count
        return values.count >= 2 && recognised * 10 >= values.count * 6
    }

    /// Whether a column's name is `words` and qualifiers of the whole measure only.
    func isWholeMeasure(_ ref: ColumnRef, namedBy words: Set<String>) -> Bool {
        let column = self[ref]
        return column.isNumeric && !column.isBooleanLike && column.words.contains { words.contains($0) }
            && column.words.allSatisfy { words.contains($0) || SchemaLexicon.measureQualifiers.contains($0) }
    }

    /// Of several columns of one table that a phrase could mean, the one the plain phrase names,
    /// or nil when none stands out:
    /// - the column whose name words are all in each other's name, when each other carries a
    ///   qualifier the question does not say: "load" or "kg" of `load_kg` beside
    ///   `declared_load_kg` (a person who meant the declared one would say so); never one of
    ///   `min_temp` and `max_temp`, neither being plainer;
    /// - the column whose name says the phrase, when every other is that measure only by its
    ///   unit: "weight" of `weight_oz` beside `twine_oz`.
    /// `phraseWords` are the phrase's words as column words are written (singular, lowercase);
    /// `saidStems` the stems of every word of the question.
    func plainColumn(among refs: [ColumnRef], phraseWords: [String], saidStems: Set<String>) -> ColumnRef? {
        let refs = refs.reduce(into: [ColumnRef]()) { if !$0.contains($1) { $0.append($1) } }
        guard refs.count > 1, let table = refs.first?.table, refs.allSatisfy({ $0.table == table }) else { return nil }
        let names = refs.map { Set(self[$0].words) }
        let plainest = refs.indices.filter { p in
            refs.indices.allSatisfy { q in
                q == p
                    || (names[p].isStrictSubset(of: names[q])
                        && !names[q].subtracting(names[p]).contains { saidStems.contains(Morphology.stem($0)) })
            }
        }
        if plainest.count == 1 { return refs[plainest[0]] }
        guard !phraseWords.isEmpty else { return nil }
        let naming = refs.indices.filter { phraseWords.allSatisfy(names[$0].contains) }
        let byUnitOnly = refs.indices.filter { c in
            !naming.contains(c) && phraseWords.allSatisfy { names[c].contains($0) || self[refs[c]].unitDimensions.contains($0) }
        }
        if naming.count == 1, naming.count + byUnitOnly.count == refs.count { return refs[naming[0]] }
        return nil
    }

    /// Whether a whole-number column identifies rows rather than measuring them: a column
    /// numbering the rows (1, 2, 3 … up to about the row count), one
    /// named as an identifier (`*_id`, `code`, a unique `number`/`no`), or one named as the
    /// rows are (`member` of a table of members, unique). Its largest value is not "the most"
    /// of anything and a quantity is never compared with it: "the most members" counts rows.
    func isIdentifier(_ ref: ColumnRef) -> Bool {
        let column = self[ref]
        guard column.type == .integer, !column.isBooleanLike else { return false }
        let table = tables[ref.table]
        // (Not the key found only by its values being unique: a unique count, `population`
        // of one row per country, looks like one.)
        if numbersRows(ref) { return true }
        guard let last = column.words.last else { return false }
        if SchemaLexicon.identifierWords.contains(last) { return true }
        guard column.unique else { return false }
        if ["number", "no", "nr"].contains(last) { return true }
        return column.words.count == 1 && (table.words.last == last || table.headNouns.contains(last) || table.rowWords.contains(last))
    }

    /// Column words that name a measure of a physical dimension whatever its unit (WordNet
    /// gives the words but not which unit measures them).
    static let physicalMeasureNames: [PhysicalUnit.Dimension: Set<String>] = [
        .length: [
            "length", "height", "distance", "altitude", "elevation", "depth", "width", "breadth", "girth", "circumference", "diameter",
            "radius", "thickness", "stature",
        ],
        .weight: ["weight", "mass"],
        .time: ["duration", "length", "runtime", "delay"],
    ]

    /// The numeric columns of every table named as a measure of `dimension` (`elevation`,
    /// `duration`) whose names give no unit: what a number said in a unit of that dimension
    /// can be compared with as it is. A column whose name gives a unit is left out (its own
    /// unit is what its values are in; `unitColumns` finds it when the units agree).
    func unitlessColumns(measuring dimension: PhysicalUnit.Dimension) -> [ColumnRef] {
        let names = SchemaLexicon.physicalMeasureNames[dimension] ?? []
        return tables.flatMap(\.columns).filter { column in
            column.isNumeric && !column.isBooleanLike && column.words.contains(where: names.contains)
                && PhysicalUnit.ofColumn(words: column.words, name: column.name) == nil && column.unitScale == 1
        }.map(\.ref)
    }

    /// `plainColumn(among:phraseWords:saidStems:)` for the columns an adjective's measure
    /// found ("heaviest" → weight, mass): the phrase is the first of the measure's words that a
    /// candidate's name says.
    func plainColumn(among refs: [ColumnRef], measureWords: [String], saidStems: Set<String>) -> ColumnRef? {
        let named = measureWords.first { w in refs.contains { self[$0].words.contains(w) } }
        return plainColumn(among: refs, phraseWords: named.map { [$0] } ?? [], saidStems: saidStems)
    }

    /// A name run together from two words (`heartwt`, `lungwt`, `netpay`): split where both
    /// halves are words — an English word of three letters or more that WordNet knows, or an
    /// abbreviation of `expansions` — when the whole is no word itself; else a word and
    /// initials, or three words. Names of more than `longestRunTogetherName` letters are left
    /// whole: the three-word search looks up every pair of cuts, and an upload's column names
    /// are the uploader's to choose (up to a lookup per pair of cuts: ~500,000 for 1,000 letters).
    static func splitRunTogether(_ words: [String]) -> [String] {
        guard words.count == 1, let word = words.first, (5...longestRunTogetherName).contains(word.count), word.allSatisfy(\.isLetter),
            expansions[word] == nil,
            let wordNet = WordNet.shared, !WordNet.PartOfSpeech.allCases.contains(where: { wordNet.contains(word, $0) })
        else { return words }
        func known(_ part: String) -> Bool {
            if expansions[part] != nil && part.count >= 2 { return true }
            return part.count >= 3 && (wordNet.contains(part, .noun) || wordNet.contains(part, .adjective))
        }
        let letters = Array(word)
        // `perliteracy`, `pcturban`: a share of what the rest names.
        for prefix in ["per", "pct"] where word.hasPrefix(prefix) {
            let tail = String(word.dropFirst(prefix.count))
            if tail.count >= 4, wordNet.contains(tail, .noun) || wordNet.contains(tail, .adjective) { return [prefix, tail] }
        }
        for cut in stride(from: letters.count - 2, through: 2, by: -1) {
            let head = String(letters[..<cut])
            let tail = String(letters[cut...])
            if known(head), known(tail) { return [head, tail] }
        }
        // `percrsv`: a word and then initials (no vowel, so no word to read).
        for cut in stride(from: letters.count - 2, through: 3, by: -1) where letters.count - cut <= 4 {
            let head = String(letters[..<cut])
            let tail = String(letters[cut...])
            if known(head), !tail.contains(where: { "aeiouy".contains($0) }) { return [head, tail] }
        }
        // `percabovequota`, `hhsizeavg`: three words run together, the middle one free to be
        // a particle ("below", "over"); of the splits, the one whose shortest part is longest.
        func middle(_ part: String) -> Bool { known(part) || (part.count >= 4 && wordNet.contains(part, .adverb)) }
        var best: [String]?
        for first in stride(from: 2, through: letters.count - 6, by: 1) {
            let head = String(letters[..<first])
            guard known(head) else { continue }
            for second in stride(from: first + 3, through: letters.count - 3, by: 1) {
                let parts = [head, String(letters[first..<second]), String(letters[second...])]
                guard middle(parts[1]), known(parts[2]) else { continue }
                if best.map({ $0.map(\.count).min()! < parts.map(\.count).min()! }) ?? true { best = parts }
            }
        }
        return best ?? words
    }

    /// The longest name `splitRunTogether` reads (run-together names seen: 16 letters).
    static let longestRunTogetherName = 32

    /// Lowercase singular words of an identifier: `PlanType`, `plan_type`, `plan-type` → plan, type.
    /// Brackets only set a part of the name off (`Yard size (sq yd)`, `Weight [kg]`): the unit in
    /// them is a word of the name like any other.
    static func words(of identifier: String) -> [String] {
        let unbracketed = String(identifier.map { "()[]{}".contains($0) ? " " : $0 })
        return Tokenizer.splitIdentifier(unbracketed).map { Morphology.singular($0.lowercased()) }.filter { !$0.isEmpty }
    }

    private static func findKeyColumn(_ columns: [Column], tableWords: [String]) -> Int? {
        let singular = tableWords.last ?? ""
        if let exact = columns.firstIndex(where: { $0.words == ["id"] || $0.words == [singular, "id"] || $0.words == tableWords + ["id"] }) {
            return exact
        }
        if let unique = columns.firstIndex(where: { $0.unique && $0.words.last == "id" }) { return unique }
        if let coded = columns.firstIndex(where: {
            $0.unique && ($0.type == .string || $0.type == .integer) && $0.words.last.map { ["code", "key", "number", "no"].contains($0) } == true
        }) {
            return coded
        }
        // One row per date (daily data): the date identifies the row. A figure in a unit
        // (`lap_time_ms`) is a measurement, whose values only happen to differ. So is a whole
        // number right of the first column: `cost` differs in each of four shops' rows by
        // chance, and as the key it was what "which shop has the highest revenue" showed.
        return columns.indices.first(where: { index in
            let column = columns[index]
            return column.unique && !column.nullable
                && (column.isTemporal || column.type == .string || (column.type == .integer && index == 0))
                && PhysicalUnit.ofColumn(words: column.words, name: column.name) == nil
        })
    }

    private static func findLabelColumn(_ columns: [Column], tableSingular: String, key: Int?) -> Int? {
        let preferred: [[String]] = [
            ["name"], [tableSingular, "name"], ["full", "name"], ["title"], ["display", "name"],
            ["username"], ["user", "name"], ["label"], [tableSingular, "title"],
        ]
        for words in preferred {
            if let index = columns.firstIndex(where: { $0.words == words && $0.isText }) { return index }
        }
        if let named = columns.firstIndex(where: { $0.isText && $0.words.last == "name" }) { return named }
        // `keeper` of keepers: the column named after the row names it.
        if let own = columns.firstIndex(where: { $0.isText && $0.unique && !$0.isBooleanLike && $0.words == [tableSingular] }) { return own }
        // A code beside the one other unique text, which it abbreviates or is shorter than
        // (`mkr` and `maker`): that other text is the name people ask for.
        if let key, columns[key].isText {
            let others = columns.indices.filter { $0 != key && columns[$0].isText && columns[$0].unique && !columns[$0].isBooleanLike }
            if others.count == 1, isShortForm(code: columns[key], of: columns[others[0]]) { return others[0] }
        }
        // `shop` of shops that repeats (a row per shop and year) still names each row's shop:
        // without it "which shop has the highest revenue" answered with the revenue alone.
        if key == nil, let own = columns.firstIndex(where: { $0.isText && !$0.isBooleanLike && $0.words == [tableSingular] }) { return own }
        return nil
    }

    /// The code column's values are shorter than the other's, or its name abbreviates the other's.
    private static func isShortForm(code: Column, of name: Column) -> Bool {
        if let codes = code.distinctValues, let names = name.distinctValues, !codes.isEmpty, !names.isEmpty {
            let mean = { (values: [String]) in Double(values.reduce(0) { $0 + $1.count }) / Double(values.count) }
            return mean(codes) * 2 <= mean(names)
        }
        let short = code.letters
        let long = name.letters
        return short.count >= 2 && short.count < long.count && short.first == long.first && Morphology.isSubsequence(short, of: long)
    }

    private static func addColumnPhrases(_ column: Column, table: Table, tableWordSets: Set<[String]>, to builder: inout PhraseBuilder) {
        let ref = column.ref
        var words = column.words
        // "is_active" is named "active"; keep the full form too.
        if column.isBooleanLike, words.count > 1, let first = words.first, booleanPrefixes.contains(first) {
            builder.add(words.map { ($0, .lemma) }, .column(ref, negated: false), score: 4)
            words = Array(words.dropFirst())
        }
        // Every spelling of every word ("temp" → temperature, "max" → maximum), and for two
        // words both orders: `temp_max` is also "maximum temperature".
        // "ltv" for `lifetime_value`: an abbreviation people use for the whole name.
        for (abbreviation, spelled) in expansions where spelled.contains(words.joined(separator: " ")) && words.count > 1 {
            builder.add([(abbreviation, .lemma)], .column(ref, negated: false), score: 4)
        }
        // `unitPrice` written as it is: questions keep camel case in one word.
        if words.count > 1, !column.name.contains(where: { $0 == "_" || $0 == "-" || $0 == " " || $0 == "." || $0 == "/" }) {
            builder.add([(column.name.lowercased(), .lemma)], .column(ref, negated: false), score: 4)
        }
        var variants: [[String]] = [[]]
        for word in words {
            let spellings = [[word]] + (expansions[word] ?? []).map { $0.split(separator: " ").map(String.init) }
            variants = variants.flatMap { prefix in spellings.map { prefix + $0 } }
            if variants.count > 24 { variants = Array(variants.prefix(24)) }
        }
        if words.count == 2 {
            // (Not when the second word is a negation: "no shop" is never `shop_no`, and read so
            // the "no" of "kinds with no shop with …" vanished from the answer.)
            variants += variants.compactMap { v in v.count == 2 && !["no", "not", "non", "never"].contains(v[1]) ? [v[1], v[0]] : nil }
        }
        for v in variants {
            let lemmas = v.map { ($0, MatchMode.lemma) }
            builder.add(lemmas, .column(ref, negated: false), score: 4)
            builder.add(table.words.map { ($0, .lemma) } + lemmas, .column(ref, negated: false), score: 4)
            if column.isTemporal, v.last != "date", v.last != "time" {
                builder.add(lemmas + [("date", .lemma)], .column(ref, negated: false), score: 4)
                // `hired_on` is the "hire date", `created_at` the "creation date".
                let head = v.filter { !["on", "at", "in", "date", "time", "dt", "ts"].contains($0) }
                if head.count == 1 {
                    builder.add([(Morphology.stem(head[0]), .stem), ("date", .lemma)], .column(ref, negated: false), score: 4)
                }
            }
            // "transaction_date" in `transactions` is "date"; "customer_id" in customers is "id".
            if v.count > table.words.count, Array(v.prefix(table.words.count)) == table.words {
                let rest = Array(v.dropFirst(table.words.count))
                let restIsGeneric = rest.count == 1 && genericWords.contains(rest[0])
                builder.add(rest.map { ($0, .lemma) }, .column(ref, negated: false), score: restIsGeneric ? 1 : 3)
            }
            // Contiguous parts: "plan" for plan_type, "purchase date" for last_purchase.
            if v.count > 1 {
                for start in 0..<v.count {
                    for end in (start + 1)...v.count where end - start < v.count {
                        let part = Array(v[start..<end])
                        if tableWordSets.contains(part) || (part.count == 1 && partialStopWords.contains(part[0])) { continue }
                        let distinctive = part.contains { !genericWords.contains($0) && $0.count > 1 }
                        if part.count == 1 && !distinctive {
                            if v.count <= 3 { builder.add([(part[0], .lemma)], .column(ref, negated: false), score: 1) }
                            continue
                        }
                        guard distinctive else { continue }
                        // "orders" is `Order ID` (the order itself) before `Order Date`.
                        let entityNoun = part.count == 1 && v.count == 2 && v.last == "id" && start == 0
                        builder.add(part.map { ($0, .lemma) }, .column(ref, negated: false), score: entityNoun ? 3 : 2)
                        if column.isTemporal {
                            builder.add(part.map { ($0, .lemma) } + [("date", .lemma)], .column(ref, negated: false), score: 3)
                        }
                    }
                }
            }
            if column.isTemporal {
                builder.add([("date", .lemma)], .column(ref, negated: false), score: 1)
            }
            // Stems and compounds: "churned" → churn, "referred" → referral, "signed up" → signup.
            for word in v
            where (word.count >= 4 || (word.count == 3 && v.count == 1)) && !genericWords.contains(word)
                && (v.count == 1 || !tableWordSets.contains([word]))
            {
                let stem = Morphology.stem(word)
                if stem.count >= 3 {
                    let score = (v.count == 1 && column.isBooleanLike) ? 3 : 1
                    builder.add([(stem, .stem)], .column(ref, negated: false), score: score)
                }
                for particle in particles where word.hasSuffix(particle) && word.count - particle.count >= 3 {
                    let head = String(word.dropLast(particle.count))
                    builder.add([(Morphology.stem(head), .stem), (particle, .lemma)], .column(ref, negated: false), score: v.count == 1 ? 4 : 2)
                }
            }
        }
        // `curriculum_value` is "CV", `beats_per_minute` "bpm": the initials of a name of
        // several words, where they spell no English word.
        if words.count >= 2, words.count <= 5, words.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isLetter) }) {
            let initials = String(words.compactMap(\.first))
            let english = WordNet.shared.map { isEnglishWord(initials, $0) } ?? true
            if !english, !partialStopWords.contains(initials), !genericWords.contains(initials), expansions[initials] == nil {
                builder.add([(initials, .lemma)], .column(ref, negated: false), score: 3)
            }
        }
        // `lwt_celsius` is a "temperature", `load_kg` a "weight": what the unit its name ends
        // with measures, where no word of the name says it (not for a word that also
        // abbreviates another, such as `min`).
        for dimension in column.unitDimensions {
            builder.add([(dimension, .lemma)], .column(ref, negated: false), score: 2)
        }
        // `Pclass` is "class" (the p of passenger): one leading letter glued to a word.
        if words.count == 1, let word = words.first, word.count >= 5, let initial = word.first {
            let rest = String(word.dropFirst())
            let others = table.words + table.columns.filter { $0.ref != ref }.flatMap(\.words)
            if let expanded = others.first(where: { $0.first == initial && $0.count >= 4 && $0 != word }), rest.count >= 4 {
                builder.add([(rest, .lemma)], .column(ref, negated: false), score: 2)
                builder.add([(expanded, .lemma), (rest, .lemma)], .column(ref, negated: false), score: 4)
            }
        }
        // "inactive", "unpaid", "non-member" for yes/no columns named by one word.
        if column.isBooleanLike, words.count == 1 {
            let word = words[0]
            for prefix in ["in", "un", "non", "im", "dis"] {
                builder.add([(prefix + word, .lemma)], .column(ref, negated: true), score: 3)
                builder.add([(Morphology.stem(prefix + word), .stem)], .column(ref, negated: true), score: 2)
            }
        }
    }

    private static func addValuePhrases(_ column: Column, to builder: inout PhraseBuilder) {
        guard column.isText, !column.isBooleanLike, let values = column.distinctValues else { return }
        let ref = column.ref
        let countryLike = isCountryLike(column, values: values)
        // "F" and "M" stand for female and male only beside each other: in grades A to F,
        // sizes S, M, L or regions N, S, M the letter is no word for people. ("Y" and "N"
        // keep their words: a yes/no answer may be stored beside other codes.)
        let letters = Set(values.filter { $0.count == 1 }.map { $0.lowercased() })
        let sexCodes = letters.isSuperset(of: ["f", "m"])
        for value in values {
            let tokens = Tokenizer.tokenize(value)
            guard !tokens.isEmpty else { continue }
            let shortCode = value.count <= 3 && value.allSatisfy { $0.isLetter && $0.isUppercase }
            if shortCode {
                builder.add([(value, .exactCase)], .value(ref, value), score: 4)
            } else {
                builder.add(tokens.map { ($0.kind == .word ? $0.lemma : $0.lower, .lemma) }, .value(ref, value), score: 4)
                // "Boots & Rope" is said "boots and rope": the tokenizer drops the
                // ampersand, so the spoken form needs its own phrase.
                if value.contains("&") {
                    let spoken = Tokenizer.tokenize(value.replacingOccurrences(of: "&", with: " and "))
                    builder.add(spoken.map { ($0.kind == .word ? $0.lemma : $0.lower, .lemma) }, .value(ref, value), score: 4)
                }
                // `New.Bedford`, `large.group`: R's dotted names are said with spaces (see `ValueIndex.dottedWords`).
                if let words = ValueIndex.dottedWords(of: value) {
                    let spoken = Tokenizer.tokenize(words.joined(separator: " "))
                    builder.add(spoken.map { ($0.kind == .word ? $0.lemma : $0.lower, .lemma) }, .value(ref, value), score: 4)
                }
                // "sunny", "foggy", "rainy", "snowy" days.
                if tokens.count == 1, tokens[0].kind == .word, let adjective = adjectiveForm(tokens[0].lower) {
                    builder.add([(adjective, .lemma)], .value(ref, value), score: 3)
                }
            }
            for synonym in SchemaLexicon.valueSynonyms[value.lowercased()] ?? []
            where sexCodes || !["f", "m"].contains(value.lowercased()) {
                builder.add(Tokenizer.tokenize(synonym).map { ($0.lemma, .lemma) }, .value(ref, value), score: 3)
            }
            guard countryLike else { continue }
            let country = CountryNames.byKey[value] ?? CountryNames.byKey[value.lowercased()]
            guard let country else { continue }
            for name in country.names where name != value.lowercased() {
                let nameTokens = Tokenizer.tokenize(name)
                builder.add(nameTokens.map { ($0.lemma, .lemma) }, .value(ref, value), score: 4)
            }
            for code in country.codes where code != value {
                builder.add([(code, .exactCase)], .value(ref, value), score: 4)
            }
        }
    }
}

/// "sun" → "sunny", "fog" → "foggy", "rain" → "rainy", "haze" → "hazy".
private func adjectiveForm(_ word: String) -> String? {
    guard word.count >= 3, word.allSatisfy(\.isLetter), !word.hasSuffix("y") else { return nil }
    let letters = Array(word)
    let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
    let n = letters.count
    if letters[n - 1] == "e" { return String(letters.dropLast()) + "y" }
    if n >= 3, !vowels.contains(letters[n - 1]), vowels.contains(letters[n - 2]), !vowels.contains(letters[n - 3]),
        !["w", "x"].contains(letters[n - 1])
    {
        return word + String(letters[n - 1]) + "y"
    }
    return word + "y"
}

/// Collects phrases under their lookup key, dropping exact duplicates (keeping the best score).
struct PhraseBuilder {
    var phrases: [String: [SchemaLexicon.Phrase]] = [:]

    static func key(_ word: String, _ mode: SchemaLexicon.MatchMode) -> String {
        switch mode {
        case .lemma: return "l:" + word
        case .stem: return "s:" + word
        case .exactCase: return "c:" + word
        }
    }

    mutating func add(_ elements: [(String, SchemaLexicon.MatchMode)], _ target: SchemaLexicon.Target, score: Int) {
        guard let first = elements.first, !first.0.isEmpty else { return }
        let key = PhraseBuilder.key(first.0, first.1)
        var list = phrases[key] ?? []
        if let existing = list.firstIndex(where: {
            $0.target == target && $0.elements.elementsEqual(elements, by: { $0.word == $1.0 && $0.mode == $1.1 })
        }) {
            if list[existing].score >= score { return }
            list.remove(at: existing)
        }
        list.append(SchemaLexicon.Phrase(elements: elements.map { (word: $0.0, mode: $0.1) }, target: target, score: score))
        phrases[key] = list
    }
}

extension SchemaLexicon {
    /// Whether a column's name is one short run of letters that is no English word and no
    /// abbreviation the lexicon spells out (`gwt`, `dfi`): letters kept from a phrase, free to
    /// be matched by `Interpreter.contracts` against two or more words of the question.
    static func isTerseName(_ column: Column) -> Bool {
        let letters = column.letters
        guard (2...6).contains(letters.count), column.words.count == 1, letters.allSatisfy({ $0.isLetter }) else { return false }
        guard WordNet.shared != nil else { return false }
        return !column.lettersAreEnglish && expansions[letters] == nil
    }
}
