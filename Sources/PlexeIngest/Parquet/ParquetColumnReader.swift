/// Reads one column chunk of a row group page by page, turning its values into text
/// (`ParquetValueRenderer`) a batch at a time.
///
/// Memory is one page (compressed and decompressed) plus the chunk's dictionary, whatever the
/// chunk's length: pages are read with `pread` when the previous one is used up.
///
/// Supported (what pyarrow, DuckDB, Spark and our own export write by default): dictionary
/// pages, data pages v1 and v2, PLAIN and dictionary (PLAIN_DICTIONARY / RLE_DICTIONARY)
/// values, RLE booleans, RLE definition levels for nullable columns. DELTA_* and
/// BYTE_STREAM_SPLIT pages are refused with the encoding's name.
final class ParquetColumnReader {
    private let file: ParquetFile
    private let chunk: ParquetFileMetadata.ColumnChunk
    let renderer: ParquetValueRenderer
    private let decompressor: ParquetPageDecompressor
    private let isNullable: Bool
    private var name: String { renderer.column.name }

    /// The next page header's offset and the chunk's end.
    private var offset: Int64
    private let end: Int64
    private var valuesLeftInChunk: Int64

    private let headerBuffer = GrowableBuffer(capacity: 1 << 14)
    private let compressed: GrowableBuffer
    private let page: GrowableBuffer
    private var dictionary: ValueTextBatch?

    private enum Values {
        case none
        case plain(position: Int)
        case plainBooleans(bitIndex: Int)
        case rle(HybridRLEDecoder)
        case dictionary(HybridRLEDecoder)
    }

    private var valuesLeftInPage = 0
    private var levels: HybridRLEDecoder?
    private var values: Values = .none
    /// The current page's value bytes (in `page`).
    private var valueBytes = UnsafeRawBufferPointer(start: nil, count: 0)

    /// Scratch: definition levels, dictionary indices or booleans, and non-null values.
    private static let step = 1024
    private let levelScratch = UnsafeMutablePointer<UInt32>.allocate(capacity: ParquetColumnReader.step)
    private let indexScratch = UnsafeMutablePointer<UInt32>.allocate(capacity: ParquetColumnReader.step)
    private let present = ValueTextBatch(values: ParquetColumnReader.step)

    /// The largest page accepted (pyarrow writes 1 MiB pages; a page holds at least one value,
    /// so a huge single string makes a large page, but not a gigabyte one).
    static let maxPageBytes = 512 << 20

    init(
        file: ParquetFile, chunk: ParquetFileMetadata.ColumnChunk, renderer: ParquetValueRenderer,
        decompressor: ParquetPageDecompressor, budget: ParquetPageBudget
    ) throws {
        compressed = try GrowableBuffer(capacity: 1 << 12, budget: budget)
        page = try GrowableBuffer(capacity: 1 << 12, budget: budget)
        if let codec = ParquetPageDecompressor.unsupportedName(chunk.codec) {
            throw ParquetFileMetadata.unsupported(
                "column '\(renderer.column.name)' is compressed with \(codec), which cannot be read; write the file with SNAPPY, GZIP, ZSTD, LZ4 or no compression"
            )
        }
        self.file = file
        self.chunk = chunk
        self.renderer = renderer
        self.decompressor = decompressor
        isNullable = renderer.column.repetition == .optional
        offset = chunk.startOffset
        end = chunk.startOffset + chunk.compressedSize
        valuesLeftInChunk = chunk.valueCount
        guard end <= file.size else { throw ParquetFileMetadata.damaged("column '\(renderer.column.name)' runs past the end of the file") }
    }

    deinit {
        levelScratch.deallocate()
        indexScratch.deallocate()
    }

    /// Appends the next `count` values (NULL for a null) to `out`.
    func read(_ count: Int, into out: ValueTextBatch) throws {
        var remaining = count
        while remaining > 0 {
            if valuesLeftInPage == 0 { try nextDataPage() }
            let n = min(remaining, valuesLeftInPage, ParquetColumnReader.step)
            var nonNull = n
            if var decoder = levels {
                do { try decoder.next(n, into: levelScratch) } catch { throw damagedPage() }
                levels = decoder
                nonNull = 0
                for i in 0..<n where levelScratch[i] != 0 { nonNull += 1 }
            }
            if nonNull == n {
                try decodeValues(n, into: out)
            } else {
                present.removeAll()
                try decodeValues(nonNull, into: present)
                var next = 0
                for i in 0..<n {
                    if levelScratch[i] != 0 {
                        out.append(from: present, next)
                        next += 1
                    } else {
                        out.appendNull()
                    }
                }
            }
            valuesLeftInPage -= n
            remaining -= n
        }
    }

    private func damagedPage() -> IngestError {
        ParquetFileMetadata.damaged("a page of column '\(name)' is malformed")
    }

    /// Decodes `count` non-null values of the current page.
    private func decodeValues(_ count: Int, into out: ValueTextBatch) throws {
        guard count > 0 else { return }
        switch values {
        case .plain(var position):
            try renderer.renderPlain(count, valueBytes, &position, into: out)
            values = .plain(position: position)
        case .plainBooleans(let bitIndex):
            guard (valueBytes.count * 8 - bitIndex) >= count else { throw damagedPage() }
            for k in 0..<count {
                let bit = bitIndex + k
                indexScratch[k] = UInt32((valueBytes[bit >> 3] >> UInt8(bit & 7)) & 1)
            }
            renderer.renderBooleans(indexScratch, count, into: out)
            values = .plainBooleans(bitIndex: bitIndex + count)
        case .rle(var decoder):
            do { try decoder.next(count, into: indexScratch) } catch { throw damagedPage() }
            values = .rle(decoder)
            renderer.renderBooleans(indexScratch, count, into: out)
        case .dictionary(var decoder):
            guard let dictionary else { throw ParquetFileMetadata.damaged("column '\(name)' has dictionary-encoded pages but no dictionary") }
            do { try decoder.next(count, into: indexScratch) } catch { throw damagedPage() }
            values = .dictionary(decoder)
            let size = UInt32(dictionary.count)
            for k in 0..<count {
                let index = indexScratch[k]
                guard index < size else { throw damagedPage() }
                out.append(from: dictionary, Int(index))
            }
        case .none:
            throw damagedPage()
        }
    }

    // MARK: Pages

    private struct PageHeader {
        var type: Int32 = -1
        var uncompressedSize: Int32 = 0
        var compressedSize: Int32 = 0
        var valueCount: Int32 = 0
        var encoding: Int32 = 0
        var definitionLevelEncoding: Int32 = 3
        var definitionLevelsLength: Int32 = 0
        var repetitionLevelsLength: Int32 = 0
        var isCompressed = true
    }

    /// Reads pages until a data page, loading a dictionary page on the way.
    private func nextDataPage() throws {
        while true {
            guard valuesLeftInChunk > 0, offset < end else {
                throw ParquetFileMetadata.damaged("column '\(name)' has fewer values than its row group has rows")
            }
            let (header, headerLength) = try readPageHeader()
            offset += Int64(headerLength)
            guard header.compressedSize >= 0, header.uncompressedSize >= 0, Int64(header.compressedSize) <= end - offset else {
                throw ParquetFileMetadata.damaged("a page of column '\(name)' runs past its column chunk")
            }
            guard Int(header.uncompressedSize) <= ParquetColumnReader.maxPageBytes else {
                throw ParquetFileMetadata.unsupported(
                    "column '\(name)' has a page of \(header.uncompressedSize) bytes, more than the \(ParquetColumnReader.maxPageBytes >> 20) MiB this reader accepts"
                )
            }
            let bodyOffset = offset
            offset += Int64(header.compressedSize)
            switch header.type {
            case 2:  // DICTIONARY_PAGE
                try loadDictionary(header, at: bodyOffset)
            case 0, 3:  // DATA_PAGE, DATA_PAGE_V2
                try loadDataPage(header, at: bodyOffset, isV2: header.type == 3)
                if valuesLeftInPage > 0 { return }
            default:  // INDEX_PAGE and anything newer: not needed to read the values
                continue
            }
        }
    }

    /// Parses the Thrift page header at `offset`, reading more of the chunk if it is long (page
    /// statistics of long strings).
    private func readPageHeader() throws -> (PageHeader, Int) {
        var want = min(Int64(1 << 14), end - offset)
        while true {
            try headerBuffer.reserve(Int(want))
            try file.read(at: offset, count: Int(want), into: headerBuffer.pointer)
            var reader = ThriftCompactReader(UnsafeRawBufferPointer(start: headerBuffer.pointer, count: Int(want)))
            do {
                let header = try parsePageHeader(&reader)
                return (header, reader.position)
            } catch is ThriftCompactReader.OutOfBytes {
                guard want < end - offset, want < Int64(64 << 20) else {
                    throw ParquetFileMetadata.damaged("a page header of column '\(name)' is cut short")
                }
                want = min(want * 4, end - offset)
            } catch let error as ThriftCompactReader.Malformed {
                throw ParquetFileMetadata.damaged("a page header of column '\(name)' is malformed: \(error.reason)")
            }
        }
    }

    private func parsePageHeader(_ r: inout ThriftCompactReader) throws -> PageHeader {
        var header = PageHeader()
        try r.beginStruct()
        while let field = try r.nextField() {
            switch (field.id, field.type) {
            case (1, .i32): header.type = try r.readI32()
            case (2, .i32): header.uncompressedSize = try r.readI32()
            case (3, .i32): header.compressedSize = try r.readI32()
            case (5, .structure), (7, .structure), (8, .structure):
                let kind = field.id
                try r.beginStruct()
                while let f = try r.nextField() {
                    switch (kind, f.id, f.type) {
                    case (_, 1, .i32): header.valueCount = try r.readI32()
                    case (5, 2, .i32), (7, 2, .i32), (8, 4, .i32): header.encoding = try r.readI32()
                    case (5, 3, .i32): header.definitionLevelEncoding = try r.readI32()
                    case (8, 5, .i32): header.definitionLevelsLength = try r.readI32()
                    case (8, 6, .i32): header.repetitionLevelsLength = try r.readI32()
                    case (8, 7, .boolTrue), (8, 7, .boolFalse): header.isCompressed = try r.readBool(f.type)
                    default: try r.skip(f.type)
                    }
                }
            default:
                try r.skip(field.type)
            }
        }
        return header
    }

    /// Reads a page body and undoes its codec into `page`; `uncompressedPrefix` bytes at its
    /// start are stored as they are (a v2 page's levels).
    private func loadBody(_ header: PageHeader, at bodyOffset: Int64, uncompressedPrefix: Int, compressedRest: Bool) throws {
        let total = Int(header.compressedSize)
        let output = Int(header.uncompressedSize)
        guard uncompressedPrefix >= 0, uncompressedPrefix <= total, uncompressedPrefix <= output else { throw damagedPage() }
        try page.reserve(output)
        if !compressedRest || chunk.codec == ParquetFileMetadata.Codec.uncompressed.rawValue {
            guard total == output else { throw damagedPage() }
            try file.read(at: bodyOffset, count: total, into: page.pointer)
            return
        }
        try compressed.reserve(total)
        try file.read(at: bodyOffset, count: total, into: compressed.pointer)
        if uncompressedPrefix > 0 { page.pointer.copyMemory(from: compressed.pointer, byteCount: uncompressedPrefix) }
        try decompressor.decompress(
            UnsafeRawBufferPointer(start: compressed.pointer + uncompressedPrefix, count: total - uncompressedPrefix),
            codec: chunk.codec,
            into: UnsafeMutableRawBufferPointer(start: page.pointer + uncompressedPrefix, count: output - uncompressedPrefix))
    }

    private func loadDictionary(_ header: PageHeader, at bodyOffset: Int64) throws {
        guard header.encoding == 0 || header.encoding == 2 else {  // PLAIN, PLAIN_DICTIONARY
            throw ParquetFileMetadata.unsupported(
                "column '\(name)' has a dictionary in encoding \(ParquetColumnReader.encodingName(header.encoding)), which cannot be read")
        }
        guard header.valueCount >= 0 else { throw damagedPage() }
        try loadBody(header, at: bodyOffset, uncompressedPrefix: 0, compressedRest: true)
        let bytes = UnsafeRawBufferPointer(start: page.pointer, count: Int(header.uncompressedSize))
        let entries = ValueTextBatch(values: max(1, Int(header.valueCount)), bytes: max(64, bytes.count * 2))
        if renderer.column.physicalType == .boolean {
            guard bytes.count * 8 >= Int(header.valueCount) else { throw damagedPage() }
            for k in 0..<Int(header.valueCount) {
                indexScratch[0] = UInt32((bytes[k >> 3] >> UInt8(k & 7)) & 1)
                renderer.renderBooleans(indexScratch, 1, into: entries)
            }
        } else {
            var position = 0
            try renderer.renderPlain(Int(header.valueCount), bytes, &position, into: entries)
        }
        dictionary = entries
    }

    private func loadDataPage(_ header: PageHeader, at bodyOffset: Int64, isV2: Bool) throws {
        let valueCount = Int(header.valueCount)
        guard valueCount >= 0, Int64(valueCount) <= valuesLeftInChunk else {
            throw ParquetFileMetadata.damaged("column '\(name)' has more values than its metadata says")
        }
        var valuesStart = 0
        if isV2 {
            let repetitionLength = Int(header.repetitionLevelsLength)
            let definitionLength = Int(header.definitionLevelsLength)
            guard repetitionLength >= 0, definitionLength >= 0 else { throw damagedPage() }
            try loadBody(header, at: bodyOffset, uncompressedPrefix: repetitionLength + definitionLength, compressedRest: header.isCompressed)
            let levelBytes = UnsafeRawBufferPointer(start: page.pointer + repetitionLength, count: definitionLength)
            // A writer may leave the levels out of a v2 page without nulls.
            levels = isNullable && definitionLength > 0 ? try HybridRLEDecoder(levelBytes, bitWidth: 1) : nil
            valuesStart = repetitionLength + definitionLength
        } else {
            try loadBody(header, at: bodyOffset, uncompressedPrefix: 0, compressedRest: true)
            let body = UnsafeRawBufferPointer(start: page.pointer, count: Int(header.uncompressedSize))
            if isNullable {
                guard header.definitionLevelEncoding == 3 else {  // RLE
                    throw ParquetFileMetadata.unsupported(
                        "column '\(name)' has definition levels in encoding \(ParquetColumnReader.encodingName(header.definitionLevelEncoding)), which cannot be read"
                    )
                }
                guard body.count >= 4 else { throw damagedPage() }
                let length = Int(body.loadUnaligned(as: UInt32.self).littleEndian)
                guard length <= body.count - 4 else { throw damagedPage() }
                levels = try HybridRLEDecoder(UnsafeRawBufferPointer(rebasing: body[4..<(4 + length)]), bitWidth: 1)
                valuesStart = 4 + length
            } else {
                levels = nil
            }
        }
        guard valuesStart <= Int(header.uncompressedSize) else { throw damagedPage() }
        valueBytes = UnsafeRawBufferPointer(start: page.pointer + valuesStart, count: Int(header.uncompressedSize) - valuesStart)
        let isBoolean = renderer.column.physicalType == .boolean
        switch header.encoding {
        case 0:  // PLAIN
            values = isBoolean ? .plainBooleans(bitIndex: 0) : .plain(position: 0)
        case 2, 8:  // PLAIN_DICTIONARY, RLE_DICTIONARY: a bit width byte, then indices
            guard valueBytes.count >= 1 else {
                // A page of nulls only may carry no index bytes at all.
                values = .dictionary(try HybridRLEDecoder(UnsafeRawBufferPointer(start: nil, count: 0), bitWidth: 0))
                break
            }
            let bitWidth = Int(valueBytes[0])
            guard bitWidth <= 32 else { throw damagedPage() }
            values = .dictionary(try HybridRLEDecoder(UnsafeRawBufferPointer(rebasing: valueBytes[1...]), bitWidth: bitWidth))
        case 3 where isBoolean:  // RLE booleans: a 4-byte length, then the runs
            guard valueBytes.count >= 4 else { throw damagedPage() }
            let length = Int(valueBytes.loadUnaligned(as: UInt32.self).littleEndian)
            guard length <= valueBytes.count - 4 else { throw damagedPage() }
            values = .rle(try HybridRLEDecoder(UnsafeRawBufferPointer(rebasing: valueBytes[4..<(4 + length)]), bitWidth: 1))
        default:
            throw ParquetFileMetadata.unsupported(
                "column '\(name)' is written in encoding \(ParquetColumnReader.encodingName(header.encoding)), which cannot be read; write the file with PLAIN or dictionary encoding (pyarrow's default)"
            )
        }
        valuesLeftInPage = valueCount
        valuesLeftInChunk -= Int64(valueCount)
    }

    static func encodingName(_ code: Int32) -> String {
        switch code {
        case 0: return "PLAIN"
        case 2: return "PLAIN_DICTIONARY"
        case 3: return "RLE"
        case 4: return "BIT_PACKED"
        case 5: return "DELTA_BINARY_PACKED"
        case 6: return "DELTA_LENGTH_BYTE_ARRAY"
        case 7: return "DELTA_BYTE_ARRAY"
        case 8: return "RLE_DICTIONARY"
        case 9: return "BYTE_STREAM_SPLIT"
        default: return "\(code)"
        }
    }
}
