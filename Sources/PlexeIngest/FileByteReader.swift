#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A sliding window onto a file read front to back with `read(2)` into one reusable buffer.
///
/// Memory stays flat whatever the file's size: the parsers above it look at one record (CSV row,
/// JSON object) at a time, and when a record runs past the end of the window they ask for a
/// refill that keeps the unfinished record's bytes and reads the next chunk after them. Only a
/// single record larger than the buffer makes it grow, up to `maxRecordBytes`.
///
/// Why not `FileHandle` or `Data(contentsOf:)`: the first allocates a `Data` per read, the second
/// loads the whole file; here one buffer serves the whole file and parsing is pointer arithmetic.
final class FileByteReader {
    /// Bytes asked of each `read(2)`.
    static let chunkSize = 1 << 20
    /// The largest single record (and so the largest buffer) accepted.
    static let maxRecordBytes = 32 << 20

    enum RefillOutcome {
        /// New bytes were appended.
        case readMore
        /// The file has no more bytes.
        case endOfFile
        /// The kept bytes already fill `maxRecordBytes`.
        case recordTooLarge
    }

    private struct Window {
        var buffer: UnsafeMutablePointer<UInt8>
        var capacity: Int
        var count = 0
        var bufferFileOffset: Int64
        var isAtEndOfFile = false
    }

    /// Behind a pointer: the parsers read these for every record, and stored properties of a
    /// class would each pay a dynamic exclusivity check.
    private let window: UnsafeMutablePointer<Window>
    private let file: ReadOnlyFile
    var fileSize: Int64 { file.size }

    /// The window: `buffer[0..<count]` are bytes of the file starting at `bufferFileOffset`.
    /// `buffer[count]` is always `\n`, a sentinel that lets scanning loops skip bounds checks.
    var buffer: UnsafeMutablePointer<UInt8> { window.pointee.buffer }
    var count: Int { window.pointee.count }
    var bufferFileOffset: Int64 { window.pointee.bufferFileOffset }
    var isAtEndOfFile: Bool { window.pointee.isAtEndOfFile }

    init(path: String, startingAt offset: Int64 = 0) throws {
        file = try ReadOnlyFile(path: path)
        let capacity = FileByteReader.chunkSize
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity + 1)
        buffer[0] = UInt8(ascii: "\n")
        window = .allocate(capacity: 1)
        window.initialize(to: Window(buffer: buffer, capacity: capacity, bufferFileOffset: offset))
    }

    deinit {
        window.pointee.buffer.deallocate()
        window.deallocate()
    }

    /// Forgets the bytes before `keepFrom`, moves the rest to the start of the buffer and reads
    /// more after them. Indexes into the buffer shift down by `keepFrom`.
    func refill(keepingFrom keepFrom: Int) throws -> RefillOutcome {
        var w = window.pointee
        defer { window.pointee = w }
        let kept = w.count - keepFrom
        if keepFrom > 0 {
            if kept > 0 { memmove(w.buffer, w.buffer + keepFrom, kept) }
            w.bufferFileOffset += Int64(keepFrom)
            w.count = kept
            w.buffer[w.count] = UInt8(ascii: "\n")
        }
        if w.isAtEndOfFile { return .endOfFile }
        if w.count == w.capacity {
            guard w.capacity < FileByteReader.maxRecordBytes else { return .recordTooLarge }
            let grown = min(w.capacity * 2, FileByteReader.maxRecordBytes)
            let newBuffer = UnsafeMutablePointer<UInt8>.allocate(capacity: grown + 1)
            newBuffer.update(from: w.buffer, count: w.count)
            w.buffer.deallocate()
            w.buffer = newBuffer
            w.capacity = grown
        }
        while true {
            // Positioned: the window's end is where the file is read next.
            let n = pread(file.descriptor, w.buffer + w.count, w.capacity - w.count, off_t(w.bufferFileOffset + Int64(w.count)))
            if n < 0 {
                if errno == EINTR { continue }
                throw IngestError.system("cannot read the file")
            }
            if n == 0 { w.isAtEndOfFile = true }
            w.count += n
            w.buffer[w.count] = UInt8(ascii: "\n")
            return n == 0 ? .endOfFile : .readMore
        }
    }
}
