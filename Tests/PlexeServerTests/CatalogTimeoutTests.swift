import Dispatch
import Foundation
import Synchronization
import Testing

@testable import PlexeServer

/// The PostgreSQL catalog's time limits (`PostgresTimeouts`): nothing waits on the server forever.
@Suite struct CatalogTimeoutTests {
    /// A TCP port on 127.0.0.1 that accepts connections (the kernel completes them into the
    /// backlog) and never answers: a server that is up but hung, or something else on its port.
    final class SilentListener {
        let descriptor: Int32
        let port: Int

        init() throws {
            let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            address.sin_port = 0
            var length = socklen_t(MemoryLayout<sockaddr_in>.size)
            let bound = withUnsafeMutablePointer(to: &address) { pointer in
                pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { generic in
                    bind(descriptor, generic, length) == 0 && listen(descriptor, 16) == 0 && getsockname(descriptor, generic, &length) == 0
                }
            }
            guard descriptor >= 0, bound else {
                if descriptor >= 0 { close(descriptor) }
                throw TestPostgres.Failure(message: "cannot listen on 127.0.0.1: errno \(errno)")
            }
            self.descriptor = descriptor
            port = Int(UInt16(bigEndian: address.sin_port))
        }

        deinit { close(descriptor) }
    }

    @Test func aServerThatNeverAnswersFailsTheCatalogOpenWithinTheConnectTimeout() throws {
        let listener = try SilentListener()
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("plexe-timeout-\(UUID().uuidString)").path
        let config = try ServerConfig.fromEnvironment([
            "PLEXE_HOME": home, "PLEXE_CATALOG_URL": "postgres://plexe@127.0.0.1:\(listener.port)/plexe",
            "PLEXE_CATALOG_CONNECT_TIMEOUT_SECONDS": "2",
        ])
        // On a thread of its own, so that a connection that hangs fails the test instead of
        // hanging the test run.
        let outcome = Mutex<Result<Void, any Error>?>(nil)
        let done = DispatchSemaphore(value: 0)
        let started = Date()
        Thread.detachNewThread {
            let result = Result { _ = try config.openCatalog() }
            outcome.withLock { $0 = result }
            done.signal()
        }
        try #require(done.wait(timeout: .now() + 20) == .success, "opening the catalog still waits after 20 s")
        let elapsed = Date().timeIntervalSince(started)
        #expect(elapsed < 8, "the connect timeout is 2 s; the open failed after \(elapsed) s")
        let error = try #require(
            outcome.withLock { $0 }.map { result -> (any Error)? in
                if case .failure(let error) = result { return error }
                return nil
            } ?? nil)
        let message = "\(error)"
        #expect(message.contains("cannot connect to postgres://plexe@127.0.0.1:\(listener.port)/plexe"), "\(message)")
        #expect(message.contains("timeout expired"), "\(message)")
        #expect(message.contains("PLEXE_CATALOG_CONNECT_TIMEOUT_SECONDS=2"), "\(message)")
    }

    @Test func theTimeoutsComeFromTheEnvironment() throws {
        let defaults = try ServerConfig.fromEnvironment(["PLEXE_HOME": "/tmp/plexe-timeout-config"]).catalogTimeouts
        #expect(defaults.connectSeconds == 5 && defaults.statementSeconds == 30 && defaults.lockSeconds == 10)
        let set = try ServerConfig.fromEnvironment([
            "PLEXE_HOME": "/tmp/plexe-timeout-config", "PLEXE_CATALOG_CONNECT_TIMEOUT_SECONDS": "3",
            "PLEXE_CATALOG_STATEMENT_TIMEOUT_SECONDS": "6",
        ]).catalogTimeouts
        #expect(set.connectSeconds == 3 && set.statementSeconds == 6 && set.lockSeconds == 2)
        #expect(throws: ConfigError.self) { try ServerConfig.fromEnvironment(["PLEXE_CATALOG_CONNECT_TIMEOUT_SECONDS": "0"]) }
    }

    /// A statement that outlasts `PLEXE_CATALOG_STATEMENT_TIMEOUT_SECONDS` is cancelled by the
    /// server; a wait for a lock ends sooner still.
    @Test func aStatementOrALockWaitThatOutlastsItsLimitIsCancelled() throws {
        guard CatalogBackend.tested.contains(.postgres) else { return }
        let url = try TestPostgres.newDatabase()
        let timeouts = PostgresTimeouts(connectSeconds: 5, statementSeconds: 3)
        let catalog = try PostgresCatalog(url: url, leases: .standard(), maxConnections: 4, timeouts: timeouts)
        #expect(try catalog.read { try $0.first("SHOW statement_timeout", []) { try $0.string("statement_timeout") } } == "3s")
        #expect(try catalog.read { try $0.first("SHOW lock_timeout", []) { try $0.string("lock_timeout") } } == "1s")

        var started = Date()
        #expect(throws: PostgresError.self) { try catalog.read { try $0.run("SELECT pg_sleep(10)") } }
        #expect(Date().timeIntervalSince(started) < 8)

        _ = try catalog.createToken(email: "one@example.com")
        let other = try PostgresCatalog(url: url, leases: .standard(), maxConnections: 4, timeouts: timeouts)
        let lockError = try other.write { c -> PostgresError? in
            try c.lockUser(1)
            started = Date()
            do {
                try catalog.write { try $0.lockUser(1) }
                return nil
            } catch let error as PostgresError {
                return error
            }
        }
        #expect(lockError?.sqlState == "55P03", "lock_not_available: \(String(describing: lockError))")
        #expect(Date().timeIntervalSince(started) < 3)
    }

    /// A server that stops answering in the middle of a transaction (its process stopped, as on
    /// a frozen host; its own statement timer cannot fire): the statement fails once the answer
    /// limit passed, and the connection is replaced, not reused.
    @Test(.timeLimit(.minutes(1))) func aServerThatStopsAnsweringFailsTheStatementAfterTheAnswerLimit() throws {
        guard CatalogBackend.tested.contains(.postgres) else { return }
        let timeouts = PostgresTimeouts(connectSeconds: 2, statementSeconds: 1)
        let catalog = try PostgresCatalog(url: try TestPostgres.newDatabase(), leases: .standard(), maxConnections: 1, timeouts: timeouts)
        var stopped: pid_t = 0
        defer { if stopped > 0 { kill(stopped, SIGCONT) } }
        var started = Date()
        #expect {
            try catalog.write { c in
                stopped = pid_t(try #require(try c.first("SELECT pg_backend_pid() AS pid", []) { try $0.int("pid") }))
                #expect(kill(stopped, SIGSTOP) == 0, "cannot stop the server process \(stopped): errno \(errno)")
                started = Date()
                _ = try c.first("SELECT 1 AS one", []) { try $0.int("one") }
            }
        } throws: { error in
            "\(error)".contains("no answer from the server within \(timeouts.answerSeconds) s")
        }
        let waited = Date().timeIntervalSince(started)
        #expect(waited >= Double(timeouts.answerSeconds) - 0.5 && waited < Double(timeouts.answerSeconds) + 4, "waited \(waited) s")
        // The stopped connection was dropped: the next transaction runs on a new one.
        #expect(try catalog.read { try $0.first("SELECT 1 AS one", []) { try $0.int("one") } } == 1)
    }
}
