#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// `FileByteReader`'s sliding window, but over the file's text transcoded to UTF-8.
///
/// Same contract as `FileByteReader` (`buffer[0..<count]`, a `\n` sentinel at `buffer[count]`,
/// `refill(keepingFrom:)` keeping an unfinished record), so the parsers above it stream a file in
/// any encoding through fixed memory. Decoding happens at each refill, one raw chunk at a time;
/// a character cut by the end of a raw chunk waits for the next.
///
/// In `.utf8` the bytes are validated and copied; a byte that starts no well-formed sequence is
/// read as Windows-1252 instead of failing (the file's start was UTF-8, see `EncodingDetector`),
/// and its line is noted for the warnings. UTF-16 and UTF-32 text that cannot be decoded (an
/// unpaired surrogate, a code point past U+10FFFF, a file ending mid-character) throws
/// `IngestError` with its line: no reading fits such a file.
final class DecodingByteReader {
    private let raw: FileByteReader
    /// Index in `raw.buffer` of the first byte not yet decoded.
    private var rawPosition = 0
    let encoding: TextEncoding
    /// The byte counted as a line break for error lines (`\n`, or `\r` for files whose records
    /// end with a lone CR).
    private let lineBreak: UInt8
    /// Line breaks decoded so far.
    private var lineBreaks = 0

    private(set) var buffer: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0
    private(set) var isAtEndOfFile = false

    /// Lines (1-based) holding bytes that were not UTF-8 and were read as Windows-1252: the
    /// first few, and how many in all.
    private(set) var repairedLines: [Int] = []
    private(set) var repairedLineCount = 0
    private var lastRepairedLine = 0

    static let maxNotedLines = 10

    init(path: String, encoding: TextEncoding, startingAt offset: Int64, lineBreak: UInt8 = UInt8(ascii: "\n")) throws {
        raw = try FileByteReader(path: path, startingAt: offset)
        self.encoding = encoding
        self.lineBreak = lineBreak
        capacity = FileByteReader.chunkSize * 2
        buffer = .allocate(capacity: capacity + 1)
        buffer[0] = UInt8(ascii: "\n")
    }

    deinit { buffer.deallocate() }

    var fileSize: Int64 { raw.fileSize }
    /// How far into the file decoding has got (for progress).
    var rawOffset: Int64 { raw.bufferFileOffset + Int64(rawPosition) }

    /// Forgets the bytes before `keepFrom`, moves the rest to the start and decodes more after
    /// them; `.readMore` once at least one byte was added.
    func refill(keepingFrom keepFrom: Int) throws -> FileByteReader.RefillOutcome {
        if keepFrom > 0 {
            let kept = count - keepFrom
            if kept > 0 { memmove(buffer, buffer + keepFrom, kept) }
            count = kept
            buffer[count] = UInt8(ascii: "\n")
        }
        if isAtEndOfFile { return .endOfFile }
        // Room for at least one raw chunk's worst case is not needed: decoding stops when full.
        if capacity - count < 16 {
            guard capacity < FileByteReader.maxRecordBytes else { return .recordTooLarge }
            let grown = min(capacity * 2, FileByteReader.maxRecordBytes)
            let newBuffer = UnsafeMutablePointer<UInt8>.allocate(capacity: grown + 1)
            newBuffer.update(from: buffer, count: count)
            buffer.deallocate()
            buffer = newBuffer
            capacity = grown
        }
        while true {
            let before = count
            decodeAvailable(final: raw.isAtEndOfFile)
            if count > before {
                buffer[count] = UInt8(ascii: "\n")
                return .readMore
            }
            // The text decoded before an error is handed out first; the error comes when the
            // reader needs what follows it.
            if let decodingError { throw decodingError }
            if raw.isAtEndOfFile {
                if rawPosition < raw.count {
                    throw IngestError(line: lineBreaks + 1, message: "invalid \(encoding.rawValue): the file ends in the middle of a character")
                }
                isAtEndOfFile = true
                buffer[count] = UInt8(ascii: "\n")
                return .endOfFile
            }
            _ = try raw.refill(keepingFrom: rawPosition)
            rawPosition = 0
        }
    }

    // MARK: Decoding

    /// Decodes from `rawPosition` while the output has room for a character, leaving a
    /// character cut by the end of the raw window for the next call unless `final`.
    private func decodeAvailable(final: Bool) {
        switch encoding {
        case .utf8: decodeUTF8(final: final)
        case .windows1252: decodeSingleByte(Windows1252.windows1252Table)
        case .latin1: decodeSingleByte(Windows1252.latin1Table)
        case .utf16LE, .utf16BE, .utf32LE, .utf32BE: decodeWide()
        }
    }

    private var decodingError: IngestError?

    private func decodeUTF8(final: Bool) {
        let source = raw.buffer
        let end = raw.count
        var p = rawPosition
        var out = count
        let limit = capacity - 4
        while p < end && out < limit {
            // Runs of well-formed text are copied in one go.
            let room = min(end - p, limit - out)
            let bad = UTF8Validation.firstInvalidByte(in: source + p, count: room) ?? room
            if bad > 0 {
                lineBreaks += countLineBreaks(source + p, bad)
                (buffer + out).update(from: source + p, count: bad)
                p += bad
                out += bad
                continue
            }
            let length = UTF8Validation.sequenceLength(source + p, count: end - p)
            if length > 0 {  // well-formed, cut only by the room left in the output
                break
            }
            if length == 0 && !final { break }  // a character cut by the raw window
            noteRepair()
            let packed = Windows1252.windows1252Table[Int(source[p]) - 0x80]
            out = appendPacked(packed, at: out)
            p += 1
        }
        rawPosition = p
        count = out
    }

    private func decodeSingleByte(_ table: [UInt32]) {
        let source = raw.buffer
        let end = raw.count
        var p = rawPosition
        var out = count
        let limit = capacity - 4
        let lineBreak = self.lineBreak
        var breaks = 0
        table.withUnsafeBufferPointer { table in
            while p < end && out < limit {
                if p + 8 <= end && out + 8 <= limit {
                    let word = UnsafeRawPointer(source + p).loadUnaligned(as: UInt64.self)
                    if word & 0x8080_8080_8080_8080 == 0 {
                        UnsafeMutableRawPointer(buffer + out).storeBytes(of: word, as: UInt64.self)
                        breaks += (SWAR.equal(word, SWAR.broadcast(lineBreak))).nonzeroBitCount
                        p += 8
                        out += 8
                        continue
                    }
                }
                let byte = source[p]
                if byte < 0x80 {
                    buffer[out] = byte
                    out += 1
                    if byte == lineBreak { breaks += 1 }
                } else {
                    let packed = table[Int(byte) - 0x80]
                    buffer[out] = UInt8(truncatingIfNeeded: packed)
                    buffer[out + 1] = UInt8(truncatingIfNeeded: packed >> 8)
                    if packed >> 24 == 3 { buffer[out + 2] = UInt8(truncatingIfNeeded: packed >> 16) }
                    out += Int(packed >> 24)
                }
                p += 1
            }
        }
        lineBreaks += breaks
        rawPosition = p
        count = out
    }

    /// UTF-16 and UTF-32, either byte order.
    private func decodeWide() {
        let source = raw.buffer
        let end = raw.count
        var p = rawPosition
        var out = count
        let limit = capacity - 4
        let unit = encoding.unitSize
        let bigEndian = encoding == .utf16BE || encoding == .utf32BE
        let lineBreak = UInt32(self.lineBreak)
        @inline(__always) func read(_ at: Int) -> UInt32 {
            if unit == 2 {
                return bigEndian ? UInt32(source[at]) << 8 | UInt32(source[at + 1]) : UInt32(source[at + 1]) << 8 | UInt32(source[at])
            }
            return bigEndian
                ? UInt32(source[at]) << 24 | UInt32(source[at + 1]) << 16 | UInt32(source[at + 2]) << 8 | UInt32(source[at + 3])
                : UInt32(source[at + 3]) << 24 | UInt32(source[at + 2]) << 16 | UInt32(source[at + 1]) << 8 | UInt32(source[at])
        }
        // Four ASCII code units of UTF-16 LE at a time (most of a CSV file: digits, delimiters).
        let asciiMask: UInt64 = 0xFF80_FF80_FF80_FF80
        let lineBreakPattern = UInt64(lineBreak) * 0x0001_0001_0001_0001
        while p + unit <= end && out < limit && decodingError == nil {
            if unit == 2 && !bigEndian {
                while p + 8 <= end && out + 4 <= limit {
                    let word = UnsafeRawPointer(source + p).loadUnaligned(as: UInt64.self)
                    guard word & asciiMask == 0 else { break }
                    let packed =
                        UInt32(truncatingIfNeeded: word & 0xFF) | UInt32(truncatingIfNeeded: (word >> 8) & 0xFF00)
                        | UInt32(truncatingIfNeeded: (word >> 16) & 0xFF_0000) | UInt32(truncatingIfNeeded: (word >> 24) & 0xFF00_0000)
                    UnsafeMutableRawPointer(buffer + out).storeBytes(of: packed, as: UInt32.self)
                    let x = word ^ lineBreakPattern
                    lineBreaks +=
                        (x & 0xFFFF == 0 ? 1 : 0) + (x & 0xFFFF_0000 == 0 ? 1 : 0)
                        + (x & 0xFFFF_0000_0000 == 0 ? 1 : 0) + (x & 0xFFFF_0000_0000_0000 == 0 ? 1 : 0)
                    p += 8
                    out += 4
                }
                guard p + unit <= end && out < limit else { break }
            }
            var scalar = read(p)
            var consumed = unit
            if scalar < 0x80 {
                buffer[out] = UInt8(truncatingIfNeeded: scalar)
                out += 1
                p += unit
                if scalar == lineBreak { lineBreaks += 1 }
                continue
            }
            if unit == 2 && (0xD800...0xDBFF).contains(scalar) {
                guard p + 4 <= end else { break }  // the low surrogate is in the next chunk
                let low = read(p + 2)
                guard (0xDC00...0xDFFF).contains(low) else {
                    decodingError = IngestError(line: lineBreaks + 1, message: "invalid \(encoding.rawValue): an unpaired surrogate")
                    break
                }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                consumed = 4
            } else if (0xD800...0xDFFF).contains(scalar) || scalar > 0x10FFFF {
                decodingError = IngestError(
                    line: lineBreaks + 1,
                    message: "invalid \(encoding.rawValue): \(scalar > 0x10FFFF ? "a value past U+10FFFF" : "an unpaired surrogate")")
                break
            }
            if scalar < 0x10000 {
                out = appendPacked(Windows1252.packedUTF8(scalar), at: out)
            } else {
                buffer[out] = UInt8(0xF0 | scalar >> 18)
                buffer[out + 1] = UInt8(0x80 | (scalar >> 12) & 0x3F)
                buffer[out + 2] = UInt8(0x80 | (scalar >> 6) & 0x3F)
                buffer[out + 3] = UInt8(0x80 | scalar & 0x3F)
                out += 4
            }
            p += consumed
        }
        rawPosition = p
        count = out
    }

    @inline(__always)
    private func appendPacked(_ packed: UInt32, at out: Int) -> Int {
        buffer[out] = UInt8(truncatingIfNeeded: packed)
        buffer[out + 1] = UInt8(truncatingIfNeeded: packed >> 8)
        if packed >> 24 == 3 { buffer[out + 2] = UInt8(truncatingIfNeeded: packed >> 16) }
        return out + Int(packed >> 24)
    }

    private func countLineBreaks(_ p: UnsafePointer<UInt8>, _ n: Int) -> Int {
        let pattern = SWAR.broadcast(lineBreak)
        var i = 0
        var found = 0
        while i + 8 <= n {
            found += SWAR.equal(UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self), pattern).nonzeroBitCount
            i += 8
        }
        while i < n {
            if p[i] == lineBreak { found += 1 }
            i += 1
        }
        return found
    }

    private func noteRepair() {
        let line = lineBreaks + 1
        guard line != lastRepairedLine else { return }
        lastRepairedLine = line
        repairedLineCount += 1
        if repairedLines.count < DecodingByteReader.maxNotedLines { repairedLines.append(line) }
    }

}
