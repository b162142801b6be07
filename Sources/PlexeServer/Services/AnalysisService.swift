import PlexeAnalysis
import PlexeFoundation

/// Analyses: start one over an upload's files, read its state and results, and read the
/// charts it stored. The job itself is `AnalysisJob`.
struct AnalysisService: Sendable {
    let catalog: any Catalog
    let uploadJobs: UploadJobs

    func start(uploadID: String, files: [String]?, depth: AnalysisDepth, user: User) throws -> JobRecord {
        let (upload, selected) = try uploadJobs.select(uploadID: uploadID, files: files, user: user, purpose: "analysed")
        let parameters = AnalysisJobParameters(
            uploadID: upload.id, files: selected.map(\.filename), bytes: UploadJobs.bytes(of: selected), depth: depth)
        return try uploadJobs.submit(.analysis(parameters), idPrefix: "job_", user: user)
    }

    /// The caller's analysis job, with its results once it completed.
    func analysis(jobID: String, user: User) throws -> (job: JobRecord, parameters: AnalysisJobParameters, result: AnalysisResult?) {
        guard let job = try catalog.job(id: jobID, userID: user.id, types: [.analysis]),
            case .analysis(let parameters) = job.parameters
        else { throw APIError.notFound("no analysis job \(jobID)") }
        let result = job.status == .completed ? try job.resultJSON.map(AnalysisResult.decode) : nil
        return (job, parameters, result)
    }

    /// A chart an analysis of the caller stored.
    func chart(id: String, user: User) throws -> ChartSpec {
        guard let chart = try catalog.visualization(id: id, userID: user.id) else { throw APIError.notFound("no visualization \(id)") }
        return chart
    }
}
