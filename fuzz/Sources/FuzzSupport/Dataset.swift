import Glibc
import PlexeFoundation
import PlexeIngest
import PlexeQuery

/// A small dataset database made once per fuzzing process the way the server makes one for an
/// upload: two CSV files ingested (customers and their orders), their foreign key found, join
/// and filter indexes built and analysed, and the value index of its text columns. The SQL
/// target runs queries on it, the language target asks questions about it.
public struct Dataset: Sendable {
    public let directory: String
    public let path: String
    /// The database file's bytes when made: nothing a query or a question does may change them.
    public let bytes: [UInt8]
    public let tables: [DatasetTable]
    public let foreignKeys: [ForeignKey]
    public let workingDirectory: String
    public let workingDirectoryListing: [String]
}

public func readFile(_ path: String) -> [UInt8] {
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

public func makeDataset() -> Dataset {
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
    var tables: [DatasetTable] = []
    var foreignKeys: [ForeignKey] = []
    do {
        let database = try SQLiteDatabase(path: path)
        for (name, text) in [("customers.csv", customers), ("orders.csv", orders)] {
            let file = Scratch.path(name)
            Array(text.utf8).withUnsafeBytes { Scratch.write($0, to: file) }
            let table = TableNaming.tableNames(for: [name])[0]
            tables.append(try FileIngestor.ingest(path: file, filename: name, tableName: table, into: database).table)
            unlink(file)
        }
        foreignKeys = try DatasetOptimizer.prepare(database: database, tables: tables)
        guard !foreignKeys.isEmpty else { fail("the dataset has no foreign key") }
        let indexes = try DatasetOptimizer.buildIndexes(database: database, tables: tables, foreignKeys: foreignKeys, filterIndexMinimumRows: 1)
        guard indexes.contains(where: { $0.hasPrefix("plexe_filter_") }) else { fail("no filter index among \(indexes)") }
        try TextValueIndex.build(database: database, tables: tables)
    } catch {
        fail("cannot make the dataset: \(error)")
    }
    let listing = Scratch.listing(directory)
    guard listing == ["upload.sqlite"] else { fail("the dataset folder holds \(listing)") }
    guard let current = getcwd(nil, 0) else { fail("no working directory") }
    let cwd = String(cString: current)
    free(current)
    return Dataset(
        directory: directory, path: path, bytes: readFile(path), tables: tables, foreignKeys: foreignKeys, workingDirectory: cwd,
        workingDirectoryListing: Scratch.listing(cwd))
}

private func format2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
