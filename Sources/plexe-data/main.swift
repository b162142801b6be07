import ArgumentParser
import Foundation
import Logging
import PlexeServer

/// `plexe-data`: the FastCGI responder and the operator's commands.
@main
struct PlexeData: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plexe-data",
        abstract: "Plexe Data: a self-hosted data-management API (FastCGI behind nginx).",
        subcommands: [Serve.self, Token.self])
}

struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the FastCGI responder on the socket spawn-fcgi passes as fd 0.")

    func run() throws {
        let config = try ServerConfig.fromEnvironment()
        let sink = LogSink()
        let level = ProcessInfo.processInfo.environment["PLEXE_LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .info
        LoggingSystem.bootstrap { _ in
            var handler = BufferedLogHandler(sink: sink)
            handler.logLevel = level
            return handler
        }
        defer { sink.flush() }
        let logger = Logger(label: "plexe-data")
        let app = try Application(config: config, logger: logger)
        try app.startBackgroundWork()
        FastCGIServer(responder: app.makeResponder(), threads: config.fastCGIThreads,
                      maxBodyBytes: config.maxJSONBodyBytes, logger: logger).run()
        app.jobs.stop()
    }
}

struct Token: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Manage API tokens.", subcommands: [Create.self])

    struct Create: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create a user (if new) and print a new bearer token, alone on stdout.")

        @Option(help: "The user's e-mail address.")
        var email: String

        func validate() throws {
            let parts = email.split(separator: "@")
            guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !email.contains(where: \.isWhitespace) else {
                throw ValidationError("--email must be an e-mail address like user@example.com")
            }
        }

        func run() throws {
            let config = try ServerConfig.fromEnvironment()
            try config.createDirectories()
            let catalog = try Catalog(path: config.catalogPath)
            print(try catalog.createToken(email: email))
        }
    }
}
