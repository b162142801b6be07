import CSQLite3

/// The statement-compiler guard of a query connection (`sqlite3_set_authorizer`).
///
/// SQLite asks it about every action a statement would take while it compiles, so the
/// decision sees the statement as SQLite understood it, not as text: a `DELETE` hidden in a
/// CTE, an `ATTACH` inside `VACUUM INTO`, a `PRAGMA` reached through `pragma_table_info()` all
/// show up as their action. The policy is an allow-list: reading tables, running ordinary
/// functions and recursive CTEs. Everything else is denied, which makes the whole statement
/// fail to compile before a single row is touched.
///
/// Decisions made on purpose:
/// - No PRAGMA in any form. The table-valued spellings (`pragma_table_info('t')`) are denied
///   too: the schema is readable with `SELECT * FROM sqlite_master`, and one rule is easier
///   to trust than a list of harmless pragmas.
/// - Eponymous virtual tables (`json_each`, `dbstat`, `sqlite_stmt`, `pragma_*`) are denied
///   as a side effect: SQLite registers them on first use with an `UPDATE` of
///   `sqlite_master`, and no write of any kind is allowed. The uploaded data never holds
///   JSON documents, so `json_each` is no loss; `dbstat` and `sqlite_stmt` only reveal
///   internals.
/// - Functions are allowed except those that reach outside the database or hand SQLite a
///   pointer: `load_extension`, the shell's file functions (`readfile`, `writefile`,
///   `edit`, absent from the library but denied should a build carry them) and
///   `fts3_tokenizer`.
enum QueryAuthorizer {
    /// Installs the policy on `handle`. Every denial is also noted in `state`, because the
    /// error SQLite then reports does not always say so: a denied function or virtual table
    /// comes back as a plain `SQLITE_ERROR`, not `SQLITE_AUTH`.
    static func install(on handle: OpaquePointer, state: UnsafeMutablePointer<QueryConnection.GuardState>) {
        // A closure without captures, so it converts to a C function pointer.
        sqlite3_set_authorizer(
            handle,
            { context, action, _, functionName, _, _ in
                let decision = QueryAuthorizer.decide(action: action, functionName: functionName)
                if decision != SQLITE_OK, let context {
                    context.assumingMemoryBound(to: QueryConnection.GuardState.self).pointee.denied = true
                }
                return decision
            }, UnsafeMutableRawPointer(state))
    }

    static func decide(action: Int32, functionName: UnsafePointer<CChar>?) -> Int32 {
        switch action {
        case SQLITE_SELECT, SQLITE_READ, SQLITE_RECURSIVE:
            return SQLITE_OK
        case SQLITE_FUNCTION:
            // For SQLITE_FUNCTION the second argument is the function's name.
            guard let functionName else { return SQLITE_DENY }
            return isDeniedFunction(String(cString: functionName)) ? SQLITE_DENY : SQLITE_OK
        default:
            return SQLITE_DENY
        }
    }

    static let deniedFunctions: Set<String> = [
        "load_extension", "readfile", "writefile", "edit", "fts3_tokenizer",
    ]

    static func isDeniedFunction(_ name: String) -> Bool {
        deniedFunctions.contains(name.lowercased())
    }
}
