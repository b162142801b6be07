/// Finds a text file's encoding from its first bytes.
///
/// In this order, the first that fits wins:
/// 1. a byte order mark: UTF-8, UTF-32 LE/BE (checked before UTF-16, whose LE mark is a prefix
///    of UTF-32 LE's), UTF-16 LE/BE;
/// 2. UTF-16 or UTF-32 without a mark, from the pattern of NUL bytes that ASCII characters
///    (delimiters, digits, line breaks) leave in every code unit;
/// 3. UTF-8, when the sample is well-formed UTF-8 (a sequence cut by the end of the sample
///    counts as well-formed);
/// 4. Windows-1252, unless the sample holds one of the five bytes it leaves undefined
///    (0x81 0x8D 0x8F 0x90 0x9D): then Latin-1, which maps every byte.
///
/// A sample that is none of the Unicode encodings and holds a NUL byte is binary data, not text
/// in a single-byte encoding: it is refused with the line of that byte. Only the sample decides;
/// a UTF-8 file that turns out not to be UTF-8 further on is handled by the ingest (see
/// `CSVIngestor`).
enum EncodingDetector {
    /// Bytes looked at.
    static let sampleBytes = 256 << 10

    struct Detection: Equatable {
        var encoding: TextEncoding
        /// Length of the byte order mark to skip (0 without one).
        var byteOrderMarkLength: Int
    }

    static func detect(path: String) throws -> Detection {
        let source = try FileByteReader(path: path)
        while source.count < sampleBytes, try source.refill(keepingFrom: 0) == .readMore {}
        return try detect(
            sample: UnsafeBufferPointer(start: source.buffer, count: min(source.count, sampleBytes)),
            isWholeFile: source.isAtEndOfFile && source.count <= sampleBytes)
    }

    static func detect(sample bytes: UnsafeBufferPointer<UInt8>, isWholeFile: Bool) throws -> Detection {
        for encoding in [TextEncoding.utf8, .utf32LE, .utf32BE, .utf16LE, .utf16BE] {
            let mark = encoding.byteOrderMark
            if bytes.count >= mark.count && zip(bytes, mark).allSatisfy({ $0 == $1 }) {
                return Detection(encoding: encoding, byteOrderMarkLength: mark.count)
            }
        }
        if let wide = wideEncodingByNULPattern(bytes) { return Detection(encoding: wide, byteOrderMarkLength: 0) }
        if isWellFormedUTF8(bytes, isWholeFile: isWholeFile) { return Detection(encoding: .utf8, byteOrderMarkLength: 0) }
        if let nul = bytes.firstIndex(of: 0) {
            let line = 1 + bytes[..<nul].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            throw IngestError(
                line: line,
                message:
                    "the file is not text: it is neither UTF-8, UTF-16 nor UTF-32, and a NUL byte rules out \(TextEncoding.windows1252.rawValue) and \(TextEncoding.latin1.rawValue)"
            )
        }
        return Detection(encoding: singleByteEncoding(bytes), byteOrderMarkLength: 0)
    }

    /// Windows-1252 unless a byte it leaves undefined is there.
    static func singleByteEncoding<C: Collection>(_ bytes: C) -> TextEncoding where C.Element == UInt8 {
        bytes.contains { Windows1252.isUndefined($0) } ? .latin1 : .windows1252
    }

    /// UTF-16 or UTF-32 without a byte order mark: at least a quarter of the code units carry a
    /// NUL in the high byte(s) for ASCII text, and almost none in the low byte.
    private static func wideEncodingByNULPattern(_ bytes: UnsafeBufferPointer<UInt8>) -> TextEncoding? {
        let units32 = bytes.count / 4
        if units32 >= 4 {
            var le = 0
            var be = 0
            var low = 0
            for u in 0..<units32 {
                let b = bytes.baseAddress! + 4 * u
                if b[2] == 0 && b[3] == 0 {
                    le += 1
                    if b[0] == 0 { low += 1 }
                }
                if b[0] == 0 && b[1] == 0 {
                    be += 1
                    if b[3] == 0 { low += 1 }
                }
            }
            if le * 10 >= units32 * 9 && low * 50 < units32 { return .utf32LE }
            if be * 10 >= units32 * 9 && low * 50 < units32 { return .utf32BE }
        }
        let units16 = bytes.count / 2
        guard units16 >= 4 else { return nil }
        var zeroHighLE = 0
        var zeroHighBE = 0
        for u in 0..<units16 {
            let b = bytes.baseAddress! + 2 * u
            if b[1] == 0 { zeroHighLE += 1 }
            if b[0] == 0 { zeroHighBE += 1 }
        }
        if zeroHighLE * 4 >= units16 && zeroHighBE * 50 < units16 { return .utf16LE }
        if zeroHighBE * 4 >= units16 && zeroHighLE * 50 < units16 { return .utf16BE }
        return nil
    }

    /// Well-formed UTF-8, allowing a sequence cut off by the end of a sample.
    private static func isWellFormedUTF8(_ bytes: UnsafeBufferPointer<UInt8>, isWholeFile: Bool) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        guard let bad = UTF8Validation.firstInvalidByte(in: base, count: bytes.count) else { return true }
        return !isWholeFile && UTF8Validation.sequenceLength(base + bad, count: bytes.count - bad) == 0
    }

    /// After the ingest met bytes that are not UTF-8 in a file whose start was: Windows-1252
    /// (or Latin-1) for the whole file when nothing in it is a UTF-8 multi-byte sequence (a
    /// single-byte file whose first non-ASCII character came late), else UTF-8 whose stray bytes
    /// are read one by one as Windows-1252 (a UTF-8 file with a few lines pasted from elsewhere).
    static func encodingForInvalidUTF8(path: String, startingAt offset: Int64) throws -> TextEncoding {
        let source = try FileByteReader(path: path, startingAt: offset)
        var position = 0
        var sawUndefined = false
        while true {
            let base = source.buffer
            let end = source.count
            while position < end {
                if base[position] < 0x80 {
                    position += 1
                    continue
                }
                let length = UTF8Validation.sequenceLength(base + position, count: end - position)
                if length > 1 { return .utf8 }
                if length == 0 && !source.isAtEndOfFile { break }  // cut by the window: read on
                sawUndefined = sawUndefined || Windows1252.isUndefined(base[position])
                position += 1
            }
            guard try source.refill(keepingFrom: position) == .readMore else { break }
            position = 0
        }
        return sawUndefined ? .latin1 : .windows1252
    }
}
