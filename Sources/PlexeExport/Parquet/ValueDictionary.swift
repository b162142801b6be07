import Foundation
import PlexeFoundation

/// The distinct values of one column chunk, for RLE_DICTIONARY encoding: each value gets the
/// index of its first occurrence, and `plainEncoded` is the dictionary page's body.
///
/// Hand-rolled open addressing (linear probing over a power-of-two table, at most half full)
/// instead of `Dictionary<[UInt8], Int>`: a key is looked up straight from SQLite's buffer
/// without building an array, hashing is a few multiplies instead of SipHash, a slot holds
/// the key (or the hash, for byte arrays) next to the index so that a probe touches one cache
/// line, and the dictionary page is the entries' storage, so nothing is copied when the chunk
/// is written.
struct ValueDictionary {
    /// Entry count: the next index to hand out.
    private(set) var count = 0
    /// The entries, PLAIN-encoded back to back (fixed-width values little-endian; byte arrays
    /// as 4-byte length + bytes): exactly the dictionary page body.
    private(set) var plainEncoded: [UInt8] = []

    private let fixedWidth: Int?
    /// Two words per slot: the key (fixed-width values) or the hash (byte arrays), then the
    /// entry index + 1 (0 = empty slot).
    private var slots: [UInt64]
    private var slotMask: Int
    /// Byte arrays only: where each entry's bytes start in `plainEncoded` (after its length).
    private var entryOffsets: [Int32] = []

    private static let initialSlotCount = 1024

    /// A dictionary of values of `fixedWidth` bytes (4 or 8), or of byte arrays if nil.
    init(fixedWidth: Int?) {
        self.fixedWidth = fixedWidth
        slots = [UInt64](repeating: 0, count: 2 * ValueDictionary.initialSlotCount)
        slotMask = ValueDictionary.initialSlotCount - 1
    }

    mutating func removeAll() {
        count = 0
        plainEncoded.removeAll(keepingCapacity: true)
        entryOffsets.removeAll(keepingCapacity: true)
        // A table grown for a high-cardinality chunk goes back to its start size.
        slots = [UInt64](repeating: 0, count: 2 * ValueDictionary.initialSlotCount)
        slotMask = ValueDictionary.initialSlotCount - 1
    }

    /// The index of `value` (a fixed-width value's bits, little-endian in its low bytes), and
    /// whether it was just added.
    @inline(__always)
    mutating func index(ofFixed value: UInt64) -> (index: UInt32, inserted: Bool) {
        var slot = Int(truncatingIfNeeded: ByteHash.mix(value)) & slotMask
        while true {
            let stored = slots[2 &* slot &+ 1]
            if stored == 0 { break }
            if slots[2 &* slot] == value { return (UInt32(truncatingIfNeeded: stored &- 1), false) }
            slot = (slot &+ 1) & slotMask
        }
        withUnsafeBytes(of: value.littleEndian) { plainEncoded.append(contentsOf: $0.prefix(fixedWidth!)) }
        return (insert(word: value, slot: slot), true)
    }

    /// The index of a byte array value, and whether it was just added.
    @inline(__always)
    mutating func index(ofBytes value: UnsafeRawBufferPointer) -> (index: UInt32, inserted: Bool) {
        let hash = ByteHash.bytes(value)
        var slot = Int(truncatingIfNeeded: hash) & slotMask
        while true {
            let stored = slots[2 &* slot &+ 1]
            if stored == 0 { break }
            if slots[2 &* slot] == hash && entryEquals(Int(stored &- 1), value) {
                return (UInt32(truncatingIfNeeded: stored &- 1), false)
            }
            slot = (slot &+ 1) & slotMask
        }
        withUnsafeBytes(of: UInt32(value.count).littleEndian) { plainEncoded.append(contentsOf: $0) }
        entryOffsets.append(Int32(plainEncoded.count))
        plainEncoded.append(contentsOf: value)
        return (insert(word: hash, slot: slot), true)
    }

    private mutating func insert(word: UInt64, slot: Int) -> UInt32 {
        count += 1
        slots[2 * slot] = word
        slots[2 * slot + 1] = UInt64(count)
        if count * 2 > slotMask + 1 { grow() }
        return UInt32(count - 1)
    }

    /// Doubles the table. Slots keep their word, so nothing is rehashed from the entries
    /// (fixed-width keys are re-mixed; byte-array slots already hold their hash).
    private mutating func grow() {
        let old = slots
        let capacity = (slotMask + 1) * 2
        slots = [UInt64](repeating: 0, count: 2 * capacity)
        slotMask = capacity - 1
        for oldSlot in 0..<(old.count / 2) where old[2 * oldSlot + 1] != 0 {
            let word = old[2 * oldSlot]
            let hash = fixedWidth == nil ? word : ByteHash.mix(word)
            var slot = Int(truncatingIfNeeded: hash) & slotMask
            while slots[2 * slot + 1] != 0 { slot = (slot + 1) & slotMask }
            slots[2 * slot] = word
            slots[2 * slot + 1] = old[2 * oldSlot + 1]
        }
    }

    @inline(__always)
    private func entryEquals(_ entry: Int, _ value: UnsafeRawBufferPointer) -> Bool {
        let offset = Int(entryOffsets[entry])
        return plainEncoded.withUnsafeBytes { buffer in
            let length = Int(UInt32(littleEndian: buffer.loadUnaligned(fromByteOffset: offset - 4, as: UInt32.self)))
            guard length == value.count else { return false }
            guard let base = value.baseAddress else { return true }
            return memcmp(buffer.baseAddress! + offset, base, length) == 0
        }
    }
}
