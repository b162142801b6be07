import PlexeAnalysis
import PlexeFoundation

/// What an analysis job stores as its result: the analyses themselves, as data, with the ids
/// their charts were stored under. `GET /data/analysis/{job_id}` renders them when it is
/// read, so the charts' URLs start with the base URL the server has then.
enum AnalysisResult: Sendable {
    case analyses(StoredAnalyses)
    /// The form earlier versions stored: the response itself, URLs included (frozen at job
    /// time), served as it is rather than rewritten by a migration.
    case rendered(JSON)

    struct StoredAnalyses: Sendable, Codable {
        struct File: Sendable, Codable {
            var analysis: FileAnalysis
            /// The `viz_` id of each of `analysis.visualizations`, in order.
            var visualizationIDs: [String]
        }

        var files: [File]
        var recommendations: [Recommendation]
    }

    static func decode(_ text: String) throws -> AnalysisResult {
        let json = try JSON.parse(text)
        guard json["version"] == 2 else { return .rendered(json) }
        do {
            return .analyses(try CatalogJSON.decode(Versioned.self, from: text).analyses)
        } catch {
            throw CatalogError.corruptRow(table: "jobs", column: "result_json", problem: "an analysis result that does not decode: \(error)")
        }
    }

    /// The stored text: `{"version": 2, "analyses": …}`, told apart from the old form by its version.
    static func encode(_ analyses: StoredAnalyses) throws -> String {
        try CatalogJSON.encode(Versioned(version: 2, analyses: analyses))
    }

    private struct Versioned: Codable {
        var version: Int
        var analyses: StoredAnalyses
    }
}
