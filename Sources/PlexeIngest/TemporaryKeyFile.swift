#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A temporary file of 64-bit keys, unlinked on creation.
final class TemporaryKeyFile {
    private let descriptor: Int32
    private(set) var keysWritten = 0

    init(directory: String) throws {
        var template = Array((directory + "/.plexe-ingest-keys-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw TemporaryKeyFile.error("cannot create a temporary file") }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        descriptor = fd
    }

    deinit { close(descriptor) }

    func write(_ keys: [UInt64]) throws {
        try keys.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let n = systemWrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw TemporaryKeyFile.error("cannot write a temporary file")
                }
                offset += n
            }
        }
        keysWritten += keys.count
    }

    func readAll(count: Int) throws -> [UInt64] {
        var keys: [UInt64] = []
        keys.reserveCapacity(count)
        try forEachChunk(count: count, chunkKeys: 1 << 16) { keys.append(contentsOf: $0) }
        return keys
    }

    /// Reads the file from its start in chunks.
    func forEachChunk(count: Int, chunkKeys: Int, _ body: (ArraySlice<UInt64>) throws -> Void) throws {
        guard lseek(descriptor, 0, SEEK_SET) == 0 else { throw TemporaryKeyFile.error("cannot read a temporary file") }
        var chunk = [UInt64](repeating: 0, count: chunkKeys)
        var remaining = count
        while remaining > 0 {
            let want = min(remaining, chunkKeys)
            let got = try chunk.withUnsafeMutableBytes { bytes -> Int in
                var offset = 0
                while offset < want * 8 {
                    let n = read(descriptor, bytes.baseAddress! + offset, want * 8 - offset)
                    if n < 0 {
                        if errno == EINTR { continue }
                        throw TemporaryKeyFile.error("cannot read a temporary file")
                    }
                    if n == 0 { break }
                    offset += n
                }
                return offset / 8
            }
            guard got == want else { throw TemporaryKeyFile.error("a temporary file is shorter than written") }
            try body(chunk[0..<got])
            remaining -= got
        }
    }

    private static func error(_ what: String) -> IngestError {
        IngestError(line: 0, message: "\(what): \(String(cString: strerror(errno)))")
    }
}

/// `write(2)`, named apart from `TemporaryKeyFile.write(_:)`.
@inline(__always)
private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, buffer, count)
}
