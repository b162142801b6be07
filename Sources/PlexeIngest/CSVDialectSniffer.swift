/// Finds a CSV file's delimiter from its first records.
///
/// Each candidate (`,` `;` tab `|`) parses up to `sampleRecords` records with the real record
/// reader, so quoted delimiters and line breaks count for nothing. A candidate is consistent when
/// the header has at least two fields and every sampled record as many; among consistent ones the
/// most fields wins (`a;b,c` rows: `;` and `,` both split in two, while the real delimiter
/// usually splits in more), then the contract's order (tab first for a `.tsv` file). When none
/// is consistent, the one whose records most often match their header is taken, and the ingest
/// reports the first wrong record with its line; a file with no delimiter at all is one column.
enum CSVDialectSniffer {
    static let sampleRecords = 50

    static func sniff(path: String, filename: String) throws -> CSVDialect {
        let (hasBOM, usesCRLF) = try byteOrderMarkAndLineEnding(path: path)
        var order = CSVDialect.Delimiter.allCases
        if filename.lowercased().hasSuffix(".tsv") {
            order.removeAll { $0 == .tab }
            order.insert(.tab, at: 0)
        }
        struct Score { var delimiter: CSVDialect.Delimiter; var headerFields: Int; var matching: Double; var consistent: Bool }
        var scores: [Score] = []
        for delimiter in order {
            let reader = try CSVRecordReader(path: path, delimiter: delimiter.byte, startingAt: hasBOM ? 3 : 0)
            var counts: [Int] = []
            var failed = false
            do {
                while counts.count < sampleRecords, try reader.nextRecord() { counts.append(reader.fieldCount) }
            } catch is IngestError {
                failed = true
            }
            guard let header = counts.first else { continue }
            let rows = counts.dropFirst()
            let matching = rows.isEmpty ? 1 : Double(rows.filter { $0 == header }.count) / Double(rows.count)
            scores.append(Score(delimiter: delimiter, headerFields: header, matching: matching,
                                consistent: header > 1 && matching == 1 && !failed))
        }
        let chosen: CSVDialect.Delimiter
        if let best = scores.filter(\.consistent).max(by: { $0.headerFields < $1.headerFields }) {
            // `max` keeps the first of equal elements only with a strict ordering; pick explicitly.
            chosen = scores.first { $0.consistent && $0.headerFields == best.headerFields }!.delimiter
        } else if let best = scores.filter({ $0.headerFields > 1 }).max(by: { ($0.matching, $0.headerFields) < ($1.matching, $1.headerFields) }) {
            chosen = scores.first { $0.headerFields > 1 && $0.matching == best.matching && $0.headerFields == best.headerFields }!.delimiter
        } else {
            chosen = order[0]
        }
        return CSVDialect(delimiter: chosen, hasByteOrderMark: hasBOM, usesCRLF: usesCRLF)
    }

    /// Whether the file starts with the UTF-8 BOM, and whether its first line ends with CRLF.
    private static func byteOrderMarkAndLineEnding(path: String) throws -> (Bool, Bool) {
        let source = try FileByteReader(path: path)
        while source.count < 64 * 1024, try source.refill(keepingFrom: 0) == .readMore {}
        let bytes = UnsafeBufferPointer(start: source.buffer, count: source.count)
        let hasBOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        let usesCRLF = bytes.firstIndex(of: UInt8(ascii: "\n")).map { $0 > 0 && bytes[$0 - 1] == UInt8(ascii: "\r") } ?? false
        return (hasBOM, usesCRLF)
    }
}
