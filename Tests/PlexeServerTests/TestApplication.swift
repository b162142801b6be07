import Foundation
import Logging

@testable import PlexeServer

/// An application over a fresh temporary PLEXE_HOME, for tests that need the services.
enum TestApplication {
    static func make(_ extra: [String: String] = [:], logger: Logger = Logger(label: "test")) throws -> Application {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("plexe-unit-\(UUID().uuidString)").path
        var env = ["PLEXE_HOME": home, "PLEXE_HTTPS_PORT": "9999"]
        env.merge(extra) { $1 }
        return try Application(config: try ServerConfig.fromEnvironment(env), logger: logger)
    }
}

extension Application {
    /// The SQLite catalog behind the protocol, for tests that set up rows directly.
    var sqliteCatalog: SQLiteCatalog { catalog as! SQLiteCatalog }
}

/// A catalog in a fresh temporary file.
func temporaryCatalog() throws -> SQLiteCatalog {
    try SQLiteCatalog(path: FileManager.default.temporaryDirectory.appendingPathComponent("catalog-\(UUID().uuidString).sqlite").path)
}

extension JobRecord {
    /// A pending job of `type`, with the parameters a test does not care about; bound to no
    /// upload unless `uploadID` names one that exists.
    static func test(_ id: String, user: Int64, type: JobType, uploadID: String? = nil, at time: Int64, estimate: Int64? = nil) -> JobRecord {
        let uploadIDParameter = uploadID ?? "upload_none"
        let parameters: JobParameters
        switch type {
        case .ingest: parameters = .ingest(IngestJobParameters(uploadID: uploadIDParameter, bytes: nil))
        case .optimize: parameters = .optimize(OptimizeJobParameters(uploadID: uploadIDParameter))
        case .analysis: parameters = .analysis(AnalysisJobParameters(uploadID: uploadIDParameter, files: [], bytes: 0, depth: .basic))
        case .export:
            parameters = .export(
                ExportJobParameters(uploadID: uploadIDParameter, files: [], bytes: 0, format: nil, includeHeaders: true, emailNotification: false))
        }
        var job = JobRecord.queued(id: id, userID: user, parameters: parameters, now: time, estimatedCompletion: estimate)
        job.uploadID = uploadID
        return job
    }
}
