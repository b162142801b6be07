import Dispatch
import Foundation
package import Logging
import PlexeFoundation

/// A swift-log handler that writes lines to a file descriptor (stderr: spawn-fcgi keeps it as
/// the application log) through a buffer flushed every 200 ms, at once for warnings and
/// above, and on shutdown.
///
/// Why not swift-log's `StreamLogHandler`: it formats a full timestamp and flushes the stream
/// for every line. With one access-log line per request that cost about 30 % of the
/// responder's throughput on /healthz (6,990 vs 10,150 req/s measured with and without the
/// line). Buffering keeps every line and costs the last 200 ms of info lines if the process
/// is killed outright; warnings and errors are never held back.
package struct BufferedLogHandler: LogHandler {
    package var logLevel: Logger.Level = .info
    package var metadata: Logger.Metadata = [:]
    /// `PLEXE_LOG_FORMAT` (Operations/JSONLogLine.swift).
    package var format: LogFormat = .logfmt
    let sink: LogSink

    package init(sink: LogSink) { self.sink = sink }

    package subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    package func log(event: LogEvent) {
        if format == .json {
            let merged = metadata.isEmpty ? event.metadata ?? [:] : event.metadata.map { metadata.merging($0) { $1 } } ?? metadata
            sink.write(
                JSONLogLine.make(timestamp: sink.timestamp(), level: event.level, message: event.message.description, metadata: merged),
                urgent: event.level >= .warning)
            return
        }
        var line = "ts="
        line.reserveCapacity(256)
        line += sink.timestamp()
        line += " level="
        line += event.level.rawValue
        line += " msg="
        Logfmt.appendValue(event.message.description, to: &line)
        // Loggers without metadata of their own (the application's) skip the merge.
        let merged = metadata.isEmpty ? event.metadata ?? [:] : event.metadata.map { metadata.merging($0) { $1 } } ?? metadata
        for key in merged.keys.sorted() {
            line += " "
            Logfmt.appendKey(key, to: &line)
            line += "="
            Logfmt.appendValue(merged[key]!.description, to: &line)
        }
        line += "\n"
        sink.write(line, urgent: event.level >= .warning)
    }
}

/// Lines in logfmt (`key=value key2="two words"`), so that what a user sends (a path, an
/// e-mail address, a column name) can never start a line of its own or pass for another
/// field: a value is written bare only when it is plain, else quoted with `\`, `"` and
/// every control character escaped.
enum Logfmt {
    /// Bytes a bare value may hold: letters, digits and `-._:/@+,%*`.
    private static let plain: [Bool] = (0..<256).map { byte in
        switch UInt8(byte) {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): return true
        case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: ":"), UInt8(ascii: "/"), UInt8(ascii: "@"),
            UInt8(ascii: "+"), UInt8(ascii: ","), UInt8(ascii: "%"), UInt8(ascii: "*"):
            return true
        default: return false
        }
    }

    static func appendValue(_ value: String, to line: inout String) {
        if !value.isEmpty && value.utf8.allSatisfy({ plain[Int($0)] }) {
            line += value
            return
        }
        // A quoted logfmt value escapes exactly as a JSON string does.
        JSONLogLine.appendString(value, to: &line)
    }

    /// Keys are the code's own; any byte outside `[A-Za-z0-9_.-]` becomes `_` all the same.
    static func appendKey(_ key: String, to line: inout String) {
        for scalar in key.unicodeScalars {
            let v = scalar.value
            let ok = (0x30...0x39).contains(v) || (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) || v == 0x5F || v == 0x2E || v == 0x2D
            line.unicodeScalars.append(ok ? scalar : "_")
        }
    }
}

/// The buffer behind `BufferedLogHandler`: one per process, shared by every logger.
package final class LogSink: @unchecked Sendable {
    private let lock = NSLock()
    private var buffer: [UInt8] = []
    private let fd: Int32
    private var cachedSecond: Int = -1
    private var cachedStamp = ""
    private var timer: (any DispatchSourceTimer)?

    package init(fd: Int32 = STDERR_FILENO) {
        self.fd = fd
        buffer.reserveCapacity(1 << 16)
        let timer = DispatchSource.makeTimerSource(queue: DispatchQueue(label: "plexe.log-flush", qos: .utility))
        timer.schedule(deadline: .now() + .milliseconds(200), repeating: .milliseconds(200))
        timer.setEventHandler { @Sendable [weak self] in self?.flush() }
        timer.resume()
        self.timer = timer
    }

    /// RFC 3339 time of day, formatted once per second.
    func timestamp() -> String {
        let now = Int(Date().timeIntervalSince1970)
        lock.lock()
        defer { lock.unlock() }
        if now != cachedSecond {
            cachedStamp = Timestamp.rfc3339(Int64(now))
            cachedSecond = now
        }
        return cachedStamp
    }

    func write(_ line: String, urgent: Bool) {
        lock.lock()
        buffer.append(contentsOf: line.utf8)
        let due = urgent || buffer.count >= 1 << 16
        lock.unlock()
        if due { flush() }
    }

    /// Writes out what is buffered.
    package func flush() {
        lock.lock()
        let pending = buffer
        buffer.removeAll(keepingCapacity: true)
        lock.unlock()
        var offset = 0
        while offset < pending.count {
            let n = pending.withUnsafeBytes { Foundation.write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n <= 0 {
                if errno == EINTR { continue }
                return
            }
            offset += n
        }
    }
}
