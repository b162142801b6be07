import PlexeAnalysis
import PlexeFoundation

/// The `analysis` job: analyses each selected file of an upload and stores the charts it
/// makes, so their `data_url`s answer as long as the job exists. Its result is the analyses
/// as data (`AnalysisResult`); the API renders them when they are read.
struct AnalysisJob: Sendable {
    let catalog: any Catalog
    let data: DataDatabases

    func run(_ ctx: JobContext) throws -> JobResult? {
        guard case .analysis(let parameters) = ctx.job.parameters, let upload = try catalog.upload(id: parameters.uploadID) else {
            throw JobFailure.uploadDeleted
        }
        let files = parameters.files.compactMap { upload.file(named: $0) }
        try catalog.deleteVisualizations(jobID: ctx.job.id)
        var stored: [AnalysisResult.StoredAnalyses.File] = []
        try data.withDatabase(upload) { databasePath in
            let database = try SQLiteDatabase(path: databasePath, options: .init(readOnly: true))
            for (index, file) in files.enumerated() {
                guard let table = file.table else { continue }
                let analysis = try DatasetAnalyzer.analyze(table: table, in: database, depth: parameters.depth) { fraction in
                    ctx.progress((Double(index) + fraction) / Double(files.count))
                }
                let ids = try analysis.visualizations.map { try catalog.insertVisualization($0, jobID: ctx.job.id, userID: ctx.job.userID) }
                stored.append(.init(analysis: analysis, visualizationIDs: ids))
            }
        }
        let recommendations = parameters.depth == .comprehensive ? DatasetAnalyzer.recommendations(for: stored.map(\.analysis)) : []
        return JobResult(json: try AnalysisResult.encode(.init(files: stored, recommendations: recommendations)))
    }
}
