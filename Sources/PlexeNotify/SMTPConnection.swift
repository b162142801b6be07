import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A TCP connection to the relay that reads lines and writes bytes with a timeout, and can
/// switch to TLS in the middle (STARTTLS).
///
/// Written on POSIX sockets because Foundation on Linux has no client stream that can be
/// upgraded to TLS halfway through a conversation. The socket is non-blocking and every
/// wait goes through `poll`, so no call can hang past `timeout`. TLS runs over memory BIOs
/// (`TLSChannel`): OpenSSL only transforms bytes and this class does all socket I/O, which
/// keeps one timeout mechanism and lets every send use MSG_NOSIGNAL (a relay that hangs up
/// must not raise SIGPIPE in the server).
final class SMTPConnection {
    /// What went wrong on the connection, in words for a log line.
    struct Failure: Error {
        let message: String
        let isTimeout: Bool
        init(_ message: String, isTimeout: Bool = false) {
            self.message = message
            self.isTimeout = isTimeout
        }
    }

    private let fd: Int32
    private let timeout: TimeInterval
    /// `host:port`, for messages.
    let peer: String
    private var tls: TLSChannel?
    /// Received (and decrypted) bytes not yet returned as lines, from `readOffset` on.
    private var received: [UInt8] = []
    private var readOffset = 0
    private var closed = false

    var isEncrypted: Bool { tls != nil }

    private init(fd: Int32, timeout: TimeInterval, peer: String) {
        self.fd = fd
        self.timeout = timeout
        self.peer = peer
    }

    deinit { close() }

    /// Resolves `host` (IPv4 and IPv6, via getaddrinfo) and connects to the first address
    /// that answers, each attempt bounded by `timeout`.
    static func open(host: String, port: UInt16, timeout: TimeInterval) throws(Failure) -> SMTPConnection {
        let peer = host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var list: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, String(port), &hints, &list)
        guard status == 0, let first = list else {
            throw Failure("cannot resolve \(host): \(String(cString: gai_strerror(status)))")
        }
        defer { freeaddrinfo(list) }

        var lastProblem = "no address for \(host)"
        var lastWasTimeout = false
        var cursor: UnsafeMutablePointer<addrinfo>? = first
        while let info = cursor {
            cursor = info.pointee.ai_next
            let fd = socket(info.pointee.ai_family, info.pointee.ai_socktype | Int32(SOCK_CLOEXEC.rawValue), info.pointee.ai_protocol)
            if fd < 0 {
                lastProblem = "socket: \(errnoText())"
                continue
            }
            let flags = fcntl(fd, F_GETFL)
            _ = fcntl(fd, F_SETFL, flags | O_NONBLOCK)
            var one: Int32 = 1
            _ = setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
            let connection = SMTPConnection(fd: fd, timeout: timeout, peer: peer)
            do {
                try connection.finishConnect(info.pointee.ai_addr, info.pointee.ai_addrlen)
                return connection
            } catch {
                lastProblem = error.message
                lastWasTimeout = error.isTimeout
                connection.close()
            }
        }
        throw Failure("cannot connect to \(peer): \(lastProblem)", isTimeout: lastWasTimeout)
    }

    private func finishConnect(_ address: UnsafeMutablePointer<sockaddr>?, _ length: socklen_t) throws(Failure) {
        if connect(fd, address, length) == 0 { return }
        guard errno == EINPROGRESS || errno == EINTR else { throw Failure(errnoText()) }
        try wait(for: Int16(POLLOUT), until: deadline(), doing: "connecting")
        var error: Int32 = 0
        var size = socklen_t(MemoryLayout<Int32>.size)
        guard getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &size) == 0 else { throw Failure(errnoText()) }
        if error != 0 { throw Failure(String(cString: strerror(error))) }
    }

    // MARK: Lines

    /// The next line from the relay, without its CRLF (a bare LF is accepted too).
    func readLine() throws(Failure) -> String {
        let limit = deadline()
        while true {
            if let newline = received[readOffset...].firstIndex(of: 0x0A) {
                var end = newline
                if end > readOffset, received[end - 1] == 0x0D { end -= 1 }
                let line = String(decoding: received[readOffset..<end], as: UTF8.self)
                readOffset = newline + 1
                if readOffset > 16_384 {
                    received.removeFirst(readOffset)
                    readOffset = 0
                }
                return line
            }
            // RFC 5321 §4.5.3.1.5: a reply line is at most 512 octets; allow generous slack.
            if received.count - readOffset > 65_536 { throw Failure("the relay sent a line longer than 64 KiB") }
            let chunk = tls == nil ? try receive(until: limit) : try receiveDecrypted(until: limit)
            if chunk.isEmpty { throw Failure("the relay closed the connection") }
            received += chunk
        }
    }

    /// Sends all of `bytes` (encrypted when TLS is on).
    func write(_ bytes: [UInt8]) throws(Failure) {
        let limit = deadline()
        if let tls {
            var offset = 0
            while offset < bytes.count {
                let n = min(bytes.count - offset, 16_384)
                switch tls.encrypt(bytes[offset..<(offset + n)]) {
                case .done: offset += n
                case .needsInput:
                    let incoming = try receive(until: limit)
                    if incoming.isEmpty { throw Failure("the relay closed the connection") }
                    tls.supply(incoming)
                case .closed: throw Failure("the relay closed the TLS session")
                case .failed(let message): throw Failure(message)
                }
                try flushTLS(until: limit)
            }
        } else {
            try send(bytes[...], until: limit)
        }
    }

    func write(_ text: String) throws(Failure) { try write(Array(text.utf8)) }

    // MARK: TLS

    /// Runs the TLS handshake over the open connection; afterwards every read and write is
    /// encrypted. Bytes the relay sent before the handshake (none, in a correct dialogue)
    /// are discarded, as RFC 3207 §4.2 asks.
    func startTLS(serverName: String, verifyCertificates: Bool, caFile: String?) throws(Failure) {
        received.removeAll()
        readOffset = 0
        let channel = try TLSChannel(serverName: serverName, verifyCertificates: verifyCertificates, caFile: caFile)
        let limit = deadline()
        while true {
            let step = channel.handshake()
            try flushTLS(channel, until: limit)
            switch step {
            case .done:
                tls = channel
                return
            case .needsInput:
                let incoming = try receive(until: limit)
                if incoming.isEmpty { throw Failure("the relay closed the connection during the TLS handshake") }
                channel.supply(incoming)
            case .closed: throw Failure("the relay closed the connection during the TLS handshake")
            case .failed(let message): throw Failure("TLS handshake failed: \(message)")
            }
        }
    }

    private func receiveDecrypted(until limit: UInt64) throws(Failure) -> [UInt8] {
        guard let tls else { return try receive(until: limit) }
        while true {
            let (result, plain) = tls.decrypt()
            try flushTLS(until: limit)
            switch result {
            case .done: return plain
            case .needsInput:
                let incoming = try receive(until: limit)
                if incoming.isEmpty { return [] }
                tls.supply(incoming)
            case .closed: return []
            case .failed(let message): throw Failure(message)
            }
        }
    }

    private func flushTLS(until limit: UInt64) throws(Failure) {
        if let tls { try flushTLS(tls, until: limit) }
    }

    private func flushTLS(_ channel: TLSChannel, until limit: UInt64) throws(Failure) {
        while let pending = channel.takeOutgoing() { try send(pending[...], until: limit) }
    }

    // MARK: Socket

    /// Bytes from the socket; empty at end of stream.
    private func receive(until limit: UInt64) throws(Failure) -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: 16_384)
        while true {
            let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n > 0 { return Array(buffer[0..<n]) }
            if n == 0 { return [] }
            if errno == EINTR { continue }
            guard errno == EAGAIN || errno == EWOULDBLOCK else { throw Failure("reading from \(peer): \(errnoText())") }
            try wait(for: Int16(POLLIN), until: limit, doing: "waiting for the relay's answer")
        }
    }

    private func send(_ bytes: ArraySlice<UInt8>, until limit: UInt64) throws(Failure) {
        var offset = bytes.startIndex
        while offset < bytes.endIndex {
            let n = bytes[offset...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if n >= 0 {
                offset += n
                continue
            }
            if errno == EINTR { continue }
            guard errno == EAGAIN || errno == EWOULDBLOCK else { throw Failure("writing to \(peer): \(errnoText())") }
            try wait(for: Int16(POLLOUT), until: limit, doing: "sending to the relay")
        }
    }

    private func wait(for events: Int16, until limit: UInt64, doing activity: String) throws(Failure) {
        while true {
            let now = DispatchTime.now().uptimeNanoseconds
            guard now < limit else { throw timeoutFailure(activity) }
            let milliseconds = Int32(min((limit - now + 999_999) / 1_000_000, UInt64(Int32.max)))
            var descriptor = pollfd(fd: fd, events: events, revents: 0)
            let ready = poll(&descriptor, 1, milliseconds)
            if ready > 0 { return }
            if ready == 0 { throw timeoutFailure(activity) }
            if errno != EINTR { throw Failure("poll: \(errnoText())") }
        }
    }

    private func timeoutFailure(_ activity: String) -> Failure {
        let seconds = timeout == timeout.rounded() ? String(Int(timeout)) : String(timeout)
        return Failure("timed out after \(seconds) s \(activity)", isTimeout: true)
    }

    private func deadline() -> UInt64 {
        DispatchTime.now().uptimeNanoseconds + UInt64(max(timeout, 0.001) * 1_000_000_000)
    }

    /// Says goodbye to TLS (best effort) and closes the socket. Safe to call twice.
    func close() {
        guard !closed else { return }
        closed = true
        if let tls {
            tls.shutdown()
            if let farewell = tls.takeOutgoing() {
                _ = farewell.withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL | MSG_DONTWAIT)) }
            }
        }
        tls = nil
        Glibc.close(fd)
    }
}

func errnoText() -> String { String(cString: strerror(errno)) }
