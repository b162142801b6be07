import Logging
import PlexeModel
import PlexeQuery

/// Questions answered by the language model (`PLEXE_NL_ENGINE=model`, or `auto` after the
/// embedded engine refused).
extension QueryService {
    /// The model's SQL for `question`, run through the same guarded path as any query, with
    /// one repair round when SQLite cannot compile it. Each model call is logged (engine,
    /// model, attempt, latency, tokens when reported, outcome), never the prompt or the key.
    ///
    /// Throws `ModelError` when the model gave no SQL (the caller decides between 422 and
    /// 502), `APIError` 429 when too many questions are at the model, else the guard's
    /// `APIError` for the SQL that ran last. `onSQL` hears each statement before it runs.
    func askModel(
        _ question: String, upload: UploadRecord, queryID: String, limits: QueryLimits, logger: Logger,
        onSQL: (String) -> Void
    ) throws -> (sql: String, result: QueryResult) {
        guard let model = data.languageModel else {
            // ServerConfig makes the settings whenever the engine is not `embedded`.
            logger.error("a question for the language model, but none is configured", metadata: ["query_id": "\(queryID)"])
            throw APIError.serverError
        }
        let ticket = try model.admit()
        defer { model.release(ticket) }
        // The database stays pinned (in a node's cache) for the whole exchange with the model.
        return try data.withDatabase(upload) { databasePath in
            let schema = model.promptSchema(for: upload, databasePath: databasePath, logger: logger)
            let translator = ModelTranslator(backend: model.backend, prompt: PromptBuilder(schema: schema))
            do {
                return try translator.answer(
                    question,
                    run: { sql in try data.queryEngine.run(sql: sql, databasePath: databasePath, limits: limits) },
                    compileError: { error in
                        // Only "does not compile" goes back to the model; a refused write, a
                        // timeout or the memory budget is final.
                        guard let error = error as? QueryError, error.kind == .syntax else { return nil }
                        return error.message
                    },
                    onCall: { call in log(call, model: model.settings.modelName, queryID: queryID, logger: logger) },
                    onSQL: onSQL)
            } catch let error as QueryError {
                throw apiError(error, uploadID: upload.id, logger: logger)
            }
        }
    }

    private func log(_ call: ModelTranslator.Call, model: String, queryID: String, logger: Logger) {
        var metadata: Logger.Metadata = [
            "query_id": "\(queryID)", "engine": "model", "model": "\(model)", "attempt": "\(call.attempt)",
            "latency_ms": "\(call.latencyMs)", "outcome": "\(call.outcome)",
        ]
        if let tokens = call.promptTokens { metadata["prompt_tokens"] = "\(tokens)" }
        if let tokens = call.completionTokens { metadata["completion_tokens"] = "\(tokens)" }
        if let status = call.error?.status { metadata["http_status"] = "\(status)" }
        if let error = call.error { metadata["error"] = "\(error.message)" }
        // A failing model is the operator's to fix: a warning, written at once.
        logger.log(level: call.error == nil ? .info : .warning, "language model call", metadata: metadata)
    }
}
