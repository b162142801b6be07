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
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw APIError.validation("query must not be empty", param: "query")
        }
        return QueryRequest(
            kind: kind, text: text, maxResults: Int(try body.int("max_results", range: 1...10_000) ?? 100),
            forcedResultType: try body.choice("result_type", ResultType.allCases.map(\.rawValue)).flatMap(ResultType.init(rawValue:)),
            sessionID: try body.string("session_id"))
    }
}
