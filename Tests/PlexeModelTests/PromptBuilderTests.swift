import Foundation
import PlexeFoundation
import Testing

@testable import PlexeModel

/// The prompt: the dev-set schema's prompt against a committed snapshot, and the parts of it
/// that other schemas exercise (quoting, samples turned off, bounds, examples left out).
@Suite struct PromptBuilderTests {
    static let snapshotURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots/dev-set-prompt.txt")

    /// The full conversation as text, one `### role` header per message.
    static func transcript(_ messages: [ChatMessage]) -> String {
        messages.map { "### \($0.role.rawValue)\n\($0.content)\n" }.joined(separator: "\n")
    }

    /// The dev set's prompt, byte for byte. Set PLEXE_RECORD_SNAPSHOTS=1 to write the file
    /// anew after an intended change, then read the diff before committing it.
    @Test(.enabled(if: DevSetSchema.nlqDirectory != nil, "shared/nlq is not beside the repository"))
    func devSetPromptMatchesTheSnapshot() throws {
        let dev = try DevSetSchema(directory: try #require(DevSetSchema.nlqDirectory))
        #expect(
            dev.foreignKeys == [
                ForeignKey(table: "transactions", column: "customer_id", referencedTable: "customers", referencedColumn: "customer_id")
            ])
        let samples = try SampleValues.read(from: dev.database, tables: dev.tables)
        let builder = PromptBuilder(schema: PromptSchema(tables: dev.tables, foreignKeys: dev.foreignKeys, samples: samples))
        let text = Self.transcript(builder.messages(question: "  Which country has the most premium customers?\n"))
        if ProcessInfo.processInfo.environment["PLEXE_RECORD_SNAPSHOTS"] == "1" {
            try FileManager.default.createDirectory(at: Self.snapshotURL.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: Self.snapshotURL, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: Self.snapshotURL, encoding: .utf8)
        #expect(text == expected, "the prompt changed; if on purpose, record it again with PLEXE_RECORD_SNAPSHOTS=1 and commit the diff")
        // What the snapshot must hold whatever its wording.
        #expect(text.contains("customer_id TEXT NOT NULL REFERENCES customers(customer_id)"))
        #expect(text.contains("age INTEGER,"), "a nullable column has no NOT NULL")
        #expect(text.contains("plan_type TEXT NOT NULL, -- one of 'basic', 'enterprise', 'premium'"))
        #expect(text.contains("'C0000001'"), "a unique text column shows values in file order")
        #expect(text.hasSuffix("### user\nWhich country has the most premium customers?\n"))
    }

    @Test(.enabled(if: DevSetSchema.nlqDirectory != nil, "shared/nlq is not beside the repository"))
    func withoutSamplesNoValueOfTheDataIsSent() throws {
        let dev = try DevSetSchema(directory: try #require(DevSetSchema.nlqDirectory))
        let prompt = PromptBuilder(schema: PromptSchema(tables: dev.tables, foreignKeys: dev.foreignKeys)).systemMessage()
        // Every text value of the data, checked against the whole prompt.
        var leaked: [String] = []
        for table in dev.tables {
            for column in table.columns where column.type == .string {
                let values = try dev.database.query(
                    "SELECT DISTINCT \(SampleValues.quoted(column.name)) FROM \(table.tableName) WHERE \(SampleValues.quoted(column.name)) IS NOT NULL"
                ) { $0.string(0) }
                leaked += values.filter { $0.count > 2 && prompt.contains("'\($0)'") }
            }
        }
        #expect(leaked.isEmpty, "values in the prompt: \(leaked.prefix(5))")
        #expect(!prompt.contains("'premium'") && !prompt.contains("'UK'") && !prompt.contains("'card'"))
        #expect(prompt.contains("plan_type TEXT NOT NULL,\n"), "the schema is still all there")
        // The examples are made from names, never from values.
        #expect(prompt.contains("GROUP BY country"))
    }

    static func table(_ name: String, rows: Int = 10, _ columns: [ColumnInfo]) -> DatasetTable {
        DatasetTable(filename: name + ".csv", tableName: name, rowCount: rows, columns: columns)
    }

    @Test func namesSQLiteWouldMisreadAreQuoted() {
        let schema = PromptSchema(
            tables: [
                Self.table(
                    "order",
                    [
                        ColumnInfo(name: "group", type: .string, nullable: false, unique: false, distinctValues: ["a", "b"]),
                        ColumnInfo(name: "Unit Price", type: .float, nullable: true, unique: false),
                        ColumnInfo(name: "say \"hi\"", type: .string, nullable: true, unique: false),
                        ColumnInfo(name: "plain_name2", type: .integer, nullable: false, unique: true),
                    ])
            ], foreignKeys: [], samples: ["order": ["group": ["a", "b"], "say \"hi\"": ["it's", "line\nbreak"]]])
        let prompt = PromptBuilder(schema: schema).systemMessage()
        #expect(prompt.contains("CREATE TABLE \"order\" ( -- 10 rows\n"))
        #expect(prompt.contains("  \"group\" TEXT NOT NULL, -- one of 'a', 'b'\n"))
        #expect(prompt.contains("  \"Unit Price\" REAL,\n"))
        #expect(prompt.contains("  \"say \"\"hi\"\"\" TEXT, -- e.g. 'it''s', 'line break'\n"), "values are SQL literals on one line")
        #expect(prompt.contains("  plain_name2 INTEGER NOT NULL -- unique\n);"))
        #expect(prompt.contains("SELECT \"group\", COUNT(*) AS row_count FROM \"order\" GROUP BY \"group\" ORDER BY row_count DESC"))
    }

    @Test func examplesFollowTheColumnsTheSchemaHas() {
        // Only identifiers and text: one example, the plain count.
        let bare = PromptBuilder(
            schema: PromptSchema(
                tables: [
                    Self.table(
                        "people",
                        [
                            ColumnInfo(name: "id", type: .integer, nullable: false, unique: true),
                            ColumnInfo(name: "name", type: .string, nullable: false, unique: true),
                        ])
                ], foreignKeys: []))
        #expect(bare.workedExamples() == [.init(question: "How many rows are in the people table?", sql: "SELECT COUNT(*) AS row_count FROM people")])

        // A date and a measure: the monthly series; a boolean: its share; ids are no measure.
        let events = PromptBuilder(
            schema: PromptSchema(
                tables: [
                    Self.table(
                        "events",
                        [
                            ColumnInfo(name: "user_id", type: .integer, nullable: false, unique: false),
                            ColumnInfo(name: "at", type: .datetime, nullable: false, unique: false),
                            ColumnInfo(name: "Duration (s)", type: .float, nullable: true, unique: false),
                            ColumnInfo(name: "ok", type: .boolean, nullable: false, unique: false),
                        ])
                ], foreignKeys: []))
        let sqls = events.workedExamples().map(\.sql)
        #expect(
            sqls.contains(
                "SELECT strftime('%Y-%m', at) AS year_month, SUM(\"Duration (s)\") AS total_duration_s FROM events GROUP BY year_month ORDER BY year_month"
            ))
        #expect(sqls.contains("SELECT ROUND(100.0 * AVG(ok), 1) AS ok_percent FROM events"))
        #expect(!sqls.contains { $0.contains("SUM(user_id)") })
    }

    @Test func samplesAreDroppedWhenTheSchemaIsHuge() {
        let columns = (0..<1500).map { ColumnInfo(name: "column_\($0)", type: .string, nullable: true, unique: false) }
        let samples = ["wide": Dictionary(uniqueKeysWithValues: columns.map { ($0.name, ["value of \($0.name)"]) })]
        let prompt = PromptBuilder(schema: PromptSchema(tables: [Self.table("wide", columns)], foreignKeys: [], samples: samples)).systemMessage()
        #expect(prompt.contains("  column_1499 TEXT\n);"))
        #expect(!prompt.contains("value of"))
    }

    @Test func repairRoundSendsTheAnswerAndSQLitesError() {
        let builder = PromptBuilder(
            schema: PromptSchema(tables: [Self.table("t", [ColumnInfo(name: "a", type: .integer, nullable: false, unique: false)])], foreignKeys: []))
        let messages = builder.repairMessages(
            question: "sum of b?", previousAnswer: "```sql\nSELECT SUM(b) FROM t\n```", sql: "SELECT SUM(b) FROM t",
            error: "no such column: b")
        #expect(messages.map(\.role) == [.system, .user, .assistant, .user])
        #expect(messages[1].content == "sum of b?")
        #expect(messages[2].content == "```sql\nSELECT SUM(b) FROM t\n```")
        #expect(messages[3].content.hasPrefix("SQLite could not run that query:\nno such column: b\n"))
    }

    @Test func sampleValuesAreTheFirstDistinctInFileOrderOrTheListedOnes() throws {
        let db = try SQLiteDatabase(path: ":memory:")
        try db.execute(
            """
            CREATE TABLE t (code TEXT, kind TEXT, n INTEGER);
            INSERT INTO t VALUES (NULL, 'x', 1), ('', 'y', 2), ('Z9', 'x', 3), ('A1', 'y', 4), ('Z9', 'x', 5), ('\(String(repeating: "long", count: 20))', 'y', 6), ('B2', 'x', 7);
            CREATE INDEX t_code ON t(code);
            """)
        let table = Self.table(
            "t", rows: 7,
            [
                ColumnInfo(name: "code", type: .string, nullable: true, unique: false),
                ColumnInfo(name: "kind", type: .string, nullable: false, unique: false, distinctValues: ["x", "y"]),
                ColumnInfo(name: "n", type: .integer, nullable: false, unique: true),
            ])
        let samples = try SampleValues.read(from: db, tables: [table])
        // Not the index's order (A1, B2, …), not NULL or empty, cut at 40 characters.
        #expect(samples["t"]?["code"] == ["Z9", "A1", String(repeating: "long", count: 10) + "…"])
        #expect(samples["t"]?["kind"] == ["x", "y"])
        #expect(samples["t"]?["n"] == nil, "numbers are described by their type")
    }
}
