import Foundation
import PlexeFoundation

/// Removes an upload and everything derived from it: stored files, the data database, its
/// exports' files, and the catalog rows (sessions, queries, jobs and visualizations cascade).
struct UploadRemover: Sendable {
    let catalog: any Catalog
    let fileStore: any FileStore
    let data: DataDatabases

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
        let exportIDs = try catalog.jobs(uploadID: upload.id).filter { $0.type == .export }.map(\.id)
        try catalog.deleteUpload(id: upload.id)
        data.release(uploadID: upload.id)
        data.files.remove(uploadID: upload.id)
        // A store that fails here leaves objects no catalog row owns: the sweep removes them.
        try fileStore.removeAll(prefix: StorageKeys.upload(upload.id))
        for id in exportIDs { try fileStore.removeAll(prefix: StorageKeys.export(id)) }
    }
}
