import PlexeLanguage
import PlexeQuery
import Synchronization

/// The per-upload data databases (`$PLEXE_HOME/data/<upload>.sqlite`) and what the server
/// keeps open or cached about each: the query engine's pooled connections, the question
/// translator built from its schema and values, the language model's prompt schema.
struct DataDatabases: Sendable {
    let directory: String
    let queryEngine: QueryEngine
    let translators: QuestionTranslators
    /// The language model for questions, when `PLEXE_NL_ENGINE` is `model` or `auto`.
    let languageModel: LanguageModel?

    /// The data database of an upload.
    func path(uploadID: String) -> String {
        directory + "/" + uploadID + ".sqlite"
    }

    /// Releases pooled connections and cached translators of an upload, before its database
    /// is deleted or replaced.
    func release(uploadID: String) {
        queryEngine.closeConnections(databasePath: path(uploadID: uploadID))
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
