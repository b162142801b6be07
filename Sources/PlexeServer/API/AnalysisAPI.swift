import PlexeAnalysis
import PlexeCharts
import PlexeFoundation

/// The reference's "Data Analysis" section: start an analysis job, read its results, and
/// the charts it made (JSON, SVG, PNG thumbnail). The job itself is `AnalysisJob`.
struct AnalysisAPI: Sendable {
    let analyses: AnalysisService
    let baseURL: String

    func start(_ ctx: RequestContext) throws -> HTTPResponse {
        let body = try ctx.jsonBody()
        let depth = try body.choice("analysis_type", AnalysisDepth.allCases.map(\.rawValue)).flatMap(AnalysisDepth.init(rawValue:)) ?? .basic
        let job = try analyses.start(
            uploadID: try body.requiredString("upload_id"), files: try body.strings("files"), depth: depth, user: try ctx.requiredUser)
        return .json(
            [
                "job_id": .string(job.id), "status": "pending",
                "estimated_completion": .optional(job.estimatedCompletion.map(Timestamp.rfc3339)),
            ], status: .accepted)
    }

    func results(_ ctx: RequestContext) throws -> HTTPResponse {
        let (job, parameters, result) = try analyses.analysis(jobID: ctx.pathParameter("job_id"), user: try ctx.requiredUser)
        var fields: [(String, JSON)] = [
            ("job_id", .string(job.id)), ("upload_id", .optional(job.uploadID)), ("status", .string(job.status.rawValue)),
            ("analysis_type", .string(parameters.depth.rawValue)), ("created_at", .string(Timestamp.rfc3339(job.createdAt))),
        ]
        switch job.status {
        case .completed:
            fields.append(("completed_at", .optional(job.completedAt.map(Timestamp.rfc3339))))
            fields += resultFields(result)
        case .failed:
            fields.append(("completed_at", .optional(job.completedAt.map(Timestamp.rfc3339))))
            fields += JobsAPI.failureFields(job)
        case .pending, .running:
            fields += JobsAPI.progressFields(job)
        }
        return .json(.object(fields))
    }

    /// `files` and `recommendations`, the charts' URLs under today's base URL.
    func resultFields(_ result: AnalysisResult?) -> [(String, JSON)] {
        switch result {
        case .analyses(let stored):
            let files: [JSON] = stored.files.map { file in
                file.analysis.json(
                    visualizationURLs: file.visualizationIDs.map { id in
                        let url = baseURL + "/data/visualizations/" + id
                        return (dataURL: url, thumbnailURL: url + "/thumbnail")
                    })
            }
            return [("files", .array(files)), ("recommendations", stored.recommendations.json)]
        case .rendered(let json):
            return [("files", json["files"] ?? .array([])), ("recommendations", json["recommendations"] ?? .array([]))]
        case nil:
            return [("files", .array([])), ("recommendations", .array([]))]
        }
    }

    func visualization(_ ctx: RequestContext) throws -> HTTPResponse {
        let chart = try analyses.chart(id: ctx.pathParameter("viz_id"), user: try ctx.requiredUser)
        let format = try QueryParameters(ctx.request).choice("format", ["json", "svg"], default: "json")
        guard format == "svg" else { return .json(ChartJSON.full(chart)) }
        // An SVG opened on its own is a document that could run script; ours has none and
        // needs nothing but its own attributes, so the browser is told to allow nothing else.
        return HTTPResponse(
            status: .ok,
            headers: [
                ("Content-Type", "image/svg+xml; charset=utf-8"),
                ("Content-Security-Policy", Self.svgContentSecurityPolicy),
            ],
            body: Array(SVGChartRenderer.render(chart).utf8))
    }

    static let svgContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; sandbox"

    func thumbnail(_ ctx: RequestContext) throws -> HTTPResponse {
        let chart = try analyses.chart(id: ctx.pathParameter("viz_id"), user: try ctx.requiredUser)
        return HTTPResponse(
            status: .ok, headers: [("Content-Type", "image/png"), ("Cache-Control", "private, max-age=3600")],
            body: PNGChartRenderer.render(chart))
    }
}
