import Foundation
import Synchronization

/// Princeton WordNet 3.0, read in place from the Debian package `wordnet-base`
/// (`/usr/share/wordnet`): synonyms, derivationally related forms (die → death), the attribute
/// an adjective measures (heavy → weight), the noun an adjective pertains to (Parisian → Paris)
/// and glosses (weigh: "have a certain weight").
///
/// Why read the package's files rather than a table of our own: WordNet is the well-kept
/// resource, its files are made for exactly this access (sorted index files searched by
/// binary search, data lines found by their byte offset), and mapping them costs no start-up
/// time and only the pages a lookup touches. A lookup is a binary search in an index file and
/// one line read per sense, microseconds; the engine asks only about words the schema and
/// its own lexicon could not place. Without the package the engine still works, with fewer
/// words understood (`shared` is nil).
final class WordNet: @unchecked Sendable {
    enum PartOfSpeech: CaseIterable, Sendable {
        case noun, verb, adjective, adverb

        var fileSuffix: String {
            switch self {
            case .noun: "noun"
            case .verb: "verb"
            case .adjective: "adj"
            case .adverb: "adv"
            }
        }

        init?(symbol: UInt8) {
            switch symbol {
            case UInt8(ascii: "n"): self = .noun
            case UInt8(ascii: "v"): self = .verb
            case UInt8(ascii: "a"), UInt8(ascii: "s"): self = .adjective
            case UInt8(ascii: "r"): self = .adverb
            default: return nil
            }
        }
    }

    /// The relations the engine follows (WordNet's pointer symbols).
    enum Relation: Sendable {
        /// `memberOf`: the group a member belongs to (a Labourite → the Labour Party).
        /// `partOf`: the whole a part belongs to (a season → the year). `hyponym`: a narrower
        /// kind (season → summer), read only by `hyponyms(of:)`, never by `follow`: a general
        /// word has hundreds.
        case hypernym, hyponym, derivation, attribute, pertainym, similar, antonym, memberOf, partOf, other

        init(symbol: Substring) {
            switch symbol {
            case "@", "@i": self = .hypernym
            case "~", "~i": self = .hyponym
            case "+": self = .derivation
            case "=": self = .attribute
            case "\\": self = .pertainym
            case "&": self = .similar
            case "!": self = .antonym
            case "#m": self = .memberOf
            case "#p": self = .partOf
            default: self = .other
            }
        }
    }

    struct Pointer: Sendable {
        let relation: Relation
        let offset: Int
        let partOfSpeech: PartOfSpeech
        /// For a lexical pointer, the word number (1-based) in the target synset; 0 for a
        /// pointer between whole synsets.
        let targetWord: Int
        /// The word number in the source synset the pointer starts from (0: all of them).
        let sourceWord: Int
    }

    struct Synset: Sendable {
        /// The synset's byte offset in its data file: its identity.
        let offset: Int
        let partOfSpeech: PartOfSpeech
        /// Lowercase lemmas, spaces for WordNet's underscores, adjective markers removed.
        let words: [String]
        let pointers: [Pointer]
        /// The definition, without the quoted examples.
        let gloss: String
        /// The lexicographer file the synset was filed in: its broad class (for nouns 7 is
        /// attributes, 13 foods, 27 substances; `wndb(5)`), -1 when the line lacks it.
        var lexicographerFile: Int = -1
    }

    /// Noun lexicographer files: goods a quantity can be an amount of (water, coal, bread).
    static let substanceFiles: Set<Int> = [13, 27]

    /// The verb lexicographer file of perception (observe, detect, notice, see).
    static let perceptionVerbFile = 39

    static let defaultDirectory = "/usr/share/wordnet"

    /// The system's WordNet, or nil when the package is not installed.
    static let shared: WordNet? = WordNet(directory: ProcessInfo.processInfo.environment["PLEXE_WORDNET_DIR"] ?? defaultDirectory)

    private let index: [PartOfSpeech: Data]
    private let data: [PartOfSpeech: Data]
    private let exceptions: [PartOfSpeech: [String: [String]]]
    /// Synsets already parsed, by part of speech and offset. The passes ask WordNet about the
    /// same few words again and again (every unknown word walks its hypernyms and relations,
    /// once per pass): parsing a data line was three quarters of the time of a long question
    /// of repeated words. Bounded: emptied when full, so a stream of new words cannot grow it.
    private let parsed = Mutex<[SynsetKey: Synset]>([:])
    private static let parsedLimit = 50_000

    private struct SynsetKey: Hashable {
        let pos: PartOfSpeech
        let offset: Int
    }

    /// Index look-ups already made, by part of speech and lemma: the synset offsets, or nil
    /// for a lemma WordNet lacks. The abbreviation and linking passes ask about each unknown
    /// word of a question, and a long question repeats its words: the binary search over the
    /// index file was most of what remained of its time. Bounded like `parsed`.
    private let offsets = Mutex<[IndexKey: [Int]?]>([:])
    private static let offsetsLimit = 50_000

    private struct IndexKey: Hashable {
        let pos: PartOfSpeech
        let lemma: String
    }

    init?(directory: String) {
        var index: [PartOfSpeech: Data] = [:]
        var data: [PartOfSpeech: Data] = [:]
        var exceptions: [PartOfSpeech: [String: [String]]] = [:]
        for pos in PartOfSpeech.allCases {
            let base = URL(fileURLWithPath: directory)
            guard let i = try? Data(contentsOf: base.appendingPathComponent("index.\(pos.fileSuffix)"), options: .alwaysMapped),
                let d = try? Data(contentsOf: base.appendingPathComponent("data.\(pos.fileSuffix)"), options: .alwaysMapped)
            else { return nil }
            index[pos] = i
            data[pos] = d
            var table: [String: [String]] = [:]
            if let text = try? String(contentsOf: base.appendingPathComponent("\(pos.fileSuffix).exc"), encoding: .utf8) {
                for line in text.split(separator: "\n") {
                    let parts = line.split(separator: " ").map(String.init)
                    if parts.count >= 2 { table[parts[0], default: []] += parts.dropFirst().map { $0.replacingOccurrences(of: "_", with: " ") } }
                }
            }
            exceptions[pos] = table
        }
        self.index = index
        self.data = data
        self.exceptions = exceptions
    }

    // MARK: Lookup

    /// The synsets of a lemma (lowercase, spaces or underscores between words), most frequent
    /// sense first.
    func synsets(_ lemma: String, _ pos: PartOfSpeech) -> [Synset] {
        synsetOffsets(lemma, pos).compactMap { synset(at: $0, pos) }
    }

    /// The most frequent sense of a lemma only (one data line read, not all of them).
    func firstSynset(_ lemma: String, _ pos: PartOfSpeech) -> Synset? {
        synsetOffsets(lemma, pos).first.flatMap { synset(at: $0, pos) }
    }

    /// Whether the lemma is in WordNet as this part of speech.
    func contains(_ lemma: String, _ pos: PartOfSpeech) -> Bool {
        lookUp(lemma, pos) != nil
    }

    /// The base forms of an inflected word (WordNet's "morphy"): exceptions first ("geese",
    /// "heaviest"), then the detachment rules, keeping only forms WordNet knows. The word
    /// itself comes first when WordNet knows it as it is.
    func baseForms(_ word: String, _ pos: PartOfSpeech) -> [String] {
        let word = word.lowercased()
        var result: [String] = []
        if contains(word, pos) { result.append(word) }
        for base in exceptions[pos]?[word] ?? [] where !result.contains(base) { result.append(base) }
        let rules: [(String, String)]
        switch pos {
        case .noun: rules = [("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"), ("ies", "y")]
        case .verb: rules = [("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")]
        case .adjective: rules = [("er", ""), ("est", ""), ("er", "e"), ("est", "e")]
        case .adverb: rules = []
        }
        for (suffix, ending) in rules where word.hasSuffix(suffix) && word.count > suffix.count + 1 {
            let base = String(word.dropLast(suffix.count)) + ending
            if !result.contains(base), contains(base, pos) { result.append(base) }
        }
        // "tipped", "bigger": a doubled consonant before the ending.
        if pos != .noun, result.isEmpty {
            for suffix in ["ed", "ing", "er", "est"] where word.hasSuffix(suffix) {
                let stem = word.dropLast(suffix.count)
                if stem.count >= 3, let last = stem.last, stem.dropLast().last == last, contains(String(stem.dropLast()), pos) {
                    result.append(String(stem.dropLast()))
                }
            }
        }
        return result
    }

    /// The synsets a pointer leads to, as (relation, synset, the target word when lexical).
    func follow(_ synset: Synset, word: String? = nil) -> [(relation: Relation, synset: Synset, word: String?)] {
        let wordNumber = word.flatMap { w in synset.words.firstIndex(of: w).map { $0 + 1 } }
        var result: [(Relation, Synset, String?)] = []
        for pointer in synset.pointers where pointer.relation != .other && pointer.relation != .hyponym {
            if pointer.sourceWord != 0, let wordNumber, pointer.sourceWord != wordNumber { continue }
            guard let target = self.synset(at: pointer.offset, pointer.partOfSpeech) else { continue }
            let targetWord = pointer.targetWord > 0 && pointer.targetWord <= target.words.count ? target.words[pointer.targetWord - 1] : nil
            result.append((pointer.relation, target, targetWord))
        }
        return result
    }

    /// The narrower kinds of a synset, one step down (time of year → spring, summer, …).
    func hyponyms(of synset: Synset) -> [Synset] {
        synset.pointers.filter { $0.relation == .hyponym }.compactMap { self.synset(at: $0.offset, $0.partOfSpeech) }
    }

    /// Whether the synset or one of its hypernyms at most `steps` steps above it passes
    /// `test` ("a kind of division within three steps"). Nearness matters where a word is
    /// read as a kind of another: far enough up, everything is a kind of "entity".
    func isKind(_ synset: Synset, within steps: Int, where test: (Synset) -> Bool) -> Bool {
        kinds(of: synset, within: steps).contains(where: test)
    }

    /// The synset and its hypernyms at most `steps` steps above it, nearest first (a pearl:
    /// pearl, jewel, jewelry): the kinds a word is near enough to be read as.
    func kinds(of synset: Synset, within steps: Int) -> [Synset] {
        var found = [synset]
        var frontier = [synset]
        for _ in 0..<steps where !frontier.isEmpty {
            frontier = frontier.flatMap { follow($0).filter { $0.relation == .hypernym }.map(\.synset) }
            found += frontier
        }
        return found
    }

    /// Every hypernym of a noun synset (instance hypernyms included), with its depth: the
    /// number of steps from it up to WordNet's root ("entity" is 0, "physical entity" 1,
    /// "object" 2 …, "bird" 10). The synset itself is not included.
    func hypernyms(of synset: Synset) -> [(synset: Synset, depth: Int)] {
        var depths: [Int: Int] = [:]
        var found: [Int: Synset] = [:]
        /// The depth of a synset: one more than its shallowest hypernym's (0 at the root).
        func depth(_ s: Synset, _ guardSteps: Int) -> Int {
            if let known = depths[s.offset] { return known }
            let parents = follow(s).filter { $0.relation == .hypernym }.map(\.synset)
            var result = 0
            if !parents.isEmpty, guardSteps < 30 {
                result =
                    1 + parents.map { p -> Int in
                        found[p.offset] = p
                        return depth(p, guardSteps + 1)
                    }.min()!
            }
            depths[s.offset] = result
            return result
        }
        _ = depth(synset, 0)
        return found.values.map { ($0, depths[$0.offset] ?? 0) }
    }

    /// The words of every hypernym of `synset` at `minimumDepth` or deeper (see `hypernyms`),
    /// with a memo shared across calls: many names share their kinds, so a table's row names
    /// cost a few new synsets each.
    func kindWords(of synset: Synset, minimumDepth: Int, memo: inout [Int: (depth: Int, kinds: Set<String>)]) -> Set<String> {
        func visit(_ s: Synset, _ steps: Int) -> (depth: Int, kinds: Set<String>) {
            if let known = memo[s.offset] { return known }
            let parents = steps < 30 ? follow(s).filter { $0.relation == .hypernym }.map(\.synset) : []
            var depth = 0
            var kinds = Set<String>()
            if !parents.isEmpty {
                var shallowest = Int.max
                for parent in parents {
                    let (d, k) = visit(parent, steps + 1)
                    shallowest = min(shallowest, d)
                    kinds.formUnion(k)
                    if d >= minimumDepth { kinds.formUnion(parent.words) }
                }
                depth = shallowest + 1
            }
            memo[s.offset] = (depth, kinds)
            return (depth, kinds)
        }
        return visit(synset, 0).kinds
    }

    // MARK: Files

    private func synsetOffsets(_ lemma: String, _ pos: PartOfSpeech) -> [Int] {
        lookUp(lemma, pos) ?? []
    }

    /// The synset offsets of a lemma's index line, nil when the index has no such line
    /// (remembered in `offsets`).
    private func lookUp(_ lemma: String, _ pos: PartOfSpeech) -> [Int]? {
        let key = IndexKey(pos: pos, lemma: lemma.replacingOccurrences(of: " ", with: "_").lowercased())
        if let known = offsets.withLock({ $0[key] }) { return known }
        var found: [Int]?
        if let line = indexLine(key.lemma, pos) {
            // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
            let fields = line.split(separator: " ")
            found = []
            if fields.count >= 4, let synsetCount = Int(fields[2]), let pointerCount = Int(fields[3]) {
                let first = 4 + pointerCount + 2
                if fields.count >= first + synsetCount { found = fields[first..<(first + synsetCount)].compactMap { Int($0) } }
            }
        }
        offsets.withLock { cache in
            if cache.count >= Self.offsetsLimit { cache.removeAll(keepingCapacity: true) }
            cache[key] = .some(found)
        }
        return found
    }

    /// The index line of `key`, by binary search over the sorted lines of the index file.
    private func indexLine(_ key: String, _ pos: PartOfSpeech) -> Substring? {
        guard let file = index[pos], !key.isEmpty else { return nil }
        let keyBytes = Array(key.utf8)
        return file.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Substring? in
            let bytes = raw.bindMemory(to: UInt8.self)
            let count = bytes.count
            func lineStart(_ at: Int) -> Int {
                var i = at
                while i > 0 && bytes[i - 1] != 10 { i -= 1 }
                return i
            }
            func lineEnd(_ start: Int) -> Int {
                var i = start
                while i < count && bytes[i] != 10 { i += 1 }
                return i
            }
            /// -1, 0, 1: the line's lemma against the key (header lines, which start with a
            /// space, sort before every lemma).
            func compare(_ start: Int) -> Int {
                var i = start
                var k = 0
                while true {
                    let b: UInt8 = i < count ? bytes[i] : 10
                    let lineDone = b == 32 || b == 10
                    let keyDone = k == keyBytes.count
                    if lineDone && keyDone { return 0 }
                    if lineDone { return -1 }
                    if keyDone { return 1 }
                    if b != keyBytes[k] { return b < keyBytes[k] ? -1 : 1 }
                    i += 1
                    k += 1
                }
            }
            var low = 0
            var high = count
            while low < high {
                let mid = (low + high) / 2
                let start = lineStart(mid)
                let c = compare(start)
                if c == 0 {
                    let end = lineEnd(start)
                    return Substring(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
                }
                if c < 0 {
                    low = lineEnd(start) + 1
                } else {
                    high = start
                }
            }
            return nil
        }
    }

    private func synset(at offset: Int, _ pos: PartOfSpeech) -> Synset? {
        let key = SynsetKey(pos: pos, offset: offset)
        if let known = parsed.withLock({ $0[key] }) { return known }
        guard let synset = parseSynset(at: offset, pos) else { return nil }
        parsed.withLock { cache in
            if cache.count >= Self.parsedLimit { cache.removeAll(keepingCapacity: true) }
            cache[key] = synset
        }
        return synset
    }

    private func parseSynset(at offset: Int, _ pos: PartOfSpeech) -> Synset? {
        guard let file = data[pos], offset >= 0, offset < file.count else { return nil }
        let line: String = file.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> String in
            let bytes = raw.bindMemory(to: UInt8.self)
            var end = offset
            while end < bytes.count && bytes[end] != 10 { end += 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<end]), as: UTF8.self)
        }
        let halves = line.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
        let fields = halves[0].split(separator: " ")
        // offset lex_filenum ss_type w_cnt (word lex_id)... p_cnt (symbol offset pos source/target)...
        guard fields.count >= 4, let type = fields[2].utf8.first, let synsetPOS = PartOfSpeech(symbol: type),
            let wordCount = Int(fields[3], radix: 16)
        else { return nil }
        var words: [String] = []
        var k = 4
        for _ in 0..<wordCount where k + 1 < fields.count {
            var word = fields[k].lowercased()
            if let paren = word.firstIndex(of: "(") { word = String(word[..<paren]) }
            words.append(word.replacingOccurrences(of: "_", with: " "))
            k += 2
        }
        var pointers: [Pointer] = []
        if k < fields.count, let pointerCount = Int(fields[k]) {
            k += 1
            for _ in 0..<pointerCount where k + 3 < fields.count {
                let sourceTarget = fields[k + 3]
                if let targetOffset = Int(fields[k + 1]), let p = fields[k + 2].utf8.first, let targetPOS = PartOfSpeech(symbol: p),
                    sourceTarget.count == 4, let source = Int(sourceTarget.prefix(2), radix: 16), let target = Int(sourceTarget.suffix(2), radix: 16)
                {
                    pointers.append(
                        Pointer(
                            relation: Relation(symbol: fields[k]), offset: targetOffset, partOfSpeech: targetPOS,
                            targetWord: target, sourceWord: source))
                }
                k += 4
            }
        }
        var gloss = halves.count > 1 ? String(halves[1]) : ""
        if let quote = gloss.firstIndex(of: "\"") { gloss = String(gloss[..<quote]) }
        gloss = gloss.trimmingCharacters(in: CharacterSet(charactersIn: " ;"))
        return Synset(
            offset: offset, partOfSpeech: synsetPOS, words: words, pointers: pointers, gloss: gloss,
            lexicographerFile: Int(fields[1]) ?? -1)
    }
}
