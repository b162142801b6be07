import Foundation
import PlexeFoundation
import PlexeLanguage

/// `POST /data/query`: SQL, or English translated to SQL (`QueryService`).
struct QueryAPI: Sendable {
    let queries: QueryService

    func query(_ ctx: RequestContext) throws -> HTTPResponse {
        let user = try ctx.requiredUser
        let outcome = try queries.run(try Self.request(try ctx.jsonBody()), user: user, logger: ctx.logger)
        let engine: [(String, JSON)] = outcome.engine.map { [("engine", .string($0))] } ?? []
        switch outcome.answer {
        case .chart(let chart):
            return .json(
                .object(
                    [
                        ("query_id", .string(outcome.queryID)), ("result_type", "visualization"),
                        ("visualization_type", .string(chart.kind.rawValue)), ("title", .string(chart.title)),
                        ("data", ChartJSON.data(chart)), ("execution_time_ms", JSON(outcome.elapsedMs)), ("generated_sql", .string(outcome.sql)),
                    ] + engine), headers: outcome.rateLimitHeaders)
        case .table(let result):
            return .json(
                .object(
                    [
                        ("query_id", .string(outcome.queryID)), ("result_type", "table"), ("columns", .array(result.columns.map(JSON.string))),
                        ("rows", .array(result.rows.map(JSON.array))), ("row_count", JSON(result.rowCount)), ("truncated", .bool(result.truncated)),
                        ("execution_time_ms", JSON(outcome.elapsedMs)), ("generated_sql", .string(outcome.sql)),
                    ] + engine), headers: outcome.rateLimitHeaders)
        }
    }

    static func request(_ body: JSONObjectReader) throws -> QueryRequest {
        guard let kind = try body.choice("query_type", QueryKind.allCases.map(\.rawValue)).flatMap(QueryKind.init(rawValue:)) else {
            throw APIError.validation("query_type is required: sql or natural_language", param: "query_type")
        }
        let text = try body.requiredString("query")
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else {
            throw APIError.validation("query must not be empty", param: "query")
        }
        // An English question is bounded for either engine: the embedded one reads at most this
        // much (its cost grows faster than the length), and a model would be sent all of it.
        if kind == .naturalLanguage, case let questionLength = trimmed.count, questionLength > QuestionTranslator.maximumQuestionLength {
            throw APIError.validation(
                "an English question has at most \(QuestionTranslator.maximumQuestionLength) characters (this one has \(questionLength)); ask it in fewer words",
                param: "query")
        }
        return QueryRequest(
            kind: kind, text: text, maxResults: Int(try body.int("max_results", range: 1...10_000) ?? 100),
            forcedResultType: try body.choice("result_type", ResultType.allCases.map(\.rawValue)).flatMap(ResultType.init(rawValue:)),
            sessionID: try body.string("session_id"))
    }
}
