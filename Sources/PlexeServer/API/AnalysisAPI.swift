import PlexeCharts
import PlexeFoundation

/// The reference's "Data Analysis" section: start an analysis job, read its results, and
/// the charts it made (JSON, SVG, PNG thumbnail). The job itself is `AnalysisJob`.
struct AnalysisAPI {
    let app: Application

    func register(in router: inout Router) {
        router.add("POST", "/data/analyze") { try start($0) }
        router.add("GET", "/data/analysis/{job_id}") { try results($0) }
        router.add("GET", "/data/visualizations/{viz_id}") { try visualization($0) }
        router.add("GET", "/data/visualizations/{viz_id}/thumbnail") { try thumbnail($0) }
    }

    func start(_ ctx: RequestContext) throws -> HTTPResponse {
        let user = try ctx.requiredUser
        let body = try ctx.jsonBody()
        let depth = try body.choice("analysis_type", ["basic", "comprehensive"]) ?? "basic"
        let request = try UploadJobRequest(body, user: user, app: app, purpose: "analysed")
        let job = try request.submit(type: "analysis", idPrefix: "job_", params: [("analysis_type", .string(depth))], user: user, app: app)
        return .json(["job_id": .string(job.id), "status": "pending",
                      "estimated_completion": .optional(job.estimatedCompletion.map(Timestamp.rfc3339))], status: 202)
    }

    func results(_ ctx: RequestContext) throws -> HTTPResponse {
        let user = try ctx.requiredUser
        let id = ctx.pathParameter("job_id")
        guard let job = try app.catalog.job(id: id, userID: user.id, types: ["analysis"]) else { throw APIError.notFound("no analysis job \(id)") }
        var fields: [(String, JSON)] = [
            ("job_id", .string(job.id)), ("upload_id", .optional(job.uploadID)), ("status", .string(job.status.rawValue)),
            ("analysis_type", job.params["analysis_type"] ?? "basic"),
            ("created_at", .string(Timestamp.rfc3339(job.createdAt))),
        ]
        switch job.status {
        case .completed:
            fields.append(("completed_at", .optional(job.completedAt.map(Timestamp.rfc3339))))
            fields.append(("files", job.result?["files"] ?? .array([])))
            fields.append(("recommendations", job.result?["recommendations"] ?? .array([])))
        case .failed:
            fields.append(("completed_at", .optional(job.completedAt.map(Timestamp.rfc3339))))
            fields.append(("error", .optional(job.error)))
            fields.append(("error_code", .optional(job.errorCode)))
        case .pending, .running:
            fields.append(("progress", .double(job.progress)))
            fields.append(("estimated_completion", .optional(job.estimatedCompletion.map(Timestamp.rfc3339))))
        }
        return .json(.object(fields))
    }

    func visualization(_ ctx: RequestContext) throws -> HTTPResponse {
        let chart = try ownedChart(ctx)
        switch try QueryParameters(ctx.request).choice("format", ["json", "svg"], default: "json") {
        case "svg":
            // An SVG opened on its own is a document that could run script; ours has none and
            // needs nothing but its own attributes, so the browser is told to allow nothing else.
            return HTTPResponse(status: 200, headers: [("Content-Type", "image/svg+xml; charset=utf-8"),
                                                       ("Content-Security-Policy", Self.svgContentSecurityPolicy)],
                                body: Array(SVGChartRenderer.render(chart).utf8))
        default:
            return .json(ChartJSON.full(chart))
        }
    }

    static let svgContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; sandbox"

    func thumbnail(_ ctx: RequestContext) throws -> HTTPResponse {
        let chart = try ownedChart(ctx)
        return HTTPResponse(status: 200, headers: [("Content-Type", "image/png"), ("Cache-Control", "private, max-age=3600")],
                            body: PNGChartRenderer.render(chart))
    }

    private func ownedChart(_ ctx: RequestContext) throws -> ChartSpec {
        let user = try ctx.requiredUser
        let id = ctx.pathParameter("viz_id")
        guard let chart = try app.catalog.visualization(id: id, userID: user.id) else { throw APIError.notFound("no visualization \(id)") }
        return chart
    }
}
