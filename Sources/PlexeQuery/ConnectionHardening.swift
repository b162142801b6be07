import CSQLite3
import CSQLiteGuards

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The connection-level guards of a query connection, set once when it opens.
///
/// They sit under the authorizer, so that a gap in one layer is not a way out:
/// - `SQLITE_DBCONFIG_DEFENSIVE` turns off the features that can corrupt a database from
///   SQL (`writable_schema`, shadow-table writes, `journal_mode=OFF`).
/// - Extension loading off, at the C level and for the SQL function.
/// - `SQLITE_LIMIT_ATTACHED` 0: `ATTACH` (and `VACUUM INTO`, which attaches its target)
///   cannot open a second file.
/// - `SQLITE_LIMIT_LENGTH`: no single string or blob (`zeroblob(1e9)`, `printf('%.*c', …)`)
///   may grow past what one result may hold. (Memory as a whole is bounded per query by
///   the budget `QueryConnection.run` opens; see CSQLiteGuards.)
/// - `instr`, `replace`, `trim`, `ltrim`, `rtrim`, `like` and `glob` replaced by versions whose
///   cost is linear or bounded: SQLite's own are quadratic inside one VM step, where the
///   deadline's progress handler cannot stop them.
/// - `printf()` / `format()` answer a `%c` repeat past the length limit at once (see `PrintfGuard`).
enum ConnectionHardening {
    /// The largest string or blob a query may build, in bytes.
    static let maxValueBytes: Int32 = 100 * 1024 * 1024

    static func apply(to handle: OpaquePointer) {
        sqlite3_enable_load_extension(handle, 0)
        _ = setDatabaseOption(SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, to: 0, on: handle)
        _ = setDatabaseOption(SQLITE_DBCONFIG_DEFENSIVE, to: 1, on: handle)
        _ = setDatabaseOption(SQLITE_DBCONFIG_TRUSTED_SCHEMA, to: 0, on: handle)
        sqlite3_limit(handle, SQLITE_LIMIT_ATTACHED, 0)
        sqlite3_limit(handle, SQLITE_LIMIT_LENGTH, maxValueBytes)
        let rc = plexe_register_bounded_functions(handle)
        precondition(rc == SQLITE_OK, "the bounded SQL functions could not be registered (SQLite \(rc))")
        PrintfGuard.install(on: handle, maxValueBytes: maxValueBytes)
    }

    /// The current value of an integer `sqlite3_db_config` option, or nil where the
    /// function cannot be called (see `databaseConfig`).
    static func databaseOption(_ option: Int32, on handle: OpaquePointer) -> Int32? {
        setDatabaseOption(option, to: -1, on: handle)
    }

    /// Sets an integer `sqlite3_db_config` option (-1 leaves it) and returns its new value.
    @discardableResult
    static func setDatabaseOption(_ option: Int32, to value: Int32, on handle: OpaquePointer) -> Int32? {
        guard let databaseConfig else { return nil }
        var current: Int32 = -1
        let rc = databaseConfig(handle, option, value, &current)
        return rc == SQLITE_OK ? current : nil
    }

    /// `sqlite3_db_config` with the (int, int*) arguments of its boolean options.
    ///
    /// The C function is variadic, and Swift does not import variadic C functions, so it is
    /// looked up by name and called through a fixed prototype. That is sound where variadic
    /// arguments travel exactly like fixed ones: the System V x86-64 and the Linux AArch64
    /// calling conventions, i.e. every Linux this product runs on. Elsewhere (Apple's arm64
    /// passes variadic arguments on the stack) the option is left alone and the other guards
    /// carry the load.
    private typealias DatabaseConfigFunction = @convention(c) (OpaquePointer?, Int32, Int32, UnsafeMutablePointer<Int32>?) -> Int32

    private static let databaseConfig: DatabaseConfigFunction? = {
        #if os(Linux) && (arch(x86_64) || arch(arm64))
            guard let process = dlopen(nil, RTLD_NOW), let symbol = dlsym(process, "sqlite3_db_config") else { return nil }
            return unsafeBitCast(symbol, to: DatabaseConfigFunction.self)
        #else
            return nil
        #endif
    }()
}
