import CLibPQ
import Dispatch
import Foundation
import PlexeFoundation
import Synchronization

/// The catalog in PostgreSQL (`PLEXE_CATALOG_URL=postgres://…`), so several nodes share one
/// catalog and one job queue. It runs the same SQL as `SQLiteCatalog` (`SQLCatalog`).
///
/// Over libpq, PostgreSQL's own C client: its blocking calls suit the FastCGI worker threads,
/// which block on everything else too (SQLite, the file store), and it reads the standard
/// connection URI, `PGPASSFILE`/`.pgpass` and the `PG*` variables as every PostgreSQL tool does.
///
/// Transactions: a read is `REPEATABLE READ READ ONLY` (one snapshot for everything it reads);
/// a write is READ COMMITTED, in which the writes that check a limit lock the user's row first
/// (`CatalogConnection.lockUser`) and job claims lock the job they take (`FOR UPDATE SKIP
/// LOCKED`); a write that PostgreSQL ends as a deadlock or a serialization failure is run again.
///
/// Connections: a pool of at most `maxConnections`, opened as needed and kept; a thread waits
/// for a free one rather than opening more. A connection found broken (the server restarted,
/// the network dropped) is closed and a new one opened; a transaction whose BEGIN failed that
/// way is retried once on the new connection, since nothing of it ran.
///
/// Time limits (`PostgresTimeouts`): a server that accepts the connection but never answers
/// fails the connection (at start, or a request that needed a new one) after the connect
/// timeout instead of holding it forever; a statement, or a wait for a lock, that outlasts its
/// limit is cancelled by the server; a server that stops answering mid-statement (so cannot
/// cancel it) fails it a few seconds later, on this side, and its connection is dropped.
final class PostgresCatalog: SQLCatalog {
    /// The connection URI without its password, for messages.
    let name: String
    let leases: JobLeases
    let maxConnections: Int
    let url: String
    let timeouts: PostgresTimeouts
    private let idle = Mutex<[PostgresConnection]>([])
    private let free: DispatchSemaphore
    /// How long a thread waits for a connection before the request fails.
    private static let checkoutTimeoutSeconds = 30
    /// How often a write that lost a deadlock or a serialization check is tried.
    private static let writeAttempts = 5

    init(url: String, leases: JobLeases, maxConnections: Int, timeouts: PostgresTimeouts = .standard) throws {
        self.url = url
        self.name = PostgresConnection.redacted(url)
        self.leases = leases
        self.maxConnections = maxConnections
        self.timeouts = timeouts
        free = DispatchSemaphore(value: maxConnections)
        let first = try PostgresConnection(url: url, timeouts: timeouts)
        try Migrations.apply(to: first, describedAs: name)
        idle.withLock { $0.append(first) }
    }

    func read<T>(_ body: (any CatalogConnection) throws -> T) throws -> T {
        try transaction("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", attempts: 1, body)
    }

    func write<T>(_ body: (any CatalogConnection) throws -> T) throws -> T {
        try transaction("BEGIN", attempts: Self.writeAttempts, body)
    }

    func schemaVersion() throws -> Int {
        try read { try $0.first("SELECT version FROM plexe_schema", []) { try $0.int("version") } } ?? 0
    }

    private func transaction<T>(_ begin: String, attempts: Int, _ body: (any CatalogConnection) throws -> T) throws -> T {
        var attempt = 1
        var reconnected = false
        while true {
            let connection = try checkout()
            defer { checkin(connection) }
            do {
                try connection.execute(begin)
            } catch let error as PostgresError where connection.isBroken && !reconnected {
                // A connection that died while idle shows it only now; nothing ran yet.
                _ = error
                reconnected = true
                continue
            }
            do {
                let result = try body(connection)
                try connection.execute("COMMIT")
                return result
            } catch let error as PostgresError where error.isRetryable && attempt < attempts {
                try? connection.execute("ROLLBACK")
                attempt += 1
            } catch {
                if !connection.isBroken { try? connection.execute("ROLLBACK") }
                throw error
            }
        }
    }

    private func checkout() throws -> PostgresConnection {
        guard free.wait(timeout: .now() + .seconds(Self.checkoutTimeoutSeconds)) == .success else {
            throw PostgresError(
                sqlState: nil,
                message: "no catalog connection free within \(Self.checkoutTimeoutSeconds) s (all \(maxConnections) in use)")
        }
        while let pooled = idle.withLock({ $0.popLast() }) {
            if !pooled.isBroken { return pooled }
        }
        do {
            return try PostgresConnection(url: url, timeouts: timeouts)
        } catch {
            free.signal()
            throw error
        }
    }

    /// Returns a connection to the pool; a broken one is closed (a new one replaces it).
    private func checkin(_ connection: PostgresConnection) {
        if !connection.isBroken { idle.withLock { $0.append(connection) } }
        free.signal()
    }
}

/// How long the catalog waits on PostgreSQL. The URI's own `connect_timeout` or `options`, if
/// it sets them, win (libpq takes the last value given, and the URI comes last).
struct PostgresTimeouts: Sendable {
    /// `PLEXE_CATALOG_CONNECT_TIMEOUT_SECONDS`: for a connection to be established, the server's
    /// first answers included (libpq's `connect_timeout`; it waits at least 2 s).
    var connectSeconds: Int
    /// `PLEXE_CATALOG_STATEMENT_TIMEOUT_SECONDS`: for one statement (`statement_timeout`). The
    /// catalog's statements take milliseconds; a limit far above that ends one that would hold
    /// a request (and its connection) for good. Migrations at start have none: building an
    /// index on a large table may take longer.
    var statementSeconds: Int

    static let defaultConnectSeconds = 5
    static let defaultStatementSeconds = 30
    static let standard = PostgresTimeouts(connectSeconds: defaultConnectSeconds, statementSeconds: defaultStatementSeconds)

    /// For a lock another transaction holds (`lock_timeout`, e.g. a user's row that a write
    /// checking a limit locked): a third of the statement limit, at most 10 s. Those
    /// transactions last milliseconds, so a longer wait means something is stuck.
    var lockSeconds: Int { max(1, min(10, statementSeconds / 3)) }

    /// How long the catalog waits for the server's answer to a statement before it gives the
    /// connection up: the statement limit and 5 s more, so that a server that works cancels the
    /// statement itself first, and one that stopped answering (hung, its host frozen) cannot
    /// hold a request for good.
    var answerSeconds: Int { statementSeconds + 5 }

    /// The server settings libpq passes at connection (`options`).
    var serverOptions: String { "-c statement_timeout=\(statementSeconds)s -c lock_timeout=\(lockSeconds)s" }
}

/// A failed statement (with its SQLSTATE) or connection.
struct PostgresError: Error, CustomStringConvertible {
    var sqlState: String?
    var message: String

    var description: String { sqlState.map { "PostgreSQL \($0): \(message)" } ?? "PostgreSQL: \(message)" }

    /// serialization_failure, deadlock_detected: the transaction may succeed when run again.
    var isRetryable: Bool { sqlState == "40001" || sqlState == "40P01" }
    /// read_only_sql_transaction: a write inside a read.
    var isReadOnlyViolation: Bool { sqlState == "25006" }
}

/// One result of a statement; owns libpq's PGresult. Values come as text (libpq's default
/// format), which `CatalogRow` parses.
final class PostgresResult {
    private let handle: OpaquePointer
    let columns: [String: Int32]

    init(_ handle: OpaquePointer) {
        self.handle = handle
        var columns: [String: Int32] = [:]
        for i in 0..<PQnfields(handle) { columns[String(cString: PQfname(handle, i))] = i }
        self.columns = columns
    }

    deinit { PQclear(handle) }

    var rowCount: Int32 { PQntuples(handle) }
    /// The rows an INSERT, UPDATE or DELETE touched.
    var changes: Int { Int(String(cString: PQcmdTuples(handle))) ?? 0 }

    func isNull(row: Int32, column: Int32) -> Bool { PQgetisnull(handle, row, column) == 1 }
    func text(row: Int32, column: Int32) -> String { String(cString: PQgetvalue(handle, row, column)) }

    /// A BYTEA value, which the text format sends as `\x` and two hex digits a byte.
    func bytea(row: Int32, column: Int32) -> [UInt8]? {
        let length = Int(PQgetlength(handle, row, column))
        guard let value = PQgetvalue(handle, row, column) else { return nil }
        return value.withMemoryRebound(to: UInt8.self, capacity: length) { text -> [UInt8]? in
            guard length >= 2, length % 2 == 0, text[0] == UInt8(ascii: "\\"), text[1] == UInt8(ascii: "x") else { return nil }
            var bytes = [UInt8]()
            bytes.reserveCapacity(length / 2 - 1)
            var i = 2
            while i < length {
                guard let high = Self.hexDigit(text[i]), let low = Self.hexDigit(text[i + 1]) else { return nil }
                bytes.append(high << 4 | low)
                i += 2
            }
            return bytes
        }
    }

    /// The error a failed statement's result describes.
    func error(fallback: String) -> PostgresError {
        // PG_DIAG_SQLSTATE and PG_DIAG_MESSAGE_PRIMARY are the field codes 'C' and 'M'.
        func field(_ code: Character) -> String? {
            PQresultErrorField(handle, Int32(code.asciiValue!)).map { String(cString: $0) }
        }
        return PostgresError(sqlState: field("C"), message: field("M") ?? fallback.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    private static func hexDigit(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return c - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}

/// One libpq connection, used by one thread at a time (the pool hands it out).
final class PostgresConnection: CatalogConnection, @unchecked Sendable {
    private let handle: OpaquePointer
    var dialect: CatalogDialect { .postgres }
    private(set) var changes = 0
    /// The catalog's SQL with `?` placeholders, rewritten to PostgreSQL's `$N` once per text.
    private var rewritten: [String: String] = [:]
    /// How long a statement's answer may take (`PostgresTimeouts.answerSeconds`); nil: as long
    /// as it takes (migrations).
    var answerLimitSeconds: Int?
    private let statementSeconds: Int
    /// Set when an answer did not come in time: the connection's state is unknown, so it is
    /// closed rather than reused.
    private var abandoned = false

    init(url: String, timeouts: PostgresTimeouts = .standard) throws {
        // The URI last, expanded (expand_dbname): its own settings override these defaults.
        let settings = [
            ("connect_timeout", String(timeouts.connectSeconds)), ("options", timeouts.serverOptions), ("dbname", url),
        ]
        let keywords = settings.map { strdup($0.0) }
        let values = settings.map { strdup($0.1) }
        defer { (keywords + values).forEach { free($0) } }
        let connection = (keywords + [nil]).map { UnsafePointer($0) }.withUnsafeBufferPointer { keywordList in
            (values + [nil]).map { UnsafePointer($0) }.withUnsafeBufferPointer { valueList in
                PQconnectdbParams(keywordList.baseAddress, valueList.baseAddress, 1)
            }
        }
        guard let handle = connection else { throw PostgresError(sqlState: nil, message: "libpq could not allocate a connection") }
        guard PQstatus(handle) == CONNECTION_OK else {
            let message = String(cString: PQerrorMessage(handle)).trimmingCharacters(in: .whitespacesAndNewlines)
            PQfinish(handle)
            // libpq says only "timeout expired": which limit, and where it is set.
            let hint =
                message.contains("timeout expired")
                ? " (no answer within the connect timeout, PLEXE_CATALOG_CONNECT_TIMEOUT_SECONDS=\(timeouts.connectSeconds))" : ""
            throw PostgresError(sqlState: nil, message: "cannot connect to \(Self.redacted(url)): \(message)\(hint)")
        }
        self.handle = handle
        answerLimitSeconds = timeouts.answerSeconds
        statementSeconds = timeouts.statementSeconds
        // NOTICEs (a `CREATE … IF NOT EXISTS` that skipped) would go to stderr, the app log.
        PQsetNoticeProcessor(handle, { _, _ in }, nil)
    }

    deinit { PQfinish(handle) }

    /// True once libpq saw the connection fail, or an answer did not come in time: it is
    /// closed rather than reused.
    var isBroken: Bool { abandoned || PQstatus(handle) != CONNECTION_OK }

    /// Runs SQL without parameters: possibly several statements (migrations), or BEGIN/COMMIT.
    func execute(_ script: String) throws {
        guard PQsendQuery(handle, script) == 1 else { throw connectionError() }
        _ = try answer()
    }

    func run(_ sql: String, _ arguments: [SQLiteValue]) throws {
        changes = try query(sql, arguments).changes
    }

    func all<T>(_ sql: String, _ arguments: [SQLiteValue], row: (CatalogRow) throws -> T) throws -> [T] {
        let result = try query(sql, arguments)
        return try (0..<result.rowCount).map { try row(CatalogRow(cells: .postgres(result, row: $0), columns: result.columns, sql: sql)) }
    }

    func first<T>(_ sql: String, _ arguments: [SQLiteValue], row: (CatalogRow) throws -> T) throws -> T? {
        let result = try query(sql, arguments)
        guard result.rowCount > 0 else { return nil }
        return try row(CatalogRow(cells: .postgres(result, row: 0), columns: result.columns, sql: sql))
    }

    /// Runs one statement with its parameters sent apart from the SQL (PQexecParams): text
    /// for numbers and strings, binary for BLOBs, each with its type so that PostgreSQL need
    /// not guess (int8, float8, text, bytea; a NULL's type is inferred from where it stands).
    private func query(_ sql: String, _ arguments: [SQLiteValue]) throws -> PostgresResult {
        let text = placeholdersRewritten(sql)
        var types: [Oid] = []
        var values: [UnsafeMutablePointer<CChar>?] = []
        var lengths: [Int32] = []
        var formats: [Int32] = []
        defer { values.forEach { free($0) } }
        for argument in arguments {
            switch argument {
            case .null:
                types.append(0)
                values.append(nil)
                lengths.append(0)
                formats.append(0)
            case .integer(let value): appendText(String(value), type: 20)
            case .real(let value): appendText(Self.float8Text(value), type: 701)
            case .text(let value): appendText(value, type: 25)
            case .blob(let bytes):
                let buffer = malloc(max(bytes.count, 1))!.assumingMemoryBound(to: CChar.self)
                bytes.withUnsafeBytes { raw in if let base = raw.baseAddress { memcpy(buffer, base, bytes.count) } }
                types.append(17)
                values.append(buffer)
                lengths.append(Int32(bytes.count))
                formats.append(1)
            }
        }
        func appendText(_ value: String, type: Oid) {
            types.append(type)
            values.append(strdup(value))
            lengths.append(0)
            formats.append(0)
        }
        let sent = values.withUnsafeBufferPointer { valuePointers in
            valuePointers.withMemoryRebound(to: UnsafePointer<CChar>?.self) { constValues in
                PQsendQueryParams(handle, text, Int32(arguments.count), types, constValues.baseAddress, lengths, formats, 0)
            }
        }
        guard sent == 1 else { throw connectionError() }
        return try answer()
    }

    /// The answer to what was just sent, as PQexec gives it (the first error, else the last
    /// result), read without blocking past `answerLimitSeconds`: PQexec would wait forever on
    /// a server that stopped answering. Past the limit the connection is given up (`isBroken`).
    private func answer() throws -> PostgresResult {
        let deadline = answerLimitSeconds.map { DispatchTime.now().uptimeNanoseconds + UInt64($0) * 1_000_000_000 }
        var kept: (result: PostgresResult, status: ExecStatusType)?
        while true {
            while PQisBusy(handle) == 1 {
                try waitForInput(until: deadline)
                guard PQconsumeInput(handle) == 1 else { throw connectionError() }
            }
            guard let next = PQgetResult(handle) else { break }
            let status = PQresultStatus(next)
            if kept == nil || Self.succeeded(kept!.status) { kept = (PostgresResult(next), status) } else { PQclear(next) }
        }
        guard let kept else { throw connectionError() }
        return try checked(kept.result, kept.status)
    }

    private static func succeeded(_ status: ExecStatusType) -> Bool { status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK }

    /// Waits until the server sent something, or throws at `deadline` (uptime nanoseconds).
    private func waitForInput(until deadline: UInt64?) throws {
        var descriptor = pollfd(fd: PQsocket(handle), events: Int16(POLLIN), revents: 0)
        guard descriptor.fd >= 0 else { throw connectionError() }
        while true {
            var milliseconds: Int32 = -1
            if let deadline {
                let now = DispatchTime.now().uptimeNanoseconds
                milliseconds = now >= deadline ? 0 : Int32(min((deadline - now) / 1_000_000 + 1, UInt64(Int32.max)))
            }
            let ready = poll(&descriptor, 1, milliseconds)
            if ready > 0 { return }
            if ready < 0 && errno == EINTR { continue }
            if ready < 0 { throw PostgresError(sqlState: nil, message: "waiting for PostgreSQL's answer failed: errno \(errno)") }
            abandoned = true
            throw PostgresError(
                sqlState: nil,
                message: """
                    no answer from the server within \(answerLimitSeconds ?? 0) s (PLEXE_CATALOG_STATEMENT_TIMEOUT_SECONDS=\(statementSeconds) \
                    and 5 s for its cancel to arrive); the connection is closed
                    """)
        }
    }

    private func checked(_ result: PostgresResult, _ status: ExecStatusType) throws -> PostgresResult {
        guard Self.succeeded(status) else {
            throw result.error(fallback: String(cString: PQerrorMessage(handle)))
        }
        return result
    }

    private func connectionError() -> PostgresError {
        PostgresError(sqlState: nil, message: String(cString: PQerrorMessage(handle)).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    private static func float8Text(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
        return "\(value)"
    }

    /// `sql` with each `?` outside quotes replaced by `$1`, `$2`… in order, and `?N` by `$N`.
    private func placeholdersRewritten(_ sql: String) -> String {
        if let known = rewritten[sql] { return known }
        let text = Self.rewritingPlaceholders(sql)
        rewritten[sql] = text
        return text
    }

    static func rewritingPlaceholders(_ sql: String) -> String {
        var out = ""
        out.reserveCapacity(sql.utf8.count + 16)
        var quote: Character?
        var next = 1
        var chars = sql.makeIterator()
        var pending: Character? = nil
        while let c = pending ?? chars.next() {
            pending = nil
            if let q = quote {
                out.append(c)
                if c == q { quote = nil }
                continue
            }
            switch c {
            case "'", "\"":
                quote = c
                out.append(c)
            case "?":
                var digits = ""
                while let d = chars.next() {
                    if d.isASCII, d.isNumber {
                        digits.append(d)
                    } else {
                        pending = d
                        break
                    }
                }
                if digits.isEmpty {
                    out += "$\(next)"
                    next += 1
                } else {
                    out += "$" + digits
                }
            default:
                out.append(c)
            }
        }
        return out
    }

    /// The URI without a password, if it carries one (`postgres://user:secret@host/db`).
    static func redacted(_ url: String) -> String {
        guard var components = URLComponents(string: url), components.password != nil else { return url }
        components.password = "***"
        return components.string ?? url
    }
}
