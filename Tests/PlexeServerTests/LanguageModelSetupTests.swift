import Foundation
import PlexeFoundation
import PlexeModel
import Testing

@testable import PlexeServer

/// The server's side of the language model: the settings at start, the engine in the query
/// history (and its migration), the bound on questions at the model.
@Suite struct LanguageModelSetupTests {
    static let model = [
        "PLEXE_NL_ENGINE": "auto", "PLEXE_NL_MODEL_URL": "http://127.0.0.1:9/v1", "PLEXE_NL_MODEL_NAME": "m",
        "PLEXE_NL_MODEL_CONCURRENCY": "2", "PLEXE_NL_MODEL_TIMEOUT_MS": "5000",
    ]

    @Test func theEmbeddedEngineIsTheDefault() throws {
        let app = try TestApplication.make()
        #expect(app.config.questionEngine == .embedded && app.data.languageModel == nil)
    }

    @Test func aModelEngineGetsAClientAndBadSettingsStopTheStart() throws {
        let app = try TestApplication.make(Self.model)
        #expect(app.config.questionEngine == .auto && app.data.languageModel?.settings.modelName == "m")
        #expect(throws: ConfigError.self) { try TestApplication.make(["PLEXE_NL_ENGINE": "model"]) }
        #expect(throws: ConfigError.self) { try TestApplication.make(Self.model.merging(["PLEXE_NL_MODEL_KEY_FILE": "/nonexistent/key"]) { $1 }) }
    }

    @Test func questionsOverTheConcurrencyAre429WithWhenAPlaceFreesUp() throws {
        let model = try #require(try TestApplication.make(Self.model).data.languageModel)
        let first = try model.admit()
        let second = try model.admit()
        do {
            _ = try model.admit()
            Issue.record("a third question was let through")
        } catch {
            #expect(error.status == 429 && error.code == "rate_limited")
            let headers = Dictionary(error.headers, uniquingKeysWith: { a, _ in a })
            #expect(headers["Retry-After"] == "5", "the oldest question ends by its 5 s timeout")
            #expect(headers["RateLimit-Policy"] == "2;comment=\"concurrent language-model questions\"")
        }
        model.release(first)
        let third = try model.admit()
        model.release(second)
        model.release(third)
    }

    @Test func theHistoryKeepsTheEngineAndOldQuestionsWereTheEmbeddedEngines() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("catalog-\(UUID().uuidString).sqlite").path
        do {
            // A catalog at schema version 5 with a question and an SQL query in its history.
            let db = try SQLiteDatabase(path: path)
            for migration in Migrations.all.prefix(5) { try db.execute(migration.sql) }
            try db.execute("PRAGMA user_version = 5")
            try db.execute(
                """
                INSERT INTO users (id, email, created_at) VALUES (1, 'h@example.com', 10);
                INSERT INTO uploads (id, user_id, status, created_at, expires_at) VALUES ('upload_1', 1, 'complete', 10, 20);
                INSERT INTO sessions (id, user_id, upload_id, status, created_at, expires_at) VALUES ('session_1', 1, 'upload_1', 'ready', 10, 99);
                INSERT INTO queries (id, session_id, seq, query_type, query, generated_sql, status, executed_at, execution_time_ms)
                    VALUES ('query_1', 'session_1', 1, 'natural_language', 'how many?', 'SELECT 1', 'completed', 11, 1),
                           ('query_2', 'session_1', 2, 'sql', 'SELECT 2', 'SELECT 2', 'completed', 12, 1);
                """)
        }
        let catalog = try SQLiteCatalog(path: path)
        try catalog.insertQuery(
            QueryRecord(
                id: "query_3", sessionID: "session_1", queryType: .naturalLanguage, query: "zorblax?",
                generatedSQL: "SELECT 3", status: .completed, executedAt: 13, executionTimeMs: 900, engine: "model"))
        let history = try catalog.queries(sessionID: "session_1")
        #expect(history.map(\.id) == ["query_1", "query_2", "query_3"])
        #expect(history.map(\.engine) == ["embedded", nil, "model"])
    }
}
