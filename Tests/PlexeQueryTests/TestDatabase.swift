import Foundation
import PlexeFoundation

/// A small dataset database in a temporary directory, built with the storage convention of
/// `ColumnType`, and removed when the value goes.
final class TestDatabase {
    let directory: URL
    let path: String

    /// A database made by `sql`.
    init(sql: String) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("plexe-query-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        path = directory.appendingPathComponent("data.sqlite").path
        try SQLiteDatabase(path: path).execute(sql)
    }

    /// `customers` (one column of every type) and `transactions` referencing it.
    convenience init(customers: Int = 40, transactionsPerCustomer: Int = 3) throws {
        try self.init(
            sql: """
                CREATE TABLE customers (customer_id TEXT, name TEXT, age INTEGER, lifetime_value REAL,
                                        churn BOOLEAN, signup_date DATE, seen_at DATETIME, country TEXT);
                CREATE TABLE transactions (transaction_id TEXT, customer_id TEXT, amount REAL, quantity INTEGER);
                """)
        let db = try open()
        let countries = ["US", "CA", "UK", "DE"]
        try db.transaction {
            let insertCustomer = try db.prepare("INSERT INTO customers VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
            let insertTransaction = try db.prepare("INSERT INTO transactions VALUES (?, ?, ?, ?)")
            for i in 1...customers {
                let id = String(format: "C%04d", i)
                try insertCustomer.bind([
                    .text(id), .text("Name \(i)"), i % 10 == 0 ? .null : .integer(Int64(18 + i % 60)),
                    .real(Double(i) * 10.25), .integer(i % 3 == 0 ? 1 : 0),
                    .text(String(format: "2024-01-%02d", 1 + i % 28)), .text("2024-01-01T10:00:00"),
                    .text(countries[i % countries.count]),
                ])
                try insertCustomer.step()
                insertCustomer.reset()
                for j in 0..<transactionsPerCustomer {
                    try insertTransaction.bind([
                        .text("T\(i)-\(j)"), .text(id), .real(Double(i + j) + 0.5), .integer(Int64(1 + j)),
                    ])
                    try insertTransaction.step()
                    insertTransaction.reset()
                }
            }
        }
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }

    /// The file's bytes, to prove that nothing changed them.
    func fileContents() throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: path))
    }

    /// A writable connection for checks and for the optimizer.
    func open() throws -> SQLiteDatabase {
        try SQLiteDatabase(path: path)
    }
}
