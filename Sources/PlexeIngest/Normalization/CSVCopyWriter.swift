#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes the normalized copy of a CSV file: RFC 4180 with `"` quotes, LF records, UTF-8,
/// through one 1 MiB buffer. The copy is written to a temporary name and renamed into place by
/// `commit()`, so a copy that exists is whole.
final class CSVCopyWriter {
    let path: String
    private let temporaryPath: String
    private let descriptor: Int32
    private let delimiter: UInt8
    private let buffer: UnsafeMutablePointer<UInt8>
    private let capacity = 1 << 20
    private var count = 0
    private var committed = false

    init(path: String, delimiter: UInt8) throws {
        self.path = path
        temporaryPath = path + ".tmp"
        self.delimiter = delimiter
        let fd = open(temporaryPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw IngestError.system("cannot write the normalized copy of the file") }
        descriptor = fd
        buffer = .allocate(capacity: capacity)
    }

    deinit {
        buffer.deallocate()
        close(descriptor)
        if !committed { unlink(temporaryPath) }
    }

    /// Raw bytes, as they are (a transcoded file whose structure needs no change).
    func writeBytes(_ bytes: UnsafePointer<UInt8>, count n: Int) throws {
        if count + n > capacity { try flush() }
        if n > capacity {
            try writeAll(bytes, n)
            return
        }
        (buffer + count).update(from: bytes, count: n)
        count += n
    }

    /// One record; a field holding the delimiter, a quote or a line break is quoted. A record
    /// of one empty field is written `""` so that it is not read back as a blank line.
    func writeRecord(fieldCount: Int, field: (Int) -> UnsafeRawBufferPointer) throws {
        for i in 0..<fieldCount {
            try writeField(field(i), first: i == 0, only: fieldCount == 1)
        }
        try writeByte(0x0A)
    }

    func writeRecord(_ fields: [String]) throws {
        for (i, text) in fields.enumerated() {
            var text = text
            try text.withUTF8 { try writeField(UnsafeRawBufferPointer($0), first: i == 0, only: fields.count == 1) }
        }
        try writeByte(0x0A)
    }

    private func writeField(_ bytes: UnsafeRawBufferPointer, first: Bool, only: Bool) throws {
        if !first { try writeByte(delimiter) }
        var needsQuotes = only && bytes.isEmpty
        for byte in bytes where byte == delimiter || byte == UInt8(ascii: "\"") || byte == 0x0A || byte == 0x0D {
            needsQuotes = true
            break
        }
        if !needsQuotes {
            if let base = bytes.baseAddress, !bytes.isEmpty {
                try writeBytes(base.assumingMemoryBound(to: UInt8.self), count: bytes.count)
            }
            return
        }
        try writeByte(UInt8(ascii: "\""))
        for byte in bytes {
            if byte == UInt8(ascii: "\"") { try writeByte(byte) }
            try writeByte(byte)
        }
        try writeByte(UInt8(ascii: "\""))
    }

    @inline(__always)
    private func writeByte(_ byte: UInt8) throws {
        if count == capacity { try flush() }
        buffer[count] = byte
        count += 1
    }

    private func flush() throws {
        try writeAll(buffer, count)
        count = 0
    }

    private func writeAll(_ bytes: UnsafePointer<UInt8>, _ n: Int) throws {
        var done = 0
        while done < n {
            let written = write(descriptor, bytes + done, n - done)
            if written < 0 {
                if errno == EINTR { continue }
                throw IngestError.system("cannot write the normalized copy of the file")
            }
            done += written
        }
    }

    /// Flushes and moves the copy into place.
    func commit() throws {
        try flush()
        guard rename(temporaryPath, path) == 0 else { throw IngestError.system("cannot move the normalized copy into place") }
        committed = true
    }
}
