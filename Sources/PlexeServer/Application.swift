import Foundation
import Logging
import PlexeFoundation

/// The assembled server: configuration, catalog, stores, job runner and route table.
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
    let rateLimiter: RateLimiter

    public init(config: ServerConfig, logger: Logger) throws {
        self.config = config
        self.logger = logger
        try config.createDirectories()
        catalog = try Catalog(path: config.catalogPath)
        fileStore = LocalFileStore(root: config.filesDirectory)
        signer = URLSigner(secret: try config.signingSecret(), baseURL: config.baseURL)
        jobs = JobRunner(catalog: catalog, concurrency: config.workerConcurrency, logger: logger)
        rateLimiter = RateLimiter(limit: config.queriesPerMinute, window: 60)
    }

    /// Every route of the API, in one table.
    public func makeRouter() -> Router {
        var router = Router()
        SystemAPI(app: self).register(in: &router)
        UploadsAPI(app: self).register(in: &router)
        return router
    }

    public func makeResponder() -> APIResponder {
        APIResponder(router: makeRouter(), authenticator: Authenticator(catalog: catalog), logger: logger,
                     maxJSONBodyBytes: config.maxJSONBodyBytes)
    }

    /// Registers job handlers and starts the workers and the periodic sweep.
    public func startBackgroundWork() throws {
        UploadProcessor(app: self).registerJobs()
        try jobs.start()
        Sweeper(app: self).start()
    }

    /// Housekeeping that other parts add to the periodic sweep (export retention, mail retry).
    var sweepTasks: [@Sendable (Int64) throws -> Void] { [] }

    /// Releases pooled connections to an upload's data database before it is deleted.
    func closeDataConnections(uploadID: String) {
    }

    /// The per-upload data database.
    public func dataDatabasePath(uploadID: String) -> String {
        config.dataDirectory + "/" + uploadID + ".sqlite"
    }
}
