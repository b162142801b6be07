import PlexeAnalysis
import PlexeFoundation

/// The `analysis` job: analyses each selected file of an upload and stores the charts it
/// makes, so their `data_url`s answer as long as the job exists.
struct AnalysisJob {
    let app: Application

    func register() {
        app.jobs.register(type: "analysis") { ctx in try run(ctx) }
    }

    func run(_ ctx: JobContext) throws -> JSON? {
        let job = ctx.job
        guard let uploadID = job.params["upload_id"]?.stringValue, let upload = try app.catalog.upload(id: uploadID) else {
            throw JobFailure.uploadDeleted
        }
        let depth = AnalysisDepth(rawValue: job.params["analysis_type"]?.stringValue ?? "basic") ?? .basic
        let names = job.params["files"]?.arrayValue?.compactMap(\.stringValue) ?? upload.files.map(\.filename)
        let files = names.compactMap { upload.file(named: $0) }
        let database = try SQLiteDatabase(path: app.dataDatabasePath(uploadID: uploadID), options: .init(readOnly: true))
        try app.catalog.deleteVisualizations(jobID: job.id)
        var analyses: [FileAnalysis] = []
        var filesJSON: [JSON] = []
        for (index, file) in files.enumerated() {
            guard let table = file.table else { continue }
            let analysis = try DatasetAnalyzer.analyze(table: table, in: database, depth: depth) { fraction in
                ctx.progress((Double(index) + fraction) / Double(files.count))
            }
            var urls: [(dataURL: String, thumbnailURL: String)] = []
            for chart in analysis.visualizations {
                let id = try app.catalog.insertVisualization(chart, jobID: job.id, userID: job.userID)
                let base = app.config.baseURL + "/data/visualizations/" + id
                urls.append((dataURL: base, thumbnailURL: base + "/thumbnail"))
            }
            filesJSON.append(analysis.json(visualizationURLs: urls))
            analyses.append(analysis)
        }
        var result: [(String, JSON)] = [("files", .array(filesJSON))]
        result.append(("recommendations", depth == .comprehensive ? DatasetAnalyzer.recommendations(for: analyses).json : .array([])))
        return .object(result)
    }
}
