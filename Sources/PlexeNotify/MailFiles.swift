import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// File operations of the outbox and the retry queue, on POSIX calls so that "atomic" and
/// "durable" mean exactly what they say: a reader never sees a half-written `.eml`.
enum MailFiles {
    /// Creates `directory` and its parents (mode 0700: messages hold users' addresses).
    static func ensureDirectory(_ directory: String) throws(OutboxError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue { return }
        do {
            try FileManager.default.createDirectory(
                atPath: directory, withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o700])
        } catch {
            throw OutboxError(path: directory, reason: "cannot create the directory: \(error.localizedDescription)")
        }
    }

    /// Writes `bytes` to a temporary file beside `path`, flushes it to disk and renames it
    /// into place, so `path` appears complete or not at all.
    static func writeAtomically(_ bytes: [UInt8], to path: String) throws(OutboxError) {
        let directory = (path as NSString).deletingLastPathComponent
        let temporary = directory + "/.tmp-" + UUID().uuidString
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw OutboxError(path: path, reason: "cannot create \(temporary): \(errnoText())") }
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else {
                let reason = errnoText()
                close(fd)
                unlink(temporary)
                throw OutboxError(path: path, reason: "cannot write: \(reason)")
            }
            offset += n
        }
        let synced = fsync(fd) == 0
        let syncReason = synced ? "" : errnoText()
        close(fd)
        guard synced else {
            unlink(temporary)
            throw OutboxError(path: path, reason: "cannot flush to disk: \(syncReason)")
        }
        guard rename(temporary, path) == 0 else {
            let reason = errnoText()
            unlink(temporary)
            throw OutboxError(path: path, reason: "cannot rename into place: \(reason)")
        }
    }

    static func read(_ path: String) throws(OutboxError) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw OutboxError(path: path, reason: "cannot read the file")
        }
        return [UInt8](data)
    }

    static func move(_ source: String, to destination: String) throws(OutboxError) {
        guard rename(source, destination) == 0 else {
            throw OutboxError(path: source, reason: "cannot move to \(destination): \(errnoText())")
        }
    }

    static func remove(_ path: String) {
        unlink(path)
    }

    /// `20240501T120000Z-<message id>`: sorts by time, unique by Message-ID, and safe in a
    /// file name (anything but letters, digits, `.`, `-` and `_` becomes `_`).
    static func baseName(for message: EmailMessage) -> String {
        let stamp = Int64(message.date.timeIntervalSince1970.rounded(.down))
        let id = message.messageID.unicodeScalars.compactMap { scalar -> Character? in
            if scalar == "<" || scalar == ">" { return nil }
            let safe = scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || "._-".unicodeScalars.contains(scalar))
            return safe ? Character(scalar) : "_"
        }
        return compactTimestamp(stamp) + "-" + String(id.prefix(120))
    }

    static func compactTimestamp(_ seconds: Int64) -> String {
        var t = time_t(seconds)
        var parts = tm()
        gmtime_r(&t, &parts)
        return String(
            format: "%04d%02d%02dT%02d%02d%02dZ", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1,
            Int(parts.tm_mday), Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec))
    }
}
