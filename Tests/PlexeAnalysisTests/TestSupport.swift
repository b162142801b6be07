import Foundation
import PlexeFoundation
import PlexeTestSupport

@testable import PlexeAnalysis

/// A throw-away SQLite file holding tables stored by `ColumnType`'s convention.
final class TestDatabase {
    let path: String
    let db: SQLiteDatabase

    init() throws {
        path = NSTemporaryDirectory() + "plexe-analysis-\(UUID().uuidString).sqlite"
        db = try SQLiteDatabase(path: path)
    }

    deinit {
        for suffix in ["", "-journal", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    /// Creates and fills a table; `rows` hold values already in storage form
    /// (booleans 0/1, dates `YYYY-MM-DD`, `.null` for empty).
    @discardableResult
    func table(_ name: String, filename: String? = nil, columns: [(String, ColumnType)], rows: [[SQLiteValue]]) throws -> DatasetTable {
        let definition = columns.map { "\(quoteIdentifier($0.0)) \($0.1.declaredSQLType)" }.joined(separator: ", ")
        try db.execute("CREATE TABLE \(quoteIdentifier(name)) (\(definition))")
        let insert = "INSERT INTO \(quoteIdentifier(name)) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))"
        try db.transaction {
            let statement = try db.prepare(insert)
            for row in rows {
                statement.reset(clearBindings: true)
                try statement.bind(row)
                try statement.step()
            }
        }
        return DatasetTable(
            filename: filename ?? "\(name).csv", tableName: name, rowCount: rows.count,
            columns: columns.map { ColumnInfo(name: $0.0, type: $0.1, nullable: true, unique: false) })
    }

    func analyze(_ table: DatasetTable, depth: AnalysisDepth = .comprehensive) throws -> FileAnalysis {
        try DatasetAnalyzer.analyze(table: table, in: db, depth: depth, progress: { _ in })
    }

    /// First column of the first row of a query, as a double (nil for NULL).
    func scalar(_ sql: String) throws -> Double? {
        try db.queryFirst(sql) { $0.optionalDouble(0) } ?? nil
    }
}

/// Draws of the shapes the statistics tests need.
extension SeededRandom {
    /// Uniform in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
    mutating func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(next() % UInt64(range.count)) }
    mutating func chance(_ p: Double) -> Bool { unit() < p }
    /// Standard normal (Box–Muller).
    mutating func normal() -> Double { (-2 * log(1 - unit())).squareRoot() * cos(2 * .pi * unit()) }
}

/// Straightforward reference statistics, written independently of the module's code paths.
enum Reference {
    /// numpy.percentile(values, 100 p) with the default linear method, from its textbook
    /// definition: position (n − 1) p between the two neighbouring order statistics.
    static func percentile(_ values: [Double], _ p: Double) -> Double {
        let s = values.sorted()
        let position = p * Double(s.count - 1)
        let below = Int(floor(position))
        let above = Int(ceil(position))
        if below == above { return s[below] }
        let weight = position - Double(below)
        return s[below] * (1 - weight) + s[above] * weight
    }

    static func mean(_ values: [Double]) -> Double { values.reduce(0, +) / Double(values.count) }

    static func sampleStandardDeviation(_ values: [Double]) -> Double {
        let m = mean(values)
        return (values.map { ($0 - m) * ($0 - m) }.reduce(0, +) / Double(values.count - 1)).squareRoot()
    }

    /// Pearson's r over the rows where both are present.
    static func pearson(_ x: [Double?], _ y: [Double?]) -> (r: Double, n: Int) {
        let pairs = zip(x, y).compactMap { a, b -> (Double, Double)? in
            guard let a, let b else { return nil }
            return (a, b)
        }
        let n = Double(pairs.count)
        let mx = pairs.map(\.0).reduce(0, +) / n
        let my = pairs.map(\.1).reduce(0, +) / n
        var sxy = 0.0
        var sxx = 0.0
        var syy = 0.0
        for (a, b) in pairs {
            sxy += (a - mx) * (b - my)
            sxx += (a - mx) * (a - mx)
            syy += (b - my) * (b - my)
        }
        return (sxy / (sxx * syy).squareRoot(), pairs.count)
    }
}

extension SQLiteValue {
    var asDouble: Double? {
        switch self {
        case .integer(let v): return Double(v)
        case .real(let v): return v
        default: return nil
        }
    }
}

extension FileAnalysis {
    func insights(_ kind: Insight.Kind) -> [Insight] { insights.filter { $0.kind == kind } }
    func insights(_ kind: Insight.Kind, column: String) -> [Insight] { insights.filter { $0.kind == kind && $0.finding.columns.contains(column) } }
}

/// Days since 1970-01-01 of a `YYYY-MM-DD` string, by Foundation's calendar (independent
/// of the module's own date arithmetic).
func foundationDayNumber(_ text: String) -> Double {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    let parts = text.split(separator: "-").map { Int($0)! }
    let date = calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2]))!
    return (date.timeIntervalSince1970 / 86_400).rounded()
}
