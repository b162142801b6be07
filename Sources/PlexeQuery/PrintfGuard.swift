import CSQLite3

/// `printf()` and `format()` on query connections: SQLite's own, answered at once when a `%c`
/// conversion would repeat its character more often than a value may have bytes.
///
/// Why: the SQLite of Debian 12 (3.40) writes the repeats of `%.*c` one at a time and goes on
/// counting after the text has passed `SQLITE_LIMIT_LENGTH`, so `printf('%.*c', 2000000000,
/// 'x')` spends 10–20 s of CPU inside one VM operation before it returns NULL (its answer to
/// any result over the limit), and neither the deadline (a progress handler, called between
/// operations) nor `sqlite3_interrupt` can stop it. (Later SQLite copies in doubling blocks and
/// stops at the limit.) Found by the SQL fuzz target. Such a call returns that NULL at once;
/// every other call is SQLite's built-in function, run on a private in-memory connection, since
/// on the query connection the names are this one's.
enum PrintfGuard {
    /// Registers `printf` and `format` on `handle`, for a connection whose `SQLITE_LIMIT_LENGTH`
    /// is `maxValueBytes`.
    static func install(on handle: OpaquePointer, maxValueBytes: Int32) {
        for name in ["printf", "format"] {
            // Without memory for an in-memory connection, SQLite's own function stays.
            guard let builtin = BuiltinPrintf(maxValueBytes: maxValueBytes) else { return }
            // The connection owns the delegate: SQLite calls the destructor when it closes.
            let context = Unmanaged.passRetained(builtin).toOpaque()
            sqlite3_create_function_v2(
                handle, name, -1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, context,
                { context, argc, argv in
                    guard let context, let data = sqlite3_user_data(context) else { return }
                    Unmanaged<BuiltinPrintf>.fromOpaque(data).takeUnretainedValue().call(context, argc, argv)
                }, nil, nil,
                { data in
                    if let data { Unmanaged<BuiltinPrintf>.fromOpaque(data).release() }
                })
        }
    }

    /// The most times a `%c` conversion of `format` repeats its character with these arguments
    /// (0 when none does), read as SQLite 3.40's printf reads it: flags, width and precision in
    /// one loop, `*` taking the next argument as an integer (0 past the last), `l` / `ll`, then
    /// the conversion letter; an unknown letter, `%T` or `%S` ends the output there.
    ///
    /// - Parameter integerArgument: argument `i` (0 is the one after the format) as
    ///   `sqlite3_value_int64` reads it.
    static func largestCharacterRepeat(format: [UInt8], argumentCount: Int, integerArgument: (Int) -> Int64) -> Int64 {
        // SQLite reads the format as a C string.
        let text = format.prefix { $0 != 0 }
        func at(_ i: Int) -> UInt8 { i < text.count ? text[text.startIndex + i] : 0 }
        var used = 0
        func nextArgument() -> Int64 {
            guard used < argumentCount else { return 0 }
            defer { used += 1 }
            return integerArgument(used)
        }
        func isDigit(_ c: UInt8) -> Bool { c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") }
        var largest: Int64 = 0
        var i = 0
        while i < text.count {
            guard at(i) == UInt8(ascii: "%") else {
                i += 1
                continue
            }
            i += 1
            var c = at(i)
            if c == 0 { break }
            var precision: Int32 = -1
            var done = false
            repeat {
                switch c {
                case UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: " "), UInt8(ascii: "#"), UInt8(ascii: "!"),
                    UInt8(ascii: "0"), UInt8(ascii: ","):
                    break
                case UInt8(ascii: "l"):
                    i += 1
                    c = at(i)
                    if c == UInt8(ascii: "l") {
                        i += 1
                        c = at(i)
                    }
                    done = true
                case UInt8(ascii: "1")...UInt8(ascii: "9"):
                    // A width: padding is written in one go, so its size does not matter here.
                    repeat {
                        i += 1
                        c = at(i)
                    } while isDigit(c)
                    if c != UInt8(ascii: ".") && c != UInt8(ascii: "l") { done = true } else { i -= 1 }
                case UInt8(ascii: "*"):
                    _ = nextArgument()
                    let following = at(i + 1)
                    if following != UInt8(ascii: ".") && following != UInt8(ascii: "l") {
                        i += 1
                        c = at(i)
                        done = true
                    }
                case UInt8(ascii: "."):
                    i += 1
                    c = at(i)
                    if c == UInt8(ascii: "*") {
                        let value = Int32(truncatingIfNeeded: nextArgument())
                        precision = value >= 0 ? value : (value >= -Int32.max ? -value : -1)
                        i += 1
                        c = at(i)
                    } else {
                        var digits: UInt32 = 0
                        while isDigit(c) {
                            digits = digits &* 10 &+ UInt32(c - UInt8(ascii: "0"))
                            i += 1
                            c = at(i)
                        }
                        precision = Int32(digits & 0x7fff_ffff)
                    }
                    if c == UInt8(ascii: "l") { i -= 1 } else { done = true }
                default:
                    done = true
                }
                if !done {
                    i += 1
                    c = at(i)
                    if c == 0 { break }
                }
            } while !done
            switch c {
            case UInt8(ascii: "c"):
                _ = nextArgument()
                largest = max(largest, Int64(precision))
            case UInt8(ascii: "n"), UInt8(ascii: "%"):
                break
            case UInt8(ascii: "d"), UInt8(ascii: "i"), UInt8(ascii: "u"), UInt8(ascii: "x"), UInt8(ascii: "X"),
                UInt8(ascii: "o"), UInt8(ascii: "p"), UInt8(ascii: "r"), UInt8(ascii: "f"), UInt8(ascii: "e"),
                UInt8(ascii: "E"), UInt8(ascii: "g"), UInt8(ascii: "G"), UInt8(ascii: "s"), UInt8(ascii: "z"),
                UInt8(ascii: "q"), UInt8(ascii: "Q"), UInt8(ascii: "w"):
                _ = nextArgument()
            default:
                return largest
            }
            i += 1
        }
        return largest
    }
}

/// SQLite's built-in `printf`, called through a connection of its own.
private final class BuiltinPrintf {
    private let database: OpaquePointer
    private let maxValueBytes: Int32
    /// `SELECT printf(?1, …, ?n)` by argument count.
    private var statements: [Int32: OpaquePointer] = [:]

    init?(maxValueBytes: Int32) {
        var db: OpaquePointer?
        guard sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nil) == SQLITE_OK,
            let db
        else {
            sqlite3_close_v2(db)
            return nil
        }
        database = db
        self.maxValueBytes = maxValueBytes
        sqlite3_limit(db, SQLITE_LIMIT_LENGTH, maxValueBytes)
    }

    deinit {
        for statement in statements.values { sqlite3_finalize(statement) }
        sqlite3_close_v2(database)
    }

    func call(_ context: OpaquePointer, _ argc: Int32, _ argv: UnsafeMutablePointer<OpaquePointer?>?) {
        if argc >= 1, let argv, let format = sqlite3_value_text(argv[0]) {
            let bytes = Array(UnsafeBufferPointer(start: format, count: Int(sqlite3_value_bytes(argv[0]))))
            let repeats = PrintfGuard.largestCharacterRepeat(format: bytes, argumentCount: Int(argc) - 1) {
                sqlite3_value_int64(argv[$0 + 1])
            }
            if repeats > Int64(maxValueBytes) {
                sqlite3_result_null(context)
                return
            }
        }
        guard let statement = statement(arguments: argc) else {
            sqlite3_result_error(context, sqlite3_errmsg(database), -1)
            return
        }
        defer {
            sqlite3_reset(statement)
            sqlite3_clear_bindings(statement)
        }
        for index in 0..<argc {
            sqlite3_bind_value(statement, index + 1, argv?[Int(index)])
        }
        let rc = sqlite3_step(statement)
        if rc == SQLITE_ROW {
            sqlite3_result_value(context, sqlite3_column_value(statement, 0))
        } else if rc & 0xff == SQLITE_TOOBIG {
            sqlite3_result_error_toobig(context)
        } else {
            sqlite3_result_error(context, sqlite3_errmsg(database), -1)
            sqlite3_result_error_code(context, rc)
        }
    }

    private func statement(arguments: Int32) -> OpaquePointer? {
        if let statement = statements[arguments] { return statement }
        let placeholders = (0..<arguments).map { "?\($0 + 1)" }.joined(separator: ", ")
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(database, "SELECT printf(\(placeholders))", -1, &statement, nil) == SQLITE_OK, let statement else {
            return nil
        }
        statements[arguments] = statement
        return statement
    }
}
