import Foundation
import PlexeFoundation
import PlexeLanguage
import PlexeModel
import PlexeQuery

/// `POST /data/query`: SQL, or English translated to SQL, run through the one guarded path.
struct QueryAPI {
    let app: Application

    func register(in router: inout Router) {
        router.add("POST", "/data/query") { try query($0) }
    }

    func query(_ ctx: RequestContext) throws -> HTTPResponse {
        let user = try ctx.requiredUser
        let body = try ctx.jsonBody()
        guard let queryType = try body.choice("query_type", ["sql", "natural_language"]) else {
            throw APIError.validation("query_type is required: sql or natural_language", param: "query_type")
        }
        let text = try body.requiredString("query")
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw APIError.validation("query must not be empty", param: "query")
        }
        let maxResults = Int(try body.int("max_results", range: 1...10_000) ?? 100)
        let forced = try body.choice("result_type", ["table", "visualization"])
        let session = try resolveSession(body, user: user)

        // A query refused for running too many at once does not use up the rate below.
        try Quotas(app: app).enterQuery(userID: user.id)
        defer { app.runningQueries.leave(user.id) }
        // Per user as well as per session: ending a session and opening another must not
        // start a fresh allowance.
        let decision = app.rateLimiter.take([
            .init(key: "session \(session.id)", limit: app.config.queriesPerMinute, scope: "per session"),
            .init(key: "user \(user.id)", limit: app.config.userQueriesPerMinute, scope: "per user"),
        ])
        let limitHeaders = app.rateLimiter.headers(decision)
        guard decision.allowed else {
            throw APIError.rateLimited("at most \(decision.binding.limit) queries per minute \(decision.binding.scope)", retryAfter: decision.resetAfter, headers: limitHeaders)
        }
        guard let upload = try app.catalog.upload(id: session.uploadID, userID: user.id) else {
            throw APIError.notFound("the session's upload no longer exists", param: "session_id")
        }

        let started = DispatchTime.now().uptimeNanoseconds
        let queryID = Crypto.randomID(prefix: "query_")
        let limits = QueryLimits(maxRows: maxResults, maxResultBytes: app.config.maxQueryResultBytes, timeout: .milliseconds(app.config.queryTimeoutMs),
                                 maxMemoryBytes: app.config.queryMemoryBytes)
        var sql = text
        var translation: Translation?
        /// For a question, the engine whose answer stands: `embedded` or `model`.
        var engine: String?
        /// The model's SQL as last run, kept for the history when it fails.
        var modelSQL: String?
        do {
            var modelResult: QueryResult?
            if queryType == "natural_language" {
                let mode = app.config.questionEngine
                var embeddedRefusal: String?
                if mode != .model {
                    let translator = app.translator(for: upload)
                    let translationStarted = DispatchTime.now().uptimeNanoseconds
                    engine = "embedded"
                    do {
                        translation = try translator.translate(text, forcedResultType: forced.flatMap(ResultType.init(rawValue:)))
                    } catch {
                        // `auto` asks the model only when the embedded engine refuses.
                        guard mode == .auto else { throw APIError.validation(error.message, param: "query") }
                        embeddedRefusal = error.message
                    }
                    app.logger.info("question translated", metadata: [
                        "query_id": "\(queryID)", "request_id": "\(ctx.request.requestID)", "engine": "embedded",
                        "outcome": translation == nil ? "refused" : "sql",
                        "translate_us": "\((DispatchTime.now().uptimeNanoseconds - translationStarted) / 1000)",
                    ])
                }
                if translation == nil {
                    engine = "model"
                    let answer: (sql: String, result: QueryResult)
                    do {
                        answer = try askModel(text, upload: upload, queryID: queryID, requestID: ctx.request.requestID, limits: limits) { modelSQL = $0 }
                    } catch let error as ModelError {
                        if let embeddedRefusal {
                            engine = "embedded"
                            throw APIError.validation(embeddedRefusal + " The language model could not answer either: \(error.summary).", param: "query")
                        }
                        throw APIError.upstream("the language model could not answer: \(error.summary)")
                    }
                    // The chart words of the question decide the result type, as for the embedded engine.
                    let shown = AnswerPresentation(question: text, forcedResultType: forced.flatMap(ResultType.init(rawValue:)))
                    translation = Translation(sql: answer.sql, resultType: shown.resultType, visualizationType: shown.visualizationType, title: shown.title)
                    modelResult = answer.result
                }
                sql = translation!.sql
            }
            let result = try modelResult ?? runGuarded(sql, uploadID: upload.id, limits: limits)
            let elapsed = Int((DispatchTime.now().uptimeNanoseconds - started) / 1_000_000)
            try record(queryID, session, queryType, text, sql, "completed", elapsed, engine)
            let engineField: [(String, JSON)] = engine.map { [("engine", .string($0))] } ?? []
            let wantsChart = forced == "visualization" || (forced == nil && translation?.resultType == .visualization)
            if wantsChart {
                let chart = Self.chart(from: result, title: translation?.title ?? "Query result",
                                       kind: translation?.visualizationType ?? .barChart)
                return .json(.object([
                    ("query_id", .string(queryID)), ("result_type", "visualization"),
                    ("visualization_type", .string(chart.kind.rawValue)), ("title", .string(chart.title)),
                    ("data", ChartJSON.data(chart)), ("execution_time_ms", JSON(elapsed)), ("generated_sql", .string(sql)),
                ] + engineField), headers: limitHeaders)
            }
            return .json(.object([
                ("query_id", .string(queryID)), ("result_type", "table"), ("columns", .array(result.columns.map(JSON.string))),
                ("rows", .array(result.rows.map(JSON.array))), ("row_count", JSON(result.rowCount)), ("truncated", .bool(result.truncated)),
                ("execution_time_ms", JSON(elapsed)), ("generated_sql", .string(sql)),
            ] + engineField), headers: limitHeaders)
        } catch var error as APIError {
            let elapsed = Int((DispatchTime.now().uptimeNanoseconds - started) / 1_000_000)
            // A question turned away because too many are at the model did not run: not history.
            if error.status != 429 {
                try? record(queryID, session, queryType, text, translation?.sql ?? modelSQL, "failed", elapsed, engine)
            }
            // A 429 of its own (the language model's places) describes that limit, not the rate.
            if !error.headers.contains(where: { $0.0 == "RateLimit" }) { error.headers += limitHeaders }
            throw error
        }
    }

    /// `sql` through the guarded path: read-only, one statement, the deadline and the memory
    /// budget of `limits`.
    func runGuarded(_ sql: String, uploadID: String, limits: QueryLimits) throws(APIError) -> QueryResult {
        do {
            return try app.queryEngine.run(sql: sql, databasePath: app.dataDatabasePath(uploadID: uploadID), limits: limits)
        } catch {
            throw apiError(error, uploadID: uploadID)
        }
    }

    /// A query that did not run, as the API answers it: the query's fault (422) unless the
    /// data file could not be read, which is ours (500).
    func apiError(_ error: QueryError, uploadID: String) -> APIError {
        guard error.kind == .unavailable else { return .validation(error.message, param: "query") }
        app.logger.error("data database unavailable", metadata: ["upload_id": "\(uploadID)", "error": "\(error.message)"])
        return .serverError
    }

    /// The session named in the body, or the caller's only active one.
    private func resolveSession(_ body: JSONObjectReader, user: User) throws -> SessionRecord {
        let now = Timestamp.now()
        if let id = try body.string("session_id") {
            guard let session = try app.catalog.session(id: id, userID: user.id), session.isActive(now: now) else {
                throw APIError.notFound("no active session \(id) (it may have ended or expired)", param: "session_id")
            }
            return session
        }
        let active = try app.catalog.activeSessions(userID: user.id, now: now)
        guard active.count == 1 else {
            throw APIError.validation(active.isEmpty ? "session_id is required: open a session with POST /data/sessions"
                                                     : "session_id is required when more than one session is active", param: "session_id")
        }
        return active[0]
    }

    private func record(_ id: String, _ session: SessionRecord, _ type: String, _ text: String, _ sql: String?, _ status: String, _ ms: Int,
                        _ engine: String?) throws {
        try app.catalog.insertQuery(QueryRecord(id: id, sessionID: session.id, queryType: type, query: text, generatedSQL: sql,
                                                status: status, executedAt: Timestamp.now(), executionTimeMs: ms, engine: engine))
    }

    /// A chart from a result: labels from the first column, one dataset per numeric column after
    /// it; for a scatter chart, the points (first column, second column) where both are numbers.
    static func chart(from result: QueryResult, title: String, kind: ChartSpec.Kind) -> ChartSpec {
        if kind == .scatter, result.columns.count >= 2 {
            var xs: [Double] = []
            var ys: [Double] = []
            for row in result.rows {
                guard let x = row[0].doubleValue, let y = row[1].doubleValue, x.isFinite, y.isFinite else { continue }
                xs.append(x)
                ys.append(y)
            }
            return ChartSpec(kind: kind, title: title, labels: [], datasets: [.init(label: result.columns[1], data: ys, x: xs)],
                             xAxisTitle: result.columns[0], yAxisTitle: result.columns[1])
        }
        let labels = result.rows.map { row -> String in
            guard let first = row.first else { return "" }
            switch first {
            case .string(let s): return s
            case .null: return "(none)"
            case .bool(let b): return b ? "true" : "false"
            default: return String(decoding: first.serialized(), as: UTF8.self)
            }
        }
        var datasets: [ChartSpec.Dataset] = []
        for index in result.columns.indices.dropFirst() {
            let values = result.rows.map { $0[index].doubleValue ?? ($0[index].boolValue.map { $0 ? 1 : 0 }) ?? .nan }
            if values.contains(where: { !$0.isNaN }) { datasets.append(.init(label: result.columns[index], data: values)) }
        }
        if datasets.isEmpty && result.columns.count == 1 {
            datasets = [.init(label: result.columns[0], data: result.rows.map { $0.first?.doubleValue ?? .nan })]
        }
        return ChartSpec(kind: kind, title: title, labels: labels, datasets: datasets,
                         xAxisTitle: result.columns.first, yAxisTitle: result.columns.count > 1 ? result.columns[1] : nil)
    }
}

/// A chart in the reference's visualization JSON shape.
enum ChartJSON {
    static func data(_ chart: ChartSpec) -> JSON {
        .object([
            ("labels", .array(chart.labels.map(JSON.string))),
            ("datasets", .array(chart.datasets.map { dataset in
                // Scatter points are {x, y} objects; other charts give one value per label.
                let data: [JSON] = dataset.x.map { xs in
                    zip(xs, dataset.data).map { x, y in .object([("x", .double(x)), ("y", .double(y))]) }
                } ?? dataset.data.map { $0.isNaN ? .null : .double($0) }
                return .object([("label", .string(dataset.label)), ("data", .array(data))])
            })),
        ])
    }

    static func full(_ chart: ChartSpec) -> JSON {
        .object([("visualization_type", .string(chart.kind.rawValue)), ("title", .string(chart.title)), ("data", data(chart))])
    }
}
