/// Gives every column a name usable in SQL, keeping the header's (or JSON key's) text when it
/// can.
///
/// - an empty name becomes `column_N`, N its 1-based position;
/// - a repeated name gets `_2`, `_3`… (`name`, `name_2`);
/// - "repeated" ignores ASCII case, as SQLite does for column names (`ID` and `id` would make
///   `CREATE TABLE` fail);
/// - a generated name never takes a name that a later header spells out itself
///   (`a,a,a_2` gives `a`, `a_3`, `a_2`), so names are stable whatever the order of clashes.
struct ColumnNamer {
    private var taken: Set<String> = []
    private var reserved: Set<String> = []
    private(set) var names: [String] = []

    /// - Parameter upcoming: every raw name known in advance (a CSV header), reserved so that a
    ///   generated name does not take one of them.
    init(reserving upcoming: [String] = []) {
        reserved = Set(upcoming.map(ColumnNamer.folded))
    }

    /// Refuses a raw name holding a control character (NUL, tab, newline, escape, DEL...):
    /// it would reach SQL, logs and every client's rendering of the table, and no header
    /// means one on purpose.
    static func check(_ raw: String, line: Int) throws {
        if let bad = raw.unicodeScalars.first(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) {
            throw IngestError(
                line: line,
                message:
                    "a column name holds a control character (U+\(String(bad.value, radix: 16, uppercase: true).leftPadded(to: 4))); rename the column"
            )
        }
    }

    /// Names the next column from its raw name.
    mutating func add(_ raw: String) -> String {
        let position = names.count + 1
        var name = raw
        if raw.isEmpty {
            name = "column_\(position)"
            var suffix = 2
            while isUnavailable(name) {
                name = "column_\(position)_\(suffix)"
                suffix += 1
            }
        } else if taken.contains(ColumnNamer.folded(raw)) {
            var suffix = 2
            repeat {
                name = "\(raw)_\(suffix)"
                suffix += 1
            } while isUnavailable(name)
        }
        taken.insert(ColumnNamer.folded(name))
        names.append(name)
        return name
    }

    private func isUnavailable(_ name: String) -> Bool {
        let key = ColumnNamer.folded(name)
        return taken.contains(key) || reserved.contains(key)
    }

    /// SQLite folds ASCII letters only.
    private static func folded(_ name: String) -> String {
        String(decoding: name.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
