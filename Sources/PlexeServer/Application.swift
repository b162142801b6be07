import Foundation
import Logging
import PlexeFoundation
import PlexeLanguage
import PlexeModel
import PlexeNotify
import PlexeQuery
import Synchronization

/// The assembled server: configuration, catalog, stores, job runner, query engine, mail and
/// the route table.
///
/// Built once at start by `plexe-data serve`; the API handlers reach the services they
/// need through it. Nothing here knows about FastCGI.
public final class Application: Sendable {
    public let config: ServerConfig
    public let catalog: Catalog
    public let logger: Logger
    public let fileStore: any FileStore
    public let signer: URLSigner
    public let jobs: JobRunner
    public let queryEngine: QueryEngine
    public let mail: MailDispatcher
    /// Counters and histograms for `/metrics` (Operations/).
    public let metrics: OperationalMetrics
    /// Query rates per session and per user.
    let rateLimiter: RateLimiter
    let runningQueries: RunningQueries
    /// Question translators per upload: building one reads the schema and its values once.
    private let translators = Mutex<[String: QuestionTranslator]>([:])
    /// The language model for questions, when `PLEXE_NL_ENGINE` is `model` or `auto`.
    let languageModel: LanguageModel?

    public init(config: ServerConfig, logger: Logger) throws {
        self.config = config
        self.logger = logger
        try config.createDirectories()
        catalog = try Catalog(path: config.catalogPath)
        fileStore = LocalFileStore(root: config.filesDirectory)
        signer = URLSigner(secret: try config.signingSecret(), baseURL: config.baseURL)
        metrics = OperationalMetrics()
        jobs = JobRunner(catalog: catalog, concurrency: config.workerConcurrency, logger: logger, metrics: metrics)
        queryEngine = QueryEngine()
        rateLimiter = RateLimiter(window: 60)
        runningQueries = RunningQueries()
        if let settings = config.languageModel {
            do {
                languageModel = LanguageModel(settings: settings, backend: try OpenAICompatibleClient(settings: settings))
            } catch {
                throw ConfigError(message: error.description)
            }
            logger.notice("questions answered by engine \(config.questionEngine.rawValue) with \(settings)")
        } else {
            languageModel = nil
        }
        let env = config.environment
        let relay = try SMTPConfiguration.fromEnvironment(env)
        let sender = try SMTPConfiguration.senderFromEnvironment(env)
        mail = MailDispatcher(relay: relay, outboxDirectory: config.outboxDirectory, sender: sender?.address ?? relay?.sender,
                              senderName: sender?.name ?? relay?.senderName, retryDelays: config.mailRetryDelays) { [logger] line in
            logger.info("\(line)")
        }
    }

    /// Every route of the API, in one table.
    public func makeRouter() -> Router {
        var router = Router()
        SystemAPI(app: self).register(in: &router)
        UploadsAPI(app: self).register(in: &router)
        AnalysisAPI(app: self).register(in: &router)
        JobsAPI(app: self).register(in: &router)
        SessionsAPI(app: self).register(in: &router)
        QueryAPI(app: self).register(in: &router)
        ExportsAPI(app: self).register(in: &router)
        OperationsAPI(app: self).register(in: &router)
        return router
    }

    public func makeResponder() -> APIResponder {
        APIResponder(router: makeRouter(), authenticator: Authenticator(catalog: catalog), logger: logger,
                     maxJSONBodyBytes: config.maxJSONBodyBytes, metrics: metrics)
    }

    /// Registers job handlers and starts the workers and the periodic sweep.
    public func startBackgroundWork() throws {
        UploadProcessor(app: self).registerJobs()
        AnalysisJob(app: self).register()
        ExportJob(app: self).register()
        OptimizeJob(app: self).register()
        let leftovers = UploadRemover.removeLeftoverWorkFiles(in: config.dataDirectory)
        if !leftovers.isEmpty { logger.notice("removed work files of interrupted jobs", metadata: ["files": "\(leftovers)"]) }
        try UploadProcessor(app: self).queueOrphanedUploads()
        try jobs.start()
        Sweeper(app: self).start()
    }

    /// The per-upload data database.
    public func dataDatabasePath(uploadID: String) -> String {
        config.dataDirectory + "/" + uploadID + ".sqlite"
    }

    /// Releases pooled connections and cached translators of an upload before it is deleted.
    func closeDataConnections(uploadID: String) {
        queryEngine.closeConnections(databasePath: dataDatabasePath(uploadID: uploadID))
        translators.withLock { _ = $0.removeValue(forKey: uploadID) }
        languageModel?.forget(uploadID: uploadID)
    }

    /// The translator for an upload's schema, built on first use.
    func translator(for upload: UploadRecord) -> QuestionTranslator {
        if let cached = translators.withLock({ $0[upload.id] }) { return cached }
        let values = TextValueIndex.load(databasePath: dataDatabasePath(uploadID: upload.id))
            .map { ColumnValues(table: $0.table, column: $0.column, values: $0.values) }
        let schema = LanguageSchema(tables: upload.files.compactMap(\.table), foreignKeys: upload.foreignKeys, values: values)
        let translator = QuestionTranslator(schema: schema)
        translators.withLock { cache in
            if cache.count > 256 { cache.removeAll() }
            cache[upload.id] = translator
        }
        return translator
    }

    /// Housekeeping run by the periodic sweep besides expired pending uploads.
    var sweepTasks: [@Sendable (Int64) throws -> Void] {
        [
            { [self] now in try self.deleteExpiredExports(now: now) },
            { [self] now in _ = self.mail.retryDue(now: now) },
        ]
    }

    /// Exports past their retention are deleted: files, then the job (later reads answer 404).
    func deleteExpiredExports(now: Int64) throws {
        for id in try catalog.jobs(type: "export", completedBefore: now - config.exportRetentionSeconds) {
            fileStore.removeAll(prefix: "exports/\(id)")
            try catalog.deleteJob(id: id)
            logger.info("deleted expired export", metadata: ["export_id": "\(id)"])
        }
    }

    /// E-mails the owner of an export that just finished (or failed). Mail problems are
    /// logged and retried by the dispatcher; they never fail the export.
    func notifyExportFinished(_ job: JobRecord, failure: String?) {
        do {
            guard let user = try catalog.user(id: job.userID) else { return }
            let recipient = try EmailAddress(user.email)
            let now = Timestamp.now()
            let result: ExportNotification.Result
            if let failure {
                result = .failed(reason: failure)
            } else {
                let files = try catalog.exportFiles(exportID: job.id).map { f in
                    ExportNotification.File(
                        filename: f.filename, sizeBytes: f.sizeBytes,
                        downloadURL: signer.sign(method: "GET", path: "/data/export/\(job.id)/\(f.filename)", now: now, ttl: config.exportRetentionSeconds),
                        expiresAt: Timestamp.rfc3339(now + config.exportRetentionSeconds))
                }
                result = .completed(files: files)
            }
            let notification = ExportNotification(exportID: job.id, uploadID: job.uploadID ?? "", format: job.params["format"]?.stringValue ?? "original",
                                                  result: result)
            mail.deliver(notification.message(to: recipient, from: mail))
        } catch {
            logger.warning("export notification not sent", metadata: ["export_id": "\(job.id)", "error": "\(error)"])
        }
    }
}
