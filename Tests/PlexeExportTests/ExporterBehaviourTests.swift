import Foundation
import PlexeFoundation
import Testing

@testable import PlexeExport

@Suite struct ExporterBehaviourTests {
    @Test func replacesAnExistingFileAndLeavesNoTemporaryFile() throws {
        let table = try TestTable(columns: [("a", .integer)], rows: [[1], [2]])
        try Data("old".utf8).write(to: URL(fileURLWithPath: table.path("out.csv")))
        let bytes = try table.export(.csv)
        #expect(String(decoding: bytes, as: UTF8.self) == "a\n1\n2\n")
        #expect(try table.otherFiles() == ["out.csv"])
    }

    @Test func failedExportLeavesNothingBehind() throws {
        let table = try TestTable(columns: [("d", .date)], rows: [["2024-01-01"], ["yesterday"]])
        #expect(throws: ExportError.valueDoesNotMatchType(table: "customers", column: "d", row: 2, type: .date, value: "yesterday")) {
            try table.export(.parquet)
        }
        #expect(try table.otherFiles() == [])
    }

    @Test func errorMessagesNameTheProblem() {
        let error = ExportError.valueDoesNotMatchType(table: "customers", column: "age", row: 17, type: .integer, value: "abc")
        #expect(error.description == "Value \"abc\" in column \"age\" of table \"customers\" (row 17) is not a valid integer")
    }

    @Test func missingDirectoryIsAWriteError() throws {
        let table = try TestTable(columns: [("a", .integer)], rows: [[1]])
        #expect {
            try TableExporter.export(
                table: table.table, from: table.database, format: .csv,
                to: table.path("missing/out.csv"), options: ExportOptions()
            ) { _ in }
        } throws: { error in
            guard case ExportError.cannotWrite(let path, _) = error else { return false }
            return path.hasSuffix("missing/out.csv")
        }
    }

    @Test func rejectsOptionsThatCannotWork() throws {
        let table = try TestTable(columns: [("a", .integer)], rows: [[1]])
        #expect(throws: ExportError.self) { try table.export(.parquet, options: ExportOptions(rowGroupRows: 0)) }
    }

    @Test func reportsProgressEndingAtOne() throws {
        let rows: [[SQLiteValue]] = (0..<40_000).map { [.integer(Int64($0))] }
        let table = try TestTable(columns: [("a", .integer)], rows: rows)
        let reports = Reports()
        try TableExporter.export(
            table: table.table, from: table.database, format: .json, to: table.path("out.json"),
            options: ExportOptions()
        ) { reports.add($0) }
        let values = reports.values
        #expect(values.count >= 3)
        #expect(values.last == 1.0)
        #expect(values == values.sorted())
        #expect(values.dropLast().allSatisfy { $0 > 0 && $0 < 1 })
    }

    @Test func interruptingTheDatabaseCancelsTheExport() throws {
        let rows: [[SQLiteValue]] = (0..<40_000).map { [.integer(Int64($0))] }
        let table = try TestTable(columns: [("a", .integer)], rows: rows)
        let database = table.database
        // The first progress report stands in for a cancel request from another thread.
        #expect {
            try TableExporter.export(
                table: table.table, from: database, format: .parquet, to: table.path("out.parquet"),
                options: ExportOptions()
            ) { _ in database.interrupt() }
        } throws: { error in
            (error as? SQLiteError)?.isInterrupt == true
        }
        #expect(try table.otherFiles() == [])
    }

    @Test func namesFilesAfterTheSource() {
        #expect(ExportFormat.parquet.exportFilename(forSource: "customers.csv") == "customers.parquet")
        #expect(ExportFormat.json.exportFilename(forSource: "sales.2024.ndjson") == "sales.2024.json")
        #expect(ExportFormat.csv.exportFilename(forSource: "README") == "README.csv")
    }
}

/// Collects progress reports (the callback is `@Sendable`).
private final class Reports: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [Double] = []
    func add(_ value: Double) { lock.withLock { stored.append(value) } }
    var values: [Double] { lock.withLock { stored } }
}
