import Foundation
import PlexeFoundation

/// The second pass, shared by every format: create the typed table, re-read the file on a
/// parsing thread while this thread inserts, then settle what the first pass left open
/// (uniqueness candidates, columns checked with SQL) and describe the columns.
enum LoadPass {
    /// - Parameters:
    ///   - rowCount: the rows the first pass counted (the second must find as many).
    ///   - declaredTypes: the columns' types when the file states them (Parquet, Excel) instead of
    ///     the types inferred from the profiles' text; the values' text must read as these types
    ///     under the contract's spellings.
    ///   - preferringDecimalComma: the file's dialect points to a decimal comma (see
    ///     `NumberStyle.preference`).
    ///   - produce: runs on its own thread; reads the file again and fills batches taken from
    ///     the channel, one row per record, through the cell writer.
    static func run(
        database: SQLiteDatabase, tableName: String, rowCount: Int, profiles: [ColumnProfile],
        declaredTypes: [ColumnType]? = nil, preferringDecimalComma: Bool = false,
        produce: @escaping @Sendable (CellWriter, BatchChannel) throws -> Void
    ) throws -> [ColumnInfo] {
        var profiles = profiles
        for index in profiles.indices { profiles[index].values.finish() }
        let formats =
            declaredTypes.map { $0.map { ColumnFormat(type: $0) } }
            ?? profiles.map { $0.types.format(preferringDecimalComma: preferringDecimalComma) }
        let types = formats.map(\.type)
        let verifiers: [CandidateVerifier?] = zip(profiles, formats).map { profile, format in
            let tracker = profile.values.uniqueness
            guard !tracker.hasCertainRepeat, !tracker.candidates.isEmpty || !tracker.candidateKeys.isEmpty else { return nil }
            return CandidateVerifier(candidates: tracker.candidates, keys: tracker.candidateKeys, format: format)
        }
        let loader = try TableLoader(
            database: database, tableName: tableName,
            columns: zip(profiles, types).map { ($0.name, $1) })
        let writer = CellWriter(formats: formats, verifiers: verifiers)
        let channel = BatchChannel(columnCount: profiles.count, rowsPerBatch: loader.preferredBatchRows)

        channel.startProducer(named: "plexe-ingest-load") { channel in try produce(writer, channel) }
        do {
            try loader.begin()
            var inserted = 0
            while let batch = try channel.takeFilled() {
                try loader.insert(batch)
                inserted += batch.rowCount
                channel.recycle(batch)
            }
            guard inserted == rowCount else { throw CellWriter.changedFile() }
            try loader.commit()
        } catch {
            loader.rollback()
            channel.cancelAndWait()
            throw error
        }

        var columns: [ColumnInfo] = []
        for (index, profile) in profiles.enumerated() {
            let type = types[index]
            let tracker = profile.values.uniqueness
            let unique: Bool
            // The tracker's keys (`ValueKey`) make values equal under the contract's spellings
            // equal; written values equal in their column's format (`1,234` and `1234`, `Jan 5
            // 2024` and `5 January 2024`) may differ in key, so only SQL can say they are unique.
            if tracker.hasCertainRepeat || verifiers[index]?.foundRepeat == true {
                unique = false
            } else if tracker.sawEveryValue && verifiers[index]?.gaveUp != true && !formats[index].isWritten
                && !(type == .float && profile.values.hasIntegerBeyondDoublePrecision)
            {
                unique = true
            } else {
                unique = try !hasRepeatedValue(database: database, tableName: tableName, column: profile.name)
            }
            // (Only numeric columns: a text column's cells are all text.)
            let range = type == .integer || type == .float ? loader.numericRange(ofColumn: index) : nil
            columns.append(
                ColumnInfo(
                    name: profile.name, type: type, nullable: profile.types.nullCount > 0, unique: unique,
                    nullCount: profile.types.nullCount, distinctValues: profile.values.distinctValues(as: formats[index]),
                    minimum: range?.minimum, maximum: range?.maximum))
        }
        return columns
    }

    /// The exact check for a column the in-memory tracker could not settle (memory budget
    /// exhausted, or only hash collisions among its candidates): SQLite sorts with its bounded
    /// cache and temporary files.
    static func hasRepeatedValue(database: SQLiteDatabase, tableName: String, column: String) throws -> Bool {
        let c = quoteIdentifier(column)
        let sql = "SELECT 1 FROM \(quoteIdentifier(tableName)) WHERE \(c) IS NOT NULL GROUP BY \(c) HAVING COUNT(*) > 1 LIMIT 1"
        return try database.queryFirst(sql) { _ in true } ?? false
    }
}
