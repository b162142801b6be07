import Foundation
import PlexeTestSupport
import Testing

@testable import PlexeExport

@Suite struct HybridRLEEncoderTests {
    @Test(arguments: [1, 2, 3, 7, 8, 13, 17, 24, 32])
    func roundTripsMixedRunsAndLiterals(bitWidth: Int) {
        var random = SeededRandom(seed: UInt64(bitWidth))
        let maxValue = bitWidth == 32 ? UInt32.max : UInt32(1) << UInt32(bitWidth) - 1
        var values: [UInt32] = []
        while values.count < 5_000 {
            let value = UInt32.random(in: 0...maxValue, using: &random)
            // Alternate short literal stretches with runs of various lengths (7 is one short
            // of an RLE run; long runs cross group boundaries).
            let repeats = [1, 1, 2, 7, 8, 9, 40, 600][Int.random(in: 0..<8, using: &random)]
            values.append(contentsOf: repeatElement(value, count: repeats))
        }
        values.append(contentsOf: [1, 0, 1])  // an unaligned tail
        var encoded: [UInt8] = []
        values.withUnsafeBufferPointer { HybridRLEEncoder.encode($0, bitWidth: bitWidth, into: &encoded) }
        #expect(HybridRLEDecoder.decode(encoded, bitWidth: bitWidth, count: values.count) == values)
        #expect(encoded.count < values.count * bitWidth / 8)  // the runs did compress
    }

    @Test func definitionLevelsAreLengthPrefixed() {
        let levels: [UInt8] = [1, 1, 0, 1] + [UInt8](repeating: 1, count: 20)
        var encoded: [UInt8] = []
        levels.withUnsafeBufferPointer { HybridRLEEncoder.encodeLengthPrefixed($0, bitWidth: 1, into: &encoded) }
        let length = Int(encoded[0]) | Int(encoded[1]) << 8 | Int(encoded[2]) << 16 | Int(encoded[3]) << 24
        #expect(length == encoded.count - 4)
        #expect(HybridRLEDecoder.decode(Array(encoded.dropFirst(4)), bitWidth: 1, count: levels.count).map(UInt8.init) == levels)

        var run: [UInt8] = []
        HybridRLEEncoder.encodeLengthPrefixedRun(of: 1, count: 300, into: &run)
        #expect(run == [3, 0, 0, 0, 0xD8, 0x04, 1])  // length 3; varint(300 << 1); value 1
    }

    @Test func bitWidths() {
        #expect(HybridRLEEncoder.bitWidth(forMaxValue: 0) == 1)
        #expect(HybridRLEEncoder.bitWidth(forMaxValue: 1) == 1)
        #expect(HybridRLEEncoder.bitWidth(forMaxValue: 2) == 2)
        #expect(HybridRLEEncoder.bitWidth(forMaxValue: 255) == 8)
        #expect(HybridRLEEncoder.bitWidth(forMaxValue: 256) == 9)
    }
}

/// Decodes the RLE / bit-packing hybrid per Encodings.md, independently of the encoder.
enum HybridRLEDecoder {
    static func decode(_ bytes: [UInt8], bitWidth: Int, count: Int) -> [UInt32] {
        var values: [UInt32] = []
        var position = 0
        func varint() -> Int {
            var result = 0
            var shift = 0
            while true {
                let b = bytes[position]
                position += 1
                result |= Int(b & 0x7F) << shift
                if b < 0x80 { return result }
                shift += 7
            }
        }
        while values.count < count && position < bytes.count {
            let header = varint()
            if header & 1 == 0 {
                var value: UInt32 = 0
                for index in 0..<((bitWidth + 7) / 8) { value |= UInt32(bytes[position + index]) << (8 * index) }
                position += (bitWidth + 7) / 8
                values.append(contentsOf: repeatElement(value, count: header >> 1))
            } else {
                let valueCount = (header >> 1) * 8
                var bit = 0
                for _ in 0..<valueCount {
                    var value: UInt32 = 0
                    for index in 0..<bitWidth {
                        let absolute = bit + index
                        if bytes[position + absolute / 8] >> (absolute % 8) & 1 == 1 { value |= 1 << UInt32(index) }
                    }
                    bit += bitWidth
                    values.append(value)
                }
                position += valueCount * bitWidth / 8
            }
        }
        return Array(values.prefix(count))
    }
}
