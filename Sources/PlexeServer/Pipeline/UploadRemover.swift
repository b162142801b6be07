import Foundation
import PlexeFoundation

/// Removes an upload and everything derived from it: stored files, the data database, its
/// exports' files, and the catalog rows (sessions, queries, jobs and visualizations cascade).
struct UploadRemover {
    let app: Application

    func remove(_ upload: UploadRecord) throws {
        let exportIDs = try app.catalog.jobs(uploadID: upload.id).filter { $0.type == "export" }.map(\.id)
        try app.catalog.deleteUpload(id: upload.id)
        app.closeDataConnections(uploadID: upload.id)
        for suffix in ["", "-wal", "-shm", ".tmp"] {
            unlink(app.dataDatabasePath(uploadID: upload.id) + suffix)
        }
        app.fileStore.removeAll(prefix: "uploads/\(upload.id)")
        for id in exportIDs { app.fileStore.removeAll(prefix: "exports/\(id)") }
    }
}
