/// Distinct counting of 64-bit hashes (string values, row fingerprints) without sorting them.
///
/// A radix sort of a million random keys needs six full passes; counting distinct keys needs
/// far less: one pass partitions the keys by their top bits into buckets of a few hundred
/// (small enough to stay in L1 cache), then each bucket goes through a small open-addressing
/// table indexed by the key's low bits. Hand-written for that reason; the keys must be
/// well-mixed hashes, so that the buckets come out even and the low bits index well.
enum HashDistinct {
    struct Result {
        var distinctCount: Int
        /// Keys that occur more than once (when asked for).
        var repeated: Set<UInt64>
    }

    /// Average keys per bucket aimed at.
    private static let bucketTarget = 256

    static func count(_ keys: UnsafeBufferPointer<UInt64>, collectRepeated: Bool) -> Result {
        let n = keys.count
        var result = Result(distinctCount: 0, repeated: [])
        guard n > 0 else { return result }
        var bucketBits = 0
        while (n >> bucketBits) > bucketTarget, bucketBits < 20 { bucketBits += 1 }
        let bucketCount = 1 << bucketBits
        let shift = UInt64(64 - bucketBits)
        @inline(__always) func bucket(_ key: UInt64) -> Int { bucketBits == 0 ? 0 : Int(key >> shift) }

        // Partition by the top bits.
        var starts = [Int](repeating: 0, count: bucketCount + 1)
        for key in keys { starts[bucket(key) + 1] += 1 }
        var largest = 0
        for b in 0..<bucketCount {
            largest = max(largest, starts[b + 1])
            starts[b + 1] += starts[b]
        }
        var partitioned = [UInt64](unsafeUninitializedCapacity: n) { _, initialized in initialized = n }
        partitioned.withUnsafeMutableBufferPointer { out in
            var next = Array(starts.dropLast())
            for key in keys {
                let b = bucket(key)
                out[next[b]] = key
                next[b] += 1
            }
        }

        // One small table, reused by every bucket; `stamps` marks which slots the current
        // bucket has filled, so nothing is cleared between buckets.
        var capacity = 16
        while capacity < 2 * largest { capacity <<= 1 }
        var slots = [UInt64](repeating: 0, count: capacity)
        var stamps = [UInt32](repeating: 0, count: capacity)
        partitioned.withUnsafeBufferPointer { keys in
            slots.withUnsafeMutableBufferPointer { slots in
                stamps.withUnsafeMutableBufferPointer { stamps in
                    for b in 0..<bucketCount {
                        let from = starts[b]
                        let to = starts[b + 1]
                        guard to > from else { continue }
                        var size = 16
                        while size < 2 * (to - from) { size <<= 1 }
                        let mask = size - 1
                        let stamp = UInt32(b + 1)
                        for i in from..<to {
                            let key = keys[i]
                            var slot = Int(truncatingIfNeeded: key) & mask
                            while true {
                                if stamps[slot] != stamp {
                                    stamps[slot] = stamp
                                    slots[slot] = key
                                    result.distinctCount += 1
                                    break
                                }
                                if slots[slot] == key {
                                    if collectRepeated { result.repeated.insert(key) }
                                    break
                                }
                                slot = (slot + 1) & mask
                            }
                        }
                    }
                }
            }
        }
        return result
    }
}
