import PlexeFoundation
import Testing

@testable import PlexeQuery

/// The value index written at ingest and read back by the language engine.
@Suite struct TextValueIndexTests {
    @Test func indexesTextColumnsWithManyValuesOnly() throws {
        let data = try TestDatabase(customers: 60)
        let database = try data.open()
        let tables = try DatasetDescription.tables(of: database)
        try TextValueIndex.build(database: database, tables: tables)
        let loaded = TextValueIndex.load(databasePath: data.path)
        // customer_id, name (60 values each), transaction_id and its customer_id are indexed, in column order; country (4
        // values, kept by ingest), the dates (28 and 1 values) and the numbers are not.
        #expect(
            loaded.map { "\($0.table).\($0.column)" } == [
                "customers.customer_id", "customers.name", "transactions.transaction_id", "transactions.customer_id",
            ])
        let names = try #require(loaded.first { $0.column == "name" })
        #expect(names.values.count == 60)
        #expect(names.values.first == "Name 1")
    }

    @Test func boundsEachColumnAndSkipsLongTexts() throws {
        let data = try TestDatabase(sql: "CREATE TABLE notes (code TEXT, body TEXT)")
        let database = try data.open()
        let long = String(repeating: "x", count: TextValueIndex.maxValueLength + 1)
        try database.transaction {
            let insert = try database.prepare("INSERT INTO notes VALUES (?, ?)")
            for i in 0..<(TextValueIndex.maxValuesPerColumn + 10) {
                try insert.bind([.text("K\(i)"), .text(i < 60 ? long + "\(i)" : "short \(i % 70)")])
                try insert.step()
                insert.reset()
            }
        }
        try TextValueIndex.build(database: database, tables: try DatasetDescription.tables(of: database))
        let loaded = TextValueIndex.load(databasePath: data.path)
        #expect(loaded.first { $0.column == "code" }?.values.count == TextValueIndex.maxValuesPerColumn)
        let bodies = try #require(loaded.first { $0.column == "body" })
        #expect(bodies.values.count == 70)
        #expect(bodies.values.allSatisfy { $0.count <= TextValueIndex.maxValueLength })
    }

    /// A column of few values over many rows costs a bounded read, not a scan: values first seen
    /// past `maxRowsPerTextColumn` rows are not indexed.
    @Test func readsABoundedNumberOfRowsPerColumn() throws {
        let data = try TestDatabase(sql: "CREATE TABLE visits (city TEXT)")
        let database = try data.open()
        try database.transaction {
            let insert = try database.prepare("INSERT INTO visits VALUES (?)")
            for i in 0..<(TextValueIndex.maxRowsPerTextColumn + 10) {
                try insert.bind([.text(i < TextValueIndex.maxRowsPerTextColumn ? "City \(i % 60)" : "Late \(i)")])
                try insert.step()
                insert.reset()
            }
        }
        try TextValueIndex.build(database: database, tables: try DatasetDescription.tables(of: database))
        let cities = try #require(TextValueIndex.load(databasePath: data.path).first { $0.column == "city" })
        #expect(cities.values.count == 60 && !cities.values.contains { $0.hasPrefix("Late") })
    }

    /// A column empty in its first `maxRowsPerTextColumn` rows (a field filled in only lately):
    /// the row budget counts rows with a value, so the values after the NULLs are indexed.
    @Test func valuesAfterALongRunOfNullsAreIndexed() throws {
        let data = try TestDatabase(sql: "CREATE TABLE signups (referrer TEXT)")
        let database = try data.open()
        try database.transaction {
            let insert = try database.prepare("INSERT INTO signups VALUES (?)")
            for i in 0..<(TextValueIndex.maxRowsPerTextColumn + 1000) {
                try insert.bind([i < TextValueIndex.maxRowsPerTextColumn ? .null : .text("Referrer \(i % 70)")])
                try insert.step()
                insert.reset()
            }
        }
        try TextValueIndex.build(database: database, tables: try DatasetDescription.tables(of: database))
        let referrers = try #require(TextValueIndex.load(databasePath: data.path).first { $0.column == "referrer" })
        #expect(Set(referrers.values) == Set((0..<70).map { "Referrer \($0)" }))
    }

    @Test func datesWithManyValuesAreIndexedForTheirSpacing() throws {
        let data = try TestDatabase(sql: "CREATE TABLE series (week DATE, value REAL)")
        let database = try data.open()
        try database.transaction {
            let insert = try database.prepare("INSERT INTO series VALUES (date('2020-01-04', ? || ' days'), 1.5)")
            for i in 0..<60 {
                try insert.bind([.integer(Int64(i * 7))])
                try insert.step()
                insert.reset()
            }
        }
        try TextValueIndex.build(database: database, tables: try DatasetDescription.tables(of: database))
        let weeks = try #require(TextValueIndex.load(databasePath: data.path).first { $0.column == "week" })
        #expect(weeks.values.count == 60 && weeks.values.prefix(2) == ["2020-01-04", "2020-01-11"])
    }

    @Test func aDatabaseWithoutTheIndexLoadsNothing() throws {
        let data = try TestDatabase(customers: 5)
        #expect(TextValueIndex.load(databasePath: data.path).isEmpty)
        #expect(TextValueIndex.load(databasePath: data.path + ".missing").isEmpty)
    }
}
