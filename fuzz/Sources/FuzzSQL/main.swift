import FuzzSupport
import Glibc
import PlexeFoundation
import PlexeIngest
import PlexeQuery

// One input is the text of one user query, run by the query engine (every guard: read-only
// hardened connections, the authorizer, the single read-only statement check, the plan check
// with filter indexes, the deadline and the row and byte limits) against a small dataset
// database made once per process the way the server makes one: two CSV files ingested, their
// foreign key found, join and filter indexes built and analysed.
//
// The invariants, after every input:
// - nothing was written: the database file's bytes are the same, no journal or other file
//   appeared beside it or in the working directory, and the connection the next query gets
//   has nothing in its temporary schema;
// - a statement the user wrote is never the server's fault (`unavailable` is a 500);
// - a result keeps its limits: at most `maxRows` rows, each as wide as the columns.

// A short timeout: the endless recursive CTEs and cross joins the fuzzer writes would
// otherwise take most of its time; the way a query is stopped is the same at any length.
let limits = QueryLimits(maxRows: 50, maxResultBytes: 1 << 20, timeout: .milliseconds(25))

struct Dataset {
    let directory: String
    let path: String
    let bytes: [UInt8]
    let workingDirectory: String
    let workingDirectoryListing: [String]
}

func readFile(_ path: String) -> [UInt8] {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { fail("cannot read \(path)") }
    defer { close(fd) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
        let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        if n < 0 && errno == EINTR { continue }
        guard n >= 0 else { fail("cannot read \(path)") }
        if n == 0 { return bytes }
        bytes += chunk[0..<n]
    }
}

func makeDataset() -> Dataset {
    let directory = Scratch.path("dataset")
    mkdir(directory, 0o700)
    let path = directory + "/upload.sqlite"
    var customers = "customer_id,name,age,country,joined,lifetime_value,churn\n"
    let countries = ["Canada", "France", "Japan", "Brazil", "Kenya"]
    for i in 1...300 {
        customers +=
            "\(i),Name \(i),\(18 + i % 60),\(countries[i % 5]),2024-\(format2(1 + i % 12))-\(format2(1 + i % 28)),\(Double(i) * 12.5),\(i % 7 == 0)\n"
    }
    var orders = "order_id,customer_id,amount,quantity,ordered_at,note\n"
    for i in 1...900 {
        orders +=
            "\(i),\(1 + (i * 7) % 300),\(Double(i % 97) + 0.25),\(1 + i % 5),2024-05-\(format2(1 + i % 28))T10:\(format2(i % 60)):00,\(i % 3 == 0 ? "" : "note \(i % 11)")\n"
    }
    do {
        let database = try SQLiteDatabase(path: path)
        var tables: [DatasetTable] = []
        for (name, text) in [("customers.csv", customers), ("orders.csv", orders)] {
            let file = Scratch.path(name)
            Array(text.utf8).withUnsafeBytes { Scratch.write($0, to: file) }
            let table = TableNaming.tableNames(for: [name])[0]
            tables.append(try FileIngestor.ingest(path: file, filename: name, tableName: table, into: database).table)
            unlink(file)
        }
        let foreignKeys = try DatasetOptimizer.prepare(database: database, tables: tables)
        guard !foreignKeys.isEmpty else { fail("the dataset has no foreign key") }
        let indexes = try DatasetOptimizer.buildIndexes(database: database, tables: tables, foreignKeys: foreignKeys, filterIndexMinimumRows: 1)
        guard indexes.contains(where: { $0.hasPrefix("plexe_filter_") }) else { fail("no filter index among \(indexes)") }
    } catch {
        fail("cannot make the dataset: \(error)")
    }
    let listing = Scratch.listing(directory)
    guard listing == ["upload.sqlite"] else { fail("the dataset folder holds \(listing)") }
    guard let current = getcwd(nil, 0) else { fail("no working directory") }
    let cwd = String(cString: current)
    free(current)
    return Dataset(
        directory: directory, path: path, bytes: readFile(path), workingDirectory: cwd,
        workingDirectoryListing: Scratch.listing(cwd))
}

func format2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

let dataset = makeDataset()
let engine = QueryEngine()

func checkNothingWritten(after sql: String) {
    let listing = Scratch.listing(dataset.directory)
    guard listing == ["upload.sqlite"] else { fail("after \(sql.debugDescription) the dataset folder holds \(listing)") }
    guard readFile(dataset.path) == dataset.bytes else { fail("after \(sql.debugDescription) the database file changed") }
    let cwd = Scratch.listing(dataset.workingDirectory)
    guard cwd == dataset.workingDirectoryListing else {
        fail("after \(sql.debugDescription) the working directory holds \(cwd), before \(dataset.workingDirectoryListing)")
    }
    do {
        let probe = try engine.run(sql: "SELECT count(*) FROM sqlite_temp_master", databasePath: dataset.path, limits: limits)
        guard probe.rows == [[.int(0)]] else { fail("after \(sql.debugDescription) the temporary schema holds \(probe.rows)") }
    } catch {
        fail("after \(sql.debugDescription) the probe query fails: \(error)")
    }
}

runFuzzer { data, size in
    let sql = String(decoding: UnsafeRawBufferPointer(start: data, count: size), as: UTF8.self)
    do throws(QueryError) {
        let result = try engine.run(sql: sql, databasePath: dataset.path, limits: limits)
        guard result.rows.count <= limits.maxRows, result.rowCount == result.rows.count,
            result.rows.allSatisfy({ $0.count == result.columns.count })
        else {
            fail(
                "\(sql.debugDescription): \(result.rows.count) rows (row_count \(result.rowCount)) of widths \(Set(result.rows.map(\.count))) for \(result.columns.count) columns"
            )
        }
    } catch  where error.kind == .unavailable {
        fail("\(sql.debugDescription) is answered as the server's fault: \(error)")
    } catch {
        // The user's to fix: refused, not compiled, too slow, or failed while running.
    }
    checkNothingWritten(after: sql)
    return 0
}
