import Foundation
import PlexeFoundation

/// Removes an upload and everything derived from it: stored files, the data database, its
/// exports' files, and the catalog rows (sessions, queries, jobs and visualizations cascade).
struct UploadRemover {
    let app: Application

    /// What jobs write next to `<upload>.sqlite`: SQLite's journals, ingest's `.tmp` database
    /// and the optimize job's `.optimize` copy, each with its own journals.
    static let workFileSuffixes: [String] = ["", ".tmp", ".optimize"].flatMap { base in
        ["-journal", "-wal", "-shm"].map { base + $0 } + (base.isEmpty ? [] : [base])
    }

    /// Removes the `.tmp` and `.optimize` files a process killed in the middle of a job left
    /// in the data directory (the job itself is queued again and starts afresh). Call it
    /// before the job workers start, when no job can be using them.
    static func removeLeftoverWorkFiles(in dataDirectory: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dataDirectory)) ?? []
        let leftovers = names.filter { name in
            name.hasPrefix("upload_") && (name.contains(".sqlite.tmp") || name.contains(".sqlite.optimize"))
        }
        for name in leftovers { unlink(dataDirectory + "/" + name) }
        return leftovers.sorted()
    }

    func remove(_ upload: UploadRecord) throws {
        let exportIDs = try app.catalog.jobs(uploadID: upload.id).filter { $0.type == "export" }.map(\.id)
        try app.catalog.deleteUpload(id: upload.id)
        app.closeDataConnections(uploadID: upload.id)
        // The database and the work files of a job that may still be running on it (whose
        // own clean-up then finds them gone).
        for suffix in [""] + Self.workFileSuffixes {
            unlink(app.dataDatabasePath(uploadID: upload.id) + suffix)
        }
        app.fileStore.removeAll(prefix: "uploads/\(upload.id)")
        for id in exportIDs { app.fileStore.removeAll(prefix: "exports/\(id)") }
    }
}
