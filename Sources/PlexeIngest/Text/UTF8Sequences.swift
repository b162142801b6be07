extension UTF8Validation {
    /// The length of the well-formed UTF-8 sequence at `bytes` (1 for ASCII); 0 when the
    /// `count` bytes there are a well-formed beginning cut short (more bytes may complete it);
    /// -1 when the byte there starts no well-formed sequence. The one lead-byte table (Unicode
    /// 15, table 3-7) that `firstInvalidByte` and the decoders share.
    @inline(__always)
    static func sequenceLength(_ bytes: UnsafePointer<UInt8>, count: Int) -> Int {
        guard count > 0 else { return 0 }
        let lead = bytes[0]
        if lead < 0x80 { return 1 }
        let length: Int
        var secondLow: UInt8 = 0x80
        var secondHigh: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0:
            length = 3
            secondLow = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED:
            length = 3
            secondHigh = 0x9F
        case 0xF0:
            length = 4
            secondLow = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4:
            length = 4
            secondHigh = 0x8F
        default: return -1
        }
        for k in 1..<length {
            guard k < count else { return 0 }
            let byte = bytes[k]
            let ok = k == 1 ? (byte >= secondLow && byte <= secondHigh) : (byte & 0xC0 == 0x80)
            guard ok else { return -1 }
        }
        return length
    }
}
