#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The raw file descriptors the readers and spill files share: an uploaded file opened read-only
/// for positioned reads, and an unlinked temporary file written in full. Plain `open(2)`,
/// `pread(2)` and `write(2)` because the callers read into their own buffers (no `Data` per read,
/// no shared file offset between column readers).

/// An uploaded file opened read-only, its size taken when it was opened.
final class ReadOnlyFile: @unchecked Sendable {
    let descriptor: Int32
    let size: Int64

    init(path: String) throws {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw IngestError.system("cannot open the file") }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let error = IngestError.system("cannot read the file")
            close(fd)
            throw error
        }
        descriptor = fd
        size = Int64(info.st_size)
    }

    deinit { close(descriptor) }

    /// Whether `count` bytes at `offset` lie inside the file.
    func contains(offset: Int64, count: Int) -> Bool {
        offset >= 0 && count >= 0 && offset <= size && Int64(count) <= size - offset
    }

    /// Reads exactly `count` bytes at `offset` into `buffer`; false when the file has fewer bytes
    /// there (each format words that as its own damage).
    func read(at offset: Int64, count: Int, into buffer: UnsafeMutableRawPointer) throws -> Bool {
        guard contains(offset: offset, count: count) else { return false }
        var done = 0
        while done < count {
            let n = pread(descriptor, buffer + done, count - done, off_t(offset + Int64(done)))
            if n < 0 {
                if errno == EINTR { continue }
                throw IngestError.system("cannot read the file")
            }
            guard n > 0 else { return false }
            done += n
        }
        return true
    }
}

/// A temporary file in `directory`, unlinked as soon as it is created so that nothing is left
/// behind whatever happens to the process; it lives as long as this object.
final class UnlinkedTemporaryFile {
    let descriptor: Int32

    /// `prefix` names the file for whoever lists the directory while it briefly exists.
    init(directory: String, prefix: String) throws {
        var template = Array((directory + "/" + prefix + "-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw IngestError.system("cannot create a temporary file") }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        descriptor = fd
    }

    deinit { close(descriptor) }

    /// Appends all of `bytes`.
    func writeAll(_ bytes: UnsafeRawBufferPointer) throws {
        var offset = 0
        while offset < bytes.count {
            let n = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                throw IngestError.system("cannot write a temporary file")
            }
            offset += n
        }
    }
}

extension IngestError {
    /// A failed system call, with the reason `errno` gives.
    static func system(_ what: String) -> IngestError {
        IngestError(line: 0, message: "\(what): \(String(cString: strerror(errno)))")
    }
}
