import Foundation

/// A file being written through a large in-memory buffer, created under a temporary name and
/// moved into place only when complete.
///
/// Small writes are buffered; large ones (Parquet column chunks) go straight to the file. The
/// CSV and JSON writers format rows into a local array of their own (a local is faster to
/// append to than a class's stored property, which pays an exclusivity check per access) and
/// hand it over with `drain` between rows. `commit()` flushes, fsyncs and renames, so a
/// reader of `path` never sees a partial file and a completed export survives a crash; any
/// failure before that leaves nothing behind (`discard()`).
final class OutputFile {
    let path: String
    let temporaryPath: String
    /// Bytes not yet handed to the kernel.
    private var buffer: [UInt8]
    private let bufferCapacity: Int
    private var descriptor: Int32
    private var flushedBytes: Int64 = 0

    init(path: String, bufferCapacity: Int = 1 << 20) throws {
        self.path = path
        self.bufferCapacity = bufferCapacity
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        let name = url.lastPathComponent
        temporaryPath = "\(directory)/.\(name).partial-\(String(UInt64.random(in: 0...UInt64.max), radix: 36))"
        descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        if descriptor < 0 {
            throw ExportError.cannotWrite(path: path, reason: OutputFile.lastErrorText())
        }
        buffer = []
        buffer.reserveCapacity(bufferCapacity + (64 << 10))
    }

    deinit {
        // Reached with an open descriptor only when a writer threw before commit.
        if descriptor >= 0 { discard() }
    }

    /// Bytes written so far, buffered ones included: the file offset of the next byte.
    var position: Int64 { flushedBytes + Int64(buffer.count) }

    /// The size a writer's own buffer should reach before it is drained.
    static let drainThreshold = 1 << 20

    /// Writes `bytes` and empties it (keeping its capacity) once it holds `drainThreshold`.
    @inline(__always)
    func drain(_ bytes: inout [UInt8], force: Bool = false) throws {
        guard force || bytes.count >= OutputFile.drainThreshold else { return }
        try write(bytes)
        bytes.removeAll(keepingCapacity: true)
    }

    func write(_ bytes: UnsafeRawBufferPointer) throws {
        if bytes.count >= bufferCapacity {
            try flush()
            try writeToDescriptor(bytes)
        } else {
            buffer.append(contentsOf: bytes)
            if buffer.count >= bufferCapacity { try flush() }
        }
    }

    func write(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { try write($0) }
    }

    func flush() throws {
        guard !buffer.isEmpty else { return }
        try buffer.withUnsafeBytes { try writeToDescriptor($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes, syncs and moves the file to `path`. Returns the file's size.
    func commit() throws -> Int64 {
        try flush()
        if fsync(descriptor) != 0 { throw ExportError.cannotWrite(path: path, reason: OutputFile.lastErrorText()) }
        if close(descriptor) != 0 {
            descriptor = -1
            throw ExportError.cannotWrite(path: path, reason: OutputFile.lastErrorText())
        }
        descriptor = -1
        if rename(temporaryPath, path) != 0 {
            let reason = OutputFile.lastErrorText()
            unlink(temporaryPath)
            throw ExportError.cannotWrite(path: path, reason: reason)
        }
        return flushedBytes
    }

    /// Closes and removes the temporary file; `path` is left untouched.
    func discard() {
        if descriptor >= 0 {
            close(descriptor)
            descriptor = -1
        }
        unlink(temporaryPath)
    }

    private func writeToDescriptor(_ bytes: UnsafeRawBufferPointer) throws {
        guard var pointer = bytes.baseAddress else { return }
        var remaining = bytes.count
        while remaining > 0 {
            let written = Foundation.write(descriptor, pointer, remaining)
            if written < 0 {
                if errno == EINTR { continue }
                throw ExportError.cannotWrite(path: path, reason: OutputFile.lastErrorText())
            }
            pointer += written
            remaining -= written
            flushedBytes += Int64(written)
        }
    }

    private static func lastErrorText() -> String {
        String(cString: strerror(errno))
    }
}
