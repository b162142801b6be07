import Foundation
package import Logging
import PlexeModel
import PlexeNotify
import PlexeObjectStore
import PlexeQuery

/// The assembled server: it builds the stores, the services and the handlers, each given
/// the dependencies it uses, and wires them into the route table and the job runner.
/// Nothing here does the work itself, and nothing here knows about FastCGI.
///
/// Built once at start by `plexe-data serve`.
package final class Application: Sendable {
    let config: ServerConfig
    let logger: Logger
    let catalog: any Catalog
    let fileStore: any FileStore
    let jobs: JobRunner
    let mail: MailDispatcher
    let authenticator: Authenticator
    let data: DataDatabases
    let handlers: APIHandlers
    let exports: ExportService
    let uploadProcessor: UploadProcessor
    let analysisJob: AnalysisJob
    let exportJob: ExportJob
    let optimizeJob: OptimizeJob
    let sweeper: Sweeper
    /// Counters and histograms for `/metrics` (Operations/).
    let metrics: OperationalMetrics

    package init(config: ServerConfig, logger: Logger) throws {
        self.config = config
        self.logger = logger
        try config.createDirectories()
        let catalog = try config.openCatalog()
        let signer = URLSigner(secret: try config.signingSecret(), baseURL: config.baseURL)
        let queryEngine = QueryEngine()
        let (fileStore, databaseFiles) = try Self.stores(config, catalog: catalog, signer: signer, queryEngine: queryEngine, logger: logger)
        let metrics = OperationalMetrics()
        let jobs = JobRunner(
            catalog: catalog, concurrency: config.workerConcurrency, logger: logger, metrics: metrics, leaseSeconds: config.jobLeases.seconds)
        let mail = try Self.mailDispatcher(config, logger: logger)
        let data = DataDatabases(
            files: databaseFiles, queryEngine: queryEngine, translators: QuestionTranslators(),
            languageModel: try Self.languageModel(config, logger: logger))
        let authenticator = Authenticator(catalog: catalog)
        let quotas = Quotas(catalog: catalog, jobs: jobs, runningQueries: RunningQueries(), limits: config)
        let remover = UploadRemover(catalog: catalog, fileStore: fileStore, data: data)
        let uploadJobs = UploadJobs(catalog: catalog, jobs: jobs, quotas: quotas)
        let uploads = UploadService(
            catalog: catalog, fileStore: fileStore, signer: signer, jobs: jobs, quotas: quotas, remover: remover, limits: config)
        let sessions = SessionService(catalog: catalog, maxActiveSessions: config.maxActiveSessions)
        let exports = ExportService(
            catalog: catalog, uploadJobs: uploadJobs, quotas: quotas, fileStore: fileStore, signer: signer,
            retentionSeconds: config.exportRetentionSeconds)
        handlers = APIHandlers(
            system: SystemAPI(catalog: catalog, baseURL: config.baseURL),
            operations: OperationsAPI(
                catalog: catalog, config: config, metrics: metrics,
                store: config.store == .s3 ? config.objectStore.map { StoreReadiness(client: S3Client(settings: $0)) } : nil),
            uploads: UploadsAPI(
                uploads: uploads,
                previews: PreviewService(
                    uploads: uploads, fileStore: fileStore, data: data,
                    maxPreviewBytes: config.maxPreviewBytes), baseURL: config.baseURL),
            analysis: AnalysisAPI(analyses: AnalysisService(catalog: catalog, uploadJobs: uploadJobs), baseURL: config.baseURL),
            jobs: JobsAPI(catalog: catalog),
            sessions: SessionsAPI(sessions: sessions),
            query: QueryAPI(
                queries: QueryService(
                    catalog: catalog, sessions: sessions, quotas: quotas, rateLimiter: RateLimiter(window: 60),
                    data: data, config: config)),
            exports: ExportsAPI(exports: exports, authenticator: authenticator))
        uploadProcessor = UploadProcessor(
            catalog: catalog, fileStore: fileStore, data: data, jobs: jobs, config: config, logger: logger,
            metrics: metrics)
        analysisJob = AnalysisJob(catalog: catalog, data: data)
        exportJob = ExportJob(
            catalog: catalog, fileStore: fileStore, data: data,
            notifier: ExportNotifier(
                catalog: catalog, mail: mail, fileStore: fileStore, retentionSeconds: config.exportRetentionSeconds, logger: logger))
        optimizeJob = OptimizeJob(catalog: catalog, data: data, config: config)
        sweeper = Sweeper(
            catalog: catalog, fileStore: fileStore, remover: remover, dataDirectory: config.dataDirectory,
            interval: config.sweepIntervalSeconds,
            tasks: [
                { now in try exports.deleteExpired(now: now, logger: logger) },
                { now in _ = mail.retryDue(now: now) },
                { [ttl = config.idempotencyTTLSeconds] now in try catalog.deleteIdempotencyKeys(createdBefore: now - ttl) },
            ], logger: logger)
        self.catalog = catalog
        self.fileStore = fileStore
        self.jobs = jobs
        self.mail = mail
        self.authenticator = authenticator
        self.data = data
        self.exports = exports
        self.metrics = metrics
    }

    /// The file store and the upload databases' home of `PLEXE_STORE`: the local disk shared
    /// with nginx, or the object store with this node's cache of databases.
    private static func stores(
        _ config: ServerConfig, catalog: any Catalog, signer: URLSigner, queryEngine: QueryEngine, logger: Logger
    ) throws -> (any FileStore, any DatabaseFiles) {
        guard config.store == .s3, let settings = config.objectStore else {
            return (LocalFileStore(root: config.filesDirectory, signer: signer), LocalDatabaseFiles(directory: config.dataDirectory))
        }
        let client = S3Client(settings: settings)
        allowBrowserTransfers(client, config: config, logger: logger)
        try FileManager.default.createDirectory(atPath: config.storeWorkDirectory, withIntermediateDirectories: true)
        S3FileStore.removeLeftoverWorkFiles(in: config.storeWorkDirectory)
        let cache = try DatabaseCache(directory: config.cacheDirectory, budgetBytes: config.cacheBytes) { path in
            // An evicted copy's pooled connections would keep its disk space in use.
            queryEngine.closeConnections(databasePath: path)
        }
        logger.notice(
            "files and upload databases in the object store",
            metadata: [
                "endpoint": "\(settings.scheme)://\(settings.host)\(settings.port.map { ":\($0)" } ?? "")", "bucket": "\(settings.bucket)",
                "cache_bytes": "\(config.cacheBytes)",
            ])
        return (
            S3FileStore(client: client, workDirectory: config.storeWorkDirectory),
            PublishedDatabaseFiles(workDirectory: config.dataDirectory, client: client, cache: cache, catalog: catalog, logger: logger)
        )
    }

    /// Sets the bucket's CORS rules for the console's origin (`PLEXE_BASE_URL`) and
    /// `PLEXE_CORS_ORIGINS`: a browser sends the presigned PUT to the store itself and reads
    /// its answer only if the store allows the page's origin. In the background, so a store
    /// that is down delays nothing; a refusal (no permission) is logged, and only browsers'
    /// uploads are affected.
    private static func allowBrowserTransfers(_ client: S3Client, config: ServerConfig, logger: Logger) {
        var origins: [String] = []
        if let base = URLComponents(string: config.baseURL), let scheme = base.scheme, let host = base.host, !host.isEmpty {
            // An IPv6 literal keeps its brackets in an origin (`https://[::1]:8443`); this
            // Foundation gives them with the host, others without.
            let authority = host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
            origins.append("\(scheme)://\(authority)\(base.port.map { ":\($0)" } ?? "")")
        }
        for origin in config.corsOrigins where !origins.contains(origin) { origins.append(origin) }
        guard !origins.isEmpty else { return }
        let allowed = origins
        DispatchQueue.global(qos: .utility).async {
            do {
                try client.allowBrowserTransfers(from: allowed)
                logger.info("the bucket accepts browsers' transfers", metadata: ["origins": "\(allowed.joined(separator: " "))"])
            } catch {
                logger.warning(
                    "the bucket's CORS rules could not be set: browsers (the console) cannot upload to the store",
                    metadata: ["origins": "\(allowed.joined(separator: " "))", "error": "\(error)"])
            }
        }
    }

    /// The language model for questions, when `PLEXE_NL_ENGINE` is `model` or `auto`.
    private static func languageModel(_ config: ServerConfig, logger: Logger) throws -> LanguageModel? {
        guard let settings = config.languageModel else { return nil }
        let model: LanguageModel
        do {
            model = LanguageModel(settings: settings, backend: try OpenAICompatibleClient(settings: settings))
        } catch {
            throw ConfigError(message: error.description)
        }
        logger.notice("questions answered by engine \(config.questionEngine.rawValue) with \(settings)")
        return model
    }

    /// Mail through the relay of `PLEXE_SMTP_*`, or into the outbox.
    private static func mailDispatcher(_ config: ServerConfig, logger: Logger) throws -> MailDispatcher {
        try MailDispatcher.fromEnvironment(
            config.environment, outboxDirectory: config.outboxDirectory,
            retryDelays: config.mailRetryDelays, logger: logger)
    }

    /// Every route of the API (`Routes.swift`).
    func makeRouter() -> Router { .api(handlers) }

    package func makeResponder() -> APIResponder {
        APIResponder(
            router: makeRouter(), authenticator: authenticator, logger: logger, maxJSONBodyBytes: config.maxJSONBodyBytes,
            metrics: metrics, cors: CORSPolicy(origins: config.corsOrigins),
            idempotency: IdempotentRequests(catalog: catalog, ttlSeconds: config.idempotencyTTLSeconds))
    }

    /// Registers the job handlers and starts the workers and the periodic sweep.
    package func startBackgroundWork() throws {
        registerJobHandlers()
        let leftovers = UploadRemover.removeLeftoverWorkFiles(in: config.dataDirectory)
        if !leftovers.isEmpty { logger.notice("removed work files of interrupted jobs", metadata: ["files": "\(leftovers)"]) }
        try uploadProcessor.queueOrphanedUploads()
        try jobs.start()
        sweeper.start()
    }

    /// Tells the job runner which handler runs each type of job.
    func registerJobHandlers() {
        let (ingest, analysis, export, optimize) = (uploadProcessor, analysisJob, exportJob, optimizeJob)
        jobs.register(.ingest) { try ingest.process($0) }
        jobs.register(.analysis) { try analysis.run($0) }
        jobs.register(.export) { try export.run($0) }
        jobs.register(.optimize) { try optimize.run($0) }
    }

    /// Stops the job workers after the jobs they are running.
    package func stopBackgroundWork() { jobs.stop() }
}
