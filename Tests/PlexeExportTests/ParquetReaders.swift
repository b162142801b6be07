import Foundation
import PlexeTestSupport

/// Formats civil dates and times independently of the code under test (libc `gmtime_r`).
enum CivilTime {
    static func dateText(days: Int64) -> String {
        let parts = brokenDown(seconds: days * 86_400)
        return String(format: "%04d-%02d-%02d", parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday)
    }

    /// One of four spellings of `micros`, and the microseconds that spelling denotes.
    static func datetimeText(micros: Int64, style: Int) -> (String, Int64) {
        let seconds = micros >= 0 ? micros / 1_000_000 : (micros - 999_999) / 1_000_000
        let fraction = micros - seconds * 1_000_000
        switch style {
        case 0:
            let p = brokenDown(seconds: seconds)
            return (
                String(
                    format: "%04d-%02d-%02dT%02d:%02d:%02d.%06dZ", p.tm_year + 1900, p.tm_mon + 1, p.tm_mday,
                    p.tm_hour, p.tm_min, p.tm_sec, Int(fraction)), micros
            )
        case 1:
            let p = brokenDown(seconds: seconds)
            return (
                String(
                    format: "%04d-%02d-%02d %02d:%02d:%02d", p.tm_year + 1900, p.tm_mon + 1, p.tm_mday,
                    p.tm_hour, p.tm_min, p.tm_sec), seconds * 1_000_000
            )
        case 2:
            // Written as local time at +05:30, which is the same instant.
            let p = brokenDown(seconds: seconds + 19_800)
            return (
                String(
                    format: "%04d-%02d-%02dT%02d:%02d:%02d+05:30", p.tm_year + 1900, p.tm_mon + 1, p.tm_mday,
                    p.tm_hour, p.tm_min, p.tm_sec), seconds * 1_000_000
            )
        default:
            let minutes = seconds >= 0 ? seconds / 60 : (seconds - 59) / 60
            let p = brokenDown(seconds: minutes * 60)
            return (
                String(
                    format: "%04d-%02d-%02dT%02d:%02d", p.tm_year + 1900, p.tm_mon + 1, p.tm_mday,
                    p.tm_hour, p.tm_min), minutes * 60_000_000
            )
        }
    }

    private static func brokenDown(seconds: Int64) -> tm {
        var time = time_t(seconds)
        var parts = tm()
        gmtime_r(&time, &parts)
        return parts
    }
}

/// Runs pyarrow and DuckDB over Parquet files and collects what they read, in canonical text.
enum PythonReader {
    struct Chunk {
        let encodings: [String]
        let compression: String
        let nullCount: Int
        let min: String?
        let max: String?
    }

    struct RowGroup {
        let columns: [Chunk]
    }

    struct Result {
        let arrowNames: [String]
        let arrowTypes: [String]
        let duckDBNames: [String]
        let duckDBTypes: [String]
        let createdBy: String
        let rowGroups: [RowGroup]
        let arrowRows: [[String?]]
        let duckDBRows: [[String?]]
    }

    typealias Failure = PythonScript.Failure

    static let script = #"""
        import sys
        try:
            import calendar, datetime, json, struct
            import pyarrow as pa, pyarrow.parquet as pq
            import duckdb
        except ImportError as error:
            sys.stderr.write("MISSING %s\n" % error)
            sys.exit(3)

        def canon(v):
            if v is None: return None
            if isinstance(v, bool): return "true" if v else "false"
            if isinstance(v, int): return str(v)
            if isinstance(v, float): return str(struct.unpack("<q", struct.pack("<d", v))[0])
            if isinstance(v, datetime.datetime): return str(calendar.timegm(v.utctimetuple()) * 1000000 + v.microsecond)
            if isinstance(v, datetime.date): return str((v - datetime.date(1970, 1, 1)).days)
            if isinstance(v, bytes): return v.decode("utf-8")
            return v

        results = []
        for path in sys.argv[2:]:
            parquet = pq.ParquetFile(path)
            table = parquet.read()
            columns = []
            for field, column in zip(table.schema, table.columns):
                if pa.types.is_timestamp(field.type): column = column.cast(pa.int64())
                elif pa.types.is_date32(field.type): column = column.cast(pa.int32())
                columns.append([canon(v) for v in column.to_pylist()])
            groups = []
            for g in range(parquet.metadata.num_row_groups):
                group = parquet.metadata.row_group(g)
                chunks = []
                for c in range(group.num_columns):
                    chunk = group.column(c)
                    stats = chunk.statistics
                    has = stats is not None and stats.has_min_max
                    chunks.append(dict(encodings=list(chunk.encodings), compression=chunk.compression,
                                       null_count=stats.null_count if stats is not None else -1,
                                       min=canon(stats.min) if has else None, max=canon(stats.max) if has else None))
                groups.append(chunks)
            source = "read_parquet('%s')" % path.replace("'", "''")
            connection = duckdb.connect()
            described = connection.execute("DESCRIBE SELECT * FROM " + source).fetchall()
            expressions = []
            for name, kind in [(d[0], d[1]) for d in described]:
                quoted = '"' + name.replace('"', '""') + '"'
                if kind == "DATE": expressions.append("(%s - DATE '1970-01-01')" % quoted)
                elif kind.startswith("TIMESTAMP"): expressions.append("epoch_us(%s)" % quoted)
                else: expressions.append(quoted)
            duck_rows = connection.execute("SELECT %s FROM %s" % (", ".join(expressions), source)).fetchall() if expressions else []
            results.append(dict(
                arrow_names=table.schema.names, arrow_types=[str(f.type) for f in table.schema],
                duckdb_names=[d[0] for d in described], duckdb_types=[d[1] for d in described],
                created_by=parquet.metadata.created_by, row_groups=groups,
                arrow_rows=[list(r) for r in zip(*columns)] if table.num_rows else [],
                duckdb_rows=[[canon(v) for v in r] for r in duck_rows]))
        with open(sys.argv[1], "w") as out:
            json.dump(results, out)
        """#

    static func read(_ paths: [String], resultPath: String) throws -> [Result] {
        let (status, errorText) = try PythonScript.run(
            script, arguments: [resultPath] + paths,
            requirement: "the Parquet interop tests need python3 with pyarrow and duckdb")
        guard status == 0 else {
            if status == 3 || status == 127 {
                throw Failure(
                    description: "python3 with pyarrow and duckdb is required for the Parquet interop tests "
                        + "(pip install pyarrow duckdb): \(errorText)")
            }
            throw Failure(
                description: "pyarrow/DuckDB could not read the exported Parquet "
                    + "(python3 exited with status \(status)): \(errorText)")
        }
        let data = try Data(contentsOf: URL(fileURLWithPath: resultPath))
        guard let files = try JSONSerialization.jsonObject(with: data) as? [[String: Any]] else {
            throw Failure(description: "unexpected reader output")
        }
        return files.map { file in
            func strings(_ key: String) -> [String] { file[key] as? [String] ?? [] }
            func rows(_ key: String) -> [[String?]] {
                (file[key] as? [[Any]] ?? []).map { $0.map { $0 as? String } }
            }
            let groups = (file["row_groups"] as? [[[String: Any]]] ?? []).map { chunks in
                RowGroup(
                    columns: chunks.map { chunk in
                        Chunk(
                            encodings: chunk["encodings"] as? [String] ?? [], compression: chunk["compression"] as? String ?? "",
                            nullCount: chunk["null_count"] as? Int ?? -1, min: chunk["min"] as? String, max: chunk["max"] as? String)
                    })
            }
            return Result(
                arrowNames: strings("arrow_names"), arrowTypes: strings("arrow_types"),
                duckDBNames: strings("duckdb_names"), duckDBTypes: strings("duckdb_types"),
                createdBy: file["created_by"] as? String ?? "", rowGroups: groups,
                arrowRows: rows("arrow_rows"), duckDBRows: rows("duckdb_rows"))
        }
    }
}
