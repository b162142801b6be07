import Foundation

/// The listening FastCGI socket, from whichever launcher started the responder.
///
/// spawn-fcgi passes it as fd 0. systemd socket activation (`plexe-data.socket`, or
/// `systemd-socket-activate` by hand) passes it as fd 3 with `LISTEN_FDS=1` and
/// `LISTEN_PID` = our pid; it is moved to fd 0, where libfcgi's `FCGX_InitRequest(.., 0, 0)`
/// and the shutdown path (`shutdown(0, SHUT_RDWR)`) expect it, so the rest of the transport
/// is the same for both launchers.
package enum SocketActivation {
    /// The first fd systemd passes (`SD_LISTEN_FDS_START`).
    static let firstPassedFD: Int32 = 3

    /// Describes where the socket came from ("systemd socket activation" or "fd 0"), or
    /// throws when there is no listening socket to serve on.
    package static func adoptListeningSocket(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> String {
        let source: String
        if let count = environment["LISTEN_FDS"], let pid = environment["LISTEN_PID"], Int32(pid) == getpid() {
            guard count == "1" else {
                throw ConfigError(
                    message: "systemd passed LISTEN_FDS=\(count) sockets; plexe-data serves exactly one (one ListenStream= in plexe-data.socket)")
            }
            guard dup2(firstPassedFD, 0) == 0 else {
                throw ConfigError(message: "cannot move the socket systemd passed to fd 0: \(String(cString: strerror(errno)))")
            }
            close(firstPassedFD)
            // Not for the children this process might start (none today), and not read again.
            for name in ["LISTEN_FDS", "LISTEN_PID", "LISTEN_FDNAMES"] { unsetenv(name) }
            source = "systemd socket activation"
        } else {
            source = "fd 0"
        }
        guard isListeningSocket(0) else {
            throw ConfigError(
                message:
                    "fd 0 is not a listening socket: start `plexe-data serve` under spawn-fcgi (-s SOCKET) or with systemd socket activation (plexe-data.socket, or systemd-socket-activate -l SOCKET); README, \"Operations\""
            )
        }
        return source
    }

    static func isListeningSocket(_ fd: Int32) -> Bool {
        var accepting: Int32 = 0
        var length = socklen_t(MemoryLayout<Int32>.size)
        return getsockopt(fd, SOL_SOCKET, SO_ACCEPTCONN, &accepting, &length) == 0 && accepting == 1
    }
}
