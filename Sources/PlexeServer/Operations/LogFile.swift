import Foundation

/// `PLEXE_LOG_FILE`: the responder writes its log (stderr) to this file itself and reopens
/// it on SIGHUP, so logrotate can move the file away and signal (`postrotate`), and the next
/// line lands in the new file. Without it the log goes to whatever stderr is (the journal
/// under systemd, the file spawn-fcgi's caller opened).
///
/// The file is put in place of fd 2 with `dup2`, which swaps the descriptor atomically: a
/// log flush racing a reopen writes whole to either the old or the new file, and a crash
/// message from the runtime goes to the file too.
package struct LogFile: Sendable {
    package let path: String

    package init?(environment: [String: String] = ProcessInfo.processInfo.environment) {
        guard let path = environment["PLEXE_LOG_FILE"], !path.isEmpty else { return nil }
        self.path = path
    }

    /// Opens it for appending (created 0600 under the responder's umask; logrotate's `create` sets the mode of later ones) and installs it as stderr.
    package func open() throws {
        let fd = Foundation.open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o640)
        guard fd >= 0 else {
            throw ConfigError(message: "PLEXE_LOG_FILE=\(path) cannot be opened for appending: \(String(cString: strerror(errno)))")
        }
        defer { close(fd) }
        guard dup2(fd, STDERR_FILENO) == STDERR_FILENO else {
            throw ConfigError(message: "cannot redirect the log to \(path): \(String(cString: strerror(errno)))")
        }
    }
}
