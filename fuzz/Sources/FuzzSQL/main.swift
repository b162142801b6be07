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
