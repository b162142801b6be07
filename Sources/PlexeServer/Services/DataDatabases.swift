import Foundation
import PlexeLanguage
import PlexeQuery
import Synchronization

/// The per-upload data databases and what the server keeps open or cached about each: the
/// query engine's pooled connections, the question translator built from its schema and
/// values, the language model's prompt schema. Where the database files live is `files`'
/// business (`DatabaseFiles`): `$PLEXE_HOME/data` on one machine, or published to the object
/// store and cached per node.
struct DataDatabases: Sendable {
    let files: any DatabaseFiles
    let queryEngine: QueryEngine
    let translators: QuestionTranslators
    /// The language model for questions, when `PLEXE_NL_ENGINE` is `model` or `auto`.
    let languageModel: LanguageModel?

    /// `body` with a local path of the upload's current database (read it read-only).
    func withDatabase<T>(_ upload: UploadRecord, _ body: (String) throws -> T) throws -> T {
        try files.withDatabase(upload, body)
    }

    /// Releases pooled connections and cached translators of an upload, before its database
    /// is deleted or replaced.
    func release(uploadID: String) {
        for path in files.localPaths(uploadID: uploadID) { queryEngine.closeConnections(databasePath: path) }
        translators.forget(uploadID: uploadID)
        languageModel?.forget(uploadID: uploadID)
    }

    /// SQLite's journals beside a database, and the work files jobs write next to
    /// `<upload>.sqlite`: ingest's `.tmp` database and the optimize job's `.optimize` copy,
    /// each with its own journals.
    static let journalSuffixes = ["-journal", "-wal", "-shm"]
    static let workFileSuffixes: [String] = ["", ".tmp", ".optimize"].flatMap { base in
        journalSuffixes.map { base + $0 } + (base.isEmpty ? [] : [base])
    }
}

/// Where the upload databases live: built by a job in a work file of this node, then
/// published as the upload's current database, then read (read-only) by queries and jobs.
protocol DatabaseFiles: Sendable {
    /// Where a job builds a new database of the upload (`<upload>.sqlite` + `suffix`,
    /// `.tmp` or `.optimize`, in `$PLEXE_HOME/data`).
    func workPath(uploadID: String, suffix: String) -> String
    /// Makes the database built at `path` the upload's current one (it is moved, not
    /// copied). With `replacingExisting`, nothing happens and false is returned when the
    /// upload has no current database any more (deleted meanwhile).
    func publish(uploadID: String, builtAt path: String, replacingExisting: Bool) throws -> Bool
    /// `body` with a local path of the upload's current database.
    func withDatabase<T>(_ upload: UploadRecord, _ body: (String) throws -> T) throws -> T
    /// The local files of an upload's database that connections may have open.
    func localPaths(uploadID: String) -> [String]
    /// Removes the upload's database files of this node (the stored objects go with the
    /// upload's storage).
    func remove(uploadID: String)
}

extension DatabaseFiles {
    /// Removes the work files jobs of an upload may have left.
    func removeWorkFiles(uploadID: String) {
        for suffix in DataDatabases.workFileSuffixes where !suffix.isEmpty {
            unlink(workPath(uploadID: uploadID, suffix: "") + suffix)
        }
    }
}

/// The databases in `$PLEXE_HOME/data/<upload>.sqlite`, published by a rename.
struct LocalDatabaseFiles: DatabaseFiles {
    let directory: String

    /// The data database of an upload.
    func path(uploadID: String) -> String {
        directory + "/" + uploadID + ".sqlite"
    }

    func workPath(uploadID: String, suffix: String) -> String { path(uploadID: uploadID) + suffix }

    func publish(uploadID: String, builtAt builtPath: String, replacingExisting: Bool) throws -> Bool {
        let finalPath = path(uploadID: uploadID)
        if replacingExisting && access(finalPath, F_OK) != 0 { return false }
        guard rename(builtPath, finalPath) == 0 else {
            throw ServerFailure("cannot move the built database into place: \(String(cString: strerror(errno)))")
        }
        return true
    }

    func withDatabase<T>(_ upload: UploadRecord, _ body: (String) throws -> T) throws -> T {
        try body(path(uploadID: upload.id))
    }

    func localPaths(uploadID: String) -> [String] { [path(uploadID: uploadID)] }

    /// The database and the work files of a job that may still be running on it (whose own
    /// clean-up then finds them gone).
    func remove(uploadID: String) {
        for suffix in [""] + DataDatabases.workFileSuffixes {
            unlink(path(uploadID: uploadID) + suffix)
        }
    }
}

/// What the server derives from an upload's data and keeps in memory (a translator, a prompt
/// schema), by upload id. Bounded: past 256 uploads it starts afresh rather than grow.
final class PerUploadCache<Value: Sendable>: Sendable {
    private let entries = Mutex<[String: Value]>([:])

    func value(for uploadID: String) -> Value? { entries.withLock { $0[uploadID] } }

    func store(_ value: Value, for uploadID: String) {
        entries.withLock { entries in
            if entries.count > 256 { entries.removeAll() }
            entries[uploadID] = value
        }
    }

    func forget(uploadID: String) {
        entries.withLock { _ = $0.removeValue(forKey: uploadID) }
    }
}

/// Question translators per upload: building one reads the schema and its values once.
final class QuestionTranslators: Sendable {
    private let cache = PerUploadCache<QuestionTranslator>()

    /// The translator for an upload's schema, built on first use.
    func translator(for upload: UploadRecord, databasePath: String) -> QuestionTranslator {
        if let cached = cache.value(for: upload.id) { return cached }
        let values = TextValueIndex.load(databasePath: databasePath)
            .map { ColumnValues(table: $0.table, column: $0.column, values: $0.values) }
        let schema = LanguageSchema(tables: upload.files.compactMap(\.table), foreignKeys: upload.foreignKeys, values: values)
        let translator = QuestionTranslator(schema: schema)
        cache.store(translator, for: upload.id)
        return translator
    }

    func forget(uploadID: String) { cache.forget(uploadID: uploadID) }
}
