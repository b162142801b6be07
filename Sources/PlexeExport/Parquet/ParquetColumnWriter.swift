import Foundation

/// Encodes one column, one row group (column chunk) at a time: definition levels, values in
/// pages of about `pageBytes`, compression, page headers and chunk statistics.
///
/// Values are dictionary-encoded (a PLAIN dictionary page plus RLE_DICTIONARY data pages,
/// as pyarrow writes by default) while the chunk's dictionary stays under
/// `dictionaryPageBytes`; past that the pages written so far keep their indices, the
/// dictionary is frozen, and the rest of the chunk is PLAIN. A dictionary only pays when
/// values repeat, so a column ingest found unique skips it, a chunk whose first
/// `cardinalityProbe` distinct values came with almost no repeats (ids, e-mails) falls back
/// right there, and a column that had to fall back starts its next chunk in PLAIN directly.
/// Booleans are always PLAIN (bit-packed).
///
/// Every column is OPTIONAL (nullable), so each page starts with its definition levels
/// (1 = value present), RLE/bit-packed with width 1 behind a 4-byte length, as v1 data pages
/// carry them.
///
/// A struct, kept in a local array by the table writer, so that the per-value hot path has
/// no reference counting and no dynamic exclusivity checks (a class's stored properties would
/// get both on every append).
///
/// Memory: the current page (about `pageBytes` of values, plus the positions of its NULLs),
/// the chunk's dictionary (≤ `dictionaryPageBytes` and its hash table) and compressed pages;
/// the buffers are reused, not released, from one chunk to the next.
struct ParquetColumnWriter {
    let schema: ParquetMetadata.ColumnSchema
    private let physicalType: ParquetMetadata.PhysicalType
    private let pageBytes: Int
    private let dictionaryPageBytes: Int
    private let compressor: PageCompressor
    private let codec: Int32

    // The page being filled. Definition levels are kept as the positions of the NULLs, so
    // that the common value needs no per-row level write.
    private var pageRowCount = 0
    private var pageNullPositions: [Int32] = []
    /// PLAIN values; for booleans one byte (0/1) per value, bit-packed when the page is written.
    private var plainValues: [UInt8] = []
    private var dictionaryIndices: [UInt32] = []

    // The chunk being filled.
    private var dictionary: ValueDictionary?
    private var dictionaryActive: Bool
    private var startNextChunkWithDictionary: Bool
    private var pages: [UInt8] = []
    private var chunkUncompressedBytes = 0
    private var chunkCompressedBytes = 0
    private var chunkValueCount = 0
    private var chunkNullCount = 0
    private var wroteDictionaryIndexedPage = false
    private var wrotePlainPage = false
    private var statistics = ValueStatistics()

    // Reused scratch space.
    private var pageBody: [UInt8] = []
    private var levels: [UInt8] = []
    private var header = ThriftCompactWriter()

    /// When the dictionary reaches this many entries, the chunk falls back to PLAIN if fewer
    /// than 5% of its values so far were repeats.
    private static let cardinalityProbe = 8_192

    /// `valuesRepeat` is false for a column known to hold no value twice (`ColumnInfo.unique`);
    /// `dictionaryPageBytes` is this column's share of the dictionary budget (0: no dictionary).
    init(
        schema: ParquetMetadata.ColumnSchema, valuesRepeat: Bool, dictionaryPageBytes: Int,
        options: ExportOptions, compressor: PageCompressor
    ) {
        self.schema = schema
        physicalType = schema.physicalType
        pageBytes = options.pageBytes
        self.dictionaryPageBytes = dictionaryPageBytes
        self.compressor = compressor
        codec = options.parquetCompression.codecID
        switch physicalType {
        case .boolean: dictionary = nil
        case .int32: dictionary = ValueDictionary(fixedWidth: 4)
        case .int64, .double: dictionary = ValueDictionary(fixedWidth: 8)
        case .byteArray: dictionary = ValueDictionary(fixedWidth: nil)
        }
        if dictionaryPageBytes <= 0 || !valuesRepeat { dictionary = nil }
        dictionaryActive = dictionary != nil
        startNextChunkWithDictionary = dictionaryActive
    }

    /// Encoded, uncompressed bytes held for the current chunk (for the row-group size limit).
    var bufferedBytes: Int {
        chunkUncompressedBytes + pageRowCount / 8 + (dictionary?.plainEncoded.count ?? 0)
            + (dictionaryActive ? dictionaryIndices.count * 2 : plainValues.count)
    }

    // MARK: Appending values (one call per row)

    @inline(__always)
    mutating func appendNull() throws {
        pageNullPositions.append(Int32(truncatingIfNeeded: pageRowCount))
        pageRowCount += 1
        chunkNullCount += 1
        try flushPageIfFull()
    }

    @inline(__always)
    mutating func append(int64 value: Int64) throws {
        pageRowCount += 1
        if dictionaryActive {
            let (index, inserted) = dictionary!.index(ofFixed: UInt64(bitPattern: value))
            dictionaryIndices.append(index)
            if inserted {
                statistics.include(value)
                try fallBackIfDictionaryFull()
            }
        } else {
            withUnsafeBytes(of: value.littleEndian) { plainValues.append(contentsOf: $0) }
            statistics.include(value)
        }
        try flushPageIfFull()
    }

    @inline(__always)
    mutating func append(int32 value: Int32) throws {
        pageRowCount += 1
        if dictionaryActive {
            let (index, inserted) = dictionary!.index(ofFixed: UInt64(UInt32(bitPattern: value)))
            dictionaryIndices.append(index)
            if inserted {
                statistics.include(Int64(value))
                try fallBackIfDictionaryFull()
            }
        } else {
            withUnsafeBytes(of: value.littleEndian) { plainValues.append(contentsOf: $0) }
            statistics.include(Int64(value))
        }
        try flushPageIfFull()
    }

    @inline(__always)
    mutating func append(double value: Double) throws {
        pageRowCount += 1
        if dictionaryActive {
            let (index, inserted) = dictionary!.index(ofFixed: value.bitPattern)
            dictionaryIndices.append(index)
            if inserted {
                statistics.include(value)
                try fallBackIfDictionaryFull()
            }
        } else {
            withUnsafeBytes(of: value.bitPattern.littleEndian) { plainValues.append(contentsOf: $0) }
            statistics.include(value)
        }
        try flushPageIfFull()
    }

    @inline(__always)
    mutating func append(bool value: Bool) throws {
        pageRowCount += 1
        plainValues.append(value ? 1 : 0)
        statistics.include(value)
        try flushPageIfFull()
    }

    @inline(__always)
    mutating func append(bytes value: UnsafeRawBufferPointer) throws {
        pageRowCount += 1
        if dictionaryActive {
            let (index, inserted) = dictionary!.index(ofBytes: value)
            dictionaryIndices.append(index)
            if inserted {
                statistics.include(value)
                try fallBackIfDictionaryFull()
            }
        } else {
            withUnsafeBytes(of: UInt32(value.count).littleEndian) { plainValues.append(contentsOf: $0) }
            plainValues.append(contentsOf: value)
            statistics.include(value)
        }
        try flushPageIfFull()
    }

    // MARK: Pages

    @inline(__always)
    private mutating func flushPageIfFull() throws {
        let estimate: Int
        if dictionaryActive {
            estimate = dictionaryIndices.count &* 2
        } else if physicalType == .boolean {
            estimate = plainValues.count / 8
        } else {
            estimate = plainValues.count
        }
        if estimate >= pageBytes || pageRowCount >= pageBytes { try flushPage() }
    }

    /// Called when a value was added to the dictionary.
    private mutating func fallBackIfDictionaryFull() throws {
        guard let entries = dictionary?.count else { return }
        if entries == ParquetColumnWriter.cardinalityProbe {
            let valuesSoFar = chunkValueCount + pageRowCount - chunkNullCount
            guard entries * 20 >= valuesSoFar * 19 else { return }
        } else if dictionary?.plainEncoded.count ?? 0 <= dictionaryPageBytes {
            return
        }
        try flushPage()
        dictionaryActive = false
        startNextChunkWithDictionary = false
    }

    /// Encodes, compresses and appends the current page to the chunk.
    private mutating func flushPage() throws {
        let valueCount = pageRowCount
        guard valueCount > 0 else { return }
        // Taken out of `self` while in use, so that filling it and appending the result do
        // not overlap accesses to `self`.
        var body = [UInt8]()
        swap(&body, &pageBody)
        defer { swap(&body, &pageBody) }
        body.removeAll(keepingCapacity: true)
        appendDefinitionLevels(to: &body)
        let encoding: ParquetMetadata.Encoding
        if dictionaryActive, let entryCount = dictionary?.count, entryCount > 0 {
            encoding = .rleDictionary
            let bitWidth = HybridRLEEncoder.bitWidth(forMaxValue: UInt64(entryCount - 1))
            body.append(UInt8(bitWidth))
            dictionaryIndices.withUnsafeBufferPointer {
                HybridRLEEncoder.encode($0, bitWidth: bitWidth, into: &body)
            }
            wroteDictionaryIndexedPage = true
        } else {
            // Also a dictionary-mode page with no value yet (all NULL): PLAIN with no values.
            encoding = .plain
            if physicalType == .boolean {
                ParquetColumnWriter.appendBitPacked(plainValues, to: &body)
            } else {
                body.append(contentsOf: plainValues)
            }
            wrotePlainPage = true
        }
        try appendPage(body, valueCount: valueCount, encoding: encoding)
        chunkValueCount += valueCount
        pageRowCount = 0
        pageNullPositions.removeAll(keepingCapacity: true)
        plainValues.removeAll(keepingCapacity: true)
        dictionaryIndices.removeAll(keepingCapacity: true)
    }

    /// The page's definition levels (1 = value, 0 = NULL), length-prefixed RLE/bit-packed.
    private mutating func appendDefinitionLevels(to body: inout [UInt8]) {
        if pageNullPositions.isEmpty {
            // One RLE run of 1s: the common case needs no level array at all.
            HybridRLEEncoder.encodeLengthPrefixedRun(of: 1, count: pageRowCount, into: &body)
            return
        }
        levels.removeAll(keepingCapacity: true)
        levels.append(contentsOf: repeatElement(1, count: pageRowCount))
        for position in pageNullPositions { levels[Int(position)] = 0 }
        levels.withUnsafeBufferPointer {
            HybridRLEEncoder.encodeLengthPrefixed($0, bitWidth: 1, into: &body)
        }
    }

    /// Compresses a data page body and appends header and body to the chunk's pages.
    private mutating func appendPage(_ body: [UInt8], valueCount: Int, encoding: ParquetMetadata.Encoding) throws {
        let compressor = self.compressor
        var header = ThriftCompactWriter()
        swap(&header, &self.header)
        defer { swap(&header, &self.header) }
        var pages = [UInt8]()
        swap(&pages, &self.pages)
        defer { swap(&pages, &self.pages) }
        let compressedCount = try body.withUnsafeBytes { raw in
            let compressed = try compressor.compress(raw)
            ParquetMetadata.dataPageHeader(
                valueCount: valueCount, encoding: encoding,
                uncompressedSize: raw.count, compressedSize: compressed.count, into: &header)
            pages.append(contentsOf: header.bytes)
            pages.append(contentsOf: compressed)
            return compressed.count
        }
        chunkUncompressedBytes += header.bytes.count + body.count
        chunkCompressedBytes += header.bytes.count + compressedCount
    }

    /// PLAIN booleans: one bit per value, LSB first.
    private static func appendBitPacked(_ bits: [UInt8], to out: inout [UInt8]) {
        var byte: UInt8 = 0
        for (index, bit) in bits.enumerated() {
            byte |= bit << UInt8(index & 7)
            if index & 7 == 7 {
                out.append(byte)
                byte = 0
            }
        }
        if bits.count & 7 != 0 { out.append(byte) }
    }

    // MARK: Chunks

    /// Writes the chunk (dictionary page first, then the data pages) at the file's current
    /// position, returns its metadata, and starts the next chunk.
    mutating func writeChunk(to file: OutputFile) throws -> ParquetMetadata.ColumnChunk {
        try flushPage()
        let start = file.position
        var dictionaryPageOffset: Int64?
        if wroteDictionaryIndexedPage, let dictionary {
            let compressor = self.compressor
            var header = ThriftCompactWriter()
            let (uncompressed, compressed) = try dictionary.plainEncoded.withUnsafeBytes { body in
                let compressed = try compressor.compress(body)
                ParquetMetadata.dictionaryPageHeader(
                    valueCount: dictionary.count, uncompressedSize: body.count,
                    compressedSize: compressed.count, into: &header)
                try file.write(header.bytes)
                try file.write(compressed)
                return (body.count, compressed.count)
            }
            chunkUncompressedBytes += header.bytes.count + uncompressed
            chunkCompressedBytes += header.bytes.count + compressed
            dictionaryPageOffset = start
        }
        let dataPageOffset = file.position
        try file.write(pages)

        var encodings: [ParquetMetadata.Encoding] = []
        if wrotePlainPage || wroteDictionaryIndexedPage { encodings.append(.plain) }
        encodings.append(.rle)
        if wroteDictionaryIndexedPage { encodings.append(.rleDictionary) }
        let chunk = ParquetMetadata.ColumnChunk(
            physicalType: physicalType, encodings: encodings, path: schema.name, codec: codec,
            valueCount: Int64(chunkValueCount), uncompressedSize: Int64(chunkUncompressedBytes),
            compressedSize: Int64(chunkCompressedBytes), dataPageOffset: dataPageOffset,
            dictionaryPageOffset: dictionaryPageOffset,
            statistics: statistics.encoded(physicalType: physicalType, nullCount: Int64(chunkNullCount)))

        pages.removeAll(keepingCapacity: true)
        chunkUncompressedBytes = 0
        chunkCompressedBytes = 0
        chunkValueCount = 0
        chunkNullCount = 0
        wroteDictionaryIndexedPage = false
        wrotePlainPage = false
        statistics = ValueStatistics()
        dictionary?.removeAll()
        dictionaryActive = startNextChunkWithDictionary
        return chunk
    }
}

/// Min, max and NaN count of the values of one chunk, in the column's type-defined order.
private struct ValueStatistics {
    /// Byte-array min/max longer than this are left out of the footer rather than truncated
    /// (a truncated max would need rounding up, which can break UTF-8).
    static let maxByteArrayLength = 256

    private var hasValue = false
    private var minInteger = Int64.max
    private var maxInteger = Int64.min
    private var minDouble = Double.infinity
    private var maxDouble = -Double.infinity
    private var nanCount: Int64 = 0
    private var sawFalse = false
    private var sawTrue = false
    private var minBytes: [UInt8] = []
    private var maxBytes: [UInt8] = []

    @inline(__always)
    mutating func include(_ value: Int64) {
        hasValue = true
        if value < minInteger { minInteger = value }
        if value > maxInteger { maxInteger = value }
    }

    @inline(__always)
    mutating func include(_ value: Double) {
        if value.isNaN {
            nanCount += 1
            return
        }
        hasValue = true
        if value < minDouble { minDouble = value }
        if value > maxDouble { maxDouble = value }
    }

    @inline(__always)
    mutating func include(_ value: Bool) {
        hasValue = true
        if value { sawTrue = true } else { sawFalse = true }
    }

    @inline(__always)
    mutating func include(_ value: UnsafeRawBufferPointer) {
        guard hasValue else {
            hasValue = true
            minBytes = Array(value)
            maxBytes = minBytes
            return
        }
        if ValueStatistics.compare(value, minBytes) < 0 {
            minBytes.removeAll(keepingCapacity: true)
            minBytes.append(contentsOf: value)
        } else if ValueStatistics.compare(value, maxBytes) > 0 {
            maxBytes.removeAll(keepingCapacity: true)
            maxBytes.append(contentsOf: value)
        }
    }

    /// Unsigned byte-wise order, as Parquet orders UTF8 / BYTE_ARRAY.
    @inline(__always)
    private static func compare(_ a: UnsafeRawBufferPointer, _ b: [UInt8]) -> Int32 {
        b.withUnsafeBytes { b in
            let common = min(a.count, b.count)
            if common > 0, let pa = a.baseAddress, let pb = b.baseAddress {
                let order = memcmp(pa, pb, common)
                if order != 0 { return order }
            }
            return a.count < b.count ? -1 : (a.count > b.count ? 1 : 0)
        }
    }

    func encoded(physicalType: ParquetMetadata.PhysicalType, nullCount: Int64) -> ParquetMetadata.Statistics {
        var result = ParquetMetadata.Statistics(nullCount: nullCount)
        if physicalType == .double { result.nanCount = nanCount }
        guard hasValue else { return result }
        switch physicalType {
        case .int64:
            result.minValue = littleEndianBytes(minInteger)
            result.maxValue = littleEndianBytes(maxInteger)
        case .int32:
            result.minValue = littleEndianBytes(Int32(truncatingIfNeeded: minInteger))
            result.maxValue = littleEndianBytes(Int32(truncatingIfNeeded: maxInteger))
        case .double:
            // The spec's rule for zeros: a min of ±0 is written -0, a max of ±0 is written +0.
            result.minValue = littleEndianBytes((minDouble == 0 ? -0.0 : minDouble).bitPattern)
            result.maxValue = littleEndianBytes((maxDouble == 0 ? 0.0 : maxDouble).bitPattern)
        case .boolean:
            result.minValue = [sawFalse ? 0 : 1]
            result.maxValue = [sawTrue ? 1 : 0]
        case .byteArray:
            if minBytes.count <= ValueStatistics.maxByteArrayLength && maxBytes.count <= ValueStatistics.maxByteArrayLength {
                result.minValue = minBytes
                result.maxValue = maxBytes
            }
        }
        return result
    }

    private func littleEndianBytes<T: FixedWidthInteger>(_ value: T) -> [UInt8] {
        withUnsafeBytes(of: value.littleEndian) { Array($0) }
    }
}
