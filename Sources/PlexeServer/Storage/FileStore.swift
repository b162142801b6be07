import Foundation

/// Where uploaded and exported bytes live, addressed by storage key
/// (`uploads/upload_x/0-customers.csv`, `exports/export_y/customers.parquet`).
///
/// Two implementations, chosen by `PLEXE_STORE`: `LocalFileStore` (the local disk shared with
/// nginx, which takes the PUTs and serves the downloads) and `S3FileStore` (an S3-compatible
/// object store, which does both itself through SigV4 presigned URLs). The services and jobs
/// only ever see this protocol: they never ask which store they have.
///
/// A presigned PUT never writes an upload's key itself: it writes the key's *staged* copy,
/// and confirming an upload promotes each staged file to its key. No URL is ever signed for
/// the key, so once promoted a file cannot change, however late a PUT arrives.
///
/// Methods that reach a remote store throw `ObjectStoreError` when it cannot be reached or
/// fails (the server's fault: 503/500); the local store only throws `StorageFailure`.
protocol FileStore: Sendable {
    /// The URL a client PUTs the bytes of `key` to (they land in its staged copy), valid for
    /// `ttl` seconds from `now`. A declared size is part of what is signed where the store
    /// can enforce it.
    func presignedUploadURL(forKey key: String, declaredSize: Int64?, now: Int64, ttl: Int64) -> String
    /// Size of the staged copy a presigned PUT wrote for `key`, or nil when there is none.
    func stagedSize(ofKey key: String) throws -> Int64?
    /// Moves the staged copy of `key` over the key (atomically). Returns false when there is
    /// no staged copy.
    func promoteStaged(key: String) throws -> Bool
    /// The top-level directories (`upload_x`, `export_y`) under `prefix` in the store and in
    /// its staging area, for the sweep of storage that no catalog row owns.
    func directories(under prefix: String, staged: Bool) throws -> [String]
    /// Size of the stored object, or nil when there is none.
    func size(ofKey key: String) throws -> Int64?
    /// The object (or the bytes `byteRange` of it) as a local file to read; close it after.
    /// A remote store streams the bytes into a temporary file (memory stays flat).
    func openForReading(key: String, byteRange: Range<Int64>?) throws -> ReadableObject
    /// Stores under `key` what `produce` writes to the local path it is given (and returns
    /// the size `produce` returns); a store that serves the object itself serves it as
    /// `contentType`.
    func write(key: String, contentType: String, _ produce: (String) throws -> Int64) throws -> Int64
    /// A URL that serves an export's file until `issuedAt + validFor`.
    func downloadURL(exportID: String, file: ExportFileRecord, issuedAt: Int64, validFor: Int64, now: Int64) -> String
    /// How an allowed download of `file` is answered.
    func downloadHandoff(for file: ExportFileRecord, now: Int64) -> DownloadHandoff
    func remove(key: String) throws
    /// Removes every object whose key starts with `prefix/`, staged copies included.
    func removeAll(prefix: String) throws
    /// Removes only the staged copies of the keys that start with `prefix/`.
    func removeStaged(prefix: String) throws
}

/// How the download route hands a file over.
enum DownloadHandoff: Equatable {
    /// nginx serves the file at this internal location (`X-Accel-Redirect`).
    case internalRedirect(String)
    /// The client fetches it from this (presigned) URL of the object store.
    case redirect(String)
}

/// A stored object opened for reading as a local file.
protocol ReadableObject: AnyObject {
    /// The local file with the bytes.
    var path: String { get }
    /// Where in the object the file's first byte is (non-zero only for a byte range of a
    /// remote object).
    var baseOffset: Int64 { get }
    /// Keeps the file the reader wrote beside `path` (`path + suffix`, e.g. a normalized CSV
    /// copy) as the object `key + suffix`.
    func keepDerivedFile(suffix: String) throws
    /// Releases the local copy, if one was made.
    func close()
}

extension FileStore {
    /// `body` with the object opened for reading, closed afterwards whatever happens.
    func withReadable<T>(key: String, byteRange: Range<Int64>? = nil, _ body: (ReadableObject) throws -> T) throws -> T {
        let object = try openForReading(key: key, byteRange: byteRange)
        defer { object.close() }
        return try body(object)
    }
}

/// The file store on the local disk, under `$PLEXE_HOME/files`, shared with nginx: nginx
/// stores presigned PUTs under `files/incoming/<key>` (its `/storage/` location's alias)
/// and serves downloads from `files/<key>`.
struct LocalFileStore: FileStore {
    let root: String
    /// Signs the `/storage/` upload URLs nginx checks and the `/data/export/` download URLs.
    let signer: URLSigner

    init(root: String, signer: URLSigner) {
        self.root = root
        self.signer = signer
    }

    /// nginx checks the signature and the declared size (`UploadService.authorizeStorageWrite`).
    func presignedUploadURL(forKey key: String, declaredSize: Int64?, now: Int64, ttl: Int64) -> String {
        signer.sign(method: .put, path: "/storage/" + key, now: now, ttl: ttl)
    }

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

    /// The stored file itself, whatever the range: its offsets are the object's.
    func openForReading(key: String, byteRange: Range<Int64>?) -> ReadableObject {
        LocalReadable(path: localPath(forKey: key))
    }

    /// nginx's download answer names the type itself (`ExportsAPI`).
    func write(key: String, contentType: String, _ produce: (String) throws -> Int64) throws -> Int64 {
        try produce(try prepareWrite(forKey: key))
    }

    /// A local path to write a new object to; its directory exists afterwards.
    func prepareWrite(forKey key: String) throws -> String {
        let path = localPath(forKey: key)
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        return path
    }

    /// The application's own download route, which checks the signature and hands the file
    /// to nginx.
    func downloadURL(exportID: String, file: ExportFileRecord, issuedAt: Int64, validFor: Int64, now: Int64) -> String {
        signer.sign(method: .get, path: "/data/export/\(exportID)/\(file.filename)", now: issuedAt, ttl: validFor)
    }

    func downloadHandoff(for file: ExportFileRecord, now: Int64) -> DownloadHandoff {
        .internalRedirect(internalRedirectPath(forKey: file.storageKey))
    }

    /// The internal nginx location that serves the object (`X-Accel-Redirect`).
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

/// A local stored file: read in place; what a reader writes beside it already lies where
/// the store keeps it.
final class LocalReadable: ReadableObject {
    let path: String
    var baseOffset: Int64 { 0 }
    init(path: String) { self.path = path }
    func keepDerivedFile(suffix: String) {}
    func close() {}
}

/// The file store could not do what it must: the server's fault, logged, a 500 for users.
struct StorageFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
