import PlexeFoundation
import Testing

@testable import PlexeExport

@Suite struct TextFormattingTests {
    @Test func jsonDoublesMatchPlexeFoundation() {
        let values: [Double] = [
            0, -0.0, 12, -12, 1250.5, 0.1, 1e14, 1e15, 1e16, 123456789012345.6, 1e-7, .leastNonzeroMagnitude,
            .greatestFiniteMagnitude, .infinity, -.infinity, .nan,
        ]
        for value in values {
            var ours: [UInt8] = []
            var theirs: [UInt8] = []
            TextFormatting.appendJSONDouble(value, to: &ours)
            JSON.writeDouble(value, into: &theirs)
            #expect(ours == theirs, "\(value)")
        }
    }

    @Test func integers() {
        for value: Int64 in [0, 7, 10, -1, -10, 1_234_567_890, .max, .min] {
            var out: [UInt8] = []
            TextFormatting.appendInteger(value, to: &out)
            #expect(String(decoding: out, as: UTF8.self) == String(value))
        }
    }
}
