/// Gives words that neither the schema nor the built-in lexicon could place a second chance,
/// before they are reported: abbreviations in column names ("heart rate" → `hr`, "unit
/// price" → `unitPrice`, "miles per gallon" → `milesPerGal`, "creatinine" → `creat`), WordNet's
/// relations from the word to a column, table or stored value (synonyms: "heart rate" →
/// `pulse`; attributes and derived forms: "wealthy" → `wealth`; pertainyms: "Parisian"
/// → 'Paris'; glosses: "weigh" → "have a certain weight" → `weight_kg`), units ("kilograms" →
/// `_kg`), and nouns that only name the rows ("patients", "participants").
///
/// Only words that would otherwise be refused are linked, and a word is linked only when its
/// evidence points at one schema element: this pass can turn a refusal into an answer but
/// never changes a reading the schema gave.
extension Interpreter {
    mutating func linkUnknownWords() {
        linkTerseRates()
        var i = 0
        while i < items.count {
            defer { i += 1 }
            guard items[i].isUnknown, !items[i].used, items[i].literal == nil || isCapitalisedWord(i),
                tokens[items[i].range.lowerBound].kind == .word, changeVerb(i) == nil, !isPluralModifierOfTableName(i)
            else { continue }
            if let (ref, code) = codeBesideItsColumn(i) {
                // "in a large size" of `size` holding 'S', 'M', 'L'.
                items[i].schema = [Item.SchemaMatch(target: .value(ref, code), score: 3)]
                items[i].isUnknown = false
                items[i].literal = nil
                continue
            }
            if let (span, ref) = raisedUnit(at: i) {
                // "in square yards" of `yard_sq_yd`: the unit of the one column measured in it.
                i = place(span, as: .column(ref, negated: false), score: 2)
                continue
            }
            if let (span, ref) = abbreviation(around: i) {
                i = place(span, as: .column(ref, negated: false), score: 3)
                continue
            }
            if let (span, ref) = initialism(around: i) {
                // "lake water temperature" of `lwt_celsius`.
                i = place(span, as: .column(ref, negated: false), score: 3)
                continue
            }
            if let (span, target) = hyphenatedSchemaWord(i) {
                // "check-up" of `checkup`: one word of the schema, split by its hyphen;
                // after the abbreviations, which read "mid-season price" of `midseasonPrice` whole.
                i = place(span, as: target, score: 3)
                continue
            }
            // After the abbreviations: "harvest yield" of `hy` names a column before "yield"
            // is read as the rows' own event.
            if isRowVerb(i) || isCollectionVerb(i, beforePhrase: false) {
                // "voyages that sailed to Genoa": the rows' own event; the rest of the question
                // says where, when and how much.
                items[i].isUnknown = false
                items[i].literal = nil
                items[i].used = true
                continue
            }
            if let target = expandedAbbreviation(i) {
                // "lat" of `latitude`, "pop" of `population`.
                items[i].schema = [Item.SchemaMatch(target: target, score: 3)]
                items[i].isUnknown = false
                items[i].literal = nil
                continue
            }
            if let ref = numberedColumn(i) {
                // "pop", "population" of `pop1901`, the one column of that name with a number.
                items[i].schema = [Item.SchemaMatch(target: .column(ref, negated: false), score: 3)]
                items[i].isUnknown = false
                items[i].literal = nil
                continue
            }
            if let ref = unitColumn(i) {
                items[i].schema = [Item.SchemaMatch(target: .column(ref, negated: false), score: 2)]
                items[i].isUnknown = false
                items[i].literal = nil
                // "How many inches is the average height?": how much, in inches.
                if i > 0, items[i - 1].keyword == .count, tokens[items[i - 1].range.lowerBound].lower == "how" {
                    merge((i - 1)...i)
                    items[i - 1].keyword = .howMuch
                    items[i - 1].schema = []
                    i -= 1
                }
                continue
            }
            if let (span, target) = wordNetPhrase(around: i) {
                i = place(span, as: target, score: 2)
                continue
            }
            if linkMeasuredPart(i) {
                // "the widest blade" of `BW`: the noun and the adjective's dimension spell the name.
                continue
            }
            if let comparative = comparativeLink(i) ?? compassLink(i) {
                // "the tallest player" → "most" + the column "tall" names; "taller than
                // 180" → the column + "more than".
                var keywordItem = items[i]
                keywordItem.schema = []
                keywordItem.isUnknown = false
                keywordItem.literal = nil
                keywordItem.keyword = comparative.keyword
                items[i].schema = [Item.SchemaMatch(target: comparative.target, score: 2)]
                items[i].isUnknown = false
                items[i].literal = nil
                if comparative.superlative {
                    items.insert(keywordItem, at: i)
                    i += 1
                    // "the widest petal": the noun only said which width.
                    if i + 1 < items.count, !items[i + 1].used, items[i + 1].keyword == nil,
                        case .column(let ref, _) = comparative.target, items[i + 1].columns.contains(where: { $0.ref == ref })
                    {
                        let schema = items[i].schema
                        merge(i...(i + 1))
                        items[i].schema = schema
                    }
                } else {
                    items.insert(keywordItem, at: i + 1)
                    if i + 2 < items.count, case .than? = items[i + 2].keyword { merge((i + 1)...(i + 2)) }
                    i += 1
                }
                continue
            }
            // A guess from the word's first letters comes after the word's own reading:
            // "southernmost" is a superlative of the coordinate, not the value 'South'.
            if let (ref, value) = codedValue(i) {
                items[i].schema = [Item.SchemaMatch(target: .value(ref, value), score: 3)]
                items[i].isUnknown = false
                items[i].literal = nil
                continue
            }
            if let target = wordNetLink(i), !reachesKeyOnlyThroughRelatedWord(i, target) {
                items[i].schema = [Item.SchemaMatch(target: target, score: 2)]
                items[i].isUnknown = false
                items[i].literal = nil
                continue
            }
            if let (ref, value) = groupMemberValue(i) {
                items[i].schema = [Item.SchemaMatch(target: .value(ref, value), score: 2)]
                items[i].isUnknown = false
                items[i].literal = nil
                continue
            }
            if let (span, ref, value) = abbreviatedValue(around: i) {
                // "asst curators", "associate curators" of the stored `AsstCurator`, `AssocCurator`.
                i = place(span, as: .value(ref, value), score: 3)
                continue
            }
            if let ref = oneSideColumn(i) {
                // "boys" of `male` beside `female`.
                items[i].schema = [Item.SchemaMatch(target: .column(ref, negated: false), score: 2)]
                items[i].isUnknown = false
                items[i].literal = nil
                continue
            }
            if let ref = narrowerVerbColumn(i) {
                // "caught" of `foxesTrapped`: trapping is a kind of catching.
                items[i].schema = [Item.SchemaMatch(target: .column(ref, negated: false), score: 2)]
                items[i].isUnknown = false
                items[i].literal = nil
                continue
            }
            if let ref = truncatedColumnWord(i) {
                // "navig" of `Navigation`, "endur" of `Endurance`, "carbs" of `carbohyd`.
                items[i].schema = [Item.SchemaMatch(target: .column(ref, negated: false), score: 2)]
                items[i].isUnknown = false
                items[i].literal = nil
                continue
            }
            if let ref = contractedColumnWord(i) {
                // "the average hgt" of `height`.
                items[i].schema = [Item.SchemaMatch(target: .column(ref, negated: false), score: 2)]
                items[i].isUnknown = false
                items[i].literal = nil
                continue
            }
            if let ref = shortenedWordColumn(i) {
                // "regions" of `salesreg`; a column of names (unique texts) names the rows
                // as firmly as its full name would.
                let naming = lexicon[ref].unique && lexicon[ref].isText
                items[i].schema = [Item.SchemaMatch(target: .column(ref, negated: false), score: naming ? 3 : 2)]
                items[i].isUnknown = false
                items[i].literal = nil
                continue
            }
            if let (span, refs) = cutNameColumns(around: i) {
                // "the 4th grade score" of `totsc4`, "per capita income" of `perinc`; several
                // columns the words fit are kept, for the question to be refused naming them.
                i = place(span, as: .column(refs[0], negated: false), score: 2)
                items[i].schema = refs.map { Item.SchemaMatch(target: .column($0, negated: false), score: 2) }
                continue
            }
            // Last, so that a verb naming a column ("diagnosed" of `diag_date`) keeps that reading.
            if isCollectionVerb(i, beforePhrase: true) {
                items[i].isUnknown = false
                items[i].literal = nil
                items[i].used = true
            }
        }
        linkQualifiersOfPlainColumns()
        linkUnitNouns()
        // Before the rows' nouns, whose guess would take "forward" (a player) in "the lowest
        // forward price" for the rows; the measure noun after it says otherwise.
        linkOneLetterColumns()
        linkRowNouns()
    }

    /// "the toll rate" of `tr` in a table of tolls: a rate or ratio word that, with the words
    /// before it, spells a terse column name is that column, not a share of the rows — every
    /// word is known, so the loop over unknown words would never look at them.
    private mutating func linkTerseRates() {
        var i = 0
        while i < items.count {
            defer { i += 1 }
            guard case .percent? = items[i].keyword, items[i].range.count == 1, tokens[items[i].range.lowerBound].kind == .word, !items[i].used,
                let (span, ref) = abbreviation(around: i), span.count >= 2, span.upperBound == i,
                isTerseName(lexicon[ref])
            else { continue }
            i = place(span, as: .column(ref, negated: false), score: 3)
        }
    }

    private func isCapitalisedWord(_ i: Int) -> Bool {
        let token = tokens[items[i].range.lowerBound]
        return token.kind == .word && !token.isCode && token.decade == nil
    }

    // MARK: Abbreviations

    /// The words of `span` become one item that names `target` (and nothing else); returns
    /// the merged item's index.
    mutating func place(_ span: ClosedRange<Int>, as target: SchemaLexicon.Target, score: Int) -> Int {
        items[span.lowerBound].schema = [Item.SchemaMatch(target: target, score: score)]
        items[span.lowerBound].keyword = nil
        items[span.lowerBound].isUnknown = false
        items[span.lowerBound].literal = nil
        merge(span)
        return span.lowerBound
    }

    /// The longest run of words around `i` (the unknown one included) that abbreviates exactly
    /// one column's name: every name letter is taken, in order, from the start of the run's
    /// words ("heart rate" → h·r, "year to date sales" → y·t·d·sales, "miles per gallon" →
    /// miles·per·gal, "unit price" → unit·price, "creatinine" → creat).
    private func abbreviation(around i: Int) -> (ClosedRange<Int>, ColumnRef)? {
        var best: (ClosedRange<Int>, ColumnRef)?
        // Both spellings take the name's first letter from the run's first word: a cheap,
        // exact test that spares the search for most runs and most columns.
        let initials = lexicon.nameInitials
        func opens(_ token: Token) -> Bool {
            [token.lower.first, token.lemma.first].contains(where: { $0.map(initials.contains) ?? false })
                || namesACountedNoun(token)
        }
        for start in max(0, i - 3)...i {
            let opening = tokens[items[start].range.lowerBound]
            let statistic = isStatisticWord(start)
            guard opens(opening) || statistic else { continue }
            for end in i..<min(items.count, start + 4) where best == nil || end - start > best!.0.count - 1 {
                let span = start...end
                let asWritten = span.allSatisfy({ canJoinAbbreviation($0) }) && opens(opening)
                // "max depth" of `dmax`, "average speed" of `speedavg`: a name puts the
                // statistic after what it is of, English before; read both ways.
                let statisticLast = statistic && span.count >= 2 && span.dropFirst().allSatisfy({ canJoinAbbreviation($0) })
                guard asWritten || statisticLast else { continue }
                let words = span.flatMap { k in items[k].range.map { tokens[$0] } }
                var orders: [[Token]] = asWritten ? [words] : []
                if statisticLast { orders.append(Array(words.dropFirst()) + [words[0]]) }
                let matches = Set(
                    orders.flatMap { words in
                        let firsts = [words[0].lower.first, words[0].lemma.first]
                        return lexicon.tables.indices.flatMap { t in
                            lexicon.tables[t].columns.filter { column in
                                // `npreg` of "pregnancies": a count of what the noun starts with.
                                if countsShortenedNoun(column, words) { return true }
                                guard firsts.contains(column.letters.first) else { return false }
                                return Interpreter.abbreviates(column.letters, words)
                                    || (isContractedName(column) && Interpreter.contracts(column.letters, words))
                                    // `gwt` of "grain weight", `dfi` of "dry feed intake": a terse
                                    // name that starts each word and keeps consonants of the later ones.
                                    || (words.count >= 2 && isTerseName(column) && Interpreter.contractsPhrase(column.letters, words))
                                    // `dpth` of "depth", `wdth` of "width": a terse name that keeps a
                                    // lone word's first and last letters and some between.
                                    || (words.count == 1 && isTerseName(column) && Interpreter.contractsWord(column.letters, words[0]))
                            }.map(\.ref)
                        }
                    })
                guard matches.count == 1, let ref = matches.first else { continue }
                // Initials that spell an English word (`ART` of "average rural tax") are that
                // word before they are the initials of whatever words happen to stand together.
                if words.count >= 2, lexicon[ref].letters.count == words.count, WordNet.shared != nil, lexicon[ref].lettersAreEnglish {
                    continue
                }
                // A lone word abbreviated to a name that is itself an English word ("net",
                // "rural") is that word, not the abbreviation — unless that word is a rare one
                // (one or two senses, such as "alt") and the question's word much longer
                // ("altitude").
                if words.count == 1, let wordNet = WordNet.shared {
                    let letters = lexicon[ref].letters
                    if wordNet.contains(letters, .noun) || wordNet.contains(letters, .adjective) {
                        let senses = [WordNet.PartOfSpeech.noun, .adjective, .verb].map { wordNet.synsets(letters, $0).count }.reduce(0, +)
                        guard senses <= 2, letters.count >= 3, words[0].lower.count >= letters.count + 3 else { continue }
                    }
                }
                best = (span, ref)
            }
        }
        return best
    }

    /// A run of two to five words around `i` whose initials are a word of exactly one column's
    /// name that is no English word ("lake water temperature" → `lwt_celsius`, "net farm
    /// income" → `nfi`): a name shortened to the initials of what it measures. The longest
    /// such run wins; the words may already name the column in part ("temperature").
    private func initialism(around i: Int) -> (ClosedRange<Int>, ColumnRef)? {
        guard WordNet.shared != nil else { return nil }
        // Most schemas have no name word that may be initials: then no run of words needs a look.
        let initials = lexicon.initialismWords
        guard !initials.isEmpty else { return nil }
        var best: (ClosedRange<Int>, ColumnRef)?
        for start in max(0, i - 4)...i {
            for end in max(i, start + 1)..<min(items.count, start + 5) where best == nil || end - start > best!.0.count - 1 {
                let span = start...end
                guard
                    span.allSatisfy({ k in
                        canJoinAbbreviation(k)
                            || (items[k].keyword == nil && !items[k].used && items[k].range.count == 1 && items[k].hasColumn && !items[k].hasValue)
                            || (k != span.lowerBound && k != span.upperBound && isLinkingWord(k))
                    })
                else { continue }
                let words = span.flatMap { k in items[k].range.map { tokens[$0] } }
                // "burned or damaged" of `bd`: the little words that join a phrase
                // are spelled by some initialisms and skipped by others; both are tried.
                let contentWords = words.filter { !Interpreter.linkingWords.contains($0.lower) }
                guard contentWords.count >= 2, contentWords.allSatisfy({ $0.kind == .word && !SchemaLexicon.partialStopWords.contains($0.lower) })
                else { continue }
                let spellings = Set([String(words.compactMap(\.lower.first)), String(contentWords.compactMap(\.lower.first))])
                guard !spellings.isDisjoint(with: initials) else { continue }
                let matches = lexicon.tables.flatMap { table in
                    table.columns.filter { column in
                        column.words.contains { word in
                            spellings.contains(word) && SchemaLexicon.expansions[word] == nil && !column.englishWords.contains(word)
                        }
                    }.map(\.ref)
                }
                guard matches.count == 1 else { continue }
                best = (span, matches[0])
            }
        }
        return best
    }

    /// A one-word statistic ("max", "minimum", "average", "total") that a column's name may
    /// carry after what it is of (`dmax`, `speedavg`); see `abbreviation(around:)`.
    private func isStatisticWord(_ k: Int) -> Bool {
        let item = items[k]
        guard !item.used, item.range.count == 1, tokens[item.range.lowerBound].kind == .word else { return false }
        switch item.keyword {
        case .aggregate?, .extreme(_, .magnitude)?: return true
        default: return false
        }
    }

    /// Words that join the words of a phrase and may stand inside an initialism.
    static let linkingWords: Set<String> = ["or", "and", "of", "per"]

    private func isLinkingWord(_ k: Int) -> Bool {
        items[k].range.count == 1 && !items[k].used && Interpreter.linkingWords.contains(tokens[items[k].range.lowerBound].lower)
    }

    /// Whether a column's name is one short run of letters that is no English word and no
    /// abbreviation the lexicon spells out (`SchemaLexicon.isTerseName`).
    func isTerseName(_ column: SchemaLexicon.Column) -> Bool { SchemaLexicon.isTerseName(column) }

    /// Items that may be part of an abbreviated name: unknown words, weak schema readings, and
    /// little words a name may spell out ("per", "of").
    func canJoinAbbreviation(_ k: Int) -> Bool {
        let item = items[k]
        guard !item.used, item.number == nil, item.date == nil, !item.isQuoted,
            item.range.allSatisfy({ tokens[$0].kind == .word })
        else { return false }
        if item.isUnknown { return true }
        if item.keyword == nil && item.bestSchemaScore <= 2 && item.isSchema { return true }
        // "NNP deflator" of `NNPDEFL`: a column's whole name that a longer name starts with
        // (the match must still be one column, and take the unknown word).
        if item.keyword == nil, item.range.count == 1, item.hasColumn, !item.hasValue, item.table == nil { return true }
        // "harvest quality" of `hq` in a table `harvests`: a word of the table's name may start a
        // name of one of its columns (the match must still be one column, and take the
        // unknown word).
        if item.keyword == nil, item.range.count == 1, item.table != nil, !item.hasValue, !item.hasColumn { return true }
        // "mortgage rate" of `mortrate`: "rate" is a percentage word elsewhere.
        // "toll ratio" of `tr`: so is any share word.
        if case .percent? = item.keyword, item.range.count == 1, tokens[item.range.lowerBound].kind == .word { return true }
        if item.isFiller, item.range.count == 1, tokens[item.range.lowerBound].kind == .word, tokens[item.range.lowerBound].lower.count >= 3 {
            return true
        }
        // "total output" of `TOTOUT`: an aggregate word may start a name.
        if case .aggregate? = item.keyword, item.range.count == 1 { return true }
        return item.range.count == 1 && ["per", "of", "and"].contains(tokens[item.range.lowerBound].lower)
    }

    /// Whether `letters` is the concatenation of non-empty prefixes of `words`, in order, each
    /// a whole word, its initial, or at least three letters, with at least one word shortened —
    /// or several whole words run together (`netpay` is "net pay", `seaice` "sea
    /// ice"), which the schema lexicon cannot split.
    static func abbreviates(_ letters: String, _ words: [Token]) -> Bool {
        let target = Array(letters)
        guard target.count >= 2, !words.isEmpty else { return false }
        let spellings = words.map { [Array($0.lower), Array($0.lemma)] }
        func search(_ position: Int, _ w: Int, _ shortened: Bool) -> Bool {
            if w == words.count { return position == target.count && (shortened || words.count > 1) }
            guard position < target.count else { return false }
            for spelling in spellings[w] {
                let maximum = min(spelling.count, target.count - position)
                var length = maximum
                while length >= 1 {
                    defer { length -= 1 }
                    guard length == spelling.count || length == 1 || length >= 3 else { continue }
                    // A lone word shortened to its initial is no abbreviation of it.
                    if words.count == 1 && length < 3 { continue }
                    if Array(spelling[0..<length]) != Array(target[position..<(position + length)]) { continue }
                    if search(position + length, w + 1, shortened || length < spelling.count) { return true }
                }
            }
            return false
        }
        return search(0, 0, false)
    }

    /// Whether a column's name may be a word with letters left out (`CLNS`, `HSPT`, `FDQL`):
    /// one short run of letters, written in capitals, that is no English word. Vowels dropped
    /// from inside a word are how such names are made; a name in lower case or in several
    /// words is read only by its prefixes (`abbreviates`).
    func isContractedName(_ column: SchemaLexicon.Column) -> Bool {
        let name = column.name
        guard (3...6).contains(name.count), name.allSatisfy({ $0.isLetter && $0.isUppercase }), column.words.count == 1 else { return false }
        guard WordNet.shared != nil else { return false }
        return !column.lettersAreEnglish && SchemaLexicon.expansions[column.letters] == nil
    }

    /// Whether `letters` is spelled by the words in order, each giving its first letter and
    /// then any of its later letters in order (cleanliness → c·l·n·s, hospitality → h·s·p·t,
    /// food quality → f·d·q·l). A lone word must be clearly longer than the name, so that a
    /// name is never read into a word of its own length.
    static func contracts(_ letters: String, _ words: [Token]) -> Bool {
        let target = Array(letters)
        guard target.count >= 3, !words.isEmpty, words.count <= target.count else { return false }
        if words.count == 1, words[0].lower.count < target.count + 2 { return false }
        // Each word gives its first letter, in order: a cheap test that spares most searches.
        guard
            Morphology.isSubsequence(String(words.compactMap(\.lower.first)), of: letters)
                || Morphology.isSubsequence(String(words.compactMap(\.lemma.first)), of: letters)
        else { return false }
        let spellings = words.map { [Array($0.lower), Array($0.lemma)] }
        // Each word starts where the previous one ended; within a word, letters are taken greedily.
        func search(_ position: Int, _ w: Int) -> Bool {
            if w == words.count { return position == target.count }
            let wordsLeft = words.count - w
            guard target.count - position >= wordsLeft else { return false }
            for spelling in spellings[w] where spelling.first == target[position] {
                var taken = 1
                var k = 1
                // Every split of the remaining letters between this word and the next ones.
                while true {
                    if search(position + taken, w + 1) { return true }
                    guard position + taken < target.count else { break }
                    while k < spelling.count, spelling[k] != target[position + taken] { k += 1 }
                    guard k < spelling.count else { break }
                    taken += 1
                    k += 1
                }
            }
            return false
        }
        return search(0, 0)
    }

    /// `contracts` for a phrase of two or more words, also without the little words that join
    /// it ("probability of freezing" of `prbfrz`, which spells no "o").
    static func contractsPhrase(_ letters: String, _ words: [Token]) -> Bool {
        if contracts(letters, words) { return true }
        let content = words.filter { !linkingWords.contains($0.lower) }
        return content.count >= 2 && content.count < words.count && contracts(letters, content)
    }

    /// Whether a terse name is a lone word contracted: its first and last letters kept and some
    /// of those between, in order (`dpth` of "depth", `twn` of "town"), the word longer than
    /// the name.
    static func contractsWord(_ letters: String, _ word: Token) -> Bool {
        guard letters.count >= 3, word.kind == .word else { return false }
        return [word.lower, word.lemma].contains { spelling in
            spelling.count > letters.count && spelling.first == letters.first && spelling.last == letters.last
                && Morphology.isSubsequence(letters, of: spelling)
        }
    }

    /// The one numeric column whose name is letters and a number (`pop1901`, `seats99`) whose
    /// letters the word is, spells out (an abbreviation people write: "pop" → population) or
    /// abbreviates ("population" of `pop`). Where several such columns share the letters
    /// (`pop2000`, `pop2010`), the number said with the word decides (`readNumberedColumns`).
    private func numberedColumn(_ i: Int) -> ColumnRef? {
        guard items[i].range.count == 1 else { return nil }
        let token = tokens[items[i].range.lowerBound]
        guard token.kind == .word, token.lower.count >= 2 else { return nil }
        let found = lexicon.tables.flatMap(\.columns).filter { column in
            guard column.isNumeric, !column.isBooleanLike, column.letters.contains(where: \.isNumber), column.letters.first?.isLetter == true
            else { return false }
            let stem = column.letters.filter(\.isLetter)
            guard stem.count >= 2 else { return false }
            let spelled = [stem] + (SchemaLexicon.expansions[stem] ?? [])
            return spelled.contains(token.lemma) || spelled.contains(token.lower) || Interpreter.abbreviates(stem, [token])
        }
        return found.count == 1 ? found[0].ref : nil
    }

    /// The one numeric column named with the unit this word is ("kilograms" → `weight_kg`).
    private func unitColumn(_ i: Int) -> ColumnRef? {
        guard items[i].range.count == 1 else { return nil }
        let token = tokens[items[i].range.lowerBound]
        let found = unitColumns(token.lower)
        return found.count == 1 ? found[0] : nil
    }

    /// The numeric columns whose names end in the unit a word is (`stem_length_mm` for
    /// "mm" or "millimetres").
    func unitColumns(_ word: String) -> [ColumnRef] {
        guard let suffixes = SchemaLexicon.unitSpellings(of: word) else { return [] }
        return lexicon.tables.flatMap { table in
            table.columns.filter { column in
                column.isNumeric && column.words.count > 1 && column.words.dropFirst().contains(where: { suffixes.contains($0) })
            }.map(\.ref)
        }
    }

    /// "square feet", "cubic metres": a word raising the unit after it to an area or a volume,
    /// where exactly one numeric column is named with that unit and a word raising it the same
    /// way (`yard_sq_yd`, `Tank volume (cu m)`).
    private func raisedUnit(at i: Int) -> (ClosedRange<Int>, ColumnRef)? {
        guard i + 1 < items.count, items[i].range.count == 1, items[i + 1].range.count == 1, !items[i + 1].used,
            let power = SchemaLexicon.unitPowers[tokens[items[i].range.lowerBound].lower]
        else { return nil }
        let unit = tokens[items[i + 1].range.lowerBound]
        guard unit.kind == .word else { return nil }
        let found = unitColumns(unit.lower).filter { ref in lexicon[ref].words.contains { SchemaLexicon.unitPowers[$0] == power } }
        return found.count == 1 ? (i...(i + 1), found[0]) : nil
    }

    /// An abbreviation people write for a word a column spells out ("lat" → `latitude`, "temp" →
    /// `temperature`), when the words it abbreviates name one schema element.
    private func expandedAbbreviation(_ i: Int) -> SchemaLexicon.Target? {
        guard items[i].range.count == 1 else { return nil }
        let token = tokens[items[i].range.lowerBound]
        guard let spelled = SchemaLexicon.expansions[token.lower] ?? SchemaLexicon.expansions[token.lemma] else { return nil }
        return soleTarget(spelled.filter { !$0.contains(" ") })
    }

    /// A verb that WordNet derives from (or to) the noun a table's rows are: "voyage" and
    /// `voyages` (voyaging, voyage), "order" and `orders`. Said of rows of that table, it only
    /// says they happened.
    /// What collecting data is, as WordNet files verbs: judging, examining, measuring,
    /// recording, listing, watching.
    static let collectionConcepts: Set<String> = [
        "evaluate", "examine", "analyze", "measure", "quantify", "record", "enumerate", "register", "observe",
        "report", "collect", "gather", "compile",
    ]

    /// Words that open a phrase saying where, when or from whom something was collected.
    static let collectionPrepositions: Set<String> = [
        "in", "at", "on", "during", "over", "across", "from", "throughout", "within", "among", "by", "between", "for",
    ]

    /// "How many kitchens were inspected?", "How many seedlings were weighed?": a participle after a form
    /// of "be" that ends the question and says only that the rows were collected — a verb of
    /// judging, examining, measuring or recording (WordNet: the verb or a kind it is, within
    /// three steps, in `collectionConcepts`). "How many orders were cancelled?" is a
    /// condition, never this.
    ///
    /// The same participle also says only that when a phrase of where, when or by whom follows
    /// it ("how many complaints were reported in the East ward", "faults reported during the
    /// trial"), after a form of "be" or right after the noun of the rows or of a column: the
    /// phrase keeps its condition, the verb adds none. A participle with an object or a
    /// complement after it ("were reported lost") is no such description.
    private func isCollectionVerb(_ i: Int, beforePhrase: Bool) -> Bool {
        guard let wordNet = WordNet.shared, i > 0, items[i].range.count == 1 else { return false }
        let token = tokens[items[i].range.lowerBound]
        guard token.kind == .word else { return false }
        let afterCopula = ["are", "were", "was", "is", "been", "be", "being"].contains(tokens[items[i - 1].range.upperBound - 1].lower)
        let rest = items[(i + 1)...]
        let endsQuestion = rest.allSatisfy({ item in
            if item.used || item.isFiller { return true }
            if case .inTotal? = item.keyword { return true }
            return item.range.allSatisfy { tokens[$0].kind == .symbol }
        })
        let phraseFollows = rest.first.map { Interpreter.collectionPrepositions.contains(tokens[$0.range.lowerBound].lower) } ?? false
        let afterRowsNoun =
            items[i - 1].keyword == .rowsNoun
            || (items[i - 1].keyword == nil && !items[i - 1].used && (items[i - 1].table != nil || items[i - 1].hasColumn))
        if beforePhrase {
            guard (afterCopula || afterRowsNoun) && (endsQuestion || phraseFollows) else { return false }
        } else {
            guard afterCopula && endsQuestion else { return false }
        }
        guard let base = wordNet.baseForms(token.lower, .verb).first, base != token.lower else { return false }
        return wordNet.synsets(base, .verb).prefix(2).contains { sense in
            wordNet.isKind(sense, within: 3) { !Interpreter.collectionConcepts.isDisjoint(with: $0.words) }
        }
    }

    private func isRowVerb(_ i: Int) -> Bool {
        guard let wordNet = WordNet.shared, items[i].range.count == 1 else { return false }
        let token = tokens[items[i].range.lowerBound]
        let tables = lexicon.tables.count == 1 ? [0] : contextTables
        let heads = Set(tables.flatMap { lexicon.tables[$0].headNouns })
        guard !heads.isEmpty else { return false }
        // The derivations of the verb's synonyms too ("married" is the event of `weddings`
        // through "wed", its synonym) — but only for a word that is no noun: "rating"
        // (a noun) is no "marking" of a table of marks.
        let isNoun = !wordNet.baseForms(token.lower, .noun).isEmpty
        for base in wordNet.baseForms(token.lower, .verb) {
            for synset in wordNet.synsets(base, .verb) {
                for link in wordNet.follow(synset, word: isNoun ? base : nil) where link.relation == .derivation && link.synset.partOfSpeech == .noun
                {
                    if !heads.isDisjoint(with: link.synset.words) { return true }
                }
            }
        }
        return false
    }

    /// "piscivores" of the code 'pisci', "frugivorous" of 'frugi', "granivore" of 'grani': a
    /// word that starts with a stored value (of four letters or more) of exactly one
    /// low-cardinality text column, the value being a shortened form of the word. A value that
    /// is a word in its own right is no shortening: "northeastern" and "goldfish" are other
    /// words than 'North' and 'Gold'.
    private func codedValue(_ i: Int) -> (ColumnRef, String)? {
        guard items[i].range.count == 1 else { return nil }
        let word = tokens[items[i].range.lowerBound].lower
        guard word.count >= 6 else { return nil }
        var found: [(ColumnRef, String)] = []
        for table in lexicon.tables {
            for column in table.columns where column.isText && !column.isBooleanLike {
                for value in column.distinctValues ?? [] where value.count >= 4 && value.count + 2 <= word.count {
                    let lowered = value.lowercased()
                    guard lowered.allSatisfy(\.isLetter), word.hasPrefix(lowered) else { continue }
                    if let wordNet = WordNet.shared, WordNet.PartOfSpeech.allCases.contains(where: { wordNet.contains(lowered, $0) }) { continue }
                    found.append((column.ref, value))
                }
            }
        }
        return found.count == 1 ? found[0] : nil
    }

    /// A stored value written as several words run together or shortened (`AsstCurator`,
    /// `AssocCurator`, `Sr Engineer`) said in the question part by part, each word the part
    /// itself or a longer form of it ("asst curators", "assoc. curators", "assistant curators"):
    /// a word that starts with the part, or holds its letters in order from the same first
    /// letter ("assistant" of `Asst`), or the reverse when the question shortens a part the
    /// data spells out. At least one part must be shortened or the value written run together
    /// (an exact match of separate words is the schema's own reading), the span is as long as the value has parts, and the span must fit
    /// exactly one value of the schema; a one-part value is never found this way, because a
    /// noun that merely starts like a value ("curators" of `Cur`) often names every row.
    private func abbreviatedValue(around i: Int) -> (ClosedRange<Int>, ColumnRef, String)? {
        var found: [(span: ClosedRange<Int>, ref: ColumnRef, value: String)] = []
        for table in lexicon.tables {
            for column in table.columns where column.isText && !column.isBooleanLike {
                for value in column.distinctValues ?? [] {
                    let parts = Tokenizer.splitIdentifier(value).map { $0.lowercased() }
                    guard (2...4).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isLetter) }) else { continue }
                    for start in max(0, i - parts.count + 1)...i where start + parts.count <= items.count {
                        let span = start...(start + parts.count - 1)
                        guard span.allSatisfy({ canSpellValuePart($0) }) else { continue }
                        let words = span.map { tokens[items[$0].range.lowerBound] }
                        let pairs = zip(parts, words)
                        guard pairs.allSatisfy({ Interpreter.shortens($0, $1) || Interpreter.shortens(longForm: $0, $1) }),
                            pairs.contains(where: { $0 != $1.lower && $0 != $1.lemma }) || Tokenizer.tokenize(value).count != parts.count
                        else { continue }
                        if !found.contains(where: { $0.ref == column.ref && $0.value == value }) { found.append((span, column.ref, value)) }
                    }
                }
            }
        }
        guard found.count == 1 else { return nil }
        return (found[0].span, found[0].ref, found[0].value)
    }

    /// Items that may spell a part of a stored value: single words that are no keyword and
    /// not yet taken (a weak schema reading of one part, "curs" of `Cur`, gives way to the
    /// whole value).
    private func canSpellValuePart(_ k: Int) -> Bool {
        let item = items[k]
        guard !item.used, item.keyword == nil, item.number == nil, item.date == nil, !item.isQuoted, item.range.count == 1 else { return false }
        let token = tokens[item.range.lowerBound]
        return token.kind == .word && !SchemaLexicon.partialStopWords.contains(token.lower)
    }

    /// Whether `part` (lowercase) is the question word or a shortening of it: the word itself,
    /// its start (three letters or more), or its letters in order from the same first letter
    /// with at least two left out ("asst" of "assistant").
    static func shortens(_ part: String, _ token: Token) -> Bool {
        for word in Set([token.lower, token.lemma]) {
            if word == part { return true }
            guard part.count >= 3, word.count > part.count else { continue }
            if word.hasPrefix(part) { return true }
            if word.first == part.first, word.count >= part.count + 2, Morphology.isSubsequence(part, of: word) { return true }
        }
        return false
    }

    /// The reverse of `shortens`: the question shortens a part the data spells out ("mgmt" of
    /// `Management`).
    static func shortens(longForm part: String, _ token: Token) -> Bool {
        let word = token.lower
        guard word.count >= 3, part.count > word.count, word.allSatisfy(\.isLetter) else { return false }
        return part.hasPrefix(word) || (part.first == word.first && part.count >= word.count + 2 && Morphology.isSubsequence(word, of: part))
    }

    /// A word that is the start of exactly one column word of the schema ("navig" of
    /// `Navigation`, "endur" of `Endurance`, "carbs" of `carbohyd`): three letters or more, and
    /// either no English word or a rare one (two senses at most) clearly shorter
    /// than the name word. A word that starts several column words stays unplaced.
    private func truncatedColumnWord(_ i: Int) -> ColumnRef? {
        guard let wordNet = WordNet.shared, items[i].range.count == 1 else { return nil }
        let token = tokens[items[i].range.lowerBound]
        guard token.kind == .word, !token.isCode else { return nil }
        let senses = WordNet.PartOfSpeech.allCases.map { wordNet.synsets(token.lower, $0).count + wordNet.synsets(token.lemma, $0).count }
            .reduce(0, +)
        let english = senses > 0
        guard !english || senses <= 2 else { return nil }
        var found = Set<ColumnRef>()
        for word in Set([token.lower, token.lemma]) where word.count >= 3 && word.allSatisfy(\.isLetter) {
            let margin = english ? 3 : 1
            for table in lexicon.tables {
                for column in table.columns where column.words.contains(where: { $0.count >= word.count + margin && $0.hasPrefix(word) }) {
                    found.insert(column.ref)
                }
            }
        }
        return found.count == 1 ? found.first : nil
    }

    /// A word written in lower case as a contraction of exactly one column word: two to four
    /// letters, no vowel (so no word to read), the column word's first and last letters with
    /// the others taken from it in order ("hgt" of `height`, "lgth" of `length`, "wt" of
    /// `weight`) — the way such short forms are made. Codes in capitals ("NY") are values,
    /// never contractions.
    private func contractedColumnWord(_ i: Int) -> ColumnRef? {
        guard items[i].range.count == 1 else { return nil }
        let token = tokens[items[i].range.lowerBound]
        let word = Array(token.text)
        guard token.kind == .word, !token.isCode, (2...4).contains(word.count), word.allSatisfy({ $0.isLetter && $0.isLowercase }),
            !word.contains(where: { "aeiouy".contains($0) })
        else { return nil }
        func contracts(_ name: String) -> Bool {
            let letters = Array(name)
            guard letters.count >= word.count + 2, letters.first == word.first, letters.last == word.last else { return false }
            var k = 1
            for letter in word.dropFirst() {
                while k < letters.count, letters[k] != letter { k += 1 }
                guard k < letters.count else { return false }
                k += 1
            }
            return true
        }
        var found = Set<ColumnRef>()
        for table in lexicon.tables {
            for column in table.columns where column.isNumeric && column.words.contains(where: contracts) { found.insert(column.ref) }
        }
        return found.count == 1 ? found.first : nil
    }

    // MARK: WordNet

    /// A run of two or three words around `i` that WordNet knows as one lemma ("heart rate",
    /// "life span", "body mass index") whose synonyms name one schema element.
    private func wordNetPhrase(around i: Int) -> (ClosedRange<Int>, SchemaLexicon.Target)? {
        guard let wordNet = WordNet.shared else { return nil }
        for length in [3, 2] {
            for start in max(0, i - length + 1)...i where start + length <= items.count {
                let span = start...(start + length - 1)
                guard
                    span.allSatisfy({ k in
                        !items[k].used && items[k].range.count == 1 && tokens[items[k].range.lowerBound].kind == .word
                            && items[k].number == nil
                    })
                else { continue }
                let words = span.map { tokens[items[$0].range.lowerBound] }
                let phrase = words.map(\.lower).joined(separator: " ")
                let phraseLemma = (words.dropLast().map(\.lower) + [words.last!.lemma]).joined(separator: " ")
                for lemma in Set([phrase, phraseLemma]) {
                    let related = wordNet.synsets(lemma, .noun).flatMap(\.words).filter { $0 != lemma }
                    if let target = soleTarget(related) { return (span, target) }
                }
            }
        }
        return nil
    }

    /// "Labourites" of a `party` column holding 'Labour': a noun for members of a group
    /// (WordNet's member holonym: a Labourite is a member of the Labour Party) whose name is
    /// a stored value followed by the name of the column holding it names that value. One
    /// value only; nil otherwise.
    private func groupMemberValue(_ i: Int) -> (ColumnRef, String)? {
        guard let wordNet = WordNet.shared, items[i].range.count == 1 else { return nil }
        let token = tokens[items[i].range.lowerBound]
        var found = Set<SchemaLexicon.Target>()
        for base in wordNet.baseForms(token.lower, .noun) {
            for sense in wordNet.synsets(base, .noun).prefix(2) {
                for link in wordNet.follow(sense) where link.relation == .memberOf {
                    for name in link.synset.words {
                        let words = name.split(separator: " ").map(String.init)
                        guard words.count == 2, let group = words.last else { continue }
                        for target in targets([words[0]]) {
                            guard case .value(let ref, _) = target, lexicon[ref].words.last == Morphology.singular(group) else { continue }
                            found.insert(target)
                        }
                    }
                }
            }
        }
        guard found.count == 1, case .value(let ref, let value)? = found.first else { return nil }
        return (ref, value)
    }

    /// What WordNet relates a single unknown word to, when that names one schema element.
    private func wordNetLink(_ i: Int) -> SchemaLexicon.Target? {
        guard let wordNet = WordNet.shared, items[i].range.count == 1 else { return nil }
        let token = tokens[items[i].range.lowerBound]
        var strong: [String] = []
        var weak: [String] = []
        // Definitions are read only for words that are no noun: "interns" is people, not
        // "work as an intern".
        let isNoun = !wordNet.baseForms(token.lower, .noun).isEmpty
        for pos in [WordNet.PartOfSpeech.noun, .adjective, .verb] {
            for base in wordNet.baseForms(token.lower, pos) {
                for synset in wordNet.synsets(base, pos) {
                    strong += synset.words.filter { $0 != base }
                    for link in wordNet.follow(synset, word: base) {
                        switch link.relation {
                        case .derivation, .pertainym:
                            if let word = link.word { strong.append(word) }
                        case .attribute:
                            strong += link.synset.words
                        default:
                            break
                        }
                    }
                    // "weigh": "have a certain weight"; "tall": "great in vertical dimension;
                    // high in stature". Only verbs' and adjectives' definitions, whose content words
                    // name what they are about.
                    if pos != .noun, !isNoun { weak += Interpreter.contentWords(of: synset.gloss) }
                }
            }
        }
        if let target = soleTarget(strong) { return target }
        if let target = soleTarget(strong + weak, allowPrefix: true), case .column(let ref, _) = target, lexicon[ref].isNumeric { return target }
        // "weigh" ("have a certain weight") of `mass_g`: the one column named by any word
        // of the dimension the word is about.
        let said = Set(strong + weak)
        for dimension in [Dimension.weight, .height, .length, .temperature, .speed, .price, .age] where said.contains(dimension.columnWords[0]) {
            let tables = contextTables.isEmpty ? Array(lexicon.tables.indices) : contextTables
            let found = lexicon.columns(in: tables, namedBy: dimension.columnWords).filter { !lexicon[$0].isBooleanLike }
            if found.count == 1 { return .column(found[0], negated: false) }
        }
        // "salaried" of `sal` (salary), "wealthy" of `wealth`: a name whose stem, or the
        // word it abbreviates, starts the word.
        return prefixTarget(token.lower)
    }

    /// "large size" of a `size` column holding 'S', 'M', 'L': an adjective in its plain
    /// form (no "-er", "-est": "the largest size" ranks) right before the name of a text
    /// column whose every value is a short code (one or two letters), the word starting with
    /// exactly one of the codes. Two codes that fit leave the word unplaced. Not after the
    /// name: "the size label" is no 'L'.
    private func codeBesideItsColumn(_ i: Int) -> (ColumnRef, String)? {
        guard let wordNet = WordNet.shared, items[i].range.count == 1 else { return nil }
        let token = tokens[items[i].range.lowerBound]
        let word = token.lower
        guard token.kind == .word, word.count >= 3, word.allSatisfy(\.isLetter), wordNet.contains(word, .adjective),
            wordNet.baseForms(word, .adjective).first == word
        else { return nil }
        var found: [(ColumnRef, String)] = []
        let next = i + 1
        guard next < items.count, items[next].range.count == 1, !items[next].hasValue else { return nil }
        for match in items[next].columns where match.score >= 2 && !match.negated {
            let column = lexicon[match.ref]
            guard column.isText, !column.isBooleanLike, let codes = column.distinctValues, codes.count >= 2,
                codes.allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy(\.isLetter) })
            else { continue }
            found += codes.filter { word.hasPrefix($0.lowercased()) }.map { (match.ref, $0) }
        }
        return found.count == 1 ? found[0] : nil
    }

    /// "boys", "girls" of count columns `male` and `female`: a plural noun of which a
    /// column's one-word name is a kind (WordNet hypernyms, two steps: boy → male person),
    /// where another column is named by that word's antonym (female). A pair of columns named
    /// by opposites splits the rows' counts in two, so a narrower word for one side names that
    /// side; without the pair, a hypernym names a larger set than the word ("apples" are not
    /// all the `fruit`), and the word stays unplaced.
    private func oneSideColumn(_ i: Int) -> ColumnRef? {
        guard let wordNet = WordNet.shared, items[i].range.count == 1 else { return nil }
        let token = tokens[items[i].range.lowerBound]
        guard token.kind == .word, token.lower != token.lemma, let base = wordNet.baseForms(token.lower, .noun).first else { return nil }
        let tables = contextTables.isEmpty ? Array(lexicon.tables.indices) : contextTables
        var named: [String: [ColumnRef]] = [:]
        for t in tables {
            for column in lexicon.tables[t].columns where column.isNumeric && !column.isBooleanLike && column.words.count == 1 {
                named[column.words[0], default: []].append(column.ref)
            }
        }
        guard named.count >= 2 else { return nil }
        var kinds = Set<String>()
        for synset in wordNet.synsets(base, .noun) {
            for kind in wordNet.kinds(of: synset, within: 2).dropFirst() { kinds.formUnion(kind.words) }
        }
        let sides = named.keys.filter { word in
            kinds.contains(word) && named[word]!.count == 1
                && [WordNet.PartOfSpeech.noun, .adjective].contains { pos in
                    wordNet.synsets(word, pos).contains { synset in
                        wordNet.follow(synset, word: word).contains { link in
                            link.relation == .antonym && link.synset.words.contains { $0 != word && named[$0] != nil }
                        }
                    }
                }
        }
        guard sides.count == 1, let side = sides.first else { return nil }
        return named[side]!.first
    }

    /// Words of a definition that could name something: no function words.
    static func contentWords(of gloss: String) -> [String] {
        let stop: Set<String> = [
            "a", "an", "the", "of", "or", "and", "to", "in", "on", "for", "with", "by", "as", "at", "be", "is",
            "have", "has", "having", "certain", "something", "someone", "that", "which", "who", "from",
            "into", "its", "it", "not", "more", "than", "very", "relatively", "especially", "usually",
        ]
        return gloss.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init)
            .filter { $0.count >= 3 && !stop.contains($0) }
    }

    /// The one schema element the words name (a whole column name or a distinctive part of
    /// one, a table, or a stored value written as one word), if there is exactly one.
    private func soleTarget(_ words: [String], allowPrefix: Bool = false) -> SchemaLexicon.Target? {
        let found = targets(words, allowPrefix: allowPrefix)
        return found.count == 1 ? found.first : nil
    }

    /// Every schema element the words name (see `soleTarget`).
    private func targets(_ words: [String], allowPrefix: Bool = false) -> Set<SchemaLexicon.Target> {
        var targets = Set<SchemaLexicon.Target>()
        for word in Set(words) where !word.contains(" ") {
            let lemma = Morphology.singular(word)
            // "north" is "N": a short code among a column's values.
            if word.count <= 3, word.allSatisfy(\.isLetter) {
                for phrase in lexicon.phrasesByKey["c:" + word.uppercased()] ?? [] where phrase.elements.count == 1 {
                    if case .value = phrase.target { targets.insert(phrase.target) }
                }
            }
            for phrase in lexicon.phrasesByKey["l:" + lemma] ?? [] where phrase.elements.count == 1 && phrase.score >= 2 {
                if case .column(_, true) = phrase.target { continue }
                targets.insert(phrase.target)
            }
            if allowPrefix, word.count >= 6 {
                // "sugary" of `sugar`: a column word that starts a longer gloss word.
                for table in lexicon.tables {
                    for column in table.columns where column.isNumeric && column.words.contains(where: { $0.count >= 5 && word.hasPrefix($0) }) {
                        targets.insert(.column(column.ref, negated: false))
                    }
                }
            }
        }
        // A word that names both a table and one of its columns names the column.
        if targets.count > 1 {
            let columns = targets.filter {
                if case .column = $0 { return true }
                return false
            }
            if columns.count == 1 { targets = columns }
        }
        return targets
    }

    /// A numeric column whose name (or the word it abbreviates) has a stem of five letters or
    /// more that starts `word`: "wealthy" → `wealth`, "salaried" → `sal` (salary).
    private func prefixTarget(_ word: String) -> SchemaLexicon.Target? {
        var found = Set<ColumnRef>()
        for table in lexicon.tables {
            for column in table.columns where column.isNumeric {
                // `pop1901`: the letters of a name written with a number, and what they abbreviate.
                let stems = column.words.map { $0.filter(\.isLetter) }.filter { $0.count >= 2 }
                let spellings = column.words + (column.words + stems).flatMap { SchemaLexicon.expansions[$0] ?? [] }
                for spelling in spellings where !spelling.contains(" ") {
                    let stem = Morphology.stem(spelling)
                    if stem.count >= 5, word.hasPrefix(stem), word != spelling { found.insert(column.ref) }
                }
            }
        }
        return found.count == 1 ? .column(found.first!, negated: false) : nil
    }

    /// A column one of whose words is a shortening of the question's word, that word being
    /// in WordNet and the shortening not ("regions" → `salesreg`, "employees" → `emp_count`):
    /// three letters or more that start the word, at least two letters short of it, in one
    /// column of the schema only.
    private func shortenedWordColumn(_ i: Int) -> ColumnRef? {
        guard let wordNet = WordNet.shared, items[i].range.count == 1 else { return nil }
        let token = tokens[items[i].range.lowerBound]
        guard token.kind == .word, token.lemma.count >= 6, let base = wordNet.baseForms(token.lower, .noun).first else { return nil }
        var found = Set<ColumnRef>()
        for table in lexicon.tables {
            for column in table.columns {
                for word in column.words where word.count >= 3 && word.count + 2 <= base.count && base.hasPrefix(word) && word.allSatisfy(\.isLetter)
                {
                    if WordNet.PartOfSpeech.allCases.contains(where: { wordNet.contains(word, $0) }) { continue }
                    found.insert(column.ref)
                }
            }
        }
        return found.count == 1 ? found.first : nil
    }

    /// "strongest", "heavier": a comparative or superlative of an adjective that names a
    /// column, as the keyword and the column.
    private func comparativeLink(_ i: Int) -> (keyword: Keyword, target: SchemaLexicon.Target, superlative: Bool)? {
        guard let wordNet = WordNet.shared, items[i].range.count == 1 else { return nil }
        let word = tokens[items[i].range.lowerBound].lower
        guard word.hasSuffix("est") || word.hasSuffix("er") else { return nil }
        guard let base = wordNet.baseForms(word, .adjective).first(where: { $0 != word }) ?? Interpreter.irregularBase(of: word, wordNet) else {
            return nil
        }
        // "the widest petal": among the columns the adjective names, the one the noun after it
        // names too.
        // "stems longer than 30 mm": or the noun before it.
        let next = nextIndex(from: i + 1, skipping: { isArticle($0) })
        let previous = previousIndex(from: i - 1, skipping: { isArticle($0) })
        let nearby = [next, previous].compactMap { $0 }.reduce(into: Set<ColumnRef>()) { $0.formUnion(items[$1].columns.map(\.ref)) }
        guard let target = linkAdjective(base, within: nearby) else { return nil }
        let superlative = word.hasSuffix("est")
        let direction: SortDirection = Interpreter.lowPoleAdjectives.contains(base) ? .ascending : .descending
        if superlative { return (.extreme(direction, .magnitude), target, true) }
        return (.compare(direction == .descending ? .greater : .less), target, false)
    }

    /// "farthest", "furthermost": a superlative or comparative WordNet lists as a word of its
    /// own, a satellite of the head adjective it grades ("far"). The head is taken when the
    /// word starts with it, so that only the graded form of that very adjective is read.
    static func irregularBase(of word: String, _ wordNet: WordNet) -> String? {
        for synset in wordNet.synsets(word, .adjective) {
            for link in wordNet.follow(synset) where link.relation == .similar {
                if let head = link.synset.words.first(where: { $0.count >= 3 && word.hasPrefix($0) && $0 != word }) { return head }
            }
        }
        return nil
    }

    /// Compass words and the coordinate they order: north is a higher latitude, east a higher
    /// longitude. WordNet knows the words but not that a coordinate column measures them.
    static let compassWords: [String: (axis: String, direction: SortDirection)] = [
        "north": ("latitude", .descending), "northern": ("latitude", .descending), "northernmost": ("latitude", .descending),
        "south": ("latitude", .ascending), "southern": ("latitude", .ascending), "southernmost": ("latitude", .ascending),
        "east": ("longitude", .descending), "eastern": ("longitude", .descending), "easternmost": ("longitude", .descending),
        "west": ("longitude", .ascending), "western": ("longitude", .ascending), "westernmost": ("longitude", .ascending),
    ]

    /// "the northernmost station" (the highest latitude), "north of 40" (latitude above 40),
    /// where one numeric column holds that coordinate (`lat`, `latitude`, `Lat_deg`).
    private func compassLink(_ i: Int) -> (keyword: Keyword, target: SchemaLexicon.Target, superlative: Bool)? {
        guard items[i].range.count == 1 else { return nil }
        let word = tokens[items[i].range.lowerBound].lower
        guard let compass = Interpreter.compassWords[word] else { return nil }
        let axes = lexicon.tables.flatMap { table in
            table.columns.filter { column in
                column.isNumeric && column.words.contains { $0 == compass.axis || (SchemaLexicon.expansions[$0] ?? []).contains(compass.axis) }
            }.map(\.ref)
        }
        guard axes.count == 1 else { return nil }
        if word.hasSuffix("most") { return (.extreme(compass.direction, .magnitude), .column(axes[0], negated: false), true) }
        // "north of 40": a bound on the coordinate; "of" is left for the comparison to skip.
        guard i + 2 < items.count, tokens[items[i + 1].range.lowerBound].lower == "of", items[i + 2].number != nil else { return nil }
        return (.compare(compass.direction == .descending ? .greater : .less), .column(axes[0], negated: false), false)
    }

    /// Adjectives whose comparative means less of what they measure.
    static let lowPoleAdjectives: Set<String> = [
        "light", "short", "small", "low", "weak", "young", "thin", "narrow", "shallow", "cheap", "slow", "few", "little",
        "poor", "mild", "soft", "dilute", "faint", "brief", "near", "close", "sparse",
    ]

    private func linkAdjective(_ base: String, within nearby: Set<ColumnRef> = []) -> SchemaLexicon.Target? {
        guard let wordNet = WordNet.shared else { return nil }
        var strong: [String] = []
        var weak: [String] = []
        for synset in wordNet.synsets(base, .adjective) {
            strong += synset.words.filter { $0 != base }
            for link in wordNet.follow(synset, word: base) {
                switch link.relation {
                case .attribute: strong += link.synset.words
                case .derivation, .pertainym: if let word = link.word { strong.append(word) }
                default: break
                }
            }
            weak += Interpreter.contentWords(of: synset.gloss)
        }
        if let target = soleTarget(strong) { return target }
        if !nearby.isEmpty {
            let narrowed = targets(strong).filter {
                if case .column(let ref, _) = $0 { return nearby.contains(ref) }
                return false
            }
            if narrowed.count == 1 { return narrowed.first }
        }
        if let target = soleTarget(strong + weak, allowPrefix: true), case .column(let ref, _) = target, lexicon[ref].isNumeric { return target }
        return nil
    }

    // MARK: Nouns for units and rows

    /// "How many points did Smith score", "Smith's total points", "at least 3000 points": an
    /// unknown plural noun next to exactly one numeric column that names what the column
    /// counts, the column said twice.
    /// Whether "each", "per" or "by" comes right before the item at `k` (articles between).
    private func isAfterGroupingWord(_ k: Int) -> Bool {
        guard let p = previousIndex(from: k - 1, skipping: { isArticle($0) }) else { return false }
        return keyword(p) == .groupBy || items[p].keyword == .groupBy
    }

    private mutating func linkUnitNouns() {
        guard let wordNet = WordNet.shared else { return }
        for i in items.indices where items[i].isUnknown && !items[i].used && items[i].range.count == 1 {
            let token = tokens[items[i].range.lowerBound]
            // Units are acts and quantities (votes, points, goals), never the things rows are
            // (patients, participants).
            guard token.kind == .word, token.lemma != token.lower, let base = wordNet.baseForms(token.lower, .noun).first,
                let sense = wordNet.synsets(base, .noun).first, !Interpreter.namesThings(sense, wordNet)
            else { continue }
            var near: [Int] = []
            var tableNamed = false
            for k in max(0, i - 4)...min(items.count - 1, i + 4) where k != i && !items[k].used && items[k].keyword == nil {
                if items[k].table != nil && items[k].tableScore >= items[k].bestSchemaScore {
                    tableNamed = true
                    break
                }
                // (Not an identifier: "members earn 40,000 crowns" where `member` numbers the
                // rows; a member number counts nothing in crowns.)
                let columns = items[k].columns.filter { $0.score >= 3 && lexicon[$0.ref].isNumeric }
                // (Nor a year, or a column the rows are grouped by: "how many visits each
                // year", "how many operations each age" count rows per year or age — as the
                // visits' column, the year was counted or the ages added up.)
                if columns.count == 1, lexicon[columns[0].ref].isYearNumber || isAfterGroupingWord(k) { continue }
                // (Nor a column a word for a time names: "days with more than 40 accidents" of
                // `day` numbers the days; the accidents are counted elsewhere, or nowhere.)
                if columns.count == 1, namesATime(k, wordNet) { continue }
                if columns.count == 1, columns[0].score == items[k].bestSchemaScore, !lexicon.isIdentifier(columns[0].ref) {
                    near.append(k)
                }
            }
            guard !tableNamed else { continue }
            // "Smith's total points to Jones's total points": each noun goes with the column
            // named just before it (past an aggregate word), else the only one near.
            if near.count > 1 {
                let before = previousIndex(
                    from: i - 1,
                    skipping: { k in
                        if isArticle(k) { return true }
                        if case .aggregate? = items[k].keyword ?? items[k].alternateKeyword { return true }
                        if case .extreme? = items[k].keyword { return true }
                        return false
                    })
                let adjacent = previousIndex(from: i - 1, skipping: { isArticle($0) })
                if let before, near.contains(before) { near = [before] } else if let adjacent, near.contains(adjacent) { near = [adjacent] }
            }
            // "How many accidents happened in 1961?" of `traffic(year, day, limit, y)`: with no
            // column named near, the one count of the upload whose name says nothing of what it
            // counts (`y`, `n`, `count`) is what the act noun counts.
            if near.isEmpty, !SchemaLexicon.isCurrencyName(token.lower), let anonymous = lexicon.anonymousCount {
                items[i].schema = [Item.SchemaMatch(target: .column(anonymous, negated: false), score: 2)]
                items[i].isUnknown = false
                items[i].literal = nil
                continue
            }
            guard near.count == 1, let c = near.first, let column = items[c].columns.first(where: { $0.score >= 3 && lexicon[$0.ref].isNumeric }),
                lexicon[column.ref].isNumeric, !lexicon[column.ref].isBooleanLike, lexicon[column.ref].type == .integer
            else { continue }
            // "sleep more than 40 florins": a currency counts money, never hours of sleep.
            if SchemaLexicon.isCurrencyName(token.lower), !lexicon[column.ref].words.contains(where: SchemaLexicon.moneyColumnWords.contains) {
                continue
            }
            items[i].schema = [Item.SchemaMatch(target: .column(column.ref, negated: false), score: column.score)]
            items[i].isUnknown = false
            items[i].literal = nil
            items[c].used = true
        }
    }

    /// Whether the one word at `k` is a noun whose first sense is a stretch or a unit of time
    /// ("day", "week", "month", "hour"): what such a word names is a period or a duration,
    /// never a count of acts or things.
    private func namesATime(_ k: Int, _ wordNet: WordNet) -> Bool {
        guard items[k].range.count == 1 else { return false }
        let token = tokens[items[k].range.lowerBound]
        guard token.kind == .word, let base = wordNet.baseForms(token.lower, .noun).first,
            let sense = wordNet.synsets(base, .noun).first
        else { return false }
        return wordNet.isKind(sense, within: 19) { synset in
            synset.words.contains(where: { ["time period", "time unit"].contains($0) })
        }
    }

    /// Nouns the schema does not spell that name a table's rows. First by WordNet relation:
    /// a synonym or kind of what the table's rows are ("journeys" of `voyages`, "birds" of
    /// `herons`, "mammals" of rows named cheetah, cow …; see `SchemaLexicon.rowWords`). Then,
    /// as a guess reported with any refusal: "patients", "participants", "parties" — a plural
    /// noun that names nothing in the schema but things (people, groups, objects, places,
    /// periods) is the rows of the one table the question is about, unless WordNet says it is
    /// a narrower kind of those rows ("ruminants" of mammals: some rows, not all of them).
    private mutating func linkRowNouns() {
        guard let wordNet = WordNet.shared else { return }
        joinCompoundNouns(wordNet)
        for i in items.indices where items[i].isUnknown && !items[i].used && !isPluralModifierOfTableName(i) {
            guard let base = nounBase(i, wordNet) else { continue }
            var related = lexicon.tables.indices.filter { lexicon.tables[$0].rowWords.contains(base) }
            if related.isEmpty { related = lexicon.tables.indices.filter { namingNounRelates(base, to: $0, wordNet) } }
            var namesPeople = false
            if related.isEmpty, let people = peopleRowsTable(namedBy: i, wordNet) {
                related = [people]
                namesPeople = true
            }
            let inContext = related.filter { contextTables.contains($0) }
            let chosen = inContext.count == 1 ? inContext : related
            guard chosen.count == 1, let table = chosen.first else { continue }
            // "states and territories" where "states" is a stored value: a union of kinds the
            // reading cannot express; the word stays unplaced.
            let coordinated = [(i - 1, i - 2), (i + 1, i + 2)].contains { link, other in
                guard link >= 0, other >= 0, other < items.count else { return false }
                return (items[link].keyword == .and || items[link].keyword == .or) && items[other].hasValue
            }
            if coordinated { continue }
            items[i].schema = [Item.SchemaMatch(target: .table(table), score: 3)]
            items[i].isUnknown = false
            items[i].literal = nil
            if namesPeople {
                peopleRowWords.append(items[i].text)
                dropCollectionBefore(peopleNoun: i)
            }
        }
        let candidateTables = lexicon.tables.count == 1 ? [0] : contextTables
        guard candidateTables.count == 1, let table = candidateTables.first else { return }
        // The rows already have their name in the question: another noun is something else
        // ("how many employees are interns").
        // A table named after the collection the data is ("poll", "census", "register") names
        // the data, not what each row is: "how many respondents are in the census" still needs
        // a noun for the rows.
        guard
            !items.contains(where: {
                !$0.used && $0.keyword == nil && $0.table != nil && $0.tableScore >= 3 && $0.tableScore >= $0.bestSchemaScore
                    && !namesTheCollection($0)
            })
        else { return }
        // So do the names in a unique text column ("stores" of `store`) — not the label's own
        // "name" ("'mouse' in their name").
        guard
            !items.contains(where: { item in
                !item.used && item.keyword == nil
                    && item.columns.contains { $0.score >= 3 && lexicon[$0.ref].unique && lexicon[$0.ref].isText }
                    && !(item.range.count == 1 && ["name", "title", "label"].contains(tokens[item.range.lowerBound].lemma))
            })
        else { return }
        // What the rows are known to be: a noun of a narrower kind than that ("ruminants" of
        // mammals, "chicks" of herons) names some of them — but a kind of the very thing the
        // table's name says a row is names them all ("patients" of `people`).
        let rowKinds = lexicon.tables[table].rowWords
        let heads = Set(lexicon.tables[table].headNouns)
        // Rows named by kinds (otter, walrus, … of carnivores: the label values are WordNet
        // nouns of a common kind) are told apart by kind, so a narrower kind of even the table's
        // own noun ("the wolf" of carnivores) names a value, not every row.
        let rowsAreKinds = !lexicon.tables[table].kindsOfNames.isEmpty
        // A question names its rows once: two different nouns cannot both be them.
        var nouns = Set<String>()
        var found: [(index: Int, beforeColumn: Bool)] = []
        for i in items.indices where items[i].isUnknown && !items[i].used {
            let token = tokens[items[i].range.upperBound - 1]
            guard token.kind == .word else { continue }
            // "… are interns": a noun after a copula says what the rows are, it does not name them.
            if i > 0, Interpreter.auxiliaryVerbs.contains(tokens[items[i - 1].range.upperBound - 1].lower) || isArticleAfterCopula(i) { continue }
            guard let base = nounBase(i, wordNet), let sense = wordNet.synsets(base, .noun).first,
                Interpreter.namesThings(sense, wordNet)
            else { continue }
            // "per season" of a table with dates, or with no time at all: a part of the year
            // that no column keeps, never the rows (see `readSeasonsOfYearlyTables`).
            if Interpreter.partsOfTheYear(named: base, wordNet) != nil { continue }
            if isPluralModifierOfTableName(i) || !guessedNounFitsLivingRows(sense, of: table, wordNet)
                || !pluralOfAPersonFitsRows(tokens[items[i].range.upperBound - 1], base: base, of: table, wordNet)
            {
                continue
            }
            if !rowKinds.isEmpty,
                wordNet.synsets(base, .noun).prefix(1).contains(where: { sense in
                    let kinds = wordNet.hypernyms(of: sense).map(\.synset.words)
                    return kinds.contains { !rowKinds.isDisjoint(with: $0) } && (rowsAreKinds || !kinds.contains { !heads.isDisjoint(with: $0) })
                })
            {
                continue
            }
            let beforeColumn =
                i + 1 < items.count && items[i + 1].keyword == nil && !items[i + 1].used
                && items[i + 1].columns.contains(where: { $0.ref.table == table && $0.score >= 3 })
            // "strata", "criteria": plurals WordNet knows that the suffix rules do not.
            let plural = token.lemma != token.lower || base != token.lower
            guard beforeColumn || plural || previousWordIsDeterminer(i) else { continue }
            nouns.insert(base)
            found.append((i, beforeColumn))
        }
        guard nouns.count == 1 else { return }
        for (i, beforeColumn) in found.reversed() {
            guessedWords.append(items[i].text)
            // "party size": the rows' noun before one of their columns is that column's name.
            if beforeColumn {
                items[i].schema = items[i + 1].schema.filter {
                    if case .column(let ref, _) = $0.target { return ref.table == table }
                    return false
                }
                items[i].isUnknown = false
                items[i].literal = nil
                merge(i...(i + 1))
                continue
            }
            items[i].schema = [Item.SchemaMatch(target: .table(table), score: 3)]
            items[i].isUnknown = false
            items[i].literal = nil
        }
    }

    /// Whether the item is one word naming a table whose name is only a kind of collection of
    /// data (`census`, `parish_register`): the data as a whole.
    func namesTheCollection(_ item: Item) -> Bool {
        guard item.range.count == 1, let table = item.table else { return false }
        let word = tokens[item.range.lowerBound].lemma
        return Interpreter.contextNouns.contains(word) && lexicon.tables[table].words.last == word
    }

    /// Whether `noun` names the rows of `table` through the column that names each row
    /// (`tanker`, `village`, `finalist`): the same thing ("oilers" of `tanker`), the kind it is
    /// one of ("cargo ships" of `tanker`), or another thing of that same kind ("freighters" of
    /// `tanker`, both cargo ships; "contenders" of `finalist`, both contestants). The kind must
    /// be specific (not "person" or "object"), and a noun with an opposite ("winners",
    /// "losers") names one side of an outcome, never all the rows.
    func namingNounRelates(_ noun: String, to table: Int, _ wordNet: WordNet) -> Bool {
        guard let naming = SchemaLexicon.namingColumn(of: lexicon.tables[table]) else { return false }
        let words = lexicon.tables[table].columns[naming].words
        guard words.count == 1, !SchemaLexicon.genericWords.contains(words[0]), words[0] != noun,
            let namingSense = wordNet.baseForms(words[0], .noun).first.flatMap({ wordNet.firstSynset($0, .noun) }),
            Interpreter.namesThings(namingSense, wordNet)
        else { return false }
        let namingKinds = wordNet.follow(namingSense).filter { $0.relation == .hypernym }.map(\.synset)
        for sense in wordNet.synsets(noun, .noun).prefix(3) {
            if sense.offset == namingSense.offset { return true }
            let links = wordNet.follow(sense)
            if links.contains(where: { $0.relation == .antonym }) { continue }
            let kinds = links.filter { $0.relation == .hypernym }.map(\.synset)
            if namingKinds.contains(where: { $0.offset == sense.offset }) { return true }
            for kind in kinds where namingKinds.contains(where: { $0.offset == kind.offset }) {
                // How deep the shared kind is: "contestant" (4) is specific, "person" (3) is not.
                let parents = Set(wordNet.follow(kind).filter { $0.relation == .hypernym }.map(\.synset.offset))
                let parentDepth = wordNet.hypernyms(of: kind).filter { parents.contains($0.synset.offset) }.map(\.depth).min()
                let depth = parentDepth.map { $0 + 1 } ?? 0
                if depth >= 4 { return true }
            }
        }
        return false
    }

    /// "rides" of `ride_choices`: the plural of a word that qualifies what a table's rows are
    /// counts those things, which the rows are not (see `dropPluralModifiersOfTableNames`).
    func isPluralModifierOfTableName(_ i: Int) -> Bool {
        guard items[i].range.count == 1 else { return false }
        let token = tokens[items[i].range.lowerBound]
        guard token.kind == .word, token.lemma != token.lower else { return false }
        return lexicon.tables.contains { table in
            table.words.count > 1 && table.words.dropLast().contains(token.lemma) && table.words.last != token.lemma
                // "pearls" of `pearl_brooches`: a modifier that is a kind of thing the head is.
                && !table.rowWords.contains(token.lemma)
        }
    }

    /// The WordNet noun an unknown item is (its base form), if it is one.
    private func nounBase(_ i: Int, _ wordNet: WordNet) -> String? {
        let words = items[i].range.map { tokens[$0] }
        guard words.allSatisfy({ $0.kind == .word }) else { return nil }
        return wordNet.baseForms(words.map(\.lower).joined(separator: " "), .noun).first
    }

    /// "guinea pigs", "sea lions": two unknown words that WordNet knows as one noun are one item.
    private mutating func joinCompoundNouns(_ wordNet: WordNet) {
        var i = items.count - 2
        while i >= 0 {
            defer { i -= 1 }
            guard items[i].isUnknown, items[i + 1].isUnknown, !items[i].used, !items[i + 1].used,
                items[i].range.count == 1, items[i + 1].range.count == 1,
                tokens[items[i].range.lowerBound].kind == .word, tokens[items[i + 1].range.lowerBound].kind == .word
            else { continue }
            let phrase = tokens[items[i].range.lowerBound].lower + " " + tokens[items[i + 1].range.lowerBound].lower
            guard !wordNet.baseForms(phrase, .noun).isEmpty else { continue }
            merge(i...(i + 1))
        }
    }

    /// "are an intern", "were the interns": an article right after a copula.
    func isArticleAfterCopula(_ i: Int) -> Bool {
        guard i > 1, ["a", "an", "the"].contains(tokens[items[i - 1].range.lowerBound].lower) else { return false }
        return Interpreter.auxiliaryVerbs.contains(tokens[items[i - 2].range.upperBound - 1].lower)
    }

    /// "which patient", "each participant", "the heaviest participant": a singular noun that
    /// still names rows.
    func previousWordIsDeterminer(_ i: Int) -> Bool {
        guard i > 0 else { return false }
        if case .extreme? = items[i - 1].keyword { return true }
        if case .adjective? = items[i - 1].keyword { return true }
        return ["which", "each", "every", "per", "a", "one", "any", "the"].contains(tokens[items[i - 1].range.upperBound - 1].lower)
    }

    /// Whether a noun sense is a thing rows can stand for: a physical entity (people, objects,
    /// places), a group, or a period of time — not an act, a measure or an attribute.
    static func namesThings(_ sense: WordNet.Synset, _ wordNet: WordNet) -> Bool {
        wordNet.isKind(sense, within: 19) { synset in
            synset.words.contains(where: { ["physical entity", "group", "time period", "person"].contains($0) })
        }
    }
}
