/// The characters that structure one CSV file: what `TolerantRecordParser` reads by.
struct CSVSyntax: Equatable, Hashable, Sendable {
    /// The field delimiter; nil for a file of one column.
    var delimiter: UInt8?
    /// The quote character; nil when fields are never quoted.
    var quote: UInt8?
    /// The character that makes the next one literal (`\`); nil when quotes are doubled.
    var escape: UInt8?
    var recordDelimiter: CSVDialect.RecordDelimiter
    /// Spaces after a delimiter are not part of the next field (`a, b, "c, d"`).
    var skipsInitialSpace = false

    static let standard = CSVSyntax(delimiter: UInt8(ascii: ","), quote: UInt8(ascii: "\""), escape: nil, recordDelimiter: .lf)

    /// What `CSVRecordReader` reads as it is: `"` quotes doubled inside quoted fields, records
    /// ending with LF or CRLF.
    var isFastPathCompatible: Bool {
        delimiter != nil && quote == UInt8(ascii: "\"") && escape == nil && recordDelimiter != .cr && !skipsInitialSpace
    }
}

/// One record's fields as byte ranges of the buffer it was parsed from, before unescaping.
struct ParsedFields {
    enum Kind: UInt8 {
        /// Bytes as they are.
        case plain
        /// Inside quotes: doubled quotes and escapes still to resolve.
        case quoted
        /// Unquoted but holding escape characters to resolve.
        case escaped
    }

    var starts: [Int] = []
    var ends: [Int] = []
    var kinds: [Kind] = []

    var count: Int { starts.count }

    mutating func removeAll() {
        starts.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        kinds.removeAll(keepingCapacity: true)
    }

    mutating func append(_ start: Int, _ end: Int, _ kind: Kind) {
        starts.append(start)
        ends.append(end)
        kinds.append(kind)
    }
}

/// Reads CSV records by a `CSVSyntax`, repairing what it can instead of failing.
///
/// Like `CSVRecordReader` (a quote opens a quoted field only at the start of a field, a line with
/// no bytes is no record), plus:
/// - any delimiter, quote and escape character, or none; records may end with a lone CR;
/// - a stray quote: a "closing" quote followed by something other than the delimiter or the end
///   of the record. Two readings can repair it: the field was never quoted (its opening quote is
///   an ordinary character, `"YY-5315,$45.39,"Men's…` → `"YY-5315`), or the stray quote is an
///   ordinary character inside the quoted field (`"10" boots",` → `10" boots`). The parser
///   tries the first; a caller that knows how many fields a record should have asks for the
///   second too and keeps the reading that gives that count (`ReadingPolicy`).
///
/// A quote that never closes before the end of the input is still an error: nothing says where
/// the field was meant to end.
struct TolerantRecordParser {
    let syntax: CSVSyntax

    enum ReadingPolicy {
        /// A stray quote's field is read as unquoted from its opening quote.
        case unquoteField
        /// A stray quote is an ordinary character of the quoted field.
        case literalQuote
    }

    enum Outcome: Equatable {
        /// A record; `end` is the index after its terminator.
        case record(end: Int)
        /// The record runs past the bytes available (and the input does not end there).
        case needMoreBytes
        /// Only blank lines were left.
        case endOfInput
        /// A quote opened `lineOffset` line breaks after the record's first line never closes.
        case unterminatedQuote(lineOffset: Int)
    }

    /// Fields of the last record parsed.
    var fields = ParsedFields()
    /// Blank lines skipped before the last record.
    private(set) var blankLinesSkipped = 0
    /// Line breaks inside the last record and its terminator.
    private(set) var lineBreaks = 0
    /// Index where the last record starts (after blank lines).
    private(set) var recordStart = 0
    /// The last record needed a stray quote repaired.
    private(set) var hadStrayQuote = false

    init(syntax: CSVSyntax) { self.syntax = syntax }

    /// Parses the record starting at (or after blank lines from) `from`.
    mutating func parse(
        _ base: UnsafePointer<UInt8>, from: Int, end: Int, atEOF: Bool,
        policy: ReadingPolicy = .unquoteField
    ) -> Outcome {
        let lf = UInt8(ascii: "\n")
        let cr = UInt8(ascii: "\r")
        let crEnds = syntax.recordDelimiter == .cr
        let delimiter = syntax.delimiter.map(Int.init) ?? -1
        let quote = syntax.quote.map(Int.init) ?? -1
        let escape = syntax.escape.map(Int.init) ?? -1
        var p = from
        blankLinesSkipped = 0
        // Blank lines.
        while true {
            if p >= end { return atEOF ? .endOfInput : .needMoreBytes }
            let c = base[p]
            if c == lf {
                p += 1
                blankLinesSkipped += 1
                continue
            }
            if c == cr {
                if p + 1 >= end && !atEOF { return .needMoreBytes }
                if p + 1 < end && base[p + 1] == lf {
                    p += 2
                    blankLinesSkipped += 1
                    continue
                }
                if crEnds || p + 1 >= end {
                    p += 1
                    blankLinesSkipped += 1
                    continue
                }
            }
            break
        }
        recordStart = p
        fields.removeAll()
        hadStrayQuote = false
        var breaks = 0

        /// At `i`: the length of a record terminator there (0 if none), or nil when more bytes
        /// are needed to tell.
        @inline(__always) func terminator(_ i: Int) -> Int? {
            if i >= end { return atEOF ? 0 : nil }
            let c = base[i]
            if c == lf { return 1 }
            if c == cr {
                if i + 1 >= end { return atEOF ? 1 : nil }
                if base[i + 1] == lf { return 2 }
                return crEnds ? 1 : 0
            }
            return 0
        }

        fields: while true {
            if p < end && Int(base[p]) == quote {
                let open = p
                let openBreaks = breaks
                var q = p + 1
                var closed = false
                var unquote = false
                scan: while q < end {
                    let c = base[q]
                    if Int(c) == escape {
                        if q + 1 >= end { break scan }
                        if base[q + 1] == lf { breaks += 1 }
                        q += 2
                        continue
                    }
                    if Int(c) == quote {
                        if q + 1 >= end {
                            if atEOF { closed = true }
                            break scan
                        }
                        if Int(base[q + 1]) == quote {
                            q += 2
                            continue
                        }
                        let next = base[q + 1]
                        if Int(next) == delimiter || next == lf || next == cr {
                            closed = true
                            break scan
                        }
                        hadStrayQuote = true
                        if policy == .literalQuote {
                            q += 1
                            continue
                        }
                        unquote = true
                        break scan
                    }
                    if c == lf || (crEnds && c == cr && (q + 1 >= end || base[q + 1] != lf)) { breaks += 1 }
                    q += 1
                }
                if unquote {
                    breaks = openBreaks
                    guard let fieldEnd = scanUnquoted(base, from: open, end: end, atEOF: atEOF, delimiter: delimiter, escape: escape, crEnds: crEnds)
                    else {
                        return .needMoreBytes
                    }
                    fields.append(open, fieldEnd.end, fieldEnd.escaped ? .escaped : .plain)
                    p = fieldEnd.end
                } else if !closed {
                    if q >= end && atEOF { return .unterminatedQuote(lineOffset: openBreaks) }
                    return .needMoreBytes
                } else {
                    fields.append(open + 1, q, .quoted)
                    p = q + 1
                }
            } else {
                guard let fieldEnd = scanUnquoted(base, from: p, end: end, atEOF: atEOF, delimiter: delimiter, escape: escape, crEnds: crEnds) else {
                    return .needMoreBytes
                }
                fields.append(p, fieldEnd.end, fieldEnd.escaped ? .escaped : .plain)
                p = fieldEnd.end
            }
            // After a field: the delimiter, or the end of the record.
            if p < end && Int(base[p]) == delimiter {
                p += 1
                if syntax.skipsInitialSpace { while p < end && base[p] == 0x20 { p += 1 } }
                continue fields
            }
            guard let t = terminator(p) else { return .needMoreBytes }
            if t > 0 || p >= end {
                if t > 0 { breaks += 1 }
                lineBreaks = breaks
                return .record(end: p + t)
            }
            // A lone CR in a file whose records end with LF is part of the next field's text:
            // only reachable after a quoted field, where it cannot be; treat it as the end.
            lineBreaks = breaks + 1
            return .record(end: p + 1)
        }
    }

    /// From `from`, the end of an unquoted field (at the delimiter, a record terminator or the
    /// end of input), and whether it holds escapes; nil when more bytes are needed.
    private func scanUnquoted(
        _ base: UnsafePointer<UInt8>, from: Int, end: Int, atEOF: Bool,
        delimiter: Int, escape: Int, crEnds: Bool
    ) -> (end: Int, escaped: Bool)? {
        var q = from
        var escaped = false
        while q < end {
            let c = base[q]
            if Int(c) == delimiter || c == 0x0A { return (q, escaped) }
            if c == 0x0D {
                if q + 1 >= end { return atEOF ? (q, escaped) : nil }
                if base[q + 1] == 0x0A || crEnds { return (q, escaped) }
            }
            if Int(c) == escape {
                if q + 1 >= end { return atEOF ? (end, true) : nil }
                escaped = true
                q += 2
                continue
            }
            q += 1
        }
        return atEOF ? (end, escaped) : nil
    }

    /// Resolves a field's escapes and doubled quotes in place; returns its new end.
    func unescape(_ base: UnsafeMutablePointer<UInt8>, start: Int, end: Int, kind: ParsedFields.Kind) -> Int {
        guard kind != .plain else { return end }
        let quote = syntax.quote.map(Int.init) ?? -1
        let escape = syntax.escape.map(Int.init) ?? -1
        var read = start
        var write = start
        while read < end {
            let c = base[read]
            if Int(c) == escape && read + 1 < end {
                base[write] = base[read + 1]
                read += 2
            } else if kind == .quoted && Int(c) == quote && read + 1 < end && Int(base[read + 1]) == quote {
                base[write] = c
                read += 2
            } else {
                base[write] = c
                read += 1
            }
            write += 1
        }
        return write
    }
}
