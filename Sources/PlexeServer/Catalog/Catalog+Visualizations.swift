import Foundation
import PlexeFoundation

extension SQLCatalog {
    /// Stores a chart under a new `viz_` id and returns the id.
    func insertVisualization(_ chart: ChartSpec, jobID: String, userID: Int64) throws -> String {
        let id = Crypto.randomID(prefix: "viz_")
        let json = try CatalogJSON.encode(chart)
        try write { c in
            try c.run(
                "INSERT INTO visualizations (id, user_id, job_id, spec_json) VALUES (?, ?, ?, ?)",
                [.text(id), .integer(userID), .text(jobID), .text(json)])
        }
        return id
    }

    /// Removes the charts of a job (before a rerun stores new ones).
    func deleteVisualizations(jobID: String) throws {
        try write { c in try c.run("DELETE FROM visualizations WHERE job_id = ?", [.text(jobID)]) }
    }

    func visualization(id: String, userID: Int64) throws -> ChartSpec? {
        try read { c in
            try c.first("SELECT spec_json FROM visualizations WHERE id = ? AND user_id = ?", [.text(id), .integer(userID)]) {
                try $0.decoded(ChartSpec.self, "spec_json")
            } ?? nil
        }
    }
}
