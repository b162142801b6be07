/// The little SQL lexing the guards need, on the text SQLite has already compiled.
enum SQLText {
    /// The first keyword of `text`, uppercased, after whitespace and comments (`--` to the
    /// end of the line, `/* … */`) as SQLite skips them; "" when it starts with no word.
    static func leadingKeyword(_ text: UnsafePointer<CChar>) -> String {
        var bytes = UnsafeRawPointer(text).assumingMemoryBound(to: UInt8.self)
        while true {
            switch (bytes[0], bytes[0] == 0 ? 0 : bytes[1]) {
            case (0x20, _), (0x09, _), (0x0A, _), (0x0C, _), (0x0D, _):
                bytes += 1
            case (UInt8(ascii: "-"), UInt8(ascii: "-")):
                while bytes[0] != 0 && bytes[0] != 0x0A { bytes += 1 }
            case (UInt8(ascii: "/"), UInt8(ascii: "*")):
                bytes += 2
                while bytes[0] != 0 && !(bytes[0] == UInt8(ascii: "*") && bytes[1] == UInt8(ascii: "/")) { bytes += 1 }
                if bytes[0] != 0 { bytes += 2 }
            default:
                var word: [UInt8] = []
                while (bytes[0] | 0x20) >= UInt8(ascii: "a") && (bytes[0] | 0x20) <= UInt8(ascii: "z") {
                    word.append(bytes[0] & ~0x20)
                    bytes += 1
                }
                return String(decoding: word, as: UTF8.self)
            }
        }
    }
}
