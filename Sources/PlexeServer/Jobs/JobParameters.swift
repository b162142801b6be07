import PlexeAnalysis
import PlexeExport

/// The kinds of background job. Stored by raw value in `jobs.type`.
enum JobType: String, Sendable, Codable, CaseIterable {
    /// Loads a confirmed upload's files into its data database.
    case ingest
    /// Builds an upload's join and filter indexes after ingest.
    case optimize
    /// `POST /data/analyze`.
    case analysis
    /// `POST /data/export`.
    case export

    /// The job types users start and see (`GET /jobs/{job_id}`) and the queued-jobs quota
    /// counts: ingest is bounded by the pending uploads and the stored bytes, optimize
    /// follows an ingest.
    static let userStarted: [JobType] = [.analysis, .export]
}

/// What a job is asked to do: one parameter struct per job type, stored as JSON in
/// `jobs.params_json` (snake_case keys, as the rows written before these types were).
enum JobParameters: Sendable {
    case ingest(IngestJobParameters)
    case optimize(OptimizeJobParameters)
    case analysis(AnalysisJobParameters)
    case export(ExportJobParameters)

    var type: JobType {
        switch self {
        case .ingest: return .ingest
        case .optimize: return .optimize
        case .analysis: return .analysis
        case .export: return .export
        }
    }

    var uploadID: String {
        switch self {
        case .ingest(let p): return p.uploadID
        case .optimize(let p): return p.uploadID
        case .analysis(let p): return p.uploadID
        case .export(let p): return p.uploadID
        }
    }

    /// The bytes the job reads, for its estimate and the measured throughput; nil when unknown.
    var bytes: Int64? {
        switch self {
        case .ingest(let p): return p.bytes
        case .optimize: return nil
        case .analysis(let p): return p.bytes
        case .export(let p): return p.bytes
        }
    }

    func encoded() throws -> String {
        switch self {
        case .ingest(let p): return try CatalogJSON.encode(p)
        case .optimize(let p): return try CatalogJSON.encode(p)
        case .analysis(let p): return try CatalogJSON.encode(p)
        case .export(let p): return try CatalogJSON.encode(p)
        }
    }

    /// The parameters of a stored job of `type`, from its `params_json` row.
    static func decode(_ type: JobType, from row: CatalogRow, column: String) throws -> JobParameters {
        func decoded<P: Decodable>(_: P.Type) throws -> P {
            guard let value = try row.decoded(P.self, column) else {
                throw CatalogError.corruptRow(table: "jobs", column: column, problem: "no parameters for a \(type.rawValue) job")
            }
            return value
        }
        switch type {
        case .ingest: return .ingest(try decoded(IngestJobParameters.self))
        case .optimize: return .optimize(try decoded(OptimizeJobParameters.self))
        case .analysis: return .analysis(try decoded(AnalysisJobParameters.self))
        case .export: return .export(try decoded(ExportJobParameters.self))
        }
    }
}

struct IngestJobParameters: Sendable, Codable, Equatable {
    var uploadID: String
    /// The confirmed files' bytes; absent for an ingest queued again at start.
    var bytes: Int64?

    enum CodingKeys: String, CodingKey {
        case uploadID = "upload_id", bytes
    }
}

struct OptimizeJobParameters: Sendable, Codable, Equatable {
    var uploadID: String

    enum CodingKeys: String, CodingKey {
        case uploadID = "upload_id"
    }
}

struct AnalysisJobParameters: Sendable, Codable, Equatable {
    var uploadID: String
    /// The selected files, by name.
    var files: [String]
    var bytes: Int64
    var depth: AnalysisDepth

    enum CodingKeys: String, CodingKey {
        case uploadID = "upload_id", files, bytes, depth = "analysis_type"
    }
}

struct ExportJobParameters: Sendable, Codable, Equatable {
    var uploadID: String
    var files: [String]
    var bytes: Int64
    /// Nil: each file in the format nearest its own (`ExportJob.defaultFormat(forSource:)`).
    var format: ExportFormat?
    var includeHeaders: Bool
    var emailNotification: Bool

    enum CodingKeys: String, CodingKey {
        case uploadID = "upload_id", files, bytes, format
        case includeHeaders = "include_headers", emailNotification = "email_notification"
    }
}
