/// The single-byte encodings' upper halves as UTF-8, for the decoder's table lookups.
enum Windows1252 {
    /// Code points of bytes 0x80–0x9F in Windows-1252; the five bytes it leaves undefined keep
    /// their Latin-1 reading (C1 control characters), as the WHATWG decoder does.
    private static let highControlRange: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    @inline(__always)
    static func isUndefined(_ byte: UInt8) -> Bool {
        byte == 0x81 || byte == 0x8D || byte == 0x8F || byte == 0x90 || byte == 0x9D
    }

    /// For each byte 0x80…0xFF: its UTF-8 bytes packed little-endian in the low 24 bits, and
    /// their count in the top byte.
    static let windows1252Table: [UInt32] = table(windows1252: true)
    static let latin1Table: [UInt32] = table(windows1252: false)

    private static func table(windows1252: Bool) -> [UInt32] {
        (0x80...0xFF).map { byte -> UInt32 in
            let scalar = windows1252 && byte < 0xA0 ? highControlRange[byte - 0x80] : UInt32(byte)
            return packedUTF8(scalar)
        }
    }

    /// A scalar's UTF-8 bytes packed as in the tables (scalars below U+10000 only).
    static func packedUTF8(_ scalar: UInt32) -> UInt32 {
        if scalar < 0x800 {
            return (2 << 24) | (0xC0 | scalar >> 6) | (0x80 | scalar & 0x3F) << 8
        }
        return (3 << 24) | (0xE0 | scalar >> 12) | (0x80 | (scalar >> 6) & 0x3F) << 8 | (0x80 | scalar & 0x3F) << 16
    }
}
