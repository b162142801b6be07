import Foundation

extension JSON {
    /// Compact UTF-8 serialisation.
    public func serialized() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(256)
        write(into: &out)
        return out
    }

    public var serializedString: String { String(decoding: serialized(), as: UTF8.self) }

    public func write(into out: inout [UInt8]) {
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .int(let i): out.append(contentsOf: String(i).utf8)
        case .double(let d): JSON.writeDouble(d, into: &out)
        case .string(let s): JSON.writeString(s, into: &out)
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                item.write(into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let fields):
            out.append(UInt8(ascii: "{"))
            for (i, (key, value)) in fields.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                JSON.writeString(key, into: &out)
                out.append(UInt8(ascii: ":"))
                value.write(into: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    /// A finite double in the shortest form that reads back the same; NaN and ±infinity,
    /// which JSON cannot carry, become `null`.
    public static func writeDouble(_ d: Double, into out: inout [UInt8]) {
        guard d.isFinite else {
            out.append(contentsOf: "null".utf8)
            return
        }
        if d == d.rounded(), abs(d) < 1e15 {
            // Keep a float looking like a float: 12.0, not 12.
            out.append(contentsOf: String(Int64(d)).utf8)
            out.append(contentsOf: ".0".utf8)
        } else {
            out.append(contentsOf: "\(d)".utf8)
        }
    }

    /// A JSON string literal, escaping quotes, backslashes and control characters.
    public static func writeString(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { writeEscaped($0, into: &out) }
        out.append(UInt8(ascii: "\""))
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// Escapes UTF-8 bytes (already valid UTF-8) into the body of a JSON string.
    public static func writeEscaped(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        var runStart = 0
        for (i, b) in bytes.enumerated() where b < 0x20 || b == 0x22 || b == 0x5C {
            if runStart < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i])) }
            switch b {
            case 0x22: out.append(contentsOf: [0x5C, 0x22])
            case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            default:
                out.append(contentsOf: [
                    0x5C, UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hexDigits[Int(b >> 4)], hexDigits[Int(b & 0xF)],
                ])
            }
            runStart = i + 1
        }
        if runStart < bytes.count { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...])) }
    }
}

extension JSON {
    public enum ParseError: Error, CustomStringConvertible {
        case malformed(String)
        public var description: String {
            switch self {
            case .malformed(let m): return m
            }
        }
    }

    /// Parses a complete JSON document (any top-level value).
    public static func parse(_ bytes: [UInt8]) throws -> JSON {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
        } catch {
            throw ParseError.malformed("the body is not valid JSON")
        }
        return JSON(foundation: object)
    }

    public static func parse(_ text: String) throws -> JSON { try parse(Array(text.utf8)) }

    /// Converts what `JSONSerialization` produced. Object keys come back unordered from
    /// Foundation; they are sorted so that the result is at least deterministic.
    init(foundation value: Any) {
        switch value {
        case is NSNull: self = .null
        case let s as String: self = .string(s)
        case let n as NSNumber:
            if JSON.isBooleanNumber(n) {
                self = .bool(n.boolValue)
            } else if let i = Int64(exactly: n), !JSON.isFloatingNumber(n) {
                self = .int(i)
            } else {
                self = .double(n.doubleValue)
            }
        case let a as [Any]: self = .array(a.map(JSON.init(foundation:)))
        case let d as [String: Any]:
            self = .object(d.keys.sorted().map { ($0, JSON(foundation: d[$0]!)) })
        default: self = .null
        }
    }

    /// Foundation boxes JSON `true`/`false` as a char-typed NSNumber (`objCType` "c");
    /// JSON numbers never come back as chars, so this tells them apart on Linux too.
    private static func isBooleanNumber(_ n: NSNumber) -> Bool {
        String(cString: n.objCType) == "c"
    }

    private static func isFloatingNumber(_ n: NSNumber) -> Bool {
        let t = String(cString: n.objCType)
        return t == "d" || t == "f"
    }
}
