import Logging

/// `PLEXE_LOG_FORMAT`: `logfmt` (the default, `key=value`) or `json`, one object a line
/// (`{"ts":…,"level":…,"msg":…, metadata…}`) for log shippers that read JSON.
package enum LogFormat: String, Sendable {
    case logfmt
    case json

    package static func fromEnvironment(_ environment: [String: String]) throws -> LogFormat {
        guard let text = environment["PLEXE_LOG_FORMAT"], !text.isEmpty else { return .logfmt }
        guard let format = LogFormat(rawValue: text) else {
            throw ConfigError(message: "PLEXE_LOG_FORMAT=\(text) must be logfmt or json")
        }
        return format
    }
}

/// One log line as a JSON object. Every value is a JSON string (metadata are strings to
/// swift-log), escaped so that what a user sent can neither end the line nor the string.
enum JSONLogLine {
    static func make(timestamp: String, level: Logger.Level, message: String, metadata: Logger.Metadata) -> String {
        var line = "{\"ts\":"
        line.reserveCapacity(256)
        appendString(timestamp, to: &line)
        line += ",\"level\":"
        appendString(level.rawValue, to: &line)
        line += ",\"msg\":"
        appendString(message, to: &line)
        for key in metadata.keys.sorted() where key != "ts" && key != "level" && key != "msg" {
            line += ","
            appendString(key, to: &line)
            line += ":"
            appendString(metadata[key]!.description, to: &line)
        }
        line += "}\n"
        return line
    }

    static func appendString(_ value: String, to line: inout String) {
        line += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": line += "\\\""
            case "\\": line += "\\\\"
            case "\n": line += "\\n"
            case "\r": line += "\\r"
            case "\t": line += "\\t"
            default:
                // Controls (JSON forbids them raw), DEL and C1, and the line and paragraph
                // separators (JavaScript readers end a line there).
                let v = scalar.value
                if v < 0x20 || (0x7F...0x9F).contains(v) || v == 0x2028 || v == 0x2029 {
                    let hex = String(v, radix: 16)
                    line += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    line.unicodeScalars.append(scalar)
                }
            }
        }
        line += "\""
    }
}
