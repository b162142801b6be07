#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// An open Parquet file: positioned reads (`pread`, so that every column reader keeps its own
/// place without a shared file offset) and the footer.
///
///     "PAR1" · column chunks · FileMetaData (Thrift compact) · footer length (u32 LE) · "PAR1"
final class ParquetFile: @unchecked Sendable {
    static let magic: [UInt8] = Array("PAR1".utf8)
    /// A footer larger than this is refused rather than read into memory (pyarrow's footer for
    /// a thousand columns and row groups is a few MiB).
    static let maxFooterBytes = 256 << 20

    private let file: ReadOnlyFile
    var size: Int64 { file.size }

    init(path: String) throws {
        file = try ReadOnlyFile(path: path)
    }

    /// Reads exactly `count` bytes at `offset` into `buffer`.
    func read(at offset: Int64, count: Int, into buffer: UnsafeMutableRawPointer) throws {
        guard file.contains(offset: offset, count: count) else {
            throw ParquetFileMetadata.damaged("a column points past the end of the file")
        }
        guard try file.read(at: offset, count: count, into: buffer) else { throw ParquetFileMetadata.damaged("the file ends early") }
    }

    /// Parses the footer.
    func metadata() throws -> ParquetFileMetadata {
        guard size >= 12 else { throw ParquetFileMetadata.damaged("it is too short to be a Parquet file") }
        var tail = [UInt8](repeating: 0, count: 8)
        try tail.withUnsafeMutableBytes { try read(at: size - 8, count: 8, into: $0.baseAddress!) }
        if tail[4...] == [0x50, 0x41, 0x52, 0x45] {  // "PARE"
            throw ParquetFileMetadata.unsupported("the Parquet file is encrypted; upload an unencrypted file")
        }
        guard Array(tail[4...]) == ParquetFile.magic else { throw ParquetFileMetadata.damaged("it does not end with PAR1") }
        let length = Int(UInt32(tail[0]) | UInt32(tail[1]) << 8 | UInt32(tail[2]) << 16 | UInt32(tail[3]) << 24)
        guard length > 0, Int64(length) <= size - 12 else { throw ParquetFileMetadata.damaged("its footer length is wrong") }
        guard length <= ParquetFile.maxFooterBytes else {
            throw ParquetFileMetadata.unsupported(
                "the Parquet file's footer is \(length) bytes, more than the \(ParquetFile.maxFooterBytes >> 20) MiB this reader accepts")
        }
        let footer = UnsafeMutableRawBufferPointer.allocate(byteCount: length, alignment: 8)
        defer { footer.deallocate() }
        try read(at: size - 8 - Int64(length), count: length, into: footer.baseAddress!)
        return try ParquetFileMetadata.parse(UnsafeRawBufferPointer(footer))
    }
}

/// The page buffers of all the column readers of one pass, together. A page's sizes are the
/// file's word, and a few bytes of ZSTD can declare a 512 MiB page in each of 2,000 columns:
/// without a budget across columns, a small upload could take the process's memory.
final class ParquetPageBudget {
    /// What the page buffers of one pass may hold at once: pyarrow writes 1 MiB pages, so a
    /// file of 400 columns fits; a file whose pages would need more is refused, not read.
    static let defaultLimit = 1 << 30

    let limit: Int
    private(set) var used = 0

    init(limit: Int = ParquetPageBudget.defaultLimit) { self.limit = limit }

    func take(_ bytes: Int) throws {
        guard used + bytes <= limit else {
            throw IngestError(
                line: 0,
                message:
                    "the Parquet file's pages need more than \(limit >> 20) MiB of memory at once; write it with smaller pages (pyarrow: data_page_size) or fewer columns"
            )
        }
        used += bytes
    }

    func give(_ bytes: Int) { used -= bytes }
}

/// A growable byte buffer, reused page after page.
final class GrowableBuffer {
    private(set) var pointer: UnsafeMutableRawPointer
    private(set) var capacity: Int
    private let budget: ParquetPageBudget?

    init(capacity: Int = 1 << 16) {
        self.capacity = max(16, capacity)
        budget = nil
        pointer = .allocate(byteCount: self.capacity, alignment: 16)
    }

    /// A buffer whose bytes, from the first, count against `budget`.
    init(capacity: Int, budget: ParquetPageBudget) throws {
        self.capacity = max(16, capacity)
        try budget.take(self.capacity)
        self.budget = budget
        pointer = .allocate(byteCount: self.capacity, alignment: 16)
    }

    deinit {
        pointer.deallocate()
        budget?.give(capacity)
    }

    /// Makes room for `count` bytes; the contents are not kept.
    func reserve(_ count: Int) throws {
        guard count > capacity else { return }
        let grown = max(count, capacity * 2)
        try budget?.take(grown - capacity)
        pointer.deallocate()
        capacity = grown
        pointer = .allocate(byteCount: capacity, alignment: 16)
    }
}
