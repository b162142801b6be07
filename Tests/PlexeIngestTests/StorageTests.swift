import Foundation
import PlexeFoundation
import Testing

@testable import PlexeIngest

@Suite("Storage in SQLite")
struct StorageTests {
    @Test("each type is stored in its storage class, empty values as NULL")
    func storageClasses() throws {
        let ingested = try ingest(
            """
            i,f,b,d,t,s
            1,1.5,true,2024-01-05,2024-01-05T10:00:00Z,x
            ,2,FALSE,,2024-01-05 11:00,
            -3,,True,2023-12-31,2024-01-06,007

            """)
        #expect(ingested.table.columns.map(\.type) == [.integer, .float, .boolean, .date, .datetime, .string])
        #expect(try ingested.storageClasses("i") == ["integer", "null", "integer"])
        #expect(try ingested.storageClasses("f") == ["real", "real", "null"])
        #expect(try ingested.storageClasses("b") == ["integer", "integer", "integer"])
        #expect(try ingested.storageClasses("d") == ["text", "null", "text"])
        #expect(try ingested.storageClasses("t") == ["text", "text", "text"])
        #expect(try ingested.storageClasses("s") == ["text", "null", "text"])
        #expect(
            try ingested.rows() == [
                [1, 1.5, 1, "2024-01-05", "2024-01-05T10:00:00Z", "x"],
                [.null, 2.0, 0, .null, "2024-01-05 11:00", .null],
                [-3, .null, 1, "2023-12-31", "2024-01-06", "007"],
            ])
        let count = try ingested.database.queryFirst("SELECT COUNT(*) FROM data WHERE s = ''") { $0.int(0) }
        #expect(count == 0)
    }

    @Test("declared column types follow ColumnType")
    func declaredTypes() throws {
        let ingested = try ingest("i,f,b,d,t,s\n1,1.5,true,2024-01-05,2024-01-05T10:00,x\n")
        let declared = try ingested.database.query("PRAGMA table_info(data)") { $0.string(2) }
        #expect(declared == ["INTEGER", "REAL", "BOOLEAN", "DATE", "DATETIME", "TEXT"])
    }

    @Test("extreme numbers are stored exactly")
    func extremeNumbers() throws {
        let ingested = try ingest("i,f\n9223372036854775807,1e308\n-9223372036854775808,4.9e-324\n0,123456789.123456789\n")
        #expect(
            try ingested.rows() == [
                [.integer(.max), 1e308], [.integer(.min), .real(.leastNonzeroMagnitude)], [0, 123456789.123456789],
            ])
    }

    @Test("column and table names that need quoting")
    func quotedNames() throws {
        let ingested = try ingest("select,\"a \"\"b\"\"\",c d\n1,2,3\n", name: "My File (1).csv")
        #expect(ingested.table.tableName == "my_file__1_")
        #expect(ingested.table.columns.map(\.name) == ["select", "a \"b\"", "c d"])
        #expect(try ingested.rows() == [[1, 2, 3]])
    }

    @Test("progress reaches 1 and never goes back")
    func progress() throws {
        let file = try TemporaryFile("v\n" + (0..<20_000).map(String.init).joined(separator: "\n"))
        let database = try SQLiteDatabase(path: file.directory + "/upload.db")
        let recorder = ProgressRecorder()
        _ = try FileIngestor.ingest(path: file.path, filename: "data.csv", tableName: "data", into: database) { recorder.record($0) }
        let values = recorder.values
        #expect(values.last == 1)
        #expect(values == values.sorted())
    }
}

/// Collects progress values from whichever thread reports them.
final class ProgressRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [Double] = []
    func record(_ value: Double) { lock.withLock { recorded.append(value) } }
    var values: [Double] { lock.withLock { recorded } }
}
