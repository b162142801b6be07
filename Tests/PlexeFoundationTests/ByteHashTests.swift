import Testing

@testable import PlexeFoundation

@Suite struct ByteHashTests {
    func hash(_ text: String) -> UInt64 {
        Array(text.utf8).withUnsafeBytes { ByteHash.bytes($0) }
    }

    @Test func equalBytesHashEqualAndEveryLengthReadsEveryByte() {
        #expect(hash("customer") == hash("customer"))
        // Each length path (empty, 1–3, 4–7, whole words, words plus a tail) sees each byte.
        for length in 0...20 {
            let base = String(repeating: "a", count: length)
            var seen: Set<UInt64> = [hash(base)]
            for position in 0..<length {
                var bytes = Array(base.utf8)
                bytes[position] = UInt8(ascii: "b")
                seen.insert(bytes.withUnsafeBytes { ByteHash.bytes($0) })
            }
            #expect(seen.count == length + 1, "length \(length)")
        }
        #expect(hash("") != hash("\0"), "the length is part of the hash")
    }

    @Test func distinctKeysRarelyCollide() {
        let hashes = Set((0..<100_000).map { hash("C\($0)") })
        #expect(hashes.count == 100_000)
        let words = Set((0..<100_000).map { ByteHash.word(UInt64($0)) })
        #expect(words.count == 100_000)
        #expect(ByteHash.word(1, salt: 7) != ByteHash.word(1, salt: 8))
    }
}
