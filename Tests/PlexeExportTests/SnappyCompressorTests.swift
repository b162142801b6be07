import Foundation
import PlexeTestSupport
import Testing

@testable import PlexeExport

@Suite struct SnappyCompressorTests {
    static func inputs() -> [(String, [UInt8])] {
        var random = SeededRandom(seed: 7)
        let text = Array(
            String(repeating: "customer_id,name,email,age,signup_date\nC0000001,Robert Robinson,robert@example.com,42,2022-08-14\n", count: 900).utf8)
        let noise = (0..<200_000).map { _ in UInt8.random(in: 0...255, using: &random) }
        let fewSymbols = (0..<150_000).map { _ in UInt8.random(in: 65...68, using: &random) }
        return [
            ("empty", []),
            ("tiny", [1, 2, 3]),
            ("below the input margin", Array("fourteen bytes".utf8)),
            ("one long run", [UInt8](repeating: 0x41, count: 100_000)),
            ("repeated text across 64 KiB blocks", text),
            ("incompressible", noise),
            ("few symbols", fewSymbols),
            ("long literal then matches", noise.prefix(70_000) + text),
        ]
    }

    @Test(arguments: SnappyCompressorTests.inputs().map(\.0))
    func roundTrips(_ name: String) throws {
        let input = try #require(SnappyCompressorTests.inputs().first { $0.0 == name }?.1)
        let compressor = SnappyCompressor()
        let compressed = input.withUnsafeBytes { Array(compressor.compress($0)) }
        #expect(compressed.count <= SnappyCompressor.maxCompressedLength(input.count))
        #expect(try SnappyDecoder.decompress(compressed) == input)
    }

    @Test func compressesRedundantData() {
        let input = [UInt8](repeating: 0x41, count: 100_000)
        let compressed = input.withUnsafeBytes { Array(SnappyCompressor().compress($0)) }
        #expect(compressed.count < 5_000)
    }

    @Test func reusesItsBuffersAcrossCalls() throws {
        let compressor = SnappyCompressor()
        let large = [UInt8](repeating: 7, count: 300_000)
        let small = Array("hello hello hello hello".utf8)
        _ = large.withUnsafeBytes { compressor.compress($0) }
        let compressed = small.withUnsafeBytes { Array(compressor.compress($0)) }
        #expect(try SnappyDecoder.decompress(compressed) == small)
    }
}

/// A strict decoder of the Snappy block format (google/snappy format_description.txt), to
/// check the compressor against the format rather than against itself.
enum SnappyDecoder {
    struct Malformed: Error { let reason: String }

    static func decompress(_ input: [UInt8]) throws -> [UInt8] {
        var position = 0
        func byte() throws -> UInt8 {
            guard position < input.count else { throw Malformed(reason: "truncated at \(position)") }
            defer { position += 1 }
            return input[position]
        }
        var length = 0
        var shift = 0
        while true {
            let b = try byte()
            length |= Int(b & 0x7F) << shift
            if b < 0x80 { break }
            shift += 7
        }
        var output: [UInt8] = []
        output.reserveCapacity(length)
        while position < input.count {
            let tag = try byte()
            switch tag & 3 {
            case 0:
                var literalLength = Int(tag >> 2)
                if literalLength >= 60 {
                    let extra = literalLength - 59
                    literalLength = 0
                    for index in 0..<extra { literalLength |= Int(try byte()) << (8 * index) }
                }
                literalLength += 1
                guard position + literalLength <= input.count else { throw Malformed(reason: "literal overruns input") }
                output.append(contentsOf: input[position..<(position + literalLength)])
                position += literalLength
            case 1:
                let copyLength = Int((tag >> 2) & 7) + 4
                let offset = Int(tag >> 5) << 8 | Int(try byte())
                try copy(offset: offset, length: copyLength, into: &output)
            case 2:
                let copyLength = Int(tag >> 2) + 1
                let offset = Int(try byte()) | Int(try byte()) << 8
                try copy(offset: offset, length: copyLength, into: &output)
            default:
                let copyLength = Int(tag >> 2) + 1
                var offset = 0
                for index in 0..<4 { offset |= Int(try byte()) << (8 * index) }
                try copy(offset: offset, length: copyLength, into: &output)
            }
        }
        guard output.count == length else { throw Malformed(reason: "decoded \(output.count) bytes, header says \(length)") }
        return output
    }

    private static func copy(offset: Int, length: Int, into output: inout [UInt8]) throws {
        guard offset > 0, offset <= output.count else { throw Malformed(reason: "bad copy offset \(offset)") }
        let start = output.count - offset
        for index in 0..<length { output.append(output[start + index]) }
    }
}
