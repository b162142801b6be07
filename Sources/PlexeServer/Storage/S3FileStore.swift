import Foundation
import PlexeFoundation
import PlexeObjectStore

/// The file store in an S3-compatible object store (`PLEXE_STORE=s3`): users PUT and GET the
/// bytes at the store itself through SigV4 presigned URLs; the server only makes the calls
/// around them (HEAD, copy, ranged GET, PUT of what it writes, DELETE, list).
///
/// Keys are the same as on the local disk; a presigned PUT writes `incoming/<key>`, and
/// confirming copies that object to `<key>`, for which no URL is ever signed, then deletes
/// the staged one (`promoteStaged`). Readers get a temporary local file streamed from the
/// store under `workDirectory` (`$PLEXE_HOME/tmp/store`), removed when they close it.
struct S3FileStore: FileStore {
    let client: S3Client
    let workDirectory: String
    /// How long a download handed over by the download route stays valid.
    static let redirectTTLSeconds: Int64 = 300

    init(client: S3Client, workDirectory: String) {
        self.client = client
        self.workDirectory = workDirectory
    }

    static func stagedKey(_ key: String) -> String { "incoming/" + key }

    /// A SigV4 presigned PUT of the staged key; a declared size is a signed `content-length`,
    /// so the store itself refuses a body of any other length.
    func presignedUploadURL(forKey key: String, declaredSize: Int64?, now: Int64, ttl: Int64) -> String {
        client.presignedPut(
            key: Self.stagedKey(key), size: declaredSize, expiresIn: Int(min(ttl, Int64(SigV4Signer.maxExpirySeconds))),
            at: Date(timeIntervalSince1970: TimeInterval(now)))
    }

    func stagedSize(ofKey key: String) throws -> Int64? { try client.head(Self.stagedKey(key))?.size }

    /// Copies the staged object to the key on the store, then deletes the staged one. A PUT
    /// arriving later writes the staged key again, which nobody reads (and the sweep removes).
    func promoteStaged(key: String) throws -> Bool {
        let staged = Self.stagedKey(key)
        guard try client.head(staged) != nil else { return false }
        do {
            try client.copy(staged, to: key)
        } catch let error where error.kind == .notFound {
            return false  // deleted between the HEAD and the copy (the upload is being swept)
        }
        try client.delete(staged)
        return true
    }

    func directories(under prefix: String, staged: Bool) throws -> [String] {
        let listed = (staged ? Self.stagedKey(prefix) : prefix) + "/"
        return try client.list(prefix: listed, delimiter: "/").commonPrefixes
            .map { String($0.dropFirst(listed.count).prefix { $0 != "/" }) }
            .filter { !$0.isEmpty }
            .sorted()
    }

    func size(ofKey key: String) throws -> Int64? { try client.head(key)?.size }

    /// Streams the object (or the byte range) into a temporary file.
    func openForReading(key: String, byteRange: Range<Int64>?) throws -> ReadableObject {
        let directory = try makeWorkDirectory(purpose: "read")
        let object = StoredObjectCopy(client: client, key: key, directory: directory, baseOffset: byteRange?.lowerBound ?? 0)
        do {
            if let byteRange {
                if byteRange.isEmpty {
                    guard FileManager.default.createFile(atPath: object.path, contents: nil) else {
                        throw StorageFailure("cannot create \(object.path)")
                    }
                } else {
                    try client.download(key, toFile: object.path, range: byteRange.lowerBound...(byteRange.upperBound - 1))
                }
            } else {
                try client.download(key, toFile: object.path)
            }
        } catch {
            object.close()
            throw error
        }
        return object
    }

    func write(key: String, contentType: String, _ produce: (String) throws -> Int64) throws -> Int64 {
        let directory = try makeWorkDirectory(purpose: "write")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/object"
        let size = try produce(path)
        try client.upload(fileAt: path, as: key, contentType: contentType)
        return size
    }

    /// A presigned GET of the store, with `Content-Disposition: attachment` under the file's
    /// name. SigV4 URLs live at most seven days: a longer validity is served by URLs issued at
    /// the start of the current day (so the URL stays the same all day) that end at the
    /// validity's end or seven days later, whichever comes first.
    func downloadURL(exportID: String, file: ExportFileRecord, issuedAt: Int64, validFor: Int64, now: Int64) -> String {
        let longest = Int64(SigV4Signer.maxExpirySeconds)
        var issued = issuedAt
        var ttl = validFor
        if validFor > longest {
            issued = max(issuedAt, now - now % 86_400)
            ttl = max(1, min(longest, issuedAt + validFor - issued))
        }
        return client.presignedGet(
            key: file.storageKey, downloadName: file.filename, expiresIn: Int(ttl), at: Date(timeIntervalSince1970: TimeInterval(issued)))
    }

    func downloadHandoff(for file: ExportFileRecord, now: Int64) -> DownloadHandoff {
        .redirect(
            client.presignedGet(
                key: file.storageKey, downloadName: file.filename, expiresIn: Int(Self.redirectTTLSeconds),
                at: Date(timeIntervalSince1970: TimeInterval(now))))
    }

    func remove(key: String) throws { try client.delete(key) }

    func removeAll(prefix: String) throws {
        try client.deleteAll(prefix: prefix + "/")
        try removeStaged(prefix: prefix)
    }

    func removeStaged(prefix: String) throws { try client.deleteAll(prefix: Self.stagedKey(prefix) + "/") }

    /// A new private directory for one read or write; its name is random so concurrent jobs
    /// and requests never share one.
    private func makeWorkDirectory(purpose: String) throws -> String {
        let path = workDirectory + "/" + purpose + "-" + Crypto.randomHex(byteCount: 8)
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Removes the temporary copies a killed process left (call before anything reads).
    static func removeLeftoverWorkFiles(in workDirectory: String) {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: workDirectory)) ?? [] {
            try? FileManager.default.removeItem(atPath: workDirectory + "/" + name)
        }
    }
}

/// A temporary local copy of a stored object (or of a byte range of it).
final class StoredObjectCopy: ReadableObject {
    let client: S3Client
    let key: String
    let directory: String
    let baseOffset: Int64
    var path: String { directory + "/object" }

    init(client: S3Client, key: String, directory: String, baseOffset: Int64) {
        self.client = client
        self.key = key
        self.directory = directory
        self.baseOffset = baseOffset
    }

    func keepDerivedFile(suffix: String) throws {
        try client.upload(fileAt: path + suffix, as: key + suffix)
    }

    func close() { try? FileManager.default.removeItem(atPath: directory) }
}
