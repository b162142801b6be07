import Foundation
import Synchronization
import Testing

@testable import PlexeServer

/// The catalog implementations the catalog tests run against: every such test runs once on
/// SQLite and once on PostgreSQL.
///
/// PostgreSQL is a private cluster that the first PostgreSQL case of the test process starts
/// (`scripts/postgres.sh`: initdb + pg_ctl in a temporary directory, on a free port) and that
/// stops when the process exits; each catalog is a new database in it. Without the server's
/// Debian package the PostgreSQL cases fail, saying so: CI installs it (`scripts/test`).
/// Locally, `PLEXE_TEST_POSTGRES=skip` leaves them out (never when `CI` is set).
enum CatalogBackend: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite, postgres

    var testDescription: String { rawValue }

    static var tested: [CatalogBackend] {
        let environment = ProcessInfo.processInfo.environment
        if environment["PLEXE_TEST_POSTGRES"] == "skip" && (environment["CI"] ?? "").isEmpty { return [.sqlite] }
        return allCases
    }

    /// A new, empty catalog; `node` names the node its job leases are taken for.
    func temporaryCatalog(node: String = "node-a", leaseSeconds: Int64 = 30, maxAttempts: Int = 3) throws -> any SQLCatalog {
        let leases = JobLeases(nodeID: node, seconds: leaseSeconds, maxAttempts: maxAttempts)
        switch self {
        case .sqlite:
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("catalog-\(UUID().uuidString).sqlite").path
            return try SQLiteCatalog(path: path, leases: leases)
        case .postgres:
            return try PostgresCatalog(url: try TestPostgres.newDatabase(), leases: leases, maxConnections: 8)
        }
    }

    /// Another node's catalog over the same database as `catalog` (its own connections).
    static func otherNode(of catalog: any SQLCatalog, node: String, leaseSeconds: Int64 = 30, maxAttempts: Int = 3) throws -> any SQLCatalog {
        let leases = JobLeases(nodeID: node, seconds: leaseSeconds, maxAttempts: maxAttempts)
        switch catalog {
        case let sqlite as SQLiteCatalog: return try SQLiteCatalog(path: sqlite.path, leases: leases)
        case let postgres as PostgresCatalog: return try PostgresCatalog(url: postgres.url, leases: leases, maxConnections: 8)
        default: throw TestPostgres.Failure(message: "unknown catalog \(type(of: catalog))")
        }
    }
}

/// The test process's private PostgreSQL cluster.
enum TestPostgres {
    struct Failure: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    /// The cluster's directory, for the exit handler (nil until one started).
    private static let startedDirectory = Mutex<String?>(nil)

    /// The base URI (`postgres://plexe@127.0.0.1:PORT/plexe`), or why there is none. Started
    /// once, on first use.
    private static let server: Result<String, Failure> = start()

    /// A new database in the cluster; returns its URI.
    static func newDatabase() throws -> String {
        let base = try server.get()
        let name = "catalog_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        let admin = try PostgresConnection(url: base)
        try admin.execute("CREATE DATABASE \(name)")
        return String(base[..<base.lastIndex(of: "/")!]) + "/" + name
    }

    private static func start() -> Result<String, Failure> {
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("plexe-test-postgres-\(UUID().uuidString)").path
        do {
            // The server runs as `postgres` when the tests run as root: it must reach the directory.
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        } catch {
            return .failure(Failure(message: "cannot create \(directory): \(error)"))
        }
        // popen, not Foundation's Process: whose wait, on a cooperative thread of the test
        // runner, can wait for a run loop that never turns.
        let (status, output) = shell(
            """
            set -euo pipefail
            source '\(repo.path)/scripts/postgres.sh'
            port=$(free_port)
            postgres_start '\(directory)' "$port" >/dev/null 2>"$0.err" || { cat "$0.err"; exit 1; }
            printf '%s' "$POSTGRES_URL"
            """, argument0: directory + "/start")
        startedDirectory.withLock { $0 = directory }
        atexit { TestPostgres.stop() }
        guard status == 0, output.hasPrefix("postgres://") else {
            return .failure(
                Failure(
                    message: """
                        no private PostgreSQL cluster for the catalog tests (scripts/postgres.sh: install Debian's postgresql, \
                        or set PLEXE_TEST_POSTGRES=skip to leave these cases out locally): \(output)
                        """))
        }
        return .success(output)
    }

    private static func stop() {
        guard let directory = startedDirectory.withLock({ $0 }) else { return }
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        _ = shell("source '\(repo.path)/scripts/postgres.sh' && postgres_stop '\(directory)' && rm -rf '\(directory)'", argument0: "postgres-test")
    }

    /// Runs `script` with bash (`$0` is `argument0`); its status and standard output.
    private static func shell(_ script: String, argument0: String) -> (Int32, String) {
        let escaped = script.replacingOccurrences(of: "'", with: "'\\''")
        guard let pipe = popen("/bin/bash -c '\(escaped)' '\(argument0)'", "r") else { return (-1, "cannot run bash") }
        var output = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = fread(&buffer, 1, buffer.count, pipe)
            if count == 0 { break }
            output += buffer[0..<count]
        }
        let status = pclose(pipe)
        return (status, String(decoding: output, as: UTF8.self))
    }
}
