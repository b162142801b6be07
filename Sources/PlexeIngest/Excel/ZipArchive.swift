import CZlib

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a ZIP archive's entries (PKWARE APPNOTE.TXT): the central directory at the end of the
/// file, then any entry as a stream, stored or deflated (zlib's raw inflate), with ZIP64 sizes
/// and offsets. An .xlsx workbook is such an archive of XML parts.
///
/// Why not minizip: zlib is already linked and these few structures are all an .xlsx needs;
/// entries stream through a fixed buffer, so a sheet of any size is never held in memory.
final class ZipArchive: @unchecked Sendable {
    struct Entry: Sendable {
        let name: String
        let method: UInt16
        let flags: UInt16
        let crc32: UInt32
        let compressedSize: Int64
        let uncompressedSize: Int64
        let localHeaderOffset: Int64
    }

    static let localHeaderSignature: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
    /// More entries than any workbook has; the limit keeps a hostile directory from using memory.
    static let maxEntries = 100_000

    private let file: ReadOnlyFile
    var size: Int64 { file.size }
    private(set) var entries: [String: Entry] = [:]

    init(path: String) throws {
        file = try ReadOnlyFile(path: path)
        try readCentralDirectory()
    }

    static func damaged(_ detail: String) -> IngestError {
        IngestError(line: 0, message: "the Excel file is damaged (\(detail))")
    }

    func entry(_ name: String) -> Entry? { entries[name] }

    // MARK: Central directory

    private func readCentralDirectory() throws {
        // The end-of-central-directory record: 22 bytes plus a comment of up to 65,535 bytes.
        let tailLength = Int(min(size, 22 + 65_535))
        guard tailLength >= 22 else { throw ZipArchive.damaged("it is too short to be a ZIP archive") }
        var tail = [UInt8](repeating: 0, count: tailLength)
        try tail.withUnsafeMutableBytes { try read(at: size - Int64(tailLength), count: tailLength, into: $0.baseAddress!) }
        var recordIndex: Int?
        for i in stride(from: tailLength - 22, through: 0, by: -1)
        where tail[i] == 0x50 && tail[i + 1] == 0x4B && tail[i + 2] == 0x05 && tail[i + 3] == 0x06 {
            recordIndex = i
            break
        }
        guard let recordIndex else { throw ZipArchive.damaged("its ZIP directory is missing") }
        let record = Array(tail[recordIndex...])
        var entryCount = Int64(le16(record, 10))
        var directorySize = Int64(le32(record, 12))
        var directoryOffset = Int64(le32(record, 16))
        if entryCount == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF {
            // ZIP64: a locator 20 bytes before the record points at the ZIP64 record.
            let recordOffset = size - Int64(tailLength) + Int64(recordIndex)
            guard recordOffset >= 20 else { throw ZipArchive.damaged("its ZIP64 directory is missing") }
            var locator = [UInt8](repeating: 0, count: 20)
            try locator.withUnsafeMutableBytes { try read(at: recordOffset - 20, count: 20, into: $0.baseAddress!) }
            guard le32(locator, 0) == 0x0706_4B50 else { throw ZipArchive.damaged("its ZIP64 directory is missing") }
            let zip64Offset = Int64(bitPattern: le64(locator, 8))
            var zip64 = [UInt8](repeating: 0, count: 56)
            try zip64.withUnsafeMutableBytes { try read(at: zip64Offset, count: 56, into: $0.baseAddress!) }
            guard le32(zip64, 0) == 0x0606_4B50 else { throw ZipArchive.damaged("its ZIP64 directory is malformed") }
            entryCount = Int64(bitPattern: le64(zip64, 32))
            directorySize = Int64(bitPattern: le64(zip64, 40))
            directoryOffset = Int64(bitPattern: le64(zip64, 48))
        }
        guard entryCount >= 0, entryCount <= Int64(ZipArchive.maxEntries), directorySize >= 0, directoryOffset >= 0,
            directorySize <= size, directoryOffset <= size - directorySize
        else {
            throw ZipArchive.damaged("its ZIP directory is malformed")
        }
        var directory = [UInt8](repeating: 0, count: Int(directorySize))
        try directory.withUnsafeMutableBytes { try read(at: directoryOffset, count: Int(directorySize), into: $0.baseAddress!) }
        var p = 0
        for _ in 0..<entryCount {
            guard directory.count - p >= 46, le32(directory, p) == 0x0201_4B50 else { throw ZipArchive.damaged("its ZIP directory is malformed") }
            let flags = le16(directory, p + 8)
            let method = le16(directory, p + 10)
            let crc = le32(directory, p + 16)
            var compressed = Int64(le32(directory, p + 20))
            var uncompressed = Int64(le32(directory, p + 24))
            let nameLength = Int(le16(directory, p + 28))
            let extraLength = Int(le16(directory, p + 30))
            let commentLength = Int(le16(directory, p + 32))
            var localOffset = Int64(le32(directory, p + 42))
            guard directory.count - p - 46 >= nameLength + extraLength + commentLength else {
                throw ZipArchive.damaged("its ZIP directory is malformed")
            }
            let name = String(decoding: directory[(p + 46)..<(p + 46 + nameLength)], as: UTF8.self)
            // ZIP64 extra field (0x0001): the 64-bit values of the fields set to 0xFFFFFFFF, in order.
            var e = p + 46 + nameLength
            let extraEnd = e + extraLength
            while extraEnd - e >= 4 {
                let id = le16(directory, e)
                let length = Int(le16(directory, e + 2))
                guard extraEnd - e - 4 >= length else { break }
                if id == 0x0001 {
                    var q = e + 4
                    if uncompressed == 0xFFFF_FFFF, q + 8 <= e + 4 + length {
                        uncompressed = Int64(bitPattern: le64(directory, q))
                        q += 8
                    }
                    if compressed == 0xFFFF_FFFF, q + 8 <= e + 4 + length {
                        compressed = Int64(bitPattern: le64(directory, q))
                        q += 8
                    }
                    if localOffset == 0xFFFF_FFFF, q + 8 <= e + 4 + length {
                        localOffset = Int64(bitPattern: le64(directory, q))
                        q += 8
                    }
                }
                e += 4 + length
            }
            entries[name] = Entry(
                name: name, method: method, flags: flags, crc32: crc, compressedSize: compressed,
                uncompressedSize: uncompressed, localHeaderOffset: localOffset)
            p += 46 + nameLength + extraLength + commentLength
        }
    }

    // MARK: Entries

    /// How many times its compressed size a part may inflate to, beyond `expansionAllowance`.
    static let maxExpansion: Int64 = 200
    static let expansionAllowance: Int64 = 64 << 20

    /// Opens an entry for streaming.
    func open(_ entry: Entry) throws -> ZipEntryStream {
        guard entry.flags & 1 == 0 else {
            throw IngestError(line: 0, message: "the Excel file is encrypted; remove its password and upload it again")
        }
        guard entry.method == 0 || entry.method == 8 else {
            throw ZipArchive.damaged("part \(entry.name) uses ZIP compression method \(entry.method), which cannot be read")
        }
        guard entry.localHeaderOffset >= 0, entry.compressedSize >= 0, entry.uncompressedSize >= 0,
            entry.localHeaderOffset <= size - 30
        else { throw ZipArchive.damaged("part \(entry.name) points past the end of the file") }
        // A "zip bomb" inflates a few kilobytes into terabytes: memory stays bounded here, but
        // the time would not. Spreadsheet XML compresses 5–30×; far beyond is refused.
        guard entry.uncompressedSize <= entry.compressedSize * Self.maxExpansion + Self.expansionAllowance else {
            throw IngestError(
                line: 0,
                message:
                    "part \(entry.name) of the Excel file would expand to \(entry.uncompressedSize) bytes from \(entry.compressedSize); such a file is refused"
            )
        }
        var header = [UInt8](repeating: 0, count: 30)
        try header.withUnsafeMutableBytes { try read(at: entry.localHeaderOffset, count: 30, into: $0.baseAddress!) }
        guard le32(header, 0) == 0x0403_4B50 else { throw ZipArchive.damaged("part \(entry.name) has no local header") }
        let dataOffset = entry.localHeaderOffset + 30 + Int64(le16(header, 26)) + Int64(le16(header, 28))
        guard dataOffset <= size, entry.compressedSize <= size - dataOffset else {
            throw ZipArchive.damaged("part \(entry.name) runs past the end of the file")
        }
        return try ZipEntryStream(archive: self, entry: entry, dataOffset: dataOffset)
    }

    func read(at offset: Int64, count: Int, into buffer: UnsafeMutableRawPointer) throws {
        guard try file.read(at: offset, count: count, into: buffer) else { throw ZipArchive.damaged("the file ends early") }
    }
}

/// One entry's bytes, decompressed while read, checked against the directory's size and CRC-32
/// at the end (a truncated or altered part fails instead of loading part of a sheet).
final class ZipEntryStream {
    private let archive: ZipArchive
    let entry: ZipArchive.Entry
    private var nextOffset: Int64
    private var compressedLeft: Int64
    private var produced: Int64 = 0
    private var crc: uLong = crc32(0, nil, 0)
    private var finished = false
    private var stream: UnsafeMutablePointer<z_stream>?
    private let input: UnsafeMutablePointer<UInt8>
    private static let inputSize = 1 << 18

    init(archive: ZipArchive, entry: ZipArchive.Entry, dataOffset: Int64) throws {
        self.archive = archive
        self.entry = entry
        nextOffset = dataOffset
        compressedLeft = entry.compressedSize
        input = .allocate(capacity: ZipEntryStream.inputSize)
        if entry.method == 8 {
            let z = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
            z.initialize(to: z_stream())
            // Raw deflate (no zlib header): negative window bits.
            guard inflateInit2_(z, -15, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
                z.deinitialize(count: 1)
                z.deallocate()
                input.deallocate()
                throw IngestError(line: 0, message: "cannot start zlib")
            }
            stream = z
        }
    }

    deinit {
        if let stream {
            inflateEnd(stream)
            stream.deinitialize(count: 1)
            stream.deallocate()
        }
        input.deallocate()
    }

    /// Bytes of compressed data consumed so far (for progress).
    var compressedBytesRead: Int64 { entry.compressedSize - compressedLeft }

    /// Reads up to `count` bytes; 0 at the end of the entry.
    func read(into buffer: UnsafeMutableRawPointer, count: Int) throws -> Int {
        guard !finished, count > 0 else { return 0 }
        var n = 0
        if let stream {
            let out = buffer.assumingMemoryBound(to: Bytef.self)
            stream.pointee.next_out = out
            stream.pointee.avail_out = uInt(min(count, Int(UInt32.max)))
            while stream.pointee.avail_out > 0 {
                if stream.pointee.avail_in == 0 && compressedLeft > 0 {
                    let take = Int(min(Int64(ZipEntryStream.inputSize), compressedLeft))
                    try archive.read(at: nextOffset, count: take, into: input)
                    nextOffset += Int64(take)
                    compressedLeft -= Int64(take)
                    stream.pointee.next_in = input
                    stream.pointee.avail_in = uInt(take)
                }
                let status = inflate(stream, Z_NO_FLUSH)
                if status == Z_STREAM_END {
                    finished = true
                    break
                }
                guard status == Z_OK else { throw ZipArchive.damaged("part \(entry.name) does not decompress") }
                if stream.pointee.avail_in == 0 && compressedLeft == 0 && stream.pointee.avail_out > 0 {
                    throw ZipArchive.damaged("part \(entry.name) ends early")
                }
            }
            n = out.distance(to: stream.pointee.next_out)
        } else {
            let take = Int(min(Int64(count), compressedLeft))
            if take > 0 {
                try archive.read(at: nextOffset, count: take, into: buffer)
                nextOffset += Int64(take)
                compressedLeft -= Int64(take)
            }
            n = take
            if compressedLeft == 0 { finished = true }
        }
        produced += Int64(n)
        if n > 0 { crc = crc32(crc, buffer.assumingMemoryBound(to: Bytef.self), uInt(n)) }
        guard produced <= entry.uncompressedSize else { throw ZipArchive.damaged("part \(entry.name) is longer than its directory says") }
        if finished {
            guard produced == entry.uncompressedSize, UInt32(truncatingIfNeeded: crc) == entry.crc32 else {
                throw ZipArchive.damaged("part \(entry.name) fails its checksum")
            }
        }
        return n
    }
}

@inline(__always) private func le16(_ b: [UInt8], _ i: Int) -> UInt16 { UInt16(b[i]) | UInt16(b[i + 1]) << 8 }
@inline(__always) private func le32(_ b: [UInt8], _ i: Int) -> UInt32 {
    UInt32(b[i]) | UInt32(b[i + 1]) << 8 | UInt32(b[i + 2]) << 16 | UInt32(b[i + 3]) << 24
}
@inline(__always) private func le64(_ b: [UInt8], _ i: Int) -> UInt64 { UInt64(le32(b, i)) | UInt64(le32(b, i + 4)) << 32 }
