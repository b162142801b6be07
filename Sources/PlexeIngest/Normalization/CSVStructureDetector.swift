/// How a CSV file is laid out, found from its first part (or said by the uploader): its
/// characters, and which records above the table are a preamble or header rows.
struct CSVStructure: Equatable {
    var syntax: CSVSyntax
    /// Records above the header that are no part of the table (a title, an export date, blank
    /// padding rows); when `skipLines` is set, the records starting on those lines instead.
    var preambleRecords: Int
    /// Physical lines to skip, as the uploader said (`IngestOptions.skipRows`); nil when the
    /// preamble was detected.
    var skipLines: Int?
    /// Header records: 0 when the file has none (columns are named `column_1`…), 2 or more
    /// when the column names run over several rows (joined with a space).
    var headerRecords: Int
    /// Columns of the table: the most common field count of the data rows, or the header's
    /// when it has more names.
    var width: Int

    /// Readable by `CSVRecordReader` straight from the file.
    var isFastPathCompatible: Bool {
        syntax.isFastPathCompatible && preambleRecords == 0 && (skipLines ?? 0) == 0 && headerRecords == 1
    }
}

/// Finds a CSV file's `CSVStructure` from a sample of its text (UTF-8).
///
/// 1. The record delimiter: CR when lone CRs outnumber line feeds, else LF (CRLF read alike).
/// 2. The characters. First the contract's dialects, as before: `"` quotes, and among `,` `;`
///    tab `|` (tab first for a `.tsv`) the one that splits every sampled record into the same
///    number (>1) of fields, the most fields winning. When none does, every candidate is scored
///    as CleverCSV does (van den Burg et al., 2019): delimiters among the printable ASCII
///    punctuation, space and tab found on at least a third of the lines; quotes `"`, `'` or
///    none; escape `\` or none. Score = pattern consistency (rows of the same field count,
///    more fields better, fewer distinct counts better) × the share of cells that look like
///    a value (`CellShape`: numbers, dates, words… rather than pieces of a split line). The
///    best wins, ties going to the contract's order.
/// 3. The preamble: leading records with at most one non-empty field in three of the table's
///    width (a title line, `PREAMBLE,,,,,`, a blank row of delimiters).
/// 4. The header: the first record after the preamble is one unless, in the columns whose
///    values are typed (numbers, dates, booleans), its cells look like the values more often
///    than not. Up to two more records are header rows when their cells in typed columns are
///    all untyped text (`DATE,TIME,Qty` above `DATE,TIME,Qty`).
///
/// Overrides in `IngestOptions` replace what they name; the rest is still detected.
enum CSVStructureDetector {
    /// Sample bytes the dialect scoring parses (the layout looks at all of the sample).
    static let scoringBytes = 64 << 10
    /// Records of the sample looked at.
    static let maxRecords = 1000

    static func detect(sample: [UInt8], isWholeFile: Bool, filename: String, options: IngestOptions) throws -> CSVStructure {
        let overrides = try Overrides(options)
        let recordDelimiter = detectRecordDelimiter(sample)
        var syntax: CSVSyntax
        if let delimiter = overrides.delimiter, let quote = overrides.quote, let escape = overrides.escape {
            syntax = CSVSyntax(delimiter: delimiter, quote: quote, escape: escape, recordDelimiter: recordDelimiter)
        } else {
            syntax = detectSyntax(sample, isWholeFile: isWholeFile, recordDelimiter: recordDelimiter, filename: filename, overrides: overrides)
        }
        // An escape character equal to the quote is what doubled quotes already are.
        if syntax.escape != nil && syntax.escape == syntax.quote { syntax.escape = nil }
        let rows = sampleRows(sample, isWholeFile: isWholeFile, syntax: syntax, limitBytes: sample.count)
        return layout(rows, syntax: syntax, options: options)
    }

    // MARK: Overrides

    /// What the uploader fixed; the outer optional is "not said", the inner one "none".
    struct Overrides {
        var delimiter: UInt8??
        var quote: UInt8??
        var escape: UInt8??

        init(_ options: IngestOptions) throws {
            delimiter = try Overrides.character(options.delimiter, name: "delimiter", allowsNone: false)
            quote = try Overrides.character(options.quote, name: "quote", allowsNone: true)
            escape = try Overrides.character(options.escape, name: "escape", allowsNone: true)
            if let d = delimiter, let q = quote, d != nil && d == q {
                throw IngestError(line: 0, message: "the delimiter and the quote character must differ")
            }
            if let d = delimiter, let e = escape, d != nil && d == e {
                throw IngestError(line: 0, message: "the delimiter and the escape character must differ")
            }
        }

        static func character(_ text: String?, name: String, allowsNone: Bool) throws -> UInt8?? {
            guard let text else { return .none }
            if text.isEmpty && allowsNone { return .some(nil) }
            let bytes = Array(text.utf8)
            guard bytes.count == 1, bytes[0] >= 0x20 || bytes[0] == 0x09, bytes[0] < 0x7F else {
                throw IngestError(
                    line: 0, message: "the \(name) must be one ASCII character other than a line break\(allowsNone ? " (or empty for none)" : "")")
            }
            return .some(bytes[0])
        }
    }

    // MARK: Record delimiter

    static func detectRecordDelimiter(_ sample: [UInt8]) -> CSVDialect.RecordDelimiter {
        var lf = 0
        var crlf = 0
        var cr = 0
        var i = 0
        let n = sample.count
        while i < n {
            let c = sample[i]
            if c == 0x0A {
                lf += 1
            } else if c == 0x0D {
                if i + 1 < n && sample[i + 1] == 0x0A {
                    crlf += 1
                    i += 1
                } else if i + 1 < n {
                    cr += 1
                }
            }
            i += 1
        }
        if cr > lf + crlf { return .cr }
        return crlf > lf ? .crlf : .lf
    }

    // MARK: Syntax

    private static func detectSyntax(
        _ sample: [UInt8], isWholeFile: Bool, recordDelimiter: CSVDialect.RecordDelimiter,
        filename: String, overrides: Overrides
    ) -> CSVSyntax {
        let scoring = Array(sample.prefix(scoringBytes))
        let wholeScoring = isWholeFile && scoring.count == sample.count
        var standardOrder: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), 0x09, UInt8(ascii: "|")]
        if filename.lowercased().hasSuffix(".tsv") {
            standardOrder.removeAll { $0 == 0x09 }
            standardOrder.insert(0x09, at: 0)
        }
        // The contract's dialects first, exactly as they were read before detection grew.
        let standardQuote: UInt8?? = overrides.quote ?? .some(UInt8(ascii: "\""))
        if recordDelimiter != .cr, standardQuote == .some(UInt8(ascii: "\"")), (overrides.escape ?? nil) == nil {
            let delimiters = overrides.delimiter.map { [$0!] } ?? standardOrder
            var best: (fields: Int, syntax: CSVSyntax)?
            for delimiter in delimiters {
                var syntax = CSVSyntax(delimiter: delimiter, quote: UInt8(ascii: "\""), escape: nil, recordDelimiter: recordDelimiter)
                syntax.skipsInitialSpace = spaceFollowsEvery(delimiter, in: scoring)
                if let fields = consistentFieldCount(scoring, isWholeFile: wholeScoring, syntax: syntax), fields > 1,
                    fields > (best?.fields ?? 0)
                {
                    best = (fields, syntax)
                }
            }
            if let best { return best.syntax }
        }

        let delimiters: [UInt8?] = overrides.delimiter.map { [$0] } ?? (candidateDelimiters(scoring, order: standardOrder) + [nil])
        // No quoting at all is not tried: where `"` never occurs it reads as `"` does, and
        // elsewhere it would "repair" an unterminated quote, which must fail the file with its
        // line.
        let quotes: [UInt8?] =
            overrides.quote.map { [$0] }
            ?? ([UInt8(ascii: "\"")] + (scoring.contains(UInt8(ascii: "'")) ? [UInt8(ascii: "'")] : []))
        let escapes: [UInt8?] = overrides.escape.map { [$0] } ?? (scoring.contains(UInt8(ascii: "\\")) ? [nil, UInt8(ascii: "\\")] : [nil])
        var best: (score: Double, syntax: CSVSyntax)?
        for delimiter in delimiters {
            for quote in quotes {
                for escape in escapes where escape == nil || escape != delimiter {
                    if let q = quote, q == delimiter { continue }
                    var syntax = CSVSyntax(delimiter: delimiter, quote: quote, escape: escape, recordDelimiter: recordDelimiter)
                    syntax.skipsInitialSpace = delimiter.map { spaceFollowsEvery($0, in: scoring) } ?? false
                    // A delimiter outside the contract's four (space, `.`, `-`, `:`…) also splits
                    // plain values (`José García`, `1.5`, `2024-01-05`): it must split every
                    // record alike.
                    if let d = delimiter, !standardOrder.contains(d),
                        (consistentFieldCount(scoring, isWholeFile: wholeScoring, syntax: syntax) ?? 0) < 2
                    {
                        continue
                    }
                    let score = consistencyScore(scoring, isWholeFile: wholeScoring, syntax: syntax)
                    // Strictly better only: candidates come in order of preference.
                    if score > (best?.score ?? -1) * (1 + 1e-9) { best = (score, syntax) }
                }
            }
        }
        return best?.syntax ?? CSVSyntax(delimiter: standardOrder[0], quote: UInt8(ascii: "\""), escape: nil, recordDelimiter: recordDelimiter)
    }

    /// Whether (almost) every occurrence of `delimiter` in the sample is followed by a space: a
    /// file written `a, b, c`, whose spaces are no part of the values.
    private static func spaceFollowsEvery(_ delimiter: UInt8, in sample: [UInt8]) -> Bool {
        guard delimiter != 0x20 && delimiter != 0x09 else { return false }
        var occurrences = 0
        var followed = 0
        for i in 0..<sample.count where sample[i] == delimiter {
            occurrences += 1
            if i + 1 < sample.count && sample[i + 1] == 0x20 { followed += 1 }
        }
        return occurrences >= 4 && followed * 20 >= occurrences * 19
    }

    /// Punctuation, space and tab on at least a third of the sample's non-empty lines, in
    /// order of preference.
    private static func candidateDelimiters(_ sample: [UInt8], order: [UInt8]) -> [UInt8] {
        var linesWith = [Int](repeating: 0, count: 128)
        var seen = [Bool](repeating: false, count: 128)
        var lines = 0
        var lineHasBytes = false
        func endLine() {
            if lineHasBytes { lines += 1 }
            for b in 0..<128 where seen[b] {
                linesWith[b] += 1
                seen[b] = false
            }
            lineHasBytes = false
        }
        for byte in sample {
            if byte == 0x0A || byte == 0x0D {
                endLine()
                continue
            }
            lineHasBytes = true
            if byte < 128 { seen[Int(byte)] = true }
        }
        endLine()
        let excluded: Set<UInt8> = [UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "\\")]
        var candidates: [UInt8] = []
        for byte in (0x09...0x7E).map(UInt8.init) {
            let isPunctuation =
                (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte) || (0x5B...0x60).contains(byte) || (0x7B...0x7E).contains(byte)
            guard isPunctuation || byte == 0x20 || byte == 0x09, !excluded.contains(byte) else { continue }
            if linesWith[Int(byte)] * 3 >= max(1, lines) { candidates.append(byte) }
        }
        let rank = { (b: UInt8) -> Int in order.firstIndex(of: b) ?? (b == 0x20 ? order.count : order.count + 1 + Int(b)) }
        return candidates.sorted { rank($0) < rank($1) }
    }

    /// The field count every record of the sample has, or nil when they differ or a quote goes
    /// wrong. A quote that never closes ends the sample: the file itself is wrong there, and
    /// reading it will say so with its line.
    private static func consistentFieldCount(_ sample: [UInt8], isWholeFile: Bool, syntax: CSVSyntax) -> Int? {
        var parser = TolerantRecordParser(syntax: syntax)
        var count: Int?
        var records = 0
        var position = 0
        return sample.withUnsafeBufferPointer { buffer -> Int? in
            let base = buffer.baseAddress!
            while records < maxRecords {
                switch parser.parse(base, from: position, end: buffer.count, atEOF: isWholeFile) {
                case .record(let end):
                    if parser.hadStrayQuote { return nil }
                    if let c = count, c != parser.fields.count { return nil }
                    count = parser.fields.count
                    records += 1
                    position = end
                case .needMoreBytes, .endOfInput, .unterminatedQuote:
                    return count
                }
            }
            return count
        }
    }

    /// CleverCSV's data consistency: pattern score × type score.
    private static func consistencyScore(_ sample: [UInt8], isWholeFile: Bool, syntax: CSVSyntax) -> Double {
        var parser = TolerantRecordParser(syntax: syntax)
        var rowsByFieldCount: [Int: Int] = [:]
        var strayRows = 0
        var cells = 0
        var valueCells = 0
        var records = 0
        var position = 0
        let ok = sample.withUnsafeBufferPointer { buffer -> Bool in
            let base = buffer.baseAddress!
            while records < maxRecords {
                switch parser.parse(base, from: position, end: buffer.count, atEOF: isWholeFile) {
                case .record(let end):
                    records += 1
                    position = end
                    if parser.hadStrayQuote {
                        strayRows += 1
                        continue
                    }
                    rowsByFieldCount[parser.fields.count, default: 0] += 1
                    for i in 0..<parser.fields.count {
                        cells += 1
                        if parser.fields.kinds[i] == .quoted {
                            valueCells += 1
                            continue
                        }
                        let shape = CellShape.of(UnsafeBufferPointer(rebasing: buffer[parser.fields.starts[i]..<parser.fields.ends[i]]))
                        if shape != .other { valueCells += 1 }
                    }
                case .needMoreBytes, .endOfInput, .unterminatedQuote:
                    return true
                }
            }
            return true
        }
        guard ok, records > 0 else { return 0 }
        let patterns = rowsByFieldCount.count + (strayRows > 0 ? 1 : 0)
        var pattern = 0.0
        for (fields, rows) in rowsByFieldCount {
            pattern += Double(rows) * max(1e-3, Double(fields - 1)) / Double(fields)
        }
        pattern /= Double(patterns)
        let type = cells > 0 ? Double(valueCells) / Double(cells) : 0
        return pattern * max(type, 1e-10)
    }

    // MARK: Layout

    /// What the layout needs of one sampled record.
    struct SampleRow {
        var fieldCount: Int
        /// Field count without the empty fields at the end.
        var effectiveCount: Int
        var nonEmpty: Int
        var shapes: [CellShape]
        /// The line the record starts on.
        var line: Int
    }

    static func sampleRows(_ sample: [UInt8], isWholeFile: Bool, syntax: CSVSyntax, limitBytes: Int) -> [SampleRow] {
        var parser = TolerantRecordParser(syntax: syntax)
        var rows: [SampleRow] = []
        var position = 0
        var line = 1
        sample.withUnsafeBufferPointer { buffer in
            let base = buffer.baseAddress!
            let end = min(limitBytes, buffer.count)
            while rows.count < maxRecords {
                guard case .record(let next) = parser.parse(base, from: position, end: end, atEOF: isWholeFile && end == buffer.count) else { return }
                line += parser.blankLinesSkipped
                let shapes = (0..<parser.fields.count).map {
                    CellShape.of(UnsafeBufferPointer(rebasing: buffer[parser.fields.starts[$0]..<parser.fields.ends[$0]]))
                }
                let nonEmpty = shapes.filter { $0 != .empty }.count
                let effective = (shapes.lastIndex { $0 != .empty } ?? -1) + 1
                rows.append(SampleRow(fieldCount: shapes.count, effectiveCount: effective, nonEmpty: nonEmpty, shapes: shapes, line: line))
                line += parser.lineBreaks
                position = next
            }
        }
        return rows
    }

    static func layout(_ rows: [SampleRow], syntax: CSVSyntax, options: IngestOptions) -> CSVStructure {
        var structure = CSVStructure(syntax: syntax, preambleRecords: 0, skipLines: nil, headerRecords: 1, width: rows.first?.fieldCount ?? 1)
        guard !rows.isEmpty else { return structure }
        var start = 0
        if let skip = options.skipRows, skip > 0 {
            structure.skipLines = skip
            start = rows.firstIndex { $0.line > skip } ?? rows.count
        } else {
            let tableWidth = mostCommon(rows.map(\.effectiveCount))
            if tableWidth >= 2 {
                while start < rows.count - 1 && start < 100,
                    rows[start].effectiveCount < tableWidth && rows[start].nonEmpty <= max(1, tableWidth / 3)
                {
                    start += 1
                }
            }
            structure.preambleRecords = start
        }
        guard start < rows.count else { return structure }

        switch options.header {
        case .some(false):
            structure.headerRecords = 0
        case .some(true):
            structure.headerRecords = 1
        case nil:
            // Column shapes from the rows below any possible header rows.
            let dataFrom = min(start + 3, rows.count - 1)
            let shapes = columnShapes(rows[(rows.count > start + 3 ? dataFrom : start + 1)...])
            let (headerVotes, valueVotes) = votes(rows[start], shapes)
            if valueVotes > headerVotes && valueVotes > 0 {
                structure.headerRecords = 0
            } else {
                var count = 1
                while count < 3 && start + count < rows.count - 1 {
                    let (h, v) = votes(rows[start + count], shapes)
                    guard h > 0 && v == 0, rows[start + count].fieldCount == rows[start].fieldCount else { break }
                    count += 1
                }
                structure.headerRecords = count
            }
        }
        // The header's width, unless most data rows are wider (unnamed columns at the end).
        let headerWidth = rows[start..<min(rows.count, start + structure.headerRecords)].map(\.fieldCount).max() ?? 0
        let dataRows = rows[min(rows.count, start + structure.headerRecords)...]
        var dataWidth = dataRows.isEmpty ? 0 : mostCommon(dataRows.map(\.fieldCount))
        if structure.headerRecords > 0 && dataRows.filter({ $0.fieldCount == dataWidth }).count * 2 <= dataRows.count {
            dataWidth = 0
        }
        structure.width = max(1, headerWidth, dataWidth)
        return structure
    }

    /// For each column, the shape its non-empty values share (95 % of them), or nil.
    private static func columnShapes(_ rows: ArraySlice<SampleRow>) -> [CellShape?] {
        let width = rows.map(\.fieldCount).max() ?? 0
        return (0..<width).map { c in
            var counts: [CellShape: Int] = [:]
            var total = 0
            for row in rows where c < row.shapes.count && row.shapes[c] != .empty {
                counts[row.shapes[c], default: 0] += 1
                total += 1
            }
            guard total > 0, let (shape, n) = counts.max(by: { $0.value < $1.value }), shape.isTyped, n * 20 >= total * 19 else { return nil }
            return shape
        }
    }

    /// In the typed columns: cells of another shape (a header's) and cells of the column's.
    private static func votes(_ row: SampleRow, _ shapes: [CellShape?]) -> (header: Int, value: Int) {
        var header = 0
        var value = 0
        for (c, shape) in shapes.enumerated() {
            guard let shape, c < row.shapes.count, row.shapes[c] != .empty else { continue }
            if row.shapes[c] == shape { value += 1 } else { header += 1 }
        }
        return (header, value)
    }

    private static func mostCommon(_ values: [Int]) -> Int {
        var counts: [Int: Int] = [:]
        for v in values { counts[v, default: 0] += 1 }
        return counts.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key ?? 0
    }
}
