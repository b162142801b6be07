import Foundation

/// Where uploaded and exported bytes live, addressed by storage key
/// (`uploads/upload_x/0-customers.csv`, `exports/export_y/customers.parquet`).
///
/// nginx writes uploads and serves downloads itself; the application only needs to find,
/// size, create and remove files. Keeping this a protocol leaves room for an
/// S3-compatible store (where `localPath` would stage a copy) without touching the pipeline.
public protocol FileStore: Sendable {
    /// Size of the stored object, or nil when there is none.
    func size(ofKey key: String) -> Int64?
    /// A local path to read the object from.
    func localPath(forKey key: String) -> String
    /// A local path to write a new object to; its directory exists afterwards.
    func prepareWrite(forKey key: String) throws -> String
    /// The internal nginx location that serves the object (`X-Accel-Redirect`).
    func internalRedirectPath(forKey key: String) -> String
    func remove(key: String)
    /// Removes every object whose key starts with `prefix/`.
    func removeAll(prefix: String)
}

/// The file store on the local disk, under `$PLEXE_HOME/files`, shared with nginx.
public struct LocalFileStore: FileStore {
    public let root: String

    public init(root: String) { self.root = root }

    public func size(ofKey key: String) -> Int64? {
        var info = stat()
        guard stat(localPath(forKey: key), &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int64(info.st_size)
    }

    public func localPath(forKey key: String) -> String { root + "/" + key }

    public func prepareWrite(forKey key: String) throws -> String {
        let path = localPath(forKey: key)
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        return path
    }

    public func internalRedirectPath(forKey key: String) -> String { "/_files/" + key }

    public func remove(key: String) { unlink(localPath(forKey: key)) }

    public func removeAll(prefix: String) {
        try? FileManager.default.removeItem(atPath: localPath(forKey: prefix))
    }
}
