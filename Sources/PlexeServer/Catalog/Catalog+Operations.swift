import PlexeFoundation

/// What the operations endpoints (`/readyz`, `/metrics`) need from the catalog.
extension SQLCatalog {
    func isHealthy() -> Bool {
        (try? read { try $0.first("SELECT 1 AS one") { try $0.int("one") } }) == 1
    }

    func jobCountsByStatus() throws -> [String: Int] {
        try read { c in
            var counts: [String: Int] = [:]
            for (status, count) in try c.all(
                "SELECT status, COUNT(*) AS n FROM jobs GROUP BY status", row: { (try $0.string("status"), try $0.int("n")) })
            {
                counts[status] = count
            }
            return counts
        }
    }

    func isWritable() -> Bool {
        (try? write { _ in }) != nil
    }
}
