import CLibCrypto
import CSQLite3
import Foundation
import PlexeFoundation

/// A start-up refused because the catalog was migrated by a newer binary (downgrade protection).
package struct CatalogTooNew: Error, CustomStringConvertible {
    package let path: String
    package let catalogVersion: Int
    package let knownVersion: Int
    package var description: String {
        "the catalog \(path) is at schema version \(catalogVersion), written by a newer plexe-data; this one (\(BuildVersion.string)) knows versions up to \(knownVersion). Run the newer binary, or restore a backup taken with this version into an empty home (README, \"Operations\")"
    }
}

/// What `plexe-data backup` wrote: every file with its size and SHA-256, so `restore` can
/// refuse a damaged or incomplete copy before it writes anything.
package struct BackupManifest: Codable, Sendable {
    package struct Entry: Codable, Sendable {
        package var path: String
        package var bytes: Int64
        package var sha256: String
    }
    package static let currentFormat = 1
    package var format: Int
    package var plexeDataVersion: String
    package var createdAt: String
    package var catalogSchemaVersion: Int
    package var files: [Entry]

    enum CodingKeys: String, CodingKey {
        case format, files
        case plexeDataVersion = "plexe_data_version"
        case createdAt = "created_at"
        case catalogSchemaVersion = "catalog_schema_version"
    }
}

/// `plexe-data backup DIR` and `plexe-data restore DIR`.
///
/// The backup runs beside a serving responder: the catalog and every data database are
/// copied with SQLite's online backup API (one read transaction each, so each copy is a
/// consistent snapshot and writers are never blocked in WAL mode), the stored files and
/// unsent mail are copied as files (they are written once and renamed into place, never
/// changed), and the signing secret is kept so signed URLs stay valid. The catalog is copied
/// first: an upload or export that appears later has its files copied too (harmless, not
/// referenced), one deleted meanwhile is left out and reported.
package enum HomeBackup {
    static let manifestName = "manifest.json"

    /// A backup holds the SQLite catalog; one in PostgreSQL is PostgreSQL's to back up.
    static func requireSQLiteCatalog(_ config: ServerConfig) throws {
        guard let url = config.catalogURL else { return }
        throw ConfigError(
            message:
                "the catalog is in PostgreSQL (PLEXE_CATALOG_URL=\(PostgresConnection.redacted(url))): back it up with pg_dump; plexe-data backup and restore handle an SQLite catalog's home"
        )
    }

    package static func backup(config: ServerConfig, to directory: String, log: (String) -> Void) throws -> BackupManifest {
        let fm = FileManager.default
        try requireSQLiteCatalog(config)
        guard fm.fileExists(atPath: config.catalogPath) else {
            throw ConfigError(message: "no catalog at \(config.catalogPath): PLEXE_HOME=\(config.home) is not a Plexe Data home")
        }
        try requireEmptyDirectory(directory, creating: true, what: "the backup directory")
        var entries: [BackupManifest.Entry] = []

        // The catalog: its schema decides whether a binary can restore it.
        let catalogRelative = "state/catalog.sqlite"
        try copyDatabase(from: config.catalogPath, to: directory + "/" + catalogRelative)
        let schema = try SQLiteDatabase(path: directory + "/" + catalogRelative).queryFirst("PRAGMA user_version") { $0.int(0) } ?? 0
        entries.append(try entry(root: directory, relative: catalogRelative))
        try copyFile(from: config.secretPath, to: directory + "/state/secret.key")
        entries.append(try entry(root: directory, relative: "state/secret.key"))

        for name in try sortedContents(config.dataDirectory) where name.hasSuffix(".sqlite") && !name.hasSuffix(".tmp.sqlite") {
            let relative = "data/" + name
            do {
                try copyDatabase(from: config.dataDirectory + "/" + name, to: directory + "/" + relative)
            } catch {
                if !fm.fileExists(atPath: config.dataDirectory + "/" + name) {
                    log("skipped \(relative): deleted while the backup ran")
                    continue
                }
                throw error
            }
            entries.append(try entry(root: directory, relative: relative))
        }
        // Stored files (uploads and exports; not incoming/, whose PUTs are not confirmed yet)
        // and the mail outbox.
        for top in ["files/uploads", "files/exports", "outbox"] {
            let base = config.home + "/" + top
            for relative in try regularFiles(under: base) {
                let path = top + "/" + relative
                do {
                    try copyFile(from: base + "/" + relative, to: directory + "/" + path)
                } catch {
                    if !fm.fileExists(atPath: base + "/" + relative) {
                        log("skipped \(path): deleted while the backup ran")
                        continue
                    }
                    throw error
                }
                entries.append(try entry(root: directory, relative: path))
            }
        }
        let manifest = BackupManifest(
            format: BackupManifest.currentFormat, plexeDataVersion: BuildVersion.string,
            createdAt: Timestamp.rfc3339(Timestamp.now()), catalogSchemaVersion: schema, files: entries)
        // Written last, through a rename: a directory without it is an unfinished backup.
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let temp = directory + "/" + manifestName + ".tmp"
        guard fm.createFile(atPath: temp, contents: try encoder.encode(manifest)), rename(temp, directory + "/" + manifestName) == 0 else {
            throw ConfigError(message: "cannot write \(directory)/\(manifestName)")
        }
        return manifest
    }

    /// Restores a backup into `config.home`, which must hold no data yet (a fresh home, or
    /// the empty directories `scripts/serve` lays out). Everything is checked before anything
    /// is written.
    package static func restore(from directory: String, into config: ServerConfig, log: (String) -> Void) throws -> BackupManifest {
        try requireSQLiteCatalog(config)
        guard let data = FileManager.default.contents(atPath: directory + "/" + manifestName) else {
            throw ConfigError(message: "\(directory) has no \(manifestName): not a backup, or an unfinished one")
        }
        let manifest: BackupManifest
        do {
            manifest = try JSONDecoder().decode(BackupManifest.self, from: data)
        } catch {
            throw ConfigError(message: "\(directory)/\(manifestName) cannot be read: \(error)")
        }
        guard manifest.format == BackupManifest.currentFormat else {
            throw ConfigError(message: "the backup's format \(manifest.format) is not one this plexe-data reads (\(BackupManifest.currentFormat))")
        }
        guard manifest.catalogSchemaVersion <= Migrations.all.count else {
            throw CatalogTooNew(
                path: directory + "/state/catalog.sqlite", catalogVersion: manifest.catalogSchemaVersion, knownVersion: Migrations.all.count)
        }
        for top in [config.stateDirectory, config.dataDirectory, config.filesDirectory, config.outboxDirectory] {
            if let found = try regularFiles(under: top).first {
                throw ConfigError(
                    message: "\(config.home) is not empty (\(top)/\(found)): restore only into a new home, with no responder running on it")
            }
        }
        for item in manifest.files {
            guard isSafeRelativePath(item.path) else { throw ConfigError(message: "the manifest names an unsafe path: \(item.path)") }
            let (bytes, hash) = try sha256(ofFileAt: directory + "/" + item.path)
            guard bytes == item.bytes, hash == item.sha256 else {
                throw ConfigError(message: "\(item.path) in the backup does not match its checksum in the manifest: the backup is damaged")
            }
        }
        try config.createDirectories()
        // The catalog last: a restore that stops half-way leaves no catalog, so the home is
        // still recognisably unfinished (and empty enough to restore into again after clearing).
        for item in manifest.files.sorted(by: { ($0.path == "state/catalog.sqlite" ? 1 : 0) < ($1.path == "state/catalog.sqlite" ? 1 : 0) }) {
            try copyFile(from: directory + "/" + item.path, to: config.home + "/" + item.path)
        }
        log(
            "restored \(manifest.files.count) files (catalog schema \(manifest.catalogSchemaVersion), taken by plexe-data \(manifest.plexeDataVersion) at \(manifest.createdAt))"
        )
        return manifest
    }

    // MARK: - Files

    static func isSafeRelativePath(_ path: String) -> Bool {
        !path.hasPrefix("/")
            && !path.split(separator: "/", omittingEmptySubsequences: false).contains(where: { $0 == ".." || $0 == "." || $0.isEmpty })
            && ["state/", "data/", "files/", "outbox/"].contains(where: path.hasPrefix)
    }

    static func requireEmptyDirectory(_ path: String, creating: Bool, what: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue, (try FileManager.default.contentsOfDirectory(atPath: path)).isEmpty else {
                throw ConfigError(message: "\(what) \(path) exists and is not an empty directory")
            }
        } else if creating {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        }
    }

    static func sortedContents(_ directory: String) throws -> [String] {
        guard FileManager.default.fileExists(atPath: directory) else { return [] }
        return try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
    }

    /// Paths of the regular files below `base`, relative to it (symbolic links are not followed).
    static func regularFiles(under base: String) throws -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: base) else { return [] }
        var found: [String] = []
        while let relative = walker.nextObject() as? String {
            var info = stat()
            if lstat(base + "/" + relative, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG { found.append(relative) }
        }
        return found.sorted()
    }

    static func entry(root: String, relative: String) throws -> BackupManifest.Entry {
        let (bytes, hash) = try sha256(ofFileAt: root + "/" + relative)
        return BackupManifest.Entry(path: relative, bytes: bytes, sha256: hash)
    }

    /// Copies a SQLite database with the online backup API, into a new file.
    static func copyDatabase(from source: String, to destination: String) throws {
        try FileManager.default.createDirectory(atPath: (destination as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let from = try SQLiteDatabase(path: source, options: .init(readOnly: true, create: false, busyTimeoutMs: 10_000))
        let to = try SQLiteDatabase(path: destination)
        // Both connections must outlive the backup object: Swift may release `from` after
        // its last use below (reading its handle), and closing it mid-backup would leave
        // the steps reading through a closed connection.
        try withExtendedLifetime((from, to)) {
            try copyPages(from: from, to: to, source: source)
        }
    }

    private static func copyPages(from: SQLiteDatabase, to: SQLiteDatabase, source: String) throws {
        guard let backup = sqlite3_backup_init(to.handle, "main", from.handle, "main") else {
            throw ConfigError(message: "cannot back up \(source): \(to.lastErrorMessage)")
        }
        // All pages in one step: one read transaction, so the copy is one consistent state.
        var code = sqlite3_backup_step(backup, -1)
        while code == SQLITE_BUSY || code == SQLITE_LOCKED {
            usleep(50_000)
            code = sqlite3_backup_step(backup, -1)
        }
        sqlite3_backup_finish(backup)
        guard code == SQLITE_DONE else { throw ConfigError(message: "cannot back up \(source): \(to.lastErrorMessage)") }
        // The copy is a single file a plain copy can move later (no WAL beside it).
        try to.execute("PRAGMA journal_mode = DELETE")
    }

    static func copyFile(from source: String, to destination: String) throws {
        try FileManager.default.createDirectory(atPath: (destination as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let input = open(source, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard input >= 0 else { throw ConfigError(message: "cannot read \(source): \(String(cString: strerror(errno)))") }
        defer { close(input) }
        let output = open(destination, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard output >= 0 else { throw ConfigError(message: "cannot create \(destination): \(String(cString: strerror(errno)))") }
        defer { close(output) }
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n >= 0 else { throw ConfigError(message: "cannot read \(source): \(String(cString: strerror(errno)))") }
            if n == 0 { break }
            var written = 0
            while written < n {
                let w = buffer.withUnsafeBytes { write(output, $0.baseAddress! + written, n - written) }
                if w < 0 && errno == EINTR { continue }
                guard w > 0 else { throw ConfigError(message: "cannot write \(destination): \(String(cString: strerror(errno)))") }
                written += w
            }
        }
        guard fsync(output) == 0 else { throw ConfigError(message: "cannot write \(destination): \(String(cString: strerror(errno)))") }
    }

    /// Size and SHA-256 (hex) of a file, read in 1 MiB pieces (data files can be gigabytes).
    static func sha256(ofFileAt path: String) throws -> (Int64, String) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw ConfigError(message: "cannot read \(path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        guard let context = EVP_MD_CTX_new() else { throw ConfigError(message: "cannot hash \(path)") }
        defer { EVP_MD_CTX_free(context) }
        EVP_DigestInit_ex(context, EVP_sha256(), nil)
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        var total: Int64 = 0
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n >= 0 else { throw ConfigError(message: "cannot read \(path): \(String(cString: strerror(errno)))") }
            if n == 0 { break }
            _ = buffer.withUnsafeBytes { EVP_DigestUpdate(context, $0.baseAddress, n) }
            total += Int64(n)
        }
        var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        EVP_DigestFinal_ex(context, &digest, &length)
        return (total, Crypto.hex(digest.prefix(Int(length))))
    }
}
