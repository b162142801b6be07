import CLibCrypto

/// The few cryptographic primitives the product needs, from OpenSSL's libcrypto.
///
/// Uses only the one-shot, non-deprecated OpenSSL 3 entry points (`HMAC`, `EVP_Digest`,
/// `RAND_bytes`, `CRYPTO_memcmp`), so the build stays free of deprecation warnings.
public enum Crypto {
    /// SHA-256 of `bytes`.
    public static func sha256<B: Collection>(_ bytes: B) -> [UInt8] where B.Element == UInt8 {
        digest(bytes, EVP_sha256(), size: 32)
    }

    public static func sha256Hex(_ text: String) -> String { hex(sha256(Array(text.utf8))) }

    /// MD5 of `bytes`: not for security — S3 wants it as `Content-MD5` on configuration calls.
    public static func md5<B: Collection>(_ bytes: B) -> [UInt8] where B.Element == UInt8 {
        digest(bytes, EVP_md5(), size: 16)
    }

    /// One-shot `EVP_Digest` of `bytes` with `algorithm`, whose digest is `size` bytes.
    private static func digest<B: Collection>(_ bytes: B, _ algorithm: OpaquePointer?, size: Int) -> [UInt8]
    where B.Element == UInt8 {
        var digest = [UInt8](repeating: 0, count: size)
        var length: UInt32 = 0
        let input = Array(bytes)
        input.withUnsafeBytes { raw in
            _ = EVP_Digest(raw.baseAddress, raw.count, &digest, &length, algorithm, nil)
        }
        return digest
    }

    /// HMAC-SHA256 of `message` under `key`.
    public static func hmacSHA256(key: [UInt8], message: [UInt8]) -> [UInt8] {
        var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        key.withUnsafeBytes { k in
            message.withUnsafeBytes { m in
                _ = HMAC(
                    EVP_sha256(), k.baseAddress, Int32(k.count),
                    m.baseAddress?.assumingMemoryBound(to: UInt8.self), m.count, &digest, &length)
            }
        }
        return Array(digest.prefix(Int(length)))
    }

    /// Compares two byte strings in time that does not depend on where they differ.
    public static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        if a.isEmpty { return true }
        return a.withUnsafeBytes { pa in b.withUnsafeBytes { pb in CRYPTO_memcmp(pa.baseAddress, pb.baseAddress, a.count) == 0 } }
    }

    /// Bytes from OpenSSL's CSPRNG.
    public static func randomBytes(_ count: Int) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        let ok = RAND_bytes(&bytes, Int32(count))
        precondition(ok == 1, "OpenSSL RAND_bytes failed: no secure randomness available")
        return bytes
    }

    /// An id as the contract spells it: `prefix` + 12 lowercase letters and digits.
    ///
    /// Rejection sampling keeps every character equally likely (256 is not a multiple of 36).
    public static func randomID(prefix: String, length: Int = 12) -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789".utf8)
        var out = [UInt8]()
        out.reserveCapacity(length)
        while out.count < length {
            for b in randomBytes(length * 2) where b < 252 && out.count < length {
                out.append(alphabet[Int(b) % 36])
            }
        }
        return prefix + String(decoding: out, as: UTF8.self)
    }

    /// A random token of `byteCount` bytes as lowercase hex.
    public static func randomHex(byteCount: Int) -> String { hex(randomBytes(byteCount)) }

    public static func hex<B: Sequence>(_ bytes: B) -> String where B.Element == UInt8 {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        for b in bytes {
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 0xF)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The value of one hex digit (either case), or nil for any other byte.
    package static func hexDigitValue(_ c: UInt8) -> UInt8? {
        switch c {
        case 48...57: return c - 48
        case 97...102: return c - 87
        case 65...70: return c - 55
        default: return nil
        }
    }

    /// Parses lowercase or uppercase hex; nil if malformed.
    public static func unhex(_ text: String) -> [UInt8]? {
        let chars = Array(text.utf8)
        guard chars.count % 2 == 0 else { return nil }
        let nibble = hexDigitValue
        var out = [UInt8]()
        out.reserveCapacity(chars.count / 2)
        var i = 0
        while i < chars.count {
            guard let hi = nibble(chars[i]), let lo = nibble(chars[i + 1]) else { return nil }
            out.append(hi << 4 | lo)
            i += 2
        }
        return out
    }
}
