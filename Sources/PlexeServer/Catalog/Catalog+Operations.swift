import PlexeFoundation

/// What the operations endpoints (`/readyz`, `/metrics`) and `plexe-data backup` need from
/// the catalog.
extension Catalog {
    /// Jobs by status (`pending`, `running`, ...), one grouped count.
    public func jobCountsByStatus() throws -> [String: Int] {
        try read { c in
            var counts: [String: Int] = [:]
            for (status, count) in try c.all("SELECT status, COUNT(*) FROM jobs GROUP BY status", row: { ($0.string(0), $0.int(1)) }) {
                counts[status] = count
            }
            return counts
        }
    }

    /// True when a write transaction can begin and commit (the database file, its WAL and
    /// the directory are writable and the disk takes a write).
    public func isWritable() -> Bool {
        (try? write { _ in }) != nil
    }

    /// The schema version the catalog file is at (`PRAGMA user_version`).
    public func schemaVersion() throws -> Int {
        try read { c in try c.first("PRAGMA user_version") { $0.int(0) } ?? 0 }
    }

    /// Ids of every upload, for the backup to copy their files and data databases.
    public func allUploadIDs() throws -> [String] {
        try read { c in try c.all("SELECT id FROM uploads ORDER BY id") { $0.string(0) } }
    }
}
