import PlexeFoundation
import PlexeIngest

/// An upload as the catalog holds it.
public struct UploadRecord: Sendable {
    public enum Status: String, Sendable, CaseIterable {
        case pending, processing, complete, failed
    }

    public var id: String
    public var userID: Int64
    public var name: String?
    public var description: String?
    public var status: Status
    public var createdAt: Int64
    /// When the presigned URLs stop working.
    public var expiresAt: Int64
    public var processedAt: Int64?
    public var foreignKeys: [ForeignKey]
    public var files: [UploadFileRecord]

    /// The file called `filename`, if the upload has one.
    public func file(named filename: String) -> UploadFileRecord? { files.first { $0.filename == filename } }
}

/// One file of an upload: what was declared at create, what arrived, what ingest learned.
public struct UploadFileRecord: Sendable {
    public var uploadID: String
    public var position: Int
    public var filename: String
    public var contentType: String
    public var declaredSize: Int64?
    /// Where the bytes live in the file store (`uploads/upload_x/0-customers.csv`).
    public var storageKey: String
    public var sizeBytes: Int64?
    public var format: FileFormat?
    public var table: DatasetTable?
    /// Rows and columns, also known when `table` was not read (upload lists skip it).
    public var rowCount: Int?
    public var columnCount: Int?
    /// The CSV dialect ingest found, for previews.
    public var csvDialect: CSVDialect?
    public var rowOffsets: [Int64]
    public var errorLine: Int?
    public var errorMessage: String?
    public var createdAt: Int64
    /// What the uploader said about the file instead of letting the ingest detect it.
    public var options: IngestOptions = .detect
    /// The text encoding ingest read the file in.
    public var encoding: String?
    /// What ingest repaired or set apart instead of failing the file.
    public var warnings: [IngestWarning] = []
}
