import CZlib

/// A PNG file taken apart the way a strict reader would: every chunk's CRC checked, the IDAT
/// stream inflated with zlib's `uncompress` and the scanline filters undone, so tests can
/// look at individual pixels.
struct PNGProbe {
    struct Chunk {
        let type: String
        let data: [UInt8]
        let crcMatches: Bool
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    let chunks: [Chunk]
    let width: Int
    let height: Int
    let bitDepth: UInt8
    let colorType: UInt8
    /// RGB triples, top row first.
    let pixels: [UInt8]

    init(_ file: [UInt8]) throws {
        guard file.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) else { throw Failure(description: "bad signature") }
        var chunks: [Chunk] = []
        var offset = 8
        while offset + 12 <= file.count {
            let length = Int(Self.bigEndian(file, at: offset))
            guard offset + 12 + length <= file.count else { throw Failure(description: "truncated chunk") }
            let typeAndData = Array(file[(offset + 4)..<(offset + 8 + length)])
            let storedCRC = Self.bigEndian(file, at: offset + 8 + length)
            let computed = typeAndData.withUnsafeBufferPointer { UInt32(crc32(0, $0.baseAddress, uInt($0.count))) }
            chunks.append(
                Chunk(
                    type: String(decoding: typeAndData.prefix(4), as: UTF8.self), data: Array(typeAndData.dropFirst(4)),
                    crcMatches: storedCRC == computed))
            offset += 12 + length
        }
        guard offset == file.count else { throw Failure(description: "trailing bytes") }
        guard let header = chunks.first, header.type == "IHDR", header.data.count == 13 else { throw Failure(description: "IHDR not first") }
        self.chunks = chunks
        width = Int(Self.bigEndian(header.data, at: 0))
        height = Int(Self.bigEndian(header.data, at: 4))
        bitDepth = header.data[8]
        colorType = header.data[9]
        guard bitDepth == 8, colorType == 2 else { throw Failure(description: "only 8-bit RGB is decoded here") }

        let compressed = chunks.filter { $0.type == "IDAT" }.flatMap(\.data)
        let rowLength = width * 3
        var raw = [UInt8](repeating: 0, count: height * (rowLength + 1))
        var rawLength = uLongf(raw.count)
        let status = raw.withUnsafeMutableBufferPointer { target in
            compressed.withUnsafeBufferPointer { uncompress(target.baseAddress, &rawLength, $0.baseAddress, uLong($0.count)) }
        }
        guard status == Z_OK, Int(rawLength) == raw.count else {
            throw Failure(description: "IDAT does not inflate to the image size (zlib \(status))")
        }
        pixels = try Self.unfilter(raw, width: width, height: height)
    }

    func pixel(x: Int, y: Int) -> (UInt8, UInt8, UInt8) {
        let offset = (y * width + x) * 3
        return (pixels[offset], pixels[offset + 1], pixels[offset + 2])
    }

    func isPixel(x: Int, y: Int, hex: UInt32) -> Bool {
        let (red, green, blue) = pixel(x: x, y: y)
        return UInt32(red) << 16 | UInt32(green) << 8 | UInt32(blue) == hex
    }

    private static func unfilter(_ raw: [UInt8], width: Int, height: Int) throws -> [UInt8] {
        let rowLength = width * 3
        var output = [UInt8](repeating: 0, count: height * rowLength)
        for row in 0..<height {
            let filter = raw[row * (rowLength + 1)]
            for column in 0..<rowLength {
                let value = raw[row * (rowLength + 1) + 1 + column]
                let left = column >= 3 ? Int(output[row * rowLength + column - 3]) : 0
                let up = row > 0 ? Int(output[(row - 1) * rowLength + column]) : 0
                let upLeft = row > 0 && column >= 3 ? Int(output[(row - 1) * rowLength + column - 3]) : 0
                let predictor: Int
                switch filter {
                case 0: predictor = 0
                case 1: predictor = left
                case 2: predictor = up
                case 3: predictor = (left + up) / 2
                case 4:
                    let estimate = left + up - upLeft
                    let (toLeft, toUp, toUpLeft) = (abs(estimate - left), abs(estimate - up), abs(estimate - upLeft))
                    predictor = toLeft <= toUp && toLeft <= toUpLeft ? left : toUp <= toUpLeft ? up : upLeft
                default: throw Failure(description: "unknown filter \(filter)")
                }
                output[row * rowLength + column] = value &+ UInt8(predictor & 0xFF)
            }
        }
        return output
    }

    private static func bigEndian(_ bytes: [UInt8], at offset: Int) -> UInt32 {
        UInt32(bytes[offset]) << 24 | UInt32(bytes[offset + 1]) << 16 | UInt32(bytes[offset + 2]) << 8 | UInt32(bytes[offset + 3])
    }
}
