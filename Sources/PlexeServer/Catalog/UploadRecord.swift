import PlexeFoundation
import PlexeIngest

/// An upload as the catalog holds it.
struct UploadRecord: Sendable {
    enum Status: String, Sendable, CaseIterable {
        case pending, processing, complete, failed
    }

    var id: String
    var userID: Int64
    var name: String?
    var description: String?
    var status: Status
    var createdAt: Int64
    /// When the presigned URLs stop working.
    var expiresAt: Int64
    var processedAt: Int64?
    var foreignKeys: [ForeignKey]
    var files: [UploadFileRecord]
    /// The object key of the upload's current database when databases are published to the
    /// object store (`PLEXE_STORE=s3`); nil on one machine, and until the first ingest ends.
    var databaseKey: String? = nil

    /// The file called `filename`, if the upload has one.
    func file(named filename: String) -> UploadFileRecord? { files.first { $0.filename == filename } }
}

/// One file of an upload: what was declared at create, what arrived, what ingest learned.
struct UploadFileRecord: Sendable {
    var uploadID: String
    var position: Int
    var filename: String
    var contentType: String
    var declaredSize: Int64?
    /// Where the bytes live in the file store (`uploads/upload_x/0-customers.csv`).
    var storageKey: String
    var sizeBytes: Int64?
    var format: FileFormat?
    var table: DatasetTable?
    /// Rows and columns, also known when `table` was not read (upload lists skip it).
    var rowCount: Int?
    var columnCount: Int?
    /// The CSV dialect ingest found, for previews.
    var csvDialect: CSVDialect?
    var rowOffsets: [Int64]
    var errorLine: Int?
    var errorMessage: String?
    var createdAt: Int64
    /// What the uploader said about the file instead of letting the ingest detect it.
    var options: IngestOptions = .detect
    /// The text encoding ingest read the file in.
    var encoding: String?
    /// What ingest repaired or set apart instead of failing the file.
    var warnings: [IngestWarning] = []
}
