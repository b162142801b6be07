import PlexeFoundation

/// What a dataset holds, for error messages: `no such table: penguin` is more use with
/// "did you mean `penguins`?" and the list of what exists, the way the English engine's
/// refusals name the tables and columns it knows.
struct SchemaHint: Sendable, Equatable {
    struct Table: Sendable, Equatable {
        var name: String
        var columns: [String]
    }

    /// The user's tables in file order; SQLite's own and the server's (`plexe_text_values`) are
    /// not the user's business.
    var tables: [Table]

    /// Reads the tables and columns of `main`, before the authorizer is installed. Column
    /// names come from compiling `SELECT *` of each table (never stepped), not from
    /// `pragma_table_info`: using that virtual table here would leave it connected, and a
    /// user's `pragma_table_info(...)` would then be refused only when it runs rather than
    /// when it compiles.
    init(database: SQLiteDatabase) throws {
        let names = try database.query(
            """
            SELECT name FROM main.sqlite_master
            WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name <> ?
            ORDER BY rowid
            """, [.text(TextValueIndex.tableName)]
        ) { $0.string(0) }
        tables = try names.map { name in
            let statement = try database.prepare("SELECT * FROM main.\"\(name.replacingOccurrences(of: "\"", with: "\"\""))\"")
            return Table(name: name, columns: (0..<statement.columnCount).map { statement.columnName($0) })
        }
    }

    init(tables: [Table]) { self.tables = tables }

    /// SQLite's compile message with the hint added, when it is about a missing table or
    /// column; nil otherwise.
    func explain(_ message: String) -> String? {
        if let name = Self.subject(of: message, after: "no such table: ") {
            // `main.penguin` or `penguin`: the part after the schema is what was misspelt.
            let bare = name.split(separator: ".").last.map(String.init) ?? name
            let guesses = Self.closest(to: bare, among: tables.map(\.name))
            return message + Self.guessText(guesses) + " Tables and their columns: \(summary)."
        }
        if let name = Self.subject(of: message, after: "no such column: ") {
            // `p.specie`: the qualifier is an alias of the query's, not a table name to match.
            let bare = name.split(separator: ".").last.map(String.init) ?? name
            var candidates: [String] = []
            for table in tables {
                for column in table.columns where !candidates.contains(column) { candidates.append(column) }
            }
            let guesses = Self.closest(to: bare, among: candidates).map { column -> String in
                let owners = tables.filter { $0.columns.contains(column) }.map(\.name)
                // With several tables, say where the column is; quoted when it needs quoting.
                let spelled = Self.needsQuoting(column) ? "\"\(column.replacingOccurrences(of: "\"", with: "\"\""))\"" : column
                return tables.count > 1 ? "\(spelled) (in \(owners.joined(separator: ", ")))" : spelled
            }
            return message + Self.guessText(guesses) + " Tables and their columns: \(summary)."
        }
        return nil
    }

    /// "customers (customer_id, name, …); transactions (…)", as the English engine writes it.
    var summary: String {
        tables.isEmpty ? "none" : tables.map { "\($0.name) (\($0.columns.joined(separator: ", ")))" }.joined(separator: "; ")
    }

    private static func guessText(_ guesses: [String]) -> String {
        switch guesses.count {
        case 0: return "."
        case 1: return " — did you mean `\(guesses[0])`?"
        default: return " — did you mean " + guesses.dropLast().map { "`\($0)`" }.joined(separator: ", ") + " or `\(guesses.last!)`?"
        }
    }

    private static func subject(of message: String, after prefix: String) -> String? {
        guard message.hasPrefix(prefix) else { return nil }
        let name = String(message.dropFirst(prefix.count))
        return name.isEmpty ? nil : name
    }

    static func needsQuoting(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first == "_" || ("a"..."z").contains(first) || ("A"..."Z").contains(first) else { return true }
        return !name.unicodeScalars.allSatisfy { $0 == "_" || ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) }
    }

    /// The names nearest `word` (case-insensitive edit distance), at most three, nearest
    /// first. Near means: a prefix of the other (`specie` of `species`), or at most a third
    /// of the longer name's letters changed (at least one), so a wild guess gets no
    /// suggestion rather than a misleading one.
    static func closest(to word: String, among names: [String]) -> [String] {
        let target = Array(word.lowercased())
        guard !target.isEmpty else { return [] }
        var scored: [(name: String, distance: Int, order: Int)] = []
        for (order, name) in names.enumerated() {
            let candidate = Array(name.lowercased())
            let distance = editDistance(target, candidate)
            let longer = max(target.count, candidate.count)
            let isPrefix =
                min(target.count, candidate.count) >= 3
                && (candidate.starts(with: target) || target.starts(with: candidate))
            if isPrefix || distance <= max(1, longer / 3) {
                scored.append((name, isPrefix ? min(distance, 1) : distance, order))
            }
        }
        scored.sort { ($0.distance, $0.order) < ($1.distance, $1.order) }
        guard let best = scored.first?.distance else { return [] }
        // Only the best tier: "penguin" gets `penguins`, not also every name two letters away.
        return scored.filter { $0.distance == best }.prefix(3).map(\.name)
    }

    /// Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of
    /// two neighbours (the commonest typo) cost one each.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previous2[j - 2] + 1)
                }
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}
