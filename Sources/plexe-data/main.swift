import ArgumentParser
import Foundation
import Logging
import PlexeFoundation
import PlexeNotify
import PlexeServer

/// `plexe-data`: the FastCGI responder and the operator's commands.
@main
struct PlexeData: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plexe-data",
        abstract: "Plexe Data: a self-hosted data-management API (FastCGI behind nginx).",
        version: BuildVersion.string,
        subcommands: [Serve.self, Token.self, Backup.self, Restore.self])
}

struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the FastCGI responder on the socket spawn-fcgi passes as fd 0, or systemd as LISTEN_FDS.",
        discussion: """
            Configured by environment variables (README.md, "Configuration", lists them all: \
            PLEXE_HOME, PLEXE_THREADS, the limits and quotas, PLEXE_SMTP_*, PLEXE_LOG_LEVEL...).

            Operations (README.md, "Operations"):
              PLEXE_LOG_FORMAT             logfmt (default) or json, one object a line
              PLEXE_LOG_FILE               write the log to this file and reopen it on
                                           SIGHUP (logrotate); default: stderr
              PLEXE_READY_MIN_FREE_BYTES   /readyz fails below this much free disk
                                           in PLEXE_HOME (536870912)
            Signals: SIGTERM/SIGINT finish the requests in flight and stop; SIGHUP
            reopens PLEXE_LOG_FILE.

            English questions (query_type natural_language):
              PLEXE_NL_ENGINE              embedded (default): the built-in engine;
                                           model: an OpenAI-compatible language
                                           model; auto: the built-in engine, then
                                           the model for questions it refuses
              PLEXE_NL_MODEL_URL           base URL of the API, e.g.
                                           http://127.0.0.1:8080/v1 (requests go
                                           to {url}/chat/completions)
              PLEXE_NL_MODEL_NAME          the model name sent with each request
              PLEXE_NL_MODEL_KEY_FILE      a file holding the bearer key
                                           (optional; never logged)
              PLEXE_NL_MODEL_TIMEOUT_MS    longest wait for one call (20000)
              PLEXE_NL_MODEL_SEND_SAMPLES  1 (default): a few values of each text
                                           column go into the prompt; 0: only
                                           the schema
              PLEXE_NL_MODEL_CONCURRENCY   questions at the model at once, 429
                                           above (4)
            """)

    func run() throws {
        restrictNewFilesToOwner()
        let config = try ServerConfig.fromEnvironment()
        let socketSource = try SocketActivation.adoptListeningSocket()
        let logFile = LogFile()
        try logFile?.open()
        let format = try LogFormat.fromEnvironment(config.environment)
        let sink = LogSink()
        let level = ProcessInfo.processInfo.environment["PLEXE_LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .info
        LoggingSystem.bootstrap { _ in
            var handler = BufferedLogHandler(sink: sink)
            handler.logLevel = level
            handler.format = format
            return handler
        }
        defer { sink.flush() }
        let logger = Logger(label: "plexe-data")
        logger.notice("starting", metadata: ["version": "\(BuildVersion.string)", "socket": "\(socketSource)"])
        let app = try Application(config: config, logger: logger)
        try app.startBackgroundWork()
        // SIGHUP: what is buffered goes to the old file, then the path is opened again.
        let reopenLog: (@Sendable () -> Void)? = logFile.map { file in
            { @Sendable in
                sink.flush()
                do {
                    try file.open()
                    logger.notice("log file reopened", metadata: ["path": "\(file.path)"])
                } catch { logger.error("log file not reopened; still writing to the old one", metadata: ["error": "\(error)"]) }
            }
        }
        FastCGIServer(
            responder: app.makeResponder(), threads: config.fastCGIThreads,
            maxBodyBytes: config.maxJSONBodyBytes, logger: logger, onHangup: reopenLog
        ).run()
        app.stopBackgroundWork()
    }
}

/// Files this process creates (catalog, data databases, exports, outbox messages, the signing
/// secret) are readable by their owner only, whatever umask the caller left: they hold e-mail
/// addresses, token hashes, query history and the users' data.
func restrictNewFilesToOwner() {
    umask(0o077)
}

/// A command that cannot do what it was asked; ArgumentParser prints it and exits 1.
struct OperatorError: Error, CustomStringConvertible {
    var description: String
}

/// `--email`'s check, shared by the token commands: the same rule as the export
/// notifications' recipients, so no user is created whose address cannot be written to.
func validateEmail(_ email: String) throws {
    do {
        _ = try EmailAddress(email)
    } catch {
        throw ValidationError("--email must be an e-mail address like user@example.com (\(error))")
    }
}

/// The catalog of the stack in PLEXE_HOME (or at PLEXE_CATALOG_URL), for the operator's commands.
func openCatalog() throws -> TokenAdministration {
    restrictNewFilesToOwner()
    let config = try ServerConfig.fromEnvironment()
    try config.createDirectories()
    return try TokenAdministration(config: config)
}

struct Token: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Manage API tokens.", subcommands: [Create.self, List.self, Revoke.self])

    struct Create: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create a user (if new) and print a new bearer token, alone on stdout.")

        @Option(help: "The user's e-mail address.")
        var email: String

        @Option(help: "Lifetime of the token: 90s, 15m, 12h, 30d, or a number of days. Without it the token lasts until revoked.")
        var expiresIn: String?

        func validate() throws {
            try validateEmail(email)
            if let expiresIn, TokenLifetime.seconds(expiresIn) == nil {
                throw ValidationError("--expires-in must be a positive whole number with s, m, h or d (days if none), up to 100 years, e.g. 30d")
            }
        }

        func run() throws {
            let catalog = try openCatalog()
            let expiresAt = expiresIn.flatMap(TokenLifetime.seconds).map { Timestamp.now() + $0 }
            print(try catalog.createToken(email: email, expiresAt: expiresAt))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List tokens: id, prefix, e-mail, created, expires, state. Never the tokens themselves.")

        @Option(help: "Only this user's tokens.")
        var email: String?

        func run() throws {
            let now = Timestamp.now()
            let rows = try openCatalog().tokens(email: email).map { t in
                [
                    String(t.id), t.prefix ?? "-", t.email, Timestamp.rfc3339(t.createdAt), t.expiresAt.map(Timestamp.rfc3339) ?? "never",
                    t.state(now: now).rawValue,
                ]
            }
            let header = ["ID", "PREFIX", "EMAIL", "CREATED", "EXPIRES", "STATE"]
            let widths = header.indices.map { i in ([header] + rows).map { $0[i].count }.max() ?? 0 }
            for row in [header] + rows {
                print(
                    row.indices.map { i in i == row.count - 1 ? row[i] : row[i].padding(toLength: widths[i], withPad: " ", startingAt: 0) }
                        .joined(separator: "  "))
            }
        }
    }

    struct Revoke: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Revoke one token (by --id from `token list`, or the --token itself) or every token of a user (--email).",
            discussion: "A revoked token answers 401 like an unknown one from the next request on. It stays in `token list` as revoked.")

        @Option(help: "The token's id, as `token list` shows it.")
        var id: Int64?

        @Option(help: "The token itself.")
        var token: String?

        @Option(help: "Revoke every token of this user.")
        var email: String?

        func validate() throws {
            guard [id != nil, token != nil, email != nil].filter({ $0 }).count == 1 else {
                throw ValidationError("give exactly one of --id, --token or --email")
            }
            if let email { try validateEmail(email) }
        }

        func run() throws {
            let selector: TokenSelector
            let missing: String
            if let id {
                (selector, missing) = (.id(id), "no token has the id \(id)")
            } else if let token {
                (selector, missing) = (.token(token), "no such token")
            } else {
                (selector, missing) = (.email(email!), "\(email!) has no tokens")
            }
            let (matched, revoked) = try openCatalog().revokeTokens(selector, now: Timestamp.now())
            guard matched > 0 else { throw OperatorError(description: missing) }
            print("revoked \(revoked) token\(revoked == 1 ? "" : "s")" + (matched > revoked ? " (\(matched - revoked) revoked before)" : ""))
        }
    }
}

struct Backup: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Back up the home in PLEXE_HOME into DIR, while the service runs.",
        discussion: """
            Copies the catalog and every data database with SQLite's online backup API, the \
            stored files, unsent mail and the signing secret (signed download links stay valid \
            after a restore), and writes DIR/manifest.json with each file's size and SHA-256 last. \
            Run it as the service user (the one that owns PLEXE_HOME/state). DIR must be new or empty; \
            it holds tokens' hashes, the secret and the users' data: keep it as private as the home.
            """)

    @Argument(help: "A new or empty directory for the backup.")
    var directory: String

    func run() throws {
        restrictNewFilesToOwner()
        let config = try ServerConfig.fromEnvironment()
        let manifest = try HomeBackup.backup(config: config, to: directory) { note in FileHandle.standardError.write(Data((note + "\n").utf8)) }
        let bytes = manifest.files.reduce(Int64(0)) { $0 + $1.bytes }
        print("backed up \(manifest.files.count) files (\(bytes) bytes, catalog schema \(manifest.catalogSchemaVersion)) to \(directory)")
    }
}

struct Restore: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Restore a backup from DIR into PLEXE_HOME, which must hold no data yet.",
        discussion: """
            Checks every file against the manifest first, and refuses a backup whose catalog is \
            newer than this binary. Run it as the service user, with no responder on that home, \
            then start the service. Tokens, revocations, uploads, queries and signed links are as \
            they were when the backup was taken.
            """)

    @Argument(help: "A directory written by `plexe-data backup`.")
    var directory: String

    func run() throws {
        restrictNewFilesToOwner()
        let config = try ServerConfig.fromEnvironment()
        _ = try HomeBackup.restore(from: directory, into: config) { note in print(note) }
    }
}
