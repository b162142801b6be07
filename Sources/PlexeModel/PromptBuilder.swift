import PlexeFoundation

/// The messages sent to the model for a question: a system message with the rules, the
/// session's schema as `CREATE TABLE` statements (the form models have seen most), SQLite
/// dialect notes and a few worked examples written on the session's own tables; then the
/// question as the user message. Deterministic: the same schema and question give the same
/// bytes, so the prompt can be snapshot-tested and a model server's prompt cache can reuse
/// the system message across questions.
public struct PromptBuilder: Sendable {
    public let schema: PromptSchema

    /// Past this many characters of table descriptions the samples are left out, so that a
    /// very wide upload still fits a small model's context.
    public static let maxSchemaCharacters = 48_000

    public init(schema: PromptSchema) {
        self.schema = schema
    }

    /// The conversation for a first answer to `question`.
    public func messages(question: String) -> [ChatMessage] {
        [ChatMessage(.system, systemMessage()), ChatMessage(.user, question.trimmingCharacters(in: .whitespacesAndNewlines))]
    }

    /// The conversation for the repair round: the first one, the model's answer, and SQLite's
    /// complaint about the SQL taken from it.
    public func repairMessages(question: String, previousAnswer: String, sql: String, error: String) -> [ChatMessage] {
        messages(question: question) + [
            ChatMessage(.assistant, previousAnswer),
            ChatMessage(
                .user,
                """
                SQLite could not run that query:
                \(error)
                Answer again with the corrected SELECT statement in a ```sql code block, and nothing else.
                """),
        ]
    }

    public func systemMessage() -> String {
        var tables = tableDefinitions(withSamples: true)
        if tables.count > Self.maxSchemaCharacters { tables = tableDefinitions(withSamples: false) }
        return """
            You write SQLite queries that answer questions about the tables below.

            Answer with exactly one SQLite SELECT statement (WITH ... SELECT is fine) in a ```sql code block, and nothing else: no explanation, no second statement. The query only reads: never INSERT, UPDATE, DELETE, CREATE, DROP, ALTER, ATTACH or PRAGMA.

            Tables:
            \(tables)
            SQLite rules:
            - Use only the tables and columns above, spelled exactly as above (with the double quotes where a name has them). Join tables along their REFERENCES.
            - DATE columns hold text 'YYYY-MM-DD' and DATETIME columns ISO 8601 text 'YYYY-MM-DDTHH:MM:SS': compare them with text ('2024-01-31'), take parts with strftime('%Y', col), strftime('%Y-%m', col), strftime('%w', col) (0 is Sunday), shift them with date(col, '+30 days'); today is date('now').
            - BOOLEAN columns hold 1 for true and 0 for false: WHERE col = 1; AVG(col) is the share of true values.
            - There is no TOP, ILIKE, DATE_TRUNC, EXTRACT, YEAR() or MONTH(): use LIMIT n, LIKE (which ignores the case of ASCII letters) and strftime.
            - = on text is case-sensitive: write values as the examples above spell them.
            - Integer division truncates: multiply by 1.0 for a ratio; ROUND(x, 2) rounds.
            - NULL means missing: col IS NULL, col IS NOT NULL; COUNT(col), SUM and AVG skip NULLs.
            - Give every computed column a short snake_case alias (COUNT(*) AS row_count).
            - For "top N" or "which ... most", ORDER BY the measure DESC and LIMIT N.
            - For a chart, put the labels (categories or periods) in the first column and the numbers in the next ones.

            Examples:
            \(workedExamples().map { "Question: \($0.question)\n```sql\n\($0.sql)\n```" }.joined(separator: "\n\n"))
            """
    }

    // MARK: Tables

    func tableDefinitions(withSamples: Bool) -> String {
        var out = ""
        for table in schema.tables {
            out += "CREATE TABLE \(PromptIdentifier.sql(table.tableName)) ( -- \(table.rowCount) rows\n"
            let samples = withSamples ? schema.samples[table.tableName] ?? [:] : [:]
            for (index, column) in table.columns.enumerated() {
                var line = "  \(PromptIdentifier.sql(column.name)) \(column.type.declaredSQLType)"
                if !column.nullable { line += " NOT NULL" }
                if let key = schema.foreignKeys.first(where: { $0.table == table.tableName && $0.column == column.name }) {
                    line += " REFERENCES \(PromptIdentifier.sql(key.referencedTable))(\(PromptIdentifier.sql(key.referencedColumn)))"
                }
                if index < table.columns.count - 1 { line += "," }
                var notes: [String] = []
                if column.unique && table.rowCount > 1 { notes.append("unique") }
                if let values = samples[column.name], !values.isEmpty {
                    let listed = values.map(Self.literal).joined(separator: ", ")
                    if let all = column.distinctValues, all.count <= values.count {
                        notes.append("one of \(listed)")
                    } else if let all = column.distinctValues {
                        notes.append("\(all.count) values, e.g. \(listed)")
                    } else {
                        notes.append("e.g. \(listed)")
                    }
                }
                if !notes.isEmpty { line += " -- " + notes.joined(separator: "; ") }
                out += line + "\n"
            }
            out += ");\n"
        }
        return out
    }

    /// A value as an SQL text literal, on one line.
    static func literal(_ value: String) -> String {
        let oneLine = value.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
        return "'" + oneLine.replacingOccurrences(of: "'", with: "''") + "'"
    }

    // MARK: Worked examples

    struct Example: Equatable {
        var question: String
        var sql: String
    }

    /// Up to four examples on the session's own tables, each showing one thing the rules say:
    /// counting per category, a monthly series with strftime, a join along a foreign key, the
    /// share of a boolean. Kinds the schema has no columns for are left out.
    func workedExamples() -> [Example] {
        var examples: [Example] = []
        let tables = schema.tables
        guard let first = tables.first else { return [] }

        if let (table, column) = firstColumn(where: isCategory) {
            let t = PromptIdentifier.sql(table.tableName)
            let c = PromptIdentifier.sql(column.name)
            examples.append(
                Example(
                    question:
                        "How many rows of \(PromptIdentifier.words(table.tableName)) are there for each \(PromptIdentifier.words(column.name))?",
                    sql: "SELECT \(c), COUNT(*) AS row_count FROM \(t) GROUP BY \(c) ORDER BY row_count DESC"))
        } else {
            examples.append(
                Example(
                    question: "How many rows are in the \(PromptIdentifier.words(first.tableName)) table?",
                    sql: "SELECT COUNT(*) AS row_count FROM \(PromptIdentifier.sql(first.tableName))"))
        }

        // Facts (tables that refer to others: transactions rather than customers) first, and
        // amounts (floats) before counts: "total amount per month", not "total age".
        let factsFirst =
            tables.filter { t in schema.foreignKeys.contains { $0.table == t.tableName } }
            + tables.filter { t in !schema.foreignKeys.contains { $0.table == t.tableName } }
        for table in factsFirst {
            guard let date = table.columns.first(where: { $0.type == .date || $0.type == .datetime }),
                let measure = table.columns.first(where: { isMeasure($0) && $0.type == .float }) ?? table.columns.first(where: isMeasure)
            else { continue }
            let t = PromptIdentifier.sql(table.tableName)
            let d = PromptIdentifier.sql(date.name)
            let m = PromptIdentifier.sql(measure.name)
            let alias = "total_" + PromptIdentifier.alias(measure.name)
            examples.append(
                Example(
                    question: "What is the total \(PromptIdentifier.words(measure.name)) per month?",
                    sql: "SELECT strftime('%Y-%m', \(d)) AS year_month, SUM(\(m)) AS \(alias) FROM \(t) GROUP BY year_month ORDER BY year_month"))
            break
        }

        for key in schema.foreignKeys {
            guard let child = tables.first(where: { $0.tableName == key.table }),
                let parent = tables.first(where: { $0.tableName == key.referencedTable }),
                let group = parent.columns.first(where: isCategory)
            else { continue }
            let c = PromptIdentifier.sql(child.tableName)
            let p = PromptIdentifier.sql(parent.tableName)
            let on = "c.\(PromptIdentifier.sql(key.column)) = p.\(PromptIdentifier.sql(key.referencedColumn))"
            let g = "p.\(PromptIdentifier.sql(group.name))"
            if let measure = child.columns.first(where: { isMeasure($0) && $0.type == .float }) ?? child.columns.first(where: isMeasure) {
                let alias = "average_" + PromptIdentifier.alias(measure.name)
                examples.append(
                    Example(
                        question:
                            "What is the average \(PromptIdentifier.words(measure.name)) of \(PromptIdentifier.words(child.tableName)) for each \(PromptIdentifier.words(group.name)) of \(PromptIdentifier.words(parent.tableName))?",
                        sql:
                            "SELECT \(g), ROUND(AVG(c.\(PromptIdentifier.sql(measure.name))), 2) AS \(alias) FROM \(c) AS c JOIN \(p) AS p ON \(on) GROUP BY \(g) ORDER BY \(alias) DESC"
                    ))
            } else {
                examples.append(
                    Example(
                        question:
                            "How many rows of \(PromptIdentifier.words(child.tableName)) are there for each \(PromptIdentifier.words(group.name)) of \(PromptIdentifier.words(parent.tableName))?",
                        sql: "SELECT \(g), COUNT(*) AS row_count FROM \(c) AS c JOIN \(p) AS p ON \(on) GROUP BY \(g) ORDER BY row_count DESC"))
            }
            break
        }

        if let (table, column) = firstColumn(where: { $0.type == .boolean }) {
            let alias = PromptIdentifier.alias(column.name) + "_percent"
            examples.append(
                Example(
                    question: "What percentage of \(PromptIdentifier.words(table.tableName)) have \(PromptIdentifier.words(column.name)) true?",
                    sql:
                        "SELECT ROUND(100.0 * AVG(\(PromptIdentifier.sql(column.name))), 1) AS \(alias) FROM \(PromptIdentifier.sql(table.tableName))"
                ))
        }
        return examples
    }

    private func firstColumn(where predicate: (ColumnInfo) -> Bool) -> (DatasetTable, ColumnInfo)? {
        for table in schema.tables {
            if let column = table.columns.first(where: predicate) { return (table, column) }
        }
        return nil
    }

    /// A text column with a few repeated values (a plan, a country): what one groups by.
    private func isCategory(_ column: ColumnInfo) -> Bool {
        column.type == .string && !column.unique && (column.distinctValues?.count ?? 0) >= 2
    }

    /// A number that is not an identifier: what one sums or averages.
    private func isMeasure(_ column: ColumnInfo) -> Bool {
        guard column.type == .integer || column.type == .float, !column.unique else { return false }
        let name = column.name.lowercased()
        return name != "id" && !name.hasSuffix("_id")
    }
}
