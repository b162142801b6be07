import Foundation

/// Where uploaded and exported bytes live, addressed by storage key
/// (`uploads/upload_x/0-customers.csv`, `exports/export_y/customers.parquet`).
///
/// nginx writes uploads and serves downloads itself; the application only needs to find,
/// size, create and remove files. Keeping this a protocol leaves room for an
/// S3-compatible store (where `localPath` would stage a copy) without touching the pipeline.
///
/// A presigned PUT never writes an upload's key itself: it writes the key's *staged* copy,
/// and confirming an upload promotes each staged file to its key. No URL is ever signed for
/// the key, so once promoted a file cannot change, however late a PUT arrives.
protocol FileStore: Sendable {
    /// Size of the staged copy a presigned PUT wrote for `key`, or nil when there is none.
    func stagedSize(ofKey key: String) -> Int64?
    /// Moves the staged copy of `key` over the key (atomically). Returns false when there is
    /// no staged copy.
    func promoteStaged(key: String) throws -> Bool
    /// The top-level directories (`upload_x`, `export_y`) under `prefix` in the store and in
    /// its staging area, for the sweep of storage that no catalog row owns.
    func directories(under prefix: String, staged: Bool) -> [String]
    /// Size of the stored object, or nil when there is none.
    func size(ofKey key: String) -> Int64?
    /// A local path to read the object from.
    func localPath(forKey key: String) -> String
    /// A local path to write a new object to; its directory exists afterwards.
    func prepareWrite(forKey key: String) throws -> String
    /// The internal nginx location that serves the object (`X-Accel-Redirect`).
    func internalRedirectPath(forKey key: String) -> String
    func remove(key: String)
    /// Removes every object whose key starts with `prefix/`, staged copies included.
    func removeAll(prefix: String)
    /// Removes only the staged copies of the keys that start with `prefix/`.
    func removeStaged(prefix: String)
}

/// The file store on the local disk, under `$PLEXE_HOME/files`, shared with nginx: nginx
/// stores presigned PUTs under `files/incoming/<key>` (its `/storage/` location's alias)
/// and serves downloads from `files/<key>`.
struct LocalFileStore: FileStore {
    let root: String

    init(root: String) { self.root = root }

    /// Where nginx puts the body of a presigned PUT for `key`.
    func stagedPath(forKey key: String) -> String { root + "/incoming/" + key }

    func stagedSize(ofKey key: String) -> Int64? { Self.regularFileSize(stagedPath(forKey: key)) }

    func promoteStaged(key: String) throws -> Bool {
        let staged = stagedPath(forKey: key)
        guard Self.regularFileSize(staged) != nil else { return false }
        let target = try prepareWrite(forKey: key)
        guard rename(staged, target) == 0 else {
            throw StorageFailure("cannot move the uploaded \(key) into place: \(String(cString: strerror(errno)))")
        }
        return true
    }

    func directories(under prefix: String, staged: Bool) -> [String] {
        let path = staged ? stagedPath(forKey: prefix) : localPath(forKey: prefix)
        return ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
    }

    private static func regularFileSize(_ path: String) -> Int64? {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int64(info.st_size)
    }

    func size(ofKey key: String) -> Int64? { Self.regularFileSize(localPath(forKey: key)) }

    func localPath(forKey key: String) -> String { root + "/" + key }

    func prepareWrite(forKey key: String) throws -> String {
        let path = localPath(forKey: key)
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        return path
    }

    func internalRedirectPath(forKey key: String) -> String { "/_files/" + key }

    func remove(key: String) { unlink(localPath(forKey: key)) }

    func removeAll(prefix: String) {
        try? FileManager.default.removeItem(atPath: localPath(forKey: prefix))
        removeStaged(prefix: prefix)
    }

    func removeStaged(prefix: String) {
        try? FileManager.default.removeItem(atPath: stagedPath(forKey: prefix))
    }
}

/// The file store could not do what it must: the server's fault, logged, a 500 for users.
struct StorageFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
