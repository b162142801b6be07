import CSQLite3
import CSQLiteGuards
import PlexeFoundation

/// One read-only connection to one dataset database, with every guard installed, that runs
/// one user statement at a time.
///
/// A connection is used by one thread at a time: the pool hands it out and takes it back,
/// which is why it may cross threads (`@unchecked Sendable`) without a lock of its own.
final class QueryConnection: @unchecked Sendable {
    let database: SQLiteDatabase
    /// Shared with the C callbacks through the pointer they were registered with.
    private let state: UnsafeMutablePointer<GuardState>

    /// What the guards' C callbacks read and write while a statement compiles and runs.
    struct GuardState {
        /// The running statement's deadline in `MonotonicClock` nanoseconds (`.max`: none).
        var deadline: UInt64 = .max
        /// Set by the authorizer when it refused something since it was last cleared.
        var denied = false
    }

    /// The statements a user may run, by their first keyword.
    static let allowedLeadingKeywords: Set<String> = ["SELECT", "WITH", "VALUES"]

    /// How many VM operations run between two looks at the clock: a clock read per thousand
    /// operations is lost in the cost of the operations, and a thousand operations take
    /// microseconds, so a query stops almost exactly at its deadline.
    static let progressInterval: Int32 = 1000

    /// The database's filter indexes, as this connection sees them: empty on a connection
    /// that hides them (and then no plan is ever sent elsewhere).
    let filterIndexes: FilterIndexes

    /// The dataset's tables and columns, for the hint on `no such table` / `no such column`;
    /// nil when they could not be read (the error then goes out in SQLite's words alone).
    let schemaHint: SchemaHint?

    /// What a statement's plan is checked for before it runs (see `FilterIndexes`).
    enum PlanCheck {
        /// Run whatever the plan.
        case none
        /// A plan that uses a filter index where it can lose gets this many nanoseconds to
        /// finish (a `LIMIT` or a narrow range may make it quick); past them, or at once when
        /// 0, it is declined.
        case filterIndexUse(trialNanoseconds: UInt64)
        /// Decline a plan with more nested full scans than this (the plan on a connection
        /// that sees the filter indexes had this many).
        case nestedFullScans(atMost: Int)
    }

    /// What running a statement came to.
    enum Outcome {
        case finished(QueryResult)
        /// The plan failed the check (or its trial); no result was returned. Carries the
        /// plan's nested full scans.
        case declined(nestedFullScans: Int)
    }

    /// Opens `path` read-only and installs the guards; the file must exist.
    ///
    /// - Parameter hidingFilterIndexes: shadow the tables that carry filter indexes with views
    ///   that cannot use them, for the statements `Outcome.needsPlainPlan` sends here.
    init(path: String, hidingFilterIndexes: Bool = false) throws(QueryError) {
        do {
            database = try SQLiteDatabase(path: path, options: .init(readOnly: true, create: false, busyTimeoutMs: 1000))
        } catch {
            throw QueryError(.unavailable, "the dataset's database could not be opened", sqliteCode: (error as? SQLiteError)?.code)
        }
        state = .allocate(capacity: 1)
        state.initialize(to: GuardState())

        let handle = database.handle
        // Settings and views go in before the authorizer, which would refuse them.
        do {
            let indexes = try FilterIndexes(database: database)
            if hidingFilterIndexes {
                try indexes.hide(on: database)
                filterIndexes = .none
            } else {
                filterIndexes = indexes
            }
            try ReaderSettings.apply(to: database)
        } catch {
            throw QueryError(.unavailable, "the dataset's database could not be read", sqliteCode: (error as? SQLiteError)?.code)
        }
        schemaHint = try? SchemaHint(database: database)
        ConnectionHardening.apply(to: handle)
        QueryAuthorizer.install(on: handle, state: state)
        sqlite3_progress_handler(
            handle, Self.progressInterval,
            { context in
                guard let context else { return 0 }
                let deadline = context.assumingMemoryBound(to: GuardState.self).pointee.deadline
                return MonotonicClock.nanoseconds() > deadline ? 1 : 0
            }, UnsafeMutableRawPointer(state))
    }

    deinit {
        sqlite3_progress_handler(database.handle, 0, nil, nil)
        sqlite3_set_authorizer(database.handle, nil, nil)
        state.deinitialize(count: 1)
        state.deallocate()
    }

    /// Compiles `sql` under the guards and reads its rows within `limits`, unless its plan
    /// belongs on a connection that hides the filter indexes.
    func run(sql: String, limits: QueryLimits, check: PlanCheck = .none) throws(QueryError) -> Outcome {
        let clock = ContinuousClock()
        let start = clock.now
        // Everything SQLite allocates for this statement, from its compilation to its last
        // row, counts against the query's memory budget (see CSQLiteGuards).
        plexe_memory_budget_begin(Int64(limits.maxMemoryBytes))
        defer { _ = plexe_memory_budget_end(nil) }
        let statement = try prepareSingleReadOnlyStatement(sql, limits: limits)
        defer { sqlite3_finalize(statement) }
        // A plan on trial runs under a short deadline of its own first.
        var trial: (nestedFullScans: Int, nanoseconds: UInt64)?
        switch check {
        case .none:
            break
        case .filterIndexUse(let trialNanoseconds):
            if !filterIndexes.isEmpty, let plan = plan(of: statement), !filterIndexes.allows(plan: plan) {
                guard trialNanoseconds > 0 else { return .declined(nestedFullScans: plan.nestedFullScans) }
                trial = (plan.nestedFullScans, trialNanoseconds)
            }
        case .nestedFullScans(let limit):
            if let plan = plan(of: statement), plan.nestedFullScans > limit {
                return .declined(nestedFullScans: plan.nestedFullScans)
            }
        }

        let timeoutNanoseconds =
            UInt64(limits.timeout.components.seconds) * 1_000_000_000
            + UInt64(limits.timeout.components.attoseconds / 1_000_000_000)
        let now = MonotonicClock.nanoseconds()
        let deadline = now &+ timeoutNanoseconds
        // A trial longer than the query's own timeout is no trial: the timeout applies.
        let trialDeadline = trial.map { now &+ $0.nanoseconds }.flatMap { $0 < deadline ? $0 : nil }
        state.pointee.deadline = trialDeadline ?? deadline
        defer { state.pointee.deadline = .max }

        var reader = ResultReader(statement: statement, limits: limits)
        while true {
            let rc = sqlite3_step(statement)
            if rc == SQLITE_DONE { break }
            guard rc == SQLITE_ROW else {
                if let trial, let trialDeadline, rc & 0xff == SQLITE_INTERRUPT, MonotonicClock.nanoseconds() > trialDeadline {
                    return .declined(nestedFullScans: trial.nestedFullScans)
                }
                throw stepError(rc, limits: limits)
            }
            if !reader.appendCurrentRow() { break }
        }
        let elapsed = clock.now - start
        let milliseconds = Int(elapsed.components.seconds) * 1000 + Int(elapsed.components.attoseconds / 1_000_000_000_000_000)
        return .finished(reader.result(executionTimeMs: milliseconds))
    }

    /// The plan of a compiled statement (`EXPLAIN QUERY PLAN`), or nil when it cannot be had
    /// (the statement then runs as compiled). Compiling the explanation passes the same
    /// authorizer, and reads no data.
    private func plan(of statement: OpaquePointer) -> QueryPlan? {
        guard let text = sqlite3_sql(statement) else { return nil }
        var explain: OpaquePointer?
        let rc = sqlite3_prepare_v3(database.handle, "EXPLAIN QUERY PLAN " + String(cString: text), -1, 0, &explain, nil)
        defer { sqlite3_finalize(explain) }
        guard rc == SQLITE_OK, let explain, sqlite3_column_count(explain) >= 4 else { return nil }
        var rows: [(id: Int, parent: Int, detail: String)] = []
        while sqlite3_step(explain) == SQLITE_ROW {
            let detail = sqlite3_column_text(explain, 3).map { String(cString: $0) } ?? ""
            rows.append((Int(sqlite3_column_int64(explain, 0)), Int(sqlite3_column_int64(explain, 1)), detail))
        }
        return QueryPlan(rows: rows)
    }

    // MARK: Compiling

    /// The one statement of `sql`, compiled and checked, or the reason it may not run.
    private func prepareSingleReadOnlyStatement(_ sql: String, limits: QueryLimits) throws(QueryError) -> OpaquePointer {
        // SQLite stops reading at a NUL byte; text hidden behind one would be silently
        // ignored, so it is refused instead.
        if sql.utf8.contains(0) {
            throw QueryError(.syntax, "the query contains a NUL character")
        }
        let outcome: Result<OpaquePointer, QueryError> = sql.withCString { text in
            var statement: OpaquePointer?
            var tail: UnsafePointer<CChar>?
            state.pointee.denied = false
            let rc = sqlite3_prepare_v3(database.handle, text, -1, 0, &statement, &tail)
            guard rc == SQLITE_OK else { return .failure(compileError(rc, limits: limits)) }
            guard let statement else { return .failure(QueryError(.empty, "the query is empty")) }
            if let tail, !Self.holdsNoStatement(tail, on: database.handle) {
                sqlite3_finalize(statement)
                return .failure(QueryError(.tooManyStatements, QueryError.singleStatementMessage))
            }
            // The authorizer is not asked about every statement: REINDEX and VACUUM compile
            // without a question, and EXPLAIN passes as the SELECT it explains. So the kind
            // of statement is checked too, by its first keyword, and what SQLite says of it.
            let keyword = SQLText.leadingKeyword(text)
            if !Self.allowedLeadingKeywords.contains(keyword) || sqlite3_stmt_isexplain(statement) != 0
                || sqlite3_stmt_readonly(statement) == 0
            {
                sqlite3_finalize(statement)
                return .failure(QueryError(.notReadOnly, QueryError.readOnlyMessage))
            }
            return .success(statement)
        }
        return try outcome.get()
    }

    /// True when `text` is only whitespace, comments and semicolons.
    ///
    /// SQLite decides, not a hand-written lexer: compiling the rest gives no statement
    /// exactly when it holds none. Anything that compiles to a statement, or fails to
    /// compile (a denied write, a syntax error), is a second statement. Nothing compiled
    /// here is ever stepped.
    private static func holdsNoStatement(_ text: UnsafePointer<CChar>, on handle: OpaquePointer) -> Bool {
        var rest = text
        while rest.pointee != 0 {
            var statement: OpaquePointer?
            var tail: UnsafePointer<CChar>?
            let rc = sqlite3_prepare_v3(handle, rest, -1, 0, &statement, &tail)
            if let statement {
                sqlite3_finalize(statement)
                return false
            }
            guard rc == SQLITE_OK else { return false }
            guard let tail, tail > rest else { return true }
            rest = tail
        }
        return true
    }

    private func compileError(_ rc: Int32, limits: QueryLimits) -> QueryError {
        if rc & 0xff == SQLITE_NOMEM { return Self.memoryError(rc, limits: limits) }
        if state.pointee.denied || rc & 0xff == SQLITE_AUTH {
            return QueryError(.notReadOnly, QueryError.readOnlyMessage, sqliteCode: rc)
        }
        if Self.isStorageFailure(rc) {
            return QueryError(.unavailable, "the dataset's database could not be read", sqliteCode: rc)
        }
        let message = database.lastErrorMessage
        return QueryError(.syntax, schemaHint?.explain(message) ?? message, sqliteCode: rc)
    }

    // MARK: Running

    private func stepError(_ rc: Int32, limits: QueryLimits) -> QueryError {
        if rc & 0xff == SQLITE_NOMEM { return Self.memoryError(rc, limits: limits) }
        if rc & 0xff == SQLITE_INTERRUPT {
            if MonotonicClock.nanoseconds() > state.pointee.deadline {
                return QueryError(.timeout, "the query ran longer than \(limits.timeoutMilliseconds) ms and was stopped", sqliteCode: rc)
            }
            return QueryError(.other, "the query was interrupted", sqliteCode: rc)
        }
        if Self.isStorageFailure(rc) {
            return QueryError(.unavailable, "the dataset's database could not be read", sqliteCode: rc)
        }
        return QueryError(.other, database.lastErrorMessage, sqliteCode: rc)
    }

    /// SQLITE_NOMEM on a query connection is the budget speaking (the machine's own memory
    /// running out would show elsewhere first): the statement's fault.
    private static func memoryError(_ rc: Int32, limits: QueryLimits) -> QueryError {
        let mebibytes = limits.maxMemoryBytes >> 20
        return QueryError(
            .tooMuchMemory, "the query needs more than the \(mebibytes) MiB of memory a query may use; select fewer or smaller values, or aggregate",
            sqliteCode: rc)
    }

    /// Failures of the file or the machine rather than of the statement.
    static func isStorageFailure(_ rc: Int32) -> Bool {
        switch rc & 0xff {
        case SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_NOTADB, SQLITE_CANTOPEN, SQLITE_PERM, SQLITE_FULL: return true
        default: return false
        }
    }
}
