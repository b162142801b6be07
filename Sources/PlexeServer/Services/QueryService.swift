import Dispatch
import Logging
import PlexeFoundation
import PlexeLanguage
import PlexeModel
import PlexeQuery

/// SQL, or a question in English (`query_type`).
enum QueryKind: String, Sendable, CaseIterable {
    case sql
    case naturalLanguage = "natural_language"
}

/// A query as the client sent it (`POST /data/query`), decoded.
struct QueryRequest: Sendable {
    var kind: QueryKind
    var text: String
    var maxResults: Int
    /// `result_type`, when the client chose one.
    var forcedResultType: ResultType?
    var sessionID: String?
}

/// What a query answered.
struct QueryOutcome: Sendable {
    enum Answer: Sendable {
        case table(QueryResult)
        case chart(ChartSpec)
    }

    var queryID: String
    var answer: Answer
    var sql: String
    var elapsedMs: Int
    /// For a question, the engine whose answer stands: `embedded` or `model`.
    var engine: String?
    /// The `RateLimit-Policy` / `RateLimit` pair, also on the errors thrown after the rate check.
    var rateLimitHeaders: [(String, String)]
}

/// SQL, or English translated to SQL, run through the one guarded path (read-only, one
/// statement, a deadline and a memory budget), within the caller's session, rate and
/// running-queries quota, and written to the session's history.
struct QueryService: Sendable {
    let catalog: any Catalog
    let sessions: SessionService
    let quotas: Quotas
    let rateLimiter: RateLimiter
    let data: DataDatabases
    let config: ServerConfig

    func run(_ request: QueryRequest, user: User, logger: Logger) throws -> QueryOutcome {
        let session = try sessions.activeSession(request.sessionID, user: user)
        // A query refused for running too many at once does not use up the rate below.
        try quotas.enterQuery(userID: user.id)
        defer { quotas.runningQueries.leave(user.id) }
        let limitHeaders = try takeRate(session: session, user: user)
        guard let upload = try catalog.upload(id: session.uploadID, userID: user.id) else {
            throw APIError.notFound("the session's upload no longer exists", param: "session_id")
        }
        let started = DispatchTime.now().uptimeNanoseconds
        var attempt = Attempt(queryID: Crypto.randomID(prefix: "query_"), sql: request.text)
        func elapsedMs() -> Int { Int((DispatchTime.now().uptimeNanoseconds - started) / 1_000_000) }
        do {
            let result = try answer(request, upload: upload, attempt: &attempt, logger: logger)
            try record(attempt, request, session: session, status: .completed, generatedSQL: attempt.sql, elapsedMs: elapsedMs())
            let wantsChart =
                request.forcedResultType == .visualization || (request.forcedResultType == nil && attempt.translation?.resultType == .visualization)
            let answer: QueryOutcome.Answer =
                wantsChart
                ? .chart(
                    Self.chart(
                        from: result, title: attempt.translation?.title ?? "Query result", kind: attempt.translation?.visualizationType ?? .barChart))
                : .table(result)
            return QueryOutcome(
                queryID: attempt.queryID, answer: answer, sql: attempt.sql, elapsedMs: elapsedMs(), engine: attempt.engine,
                rateLimitHeaders: limitHeaders)
        } catch var error as APIError {
            // A question turned away because too many are at the model did not run: not history.
            if error.status != .tooManyRequests {
                try? record(
                    attempt, request, session: session, status: .failed, generatedSQL: attempt.translation?.sql ?? attempt.modelSQL,
                    elapsedMs: elapsedMs())
            }
            // A 429 of its own (the language model's places) describes that limit, not the rate.
            if !error.headers.contains(where: { $0.0 == "RateLimit" }) { error.headers += limitHeaders }
            throw error
        }
    }

    /// What one query did so far, for its answer and its history entry.
    struct Attempt {
        var queryID: String
        var sql: String
        var translation: Translation?
        var engine: String?
        /// The model's SQL as last run, kept for the history when it fails.
        var modelSQL: String?
    }

    /// Counts the query against the session's and the user's rate (per user as well: ending
    /// a session and opening another must not start a fresh allowance). Returns the
    /// `RateLimit` headers, or throws the 429.
    private func takeRate(session: SessionRecord, user: User) throws -> [(String, String)] {
        let decision = rateLimiter.take([
            .init(key: "session \(session.id)", limit: config.queriesPerMinute, scope: "per session"),
            .init(key: "user \(user.id)", limit: config.userQueriesPerMinute, scope: "per user"),
        ])
        let headers = rateLimiter.headers(decision)
        guard decision.allowed else {
            throw APIError.rateLimited(
                "at most \(decision.binding.limit) queries per minute \(decision.binding.scope)",
                retryAfter: decision.resetAfter, headers: headers)
        }
        return headers
    }

    /// Runs the SQL, or translates the question and runs its SQL.
    private func answer(_ request: QueryRequest, upload: UploadRecord, attempt: inout Attempt, logger: Logger) throws -> QueryResult {
        let limits = QueryLimits(
            maxRows: request.maxResults, maxResultBytes: config.maxQueryResultBytes,
            timeout: .milliseconds(config.queryTimeoutMs), maxMemoryBytes: config.queryMemoryBytes)
        guard request.kind == .naturalLanguage else { return try runGuarded(request.text, upload: upload, limits: limits, logger: logger) }
        let mode = config.questionEngine
        var embeddedRefusal: String?
        if mode != .model {
            attempt.engine = "embedded"
            let translator = try data.withDatabase(upload) { path in data.translators.translator(for: upload, databasePath: path) }
            let started = DispatchTime.now().uptimeNanoseconds
            do {
                attempt.translation = try translator.translate(request.text, forcedResultType: request.forcedResultType)
            } catch {
                // `auto` asks the model only when the embedded engine refuses.
                guard mode == .auto else { throw APIError.validation(error.message, param: "query") }
                embeddedRefusal = error.message
            }
            logger.info(
                "question translated",
                metadata: [
                    "query_id": "\(attempt.queryID)", "engine": "embedded", "outcome": attempt.translation == nil ? "refused" : "sql",
                    "translate_us": "\((DispatchTime.now().uptimeNanoseconds - started) / 1000)",
                ])
        }
        if let translation = attempt.translation {
            attempt.sql = translation.sql
            return try runGuarded(translation.sql, upload: upload, limits: limits, logger: logger)
        }
        attempt.engine = "model"
        let answer: (sql: String, result: QueryResult)
        do {
            answer = try askModel(request.text, upload: upload, queryID: attempt.queryID, limits: limits, logger: logger) { attempt.modelSQL = $0 }
        } catch let error as ModelError {
            if let embeddedRefusal {
                attempt.engine = "embedded"
                throw APIError.validation(embeddedRefusal + " The language model could not answer either: \(error.summary).", param: "query")
            }
            throw APIError.upstream("the language model could not answer: \(error.summary)")
        }
        // The chart words of the question decide the result type, as for the embedded engine.
        let shown = AnswerPresentation(question: request.text, forcedResultType: request.forcedResultType)
        attempt.translation = Translation(
            sql: answer.sql, resultType: shown.resultType, visualizationType: shown.visualizationType, title: shown.title)
        attempt.sql = answer.sql
        return answer.result
    }

    /// `sql` through the guarded path: read-only, one statement, the deadline and the memory
    /// budget of `limits`.
    func runGuarded(_ sql: String, upload: UploadRecord, limits: QueryLimits, logger: Logger) throws -> QueryResult {
        try data.withDatabase(upload) { path in
            do throws(QueryError) {
                return try data.queryEngine.run(sql: sql, databasePath: path, limits: limits)
            } catch {
                throw apiError(error, uploadID: upload.id, logger: logger)
            }
        }
    }

    /// A query that did not run, as the API answers it: the query's fault (422) unless the
    /// data file could not be read, which is ours (500).
    func apiError(_ error: QueryError, uploadID: String, logger: Logger) -> APIError {
        guard error.kind == .unavailable else { return .validation(error.message, param: "query") }
        logger.error("data database unavailable", metadata: ["upload_id": "\(uploadID)", "error": "\(error.message)"])
        return .serverError
    }

    private func record(
        _ attempt: Attempt, _ request: QueryRequest, session: SessionRecord, status: QueryRecord.Status, generatedSQL: String?,
        elapsedMs: Int
    ) throws {
        try catalog.insertQuery(
            QueryRecord(
                id: attempt.queryID, sessionID: session.id, queryType: request.kind, query: request.text,
                generatedSQL: generatedSQL, status: status, executedAt: Timestamp.now(),
                executionTimeMs: elapsedMs, engine: attempt.engine))
    }
}
