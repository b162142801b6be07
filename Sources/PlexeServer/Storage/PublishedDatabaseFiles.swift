import Foundation
import Logging
import PlexeFoundation
import PlexeObjectStore

/// Upload databases published to the object store (`PLEXE_STORE=s3`), so that any node can
/// serve any upload: a job builds the database in this node's `$PLEXE_HOME/data`, uploads it
/// under a new versioned key (`uploads/<upload>/database-<version>.sqlite`), records the key
/// in the catalog and keeps the file in its cache; another node fetches that version once
/// into its own `DatabaseCache` when it first serves the upload. No node ever needs another
/// node's local files.
struct PublishedDatabaseFiles: DatabaseFiles {
    /// Where jobs build databases (`$PLEXE_HOME/data`).
    let workDirectory: String
    let client: S3Client
    let cache: DatabaseCache
    let catalog: any Catalog
    let logger: Logger

    func workPath(uploadID: String, suffix: String) -> String { workDirectory + "/" + uploadID + ".sqlite" + suffix }

    func publish(uploadID: String, builtAt path: String, replacingExisting: Bool) throws -> Bool {
        guard let upload = try catalog.upload(id: uploadID) else { return false }
        let previous = upload.databaseKey
        if replacingExisting && previous == nil { return false }
        let version = "\(Timestamp.now())-\(Crypto.randomHex(byteCount: 6))"
        let key = StorageKeys.database(uploadID: uploadID, version: version)
        try client.upload(fileAt: path, as: key)
        guard try catalog.setDatabaseKey(uploadID: uploadID, key: key) else {
            try? client.delete(key)  // deleted meanwhile; the sweep would find it otherwise
            return false
        }
        try cache.insert(uploadID: uploadID, version: version, builtAt: path)
        if let previous, previous != key {
            // Nodes reading the old version finish with their copies; one that fetches it
            // from now on finds it gone and reads the catalog again (`withDatabase`).
            do { try client.delete(previous) } catch {
                logger.warning("the previous database version was not deleted", metadata: ["key": "\(previous)", "error": "\(error)"])
            }
        }
        return true
    }

    func withDatabase<T>(_ upload: UploadRecord, _ body: (String) throws -> T) throws -> T {
        do {
            return try read(upload, body)
        } catch let error as ObjectStoreError where error.kind == .notFound {
            // The version read with `upload` was replaced (and deleted) since: once more with
            // the catalog's current one.
            guard let current = try catalog.upload(id: upload.id), current.databaseKey != upload.databaseKey else { throw error }
            return try read(current, body)
        }
    }

    private func read<T>(_ upload: UploadRecord, _ body: (String) throws -> T) throws -> T {
        guard let key = upload.databaseKey, let version = StorageKeys.databaseVersion(ofKey: key) else {
            throw ServerFailure("upload \(upload.id) has no published database")
        }
        return try cache.withDatabase(uploadID: upload.id, version: version, fetch: { path in try client.download(key, toFile: path) }, body)
    }

    func localPaths(uploadID: String) -> [String] { cache.paths(uploadID: uploadID) }

    func remove(uploadID: String) {
        cache.remove(uploadID: uploadID)
        for suffix in [""] + DataDatabases.workFileSuffixes { unlink(workPath(uploadID: uploadID, suffix: suffix)) }
    }
}
