import PlexeFoundation

/// The catalog side of the per-user quotas: what a user stores, and the inserts that check
/// a quota and write in one transaction, so two concurrent requests cannot both take the
/// last of it.
/// Why `insertUpload(_:maxStoredBytes:maxPendingUploads:now:)` refused an upload.
enum UploadQuotaRefusal: Sendable, Equatable {
    /// The declared sizes would pass the limit; `stored` is what the user holds already.
    case storedBytes(stored: Int64)
    /// The user has the most pending uploads allowed; the soonest of them expires then.
    case pendingUploads(soonestExpiry: Int64)
}

extension SQLCatalog {
    /// The bytes a user stores: each upload file at its size found at confirm, or at its
    /// declared size before that (0 when none was declared), plus every export file.
    func storedBytes(userID: Int64) throws -> Int64 {
        try read { c in try Self.storedBytes(userID: userID, besides: nil, c) }
    }

    /// Records a new upload unless its declared sizes take the user past `maxStoredBytes`,
    /// or they already have `maxPendingUploads` pending uploads whose URLs have not expired
    /// (expired ones are about to be swept). Returns nil when inserted.
    func insertUpload(_ upload: UploadRecord, maxStoredBytes: Int64, maxPendingUploads: Int, now: Int64) throws -> UploadQuotaRefusal? {
        try write { c in
            try c.lockUser(upload.userID)
            let declared = upload.files.reduce(Int64(0)) { $0 + ($1.declaredSize ?? 0) }
            let stored = try Self.storedBytes(userID: upload.userID, besides: nil, c)
            if declared > maxStoredBytes - stored { return .storedBytes(stored: stored) }
            let pending = try c.all(
                "SELECT expires_at FROM uploads WHERE user_id = ? AND status = 'pending' AND expires_at > ? ORDER BY expires_at",
                [.integer(upload.userID), .integer(now)]
            ) { try $0.int64("expires_at") }
            if pending.count >= maxPendingUploads { return .pendingUploads(soonestExpiry: pending[0]) }
            try Self.insertUploadRows(upload, c)
            return nil
        }
    }

    /// Records the sizes found in the file store at confirm, unless they take the user past
    /// `maxStoredBytes` together with everything else they store. Returns nil when recorded,
    /// else the bytes the user stores besides this upload.
    func setFileSizes(uploadID: String, userID: Int64, sizes: [String: Int64], maxStoredBytes: Int64) throws -> Int64? {
        try write { c in
            try c.lockUser(userID)
            let others = try Self.storedBytes(userID: userID, besides: uploadID, c)
            if sizes.values.reduce(0, +) > maxStoredBytes - others { return others }
            for (filename, size) in sizes {
                try c.run(
                    "UPDATE upload_files SET size_bytes = ? WHERE upload_id = ? AND filename = ?", [.integer(size), .text(uploadID), .text(filename)])
            }
            return nil
        }
    }

    static func storedBytes(userID: Int64, besides uploadID: String?, _ c: any CatalogConnection) throws -> Int64 {
        let uploads =
            try c.first(
                """
                SELECT COALESCE(SUM(COALESCE(f.size_bytes, f.declared_size, 0)), 0) AS bytes
                FROM uploads u JOIN upload_files f ON f.upload_id = u.id WHERE u.user_id = ? AND u.id IS DISTINCT FROM ?
                """, [.integer(userID), uploadID.map(SQLiteValue.text) ?? .null]
            ) { try $0.int64("bytes") } ?? 0
        let exports =
            try c.first(
                """
                SELECT COALESCE(SUM(e.size_bytes), 0) AS bytes FROM jobs j JOIN export_files e ON e.export_id = j.id WHERE j.user_id = ?
                """, [.integer(userID)]
            ) { try $0.int64("bytes") } ?? 0
        return uploads + exports
    }
}
