// The harnesses run where libFuzzer does with Swift: Linux.
import Glibc

/// A private folder for the files one fuzzing process writes, made once and reused by every
/// input (an input's files are overwritten by the next), so that thousands of executions a
/// second leave nothing behind but one folder.
///
/// In `/dev/shm` where it exists: the harnesses write and read a file per input, and memory is
/// faster than disk and spares the shared machine's disk. `FUZZ_SCRATCH` overrides it.
public enum Scratch {
    public static let directory: String = {
        var base = "/tmp"
        if let override = getenv("FUZZ_SCRATCH") {
            base = String(cString: override)
        } else if access("/dev/shm", W_OK) == 0 {
            base = "/dev/shm"
        }
        var template = Array("\(base)/plexe-fuzz.XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { fail("cannot create a scratch folder under \(base)") }
        atexit { removeTree(Scratch.directory) }
        return String(cString: made)
    }()

    /// Removes `path` and everything under it (the scratch folder holds files and folders of
    /// files, nothing deeper), so that a finished run leaves nothing in `/dev/shm`.
    static func removeTree(_ path: String) {
        for name in listing(path) {
            let child = path + "/" + name
            if unlink(child) != 0 { removeTree(child) }
        }
        rmdir(path)
    }

    /// `directory/name`.
    public static func path(_ name: String) -> String { directory + "/" + name }

    /// Writes `prefixByte` repeated `prefixCount` times, then `bytes`, to `path` (replacing it).
    public static func write(_ bytes: UnsafeRawBufferPointer, to path: String, prefixByte: UInt8 = 0, prefixCount: Int = 0) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { fail("cannot write \(path)") }
        defer { close(fd) }
        if prefixCount > 0 {
            let prefix = [UInt8](repeating: prefixByte, count: prefixCount)
            prefix.withUnsafeBytes { writeAll(fd, $0, path) }
        }
        writeAll(fd, bytes, path)
    }

    private static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, _ path: String) {
        var offset = 0
        while offset < bytes.count {
            let n = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { fail("cannot write \(path)") }
            offset += n
        }
    }

    /// Removes `path` and SQLite's side files of it, if present.
    public static func removeDatabase(_ path: String) {
        for suffix in ["", "-journal", "-wal", "-shm"] { unlink(path + suffix) }
    }

    /// The names in `path` (without `.` and `..`), sorted.
    public static func listing(_ path: String) -> [String] {
        guard let dir = opendir(path) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }
}

/// Reports a broken invariant and stops the process the way libFuzzer records as a crash (it
/// saves the input that did it).
public func fail(_ message: String, file: StaticString = #fileID, line: UInt = #line) -> Never {
    let text = Array("FUZZ INVARIANT BROKEN (\(file):\(line)): \(message)\n".utf8)
    _ = text.withUnsafeBytes { Glibc.write(2, $0.baseAddress, $0.count) }
    abort()
}
