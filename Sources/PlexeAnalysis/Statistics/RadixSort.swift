/// LSD radix sort of 64-bit keys, and of doubles through an order-preserving key.
///
/// Hand-written because the analysis sorts every numeric column of a table for its quantiles
/// and histogram, and `Array.sort` (introsort, ~100 ms per million doubles on this machine,
/// against ~50 ms here) would take a large share of the time budget. Six 11-bit counting passes run in linear time, and
/// a pass is skipped when all keys share that digit, so small-range integers (ages, counts,
/// day numbers) sort in one or two passes.
enum RadixSort {
    /// Below this, comparison sorting is cheaper than eight histograms.
    private static let smallInput = 512
    /// 11-bit digits: six passes cover 64 bits, and a 2,048-entry count table stays in cache.
    private static let digitBits: UInt64 = 11
    private static let radix = 1 << 11
    private static let digitMask: UInt64 = (1 << 11) - 1
    private static let passes = 6

    /// Sorts `keys` ascending; `scratch` must hold at least `keys.count` elements.
    static func sort(_ keys: UnsafeMutableBufferPointer<UInt64>, scratch: UnsafeMutableBufferPointer<UInt64>) {
        let n = keys.count
        guard n > 1 else { return }
        if n < smallInput {
            var keys = keys
            keys.sort()
            return
        }
        precondition(scratch.count >= n, "radix sort scratch too small")
        var histogram = [Int](repeating: 0, count: passes * radix)
        histogram.withUnsafeMutableBufferPointer { counts in
            for key in keys {
                var k = key
                for pass in 0..<passes {
                    counts[pass &* radix &+ Int(k & digitMask)] &+= 1
                    k >>= digitBits
                }
            }
            var source = keys
            var target = UnsafeMutableBufferPointer(rebasing: scratch[0..<n])
            var offsets = [Int](repeating: 0, count: radix)
            offsets.withUnsafeMutableBufferPointer { offsets in
                for pass in 0..<passes {
                    let shift = UInt64(pass) * digitBits
                    let base = pass * radix
                    if counts[base + Int((source[0] >> shift) & digitMask)] == n { continue }
                    var running = 0
                    for digit in 0..<radix {
                        offsets[digit] = running
                        running += counts[base + digit]
                    }
                    for key in source {
                        let digit = Int((key >> shift) & digitMask)
                        target[offsets[digit]] = key
                        offsets[digit] &+= 1
                    }
                    swap(&source, &target)
                }
            }
            if source.baseAddress != keys.baseAddress {
                _ = keys.update(fromContentsOf: source)
            }
        }
    }

    /// Sorts doubles ascending (no NaN allowed); `scratch` as for `sort(_:scratch:)`.
    static func sort(_ values: UnsafeMutableBufferPointer<Double>, scratch: UnsafeMutableBufferPointer<UInt64>) {
        guard values.count > 1 else { return }
        values.withMemoryRebound(to: UInt64.self) { keys in
            for i in keys.indices { keys[i] = orderKey(keys[i]) }
            sort(keys, scratch: scratch)
            for i in keys.indices { keys[i] = bitPattern(ofKey: keys[i]) }
        }
    }

    /// The IEEE 754 bits made to sort as unsigned integers: negative numbers have every bit
    /// flipped (larger magnitude, smaller key), positive ones only the sign bit.
    @inline(__always)
    static func orderKey(_ bits: UInt64) -> UInt64 {
        bits & (1 << 63) != 0 ? ~bits : bits | (1 << 63)
    }

    @inline(__always)
    static func bitPattern(ofKey key: UInt64) -> UInt64 {
        key & (1 << 63) != 0 ? key & ~(1 << 63) : ~key
    }
}
