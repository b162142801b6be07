import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// A tiny SMTP server for tests: plain TCP on 127.0.0.1, one thread, one connection at a
/// time, answers taken from a script. It records every command line and the raw DATA
/// (still dot-stuffed, as it crossed the wire) before answering, so a test can inspect
/// them as soon as the client returns.
final class ScriptedSMTPServer: Sendable {
    struct Script: Sendable {
        var greeting = "220 fake.test ESMTP ready"
        /// EHLO answer lines (first is the domain); nil answers EHLO with 502 (HELO only).
        var ehlo: [String]? = ["fake.test", "8BITMIME", "AUTH PLAIN LOGIN", "SIZE 10000000"]
        var mailReply = "250 2.1.0 Ok"
        var rcptReply = "250 2.1.5 Ok"
        var dataReply = "250 2.0.0 Ok: queued"
        var authReply = "235 2.7.0 Authentication successful"
        /// Accept connections but never say anything (to test timeouts).
        var silent = false
    }

    struct Session: Sendable {
        var commands: [String] = []
        /// DATA bytes as received, up to (not including) the terminating `.` line.
        var data: [UInt8]?
    }

    let port: UInt16
    private let listener: Int32
    private let script: Script
    private let recorded = Mutex<[Session]>([])
    private let stopping = Atomic<Bool>(false)
    private let exited = DispatchSemaphore(value: 0)

    /// Listens on 127.0.0.1:`port` (0: an ephemeral port) and serves until `stop()`.
    init(_ script: Script = Script(), port: UInt16 = 0) throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw POSIXFailure("socket") }
        var one: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 8) == 0 else {
            close(fd)
            throw POSIXFailure("bind/listen")
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        self.port = UInt16(bigEndian: address.sin_port)
        self.listener = fd
        self.script = script
        let thread = Thread { [self] in self.serve() }
        thread.start()
    }

    var sessions: [Session] { recorded.withLock { $0 } }

    func stop() {
        guard !stopping.exchange(true, ordering: .relaxed) else { return }
        exited.wait()
    }

    private func serve() {
        defer {
            close(listener)
            exited.signal()
        }
        while !stopping.load(ordering: .relaxed) {
            var descriptor = pollfd(fd: listener, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, 50) > 0 else { continue }
            let client = accept(listener, nil, nil)
            guard client >= 0 else { continue }
            var timeout = timeval(tv_sec: 0, tv_usec: 200_000)
            setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            converse(client)
            close(client)
        }
    }

    private func converse(_ client: Int32) {
        let index = recorded.withLock {
            $0.append(Session())
            return $0.count - 1
        }
        var reader = LineReader(fd: client, shouldStop: { [self] in stopping.load(ordering: .relaxed) })
        func say(_ line: String) {
            let bytes = Array((line + "\r\n").utf8)
            _ = bytes.withUnsafeBytes { send(client, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        }
        func record(_ line: String) { recorded.withLock { $0[index].commands.append(line) } }

        if script.silent {
            while !stopping.load(ordering: .relaxed), reader.nextLine() != nil {}
            return
        }
        say(script.greeting)
        while let line = reader.nextLine() {
            record(line)
            let verb = line.uppercased()
            if verb.hasPrefix("EHLO") {
                guard let ehlo = script.ehlo else {
                    say("502 5.5.2 Error: command not recognized")
                    continue
                }
                for (i, text) in ehlo.enumerated() { say("250\(i == ehlo.count - 1 ? " " : "-")\(text)") }
            } else if verb.hasPrefix("HELO") {
                say("250 fake.test")
            } else if verb.hasPrefix("AUTH PLAIN") {
                say(script.authReply)
            } else if verb.hasPrefix("AUTH LOGIN") {
                say("334 VXNlcm5hbWU6")
                guard let user = reader.nextLine() else { return }
                record(user)
                say("334 UGFzc3dvcmQ6")
                guard let password = reader.nextLine() else { return }
                record(password)
                say(script.authReply)
            } else if verb.hasPrefix("MAIL FROM:") {
                say(script.mailReply)
            } else if verb.hasPrefix("RCPT TO:") {
                say(script.rcptReply)
            } else if verb == "DATA" {
                say("354 End data with <CR><LF>.<CR><LF>")
                var data: [UInt8] = []
                while let dataLine = reader.nextLine() {
                    if dataLine == "." { break }
                    data += Array(dataLine.utf8) + [0x0D, 0x0A]
                }
                recorded.withLock { $0[index].data = data }
                say(script.dataReply)
            } else if verb == "QUIT" {
                say("221 2.0.0 Bye")
                return
            } else if verb == "RSET" || verb == "NOOP" {
                say("250 2.0.0 Ok")
            } else {
                say("500 5.5.1 Unknown command")
            }
        }
    }
}

/// Reads CRLF lines from a blocking socket with a short receive timeout, giving up when
/// the peer closes or the server stops.
private struct LineReader {
    let fd: Int32
    let shouldStop: () -> Bool
    var buffer: [UInt8] = []

    init(fd: Int32, shouldStop: @escaping () -> Bool) {
        self.fd = fd
        self.shouldStop = shouldStop
    }

    mutating func nextLine() -> String? {
        while true {
            if let newline = buffer.firstIndex(of: 0x0A) {
                var line = Array(buffer[..<newline])
                if line.last == 0x0D { line.removeLast() }
                buffer.removeFirst(newline + 1)
                return String(decoding: line, as: UTF8.self)
            }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n > 0 {
                buffer += chunk[0..<n]
                continue
            }
            if n == 0 { return nil }
            if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR) && !shouldStop() { continue }
            return nil
        }
    }
}

struct POSIXFailure: Error, CustomStringConvertible {
    let description: String
    init(_ call: String) { description = "\(call): \(String(cString: strerror(errno)))" }
}

/// A loopback port that nothing listens on (bound, read, released).
func unusedLoopbackPort() throws -> UInt16 {
    let server = try ScriptedSMTPServer()
    let port = server.port
    server.stop()
    return port
}
