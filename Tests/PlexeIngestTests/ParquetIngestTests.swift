import Foundation
import PlexeFoundation
import Testing

@testable import PlexeExport
@testable import PlexeIngest

/// Parquet files as pyarrow writes them (every codec, dictionary on and off, data pages v1 and
/// v2, many pages and row groups, nulls, every supported type) and as our own export writes
/// them, read back cell by cell.
@Suite("Parquet ingest")
struct ParquetIngestTests {
    /// Writes `variants` of one 3,000-row table into the directory `sys.argv[1]`, plus
    /// `expected.json` (each cell as SQLite should hold it, see `PythonFixtures`).
    static let pyarrowScript = #"""
        import json, os, sys, datetime, decimal, math
        import numpy as np
        import pyarrow as pa, pyarrow.parquet as pq

        out = sys.argv[1]
        N = 3000
        def pick(i, k, n): return (i * 7919 + k * 104729) % n

        ids, small, u32, score, ratio, flag, name, note, day, ts_ms, ts_us, ts_ns, price, big = ([] for _ in range(14))
        special_days = [-719162, 2932896, -1, 0, 19000]          # 0001-01-01, 9999-12-31, 1969-12-31, 1970-01-01
        for i in range(N):
            ids.append(i * 1000003 - 1500000000 if i > 1 else [-2**63, 2**63 - 1][i])
            small.append(None if i % 11 == 0 else pick(i, 1, 65536) - 32768)
            u32.append(4294967295 if i == 5 else pick(i, 2, 100000))
            score.append(None if i % 13 == 0 else (float("nan") if i == 7 else (float("inf") if i == 8 else (pick(i, 3, 2000000) - 1000000) / 64)))
            ratio.append(None if i % 17 == 0 else ([0.1, 1.5, -2.25, 3.4028234663852886e38, 1e-7][i % 5] * (1 + i % 3 if i % 5 != 3 else 1)))
            flag.append(None if i % 5 == 0 else i % 3 == 0)
            name.append(None if i % 19 == 0 else ["basic", "premium", "Zoë", "", "enterprise 王"][i % 5])
            note.append(None if i % 23 == 0 else "note %d: \"quoted\", comma\nnewline %s" % (i, "x" * (i % 40)))
            day.append(None if i % 29 == 0 else (special_days[i] if i < len(special_days) else pick(i, 4, 40000) - 10000))
            ts_ms.append(None if i % 31 == 0 else (pick(i, 5, 4 * 10**12) - 10**12))
            ts_us.append(None if i % 37 == 0 else ((pick(i, 6, 4 * 10**15) - 10**15) if i % 4 else (pick(i, 6, 4 * 10**9) - 10**9) * 10**6))
            ts_ns.append(None if i % 41 == 0 else (pick(i, 7, 4 * 10**18) - 2 * 10**18))
            price.append(None if i % 43 == 0 else decimal.Decimal(pick(i, 8, 10**9) - 5 * 10**8).scaleb(-2))
            big.append(None if i % 47 == 0 else decimal.Decimal(pick(i, 9, 10**12) * 10**20 + i).scaleb(-6))

        table = pa.table({
            "id": pa.array(ids, pa.int64()), "small": pa.array(small, pa.int16()), "u32": pa.array(u32, pa.uint32()),
            "score": pa.array(score, pa.float64()), "ratio": pa.array(ratio, pa.float32()), "flag": pa.array(flag, pa.bool_()),
            "name": pa.array(name, pa.string()), "note": pa.array(note, pa.string()), "day": pa.array(day, pa.date32()),
            "ts_ms": pa.array(ts_ms, pa.timestamp("ms", tz="UTC")), "ts_us": pa.array(ts_us, pa.timestamp("us")),
            "ts_ns": pa.array(ts_ns, pa.timestamp("ns", tz="UTC")),
            "price": pa.array(price, pa.decimal128(11, 2)), "big": pa.array(big, pa.decimal128(38, 6)),
        }, schema=pa.schema([pa.field("id", pa.int64(), nullable=False)] + [pa.field(n, t) for n, t in [
            ("small", pa.int16()), ("u32", pa.uint32()), ("score", pa.float64()), ("ratio", pa.float32()), ("flag", pa.bool_()),
            ("name", pa.string()), ("note", pa.string()), ("day", pa.date32()), ("ts_ms", pa.timestamp("ms", tz="UTC")),
            ("ts_us", pa.timestamp("us")), ("ts_ns", pa.timestamp("ns", tz="UTC")), ("price", pa.decimal128(11, 2)),
            ("big", pa.decimal128(38, 6))]]))

        for codec in ["none", "snappy", "gzip", "zstd", "lz4"]:
            for dictionary in [True, False]:
                for version in ["1.0", "2.0"]:
                    pq.write_table(table, os.path.join(out, "%s-%s-v%s.parquet" % (codec, "dict" if dictionary else "plain", version[0])),
                                   compression=codec, use_dictionary=dictionary, data_page_version=version,
                                   row_group_size=1100, data_page_size=2048)

        def civil(days):
            return datetime.date(1970, 1, 1) + datetime.timedelta(days=days)
        def stamp(value, per_second, digits, utc):
            seconds, fraction = divmod(value, per_second)
            days, second = divmod(seconds, 86400)
            text = civil(days).isoformat() + "T%02d:%02d:%02d" % (second // 3600, second // 60 % 60, second % 60)
            if fraction: text += "." + str(fraction).rjust(digits, "0")
            return text + ("Z" if utc else "")
        def I(v): return None if v is None else {"i": str(int(v))}
        def F(v): return None if v is None or (isinstance(v, float) and not math.isfinite(v)) else {"f": repr(float(v))}
        def S(v): return None if v is None or v == "" else {"s": v}
        expected = []
        for i in range(N):
            expected.append([I(ids[i]), I(small[i]), I(u32[i]), F(score[i]),
                             None if ratio[i] is None else {"f": str(np.float32(ratio[i]))},
                             None if flag[i] is None else I(1 if flag[i] else 0), S(name[i]), S(note[i]),
                             None if day[i] is None else S(civil(day[i]).isoformat()),
                             None if ts_ms[i] is None else S(stamp(ts_ms[i], 1000, 3, True)),
                             None if ts_us[i] is None else S(stamp(ts_us[i], 10**6, 6, False)),
                             None if ts_ns[i] is None else S(stamp(ts_ns[i], 10**9, 9, True)),
                             F(price[i]), F(big[i])])
        with open(os.path.join(out, "expected.json"), "w") as f:
            json.dump(expected, f)
        """#

    static let expectedTypes: [ColumnType] = [
        .integer, .integer, .integer, .float, .float, .boolean, .string, .string,
        .date, .datetime, .datetime, .datetime, .float, .float,
    ]

    @Test("pyarrow's files: every codec, dictionary and plain, data pages v1 and v2, cell by cell")
    func pyarrowVariants() throws {
        let directory = try TemporaryFile(bytes: [], name: "placeholder")
        try PythonFixtures.run(ParquetIngestTests.pyarrowScript, arguments: [directory.directory])
        let expected = try PythonFixtures.expectedRows(at: directory.directory + "/expected.json")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.directory).filter { $0.hasSuffix(".parquet") }.sorted()
        #expect(files.count == 20)
        for file in files {
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: directory.directory + "/" + file)))
            let ingested = try ingest(bytes: bytes, name: file)
            #expect(ingested.result.format == .parquet, "\(file)")
            #expect(
                ingested.table.columns.map(\.name) == [
                    "id", "small", "u32", "score", "ratio", "flag", "name", "note", "day",
                    "ts_ms", "ts_us", "ts_ns", "price", "big",
                ], "\(file)")
            #expect(ingested.table.columns.map(\.type) == ParquetIngestTests.expectedTypes, "\(file)")
            #expect(ingested.table.rowCount == 3000, "\(file)")
            let rows = try ingested.rows()
            #expect(rows.count == expected.count, "\(file)")
            var mismatches: [String] = []
            for (r, (row, want)) in zip(rows, expected).enumerated() where row != want {
                let columns = row.indices.filter { row[$0] != want[$0] }
                mismatches.append("row \(r) columns \(columns): \(columns.map { row[$0] }) != \(columns.map { want[$0] })")
                if mismatches.count > 3 { break }
            }
            #expect(mismatches.isEmpty, "\(file): \(mismatches)")
            // Null counts as the expected cells say; NaN and infinity are NULL with a warning.
            for (c, column) in ingested.table.columns.enumerated() {
                #expect(column.nullCount == expected.filter { $0[c] == .null }.count, "\(file) \(column.name)")
            }
            #expect(ingested.column("id")?.unique == true, "\(file)")
            #expect(ingested.column("name")?.unique == false, "\(file)")
            #expect(ingested.result.warnings.map(\.kind) == ["non_finite_numbers"], "\(file)")
            #expect(ingested.result.warnings.first?.count == 2, "\(file)")
        }
    }

    @Test("our own export's files read back as the table they came from, with every codec")
    func ownExportRoundTrip() throws {
        var csv = "id,score,active,day,stamp,category,note\n"
        for i in 0..<5000 {
            let score = i % 9 == 0 ? "" : "\(Double(i) * 1.25 - 300)"
            let active = i % 7 == 0 ? "" : (i % 2 == 0 ? "true" : "false")
            let day = i % 11 == 0 ? "" : "20\(10 + i % 15)-0\(1 + i % 9)-1\(i % 10)"
            let stamp = i % 13 == 0 ? "" : "2024-03-0\(1 + i % 9)T1\(i % 10):0\(i % 10):00\(["Z", "+02:00", ".250Z", ""][i % 4])"
            csv += "\(i * 31 - 70000),\(score),\(active),\(day),\(stamp),\(["a", "b", "Zoë", ""][i % 4]),\"line \(i)\nnext, \"\"q\"\"\"\n"
        }
        let source = try ingest(csv, name: "source.csv")
        let sourceRows = try source.rows()
        for compression in ParquetCompression.allCases {
            for dictionary in [0, 1 << 20] {
                let exported = source.file.directory + "/export-\(compression)-\(dictionary).parquet"
                _ = try TableExporter.export(
                    table: source.table, from: source.database, format: .parquet, to: exported,
                    options: ExportOptions(
                        parquetCompression: compression, rowGroupRows: 1500,
                        pageBytes: 4096, dictionaryPageBytes: dictionary))
                let back = try ingest(bytes: [UInt8](Data(contentsOf: URL(fileURLWithPath: exported))), name: "back.parquet")
                #expect(back.table.columns.map(\.name) == source.table.columns.map(\.name))
                #expect(back.table.columns.map(\.type) == source.table.columns.map(\.type))
                #expect(back.table.columns.map(\.nullCount) == source.table.columns.map(\.nullCount))
                #expect(back.table.columns.map(\.unique) == source.table.columns.map(\.unique))
                let backRows = try back.rows()
                // Datetimes come back normalised to UTC (the export stores instants); everything
                // else exactly as loaded from the CSV.
                let stampColumn = 4
                for (row, original) in zip(backRows, sourceRows) {
                    for c in 0..<row.count where c != stampColumn { #expect(row[c] == original[c], "\(compression) \(dictionary)") }
                    #expect(Self.instant(row[stampColumn]) == Self.instant(original[stampColumn]))
                }
                #expect(backRows.count == sourceRows.count)
            }
        }
    }

    /// Microseconds since the epoch of a stored datetime's text (nil for NULL).
    static func instant(_ value: SQLiteValue) -> Int64? {
        guard case .text(let text) = value else { return nil }
        return Array(text.utf8).withUnsafeBytes { TemporalText.microseconds($0) }
    }

    @Test("Snappy: what our compressor writes decompresses to the original, and damage is refused")
    func snappyRoundTrip() throws {
        var generator = SystemRandomNumberGenerator()
        let compressor = SnappyCompressor()
        let inputs: [[UInt8]] = [
            [], [1], Array("abcabcabcabcabcabcabcabcabcabc".utf8), [UInt8](repeating: 7, count: 200_000),
            (0..<100_000).map { _ in UInt8.random(in: 0...255, using: &generator) },
            (0..<300_000).map { UInt8(truncatingIfNeeded: $0 % 251 ^ ($0 / 1000)) },
        ]
        for input in inputs {
            let compressed = input.withUnsafeBytes { Array(compressor.compress($0)) }
            var output = [UInt8](repeating: 0, count: input.count)
            try compressed.withUnsafeBytes { c in try output.withUnsafeMutableBytes { try SnappyDecompressor.decompress(c, into: $0) } }
            #expect(output == input)
            // Cut short, or with a back-reference before the start: an error, never a crash.
            if compressed.count > 3 {
                let cut = Array(compressed.dropLast(2))
                #expect(throws: SnappyDecompressor.Malformed.self) {
                    try cut.withUnsafeBytes { c in try output.withUnsafeMutableBytes { try SnappyDecompressor.decompress(c, into: $0) } }
                }
            }
        }
        let badOffset: [UInt8] = [8, 0x01 | (4 << 2), 0x10]  // length 8, copy of 8 bytes from 16 back at position 0
        var out = [UInt8](repeating: 0, count: 8)
        #expect(throws: SnappyDecompressor.Malformed.self) {
            try badOffset.withUnsafeBytes { c in try out.withUnsafeMutableBytes { try SnappyDecompressor.decompress(c, into: $0) } }
        }
    }

    /// Writes one pyarrow file from a script's `table` and `options`; returns its bytes.
    static func pyarrowFile(_ tableCode: String, options: String = "") throws -> [UInt8] {
        let directory = try TemporaryFile(bytes: [], name: "placeholder")
        let path = directory.directory + "/f.parquet"
        try PythonFixtures.run(
            """
            import sys, datetime, decimal
            import pyarrow as pa, pyarrow.parquet as pq
            table = \(tableCode)
            pq.write_table(table, sys.argv[1]\(options.isEmpty ? "" : ", " + options))
            """, arguments: [path])
        return try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    }

    @Test("what cannot be loaded is refused with the reason: nested columns, other encodings and codecs")
    func unsupported() throws {
        let nested = try Self.pyarrowFile(#"pa.table({"id": [1, 2], "s": [{"a": 1}, {"a": 2}]})"#)
        #expect(ingestError(bytes: nested, name: "n.parquet")?.message.contains("nested columns ('s')") == true)
        let list = try Self.pyarrowFile(#"pa.table({"id": [1, 2], "l": [[1], [2, 3]]})"#)
        #expect(ingestError(bytes: list, name: "l.parquet")?.message.contains("nested columns") == true)
        let delta = try Self.pyarrowFile(
            #"pa.table({"id": list(range(100))})"#,
            options: #"use_dictionary=False, column_encoding={"id": "DELTA_BINARY_PACKED"}"#)
        #expect(ingestError(bytes: delta, name: "d.parquet")?.message.contains("DELTA_BINARY_PACKED") == true)
        let brotli = try Self.pyarrowFile(#"pa.table({"id": list(range(100))})"#, options: #"compression="brotli""#)
        #expect(ingestError(bytes: brotli, name: "b.parquet")?.message.contains("BROTLI") == true)
        let binary = try Self.pyarrowFile(#"pa.table({"b": pa.array([b"\xff\xfe", b"ok"], pa.binary())})"#)
        #expect(ingestError(bytes: binary, name: "bin.parquet")?.message.contains("not UTF-8") == true)
    }

    @Test("binary columns of UTF-8 text, INT96 timestamps, times, uint64 beyond Int64 and far dates")
    func lessCommonTypes() throws {
        let bytes = try Self.pyarrowFile(
            #"""
            pa.table({
                "text": pa.array([b"plain", None, "é".encode()], pa.binary()),
                "legacy": pa.array([datetime.datetime(2024, 1, 5, 12, 30, 1, 250000), None, datetime.datetime(1900, 1, 1)], pa.timestamp("ns")),
                "clock": pa.array([datetime.time(13, 45, 7, 500000), datetime.time(0, 0), None], pa.time64("us")),
                "huge": pa.array([2**64 - 1, 1, None], pa.uint64()),
                "far": pa.array([datetime.date(1, 1, 1), None, datetime.date(9999, 12, 31)], pa.date32()),
                "uuid": pa.array([bytes(range(16)), None, bytes([255] * 16)], pa.uuid()),
            })
            """#, options: #"use_deprecated_int96_timestamps=True"#)
        let ingested = try ingest(bytes: bytes, name: "types.parquet")
        #expect(ingested.table.columns.map(\.type) == [.string, .datetime, .string, .string, .date, .string])
        #expect(
            try ingested.rows() == [
                [
                    "plain", "2024-01-05T12:30:01.250000000", "13:45:07.500000", "18446744073709551615", "0001-01-01",
                    "00010203-0405-0607-0809-0a0b0c0d0e0f",
                ],
                [.null, .null, "00:00:00", "1", .null, .null],
                ["é", "1900-01-01T00:00:00", .null, .null, "9999-12-31", "ffffffff-ffff-ffff-ffff-ffffffffffff"],
            ])
    }

    @Test("a file without rows is a table without rows; a file without columns is refused")
    func empty() throws {
        let bytes = try Self.pyarrowFile(#"pa.table({"id": pa.array([], pa.int64()), "day": pa.array([], pa.date32())})"#)
        let ingested = try ingest(bytes: bytes, name: "empty.parquet")
        #expect(ingested.table.rowCount == 0)
        #expect(ingested.table.columns.map(\.type) == [.integer, .date])
        let none = try Self.pyarrowFile(#"pa.table({})"#)
        #expect(ingestError(bytes: none, name: "none.parquet")?.message == "the Parquet file has no columns")
    }

    @Test("a Parquet file is recognised by its signature whatever its name; the name alone makes a text file fail as Parquet")
    func detection() throws {
        let bytes = try Self.pyarrowFile(#"pa.table({"id": [1, 2]})"#)
        let file = try TemporaryFile(bytes: bytes, name: "download.bin")
        #expect(try FileIngestor.detectFormat(path: file.path, filename: "data.csv") == .parquet)
        let text = try TemporaryFile("id\n1\n", name: "x.parquet")
        #expect(try FileIngestor.detectFormat(path: text.path, filename: "x.parquet") == .parquet)
        #expect(ingestError("id,name\n1,alpha\n2,beta\n", name: "x.parquet")?.message.contains("does not end with PAR1") == true)
        #expect(try FileIngestor.detectFormat(path: text.path, filename: "x.csv") == .csv)
    }

    @Test("a damaged file fails with a message, never a crash")
    func damaged() throws {
        let good = try Self.pyarrowFile(
            #"pa.table({"id": list(range(1000)), "s": ["v%d" % i for i in range(1000)]})"#,
            options: #"compression="snappy""#)
        #expect(try ingest(bytes: good, name: "g.parquet").table.rowCount == 1000)
        // Truncated: the footer is gone.
        #expect(ingestError(bytes: Array(good.prefix(good.count - 20)), name: "t.parquet")?.message.contains("damaged") == true)
        // Every single byte of the data pages flipped in turn (a sample): an error or a load, no crash.
        let footerLength = Int(good[good.count - 8]) | Int(good[good.count - 7]) << 8
        let dataEnd = good.count - 8 - footerLength
        for position in stride(from: 4, to: dataEnd, by: max(1, dataEnd / 200)) {
            var broken = good
            broken[position] ^= 0xFF
            _ = ingestError(bytes: broken, name: "b.parquet")
        }
        // The footer corrupted: refused with the reason.
        var brokenFooter = good
        for k in 0..<16 { brokenFooter[dataEnd + k] = 0xFF }
        #expect(ingestError(bytes: brokenFooter, name: "f.parquet")?.message.contains("damaged") == true)
    }
}
