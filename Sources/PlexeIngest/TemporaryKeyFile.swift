#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A temporary file of 64-bit keys, unlinked on creation.
final class TemporaryKeyFile {
    private let file: UnlinkedTemporaryFile
    private(set) var keysWritten = 0

    init(directory: String) throws {
        file = try UnlinkedTemporaryFile(directory: directory, prefix: ".plexe-ingest-keys")
    }

    func write(_ keys: [UInt64]) throws {
        try keys.withUnsafeBytes { try file.writeAll($0) }
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
        guard lseek(file.descriptor, 0, SEEK_SET) == 0 else { throw IngestError.system("cannot read a temporary file") }
        var chunk = [UInt64](repeating: 0, count: chunkKeys)
        var remaining = count
        while remaining > 0 {
            let want = min(remaining, chunkKeys)
            let got = try chunk.withUnsafeMutableBytes { bytes -> Int in
                var offset = 0
                while offset < want * 8 {
                    let n = read(file.descriptor, bytes.baseAddress! + offset, want * 8 - offset)
                    if n < 0 {
                        if errno == EINTR { continue }
                        throw IngestError.system("cannot read a temporary file")
                    }
                    if n == 0 { break }
                    offset += n
                }
                return offset / 8
            }
            guard got == want else { throw IngestError(line: 0, message: "a temporary file is shorter than written") }
            try body(chunk[0..<got])
            remaining -= got
        }
    }

}
