import PlexeFoundation

/// One file an export produced.
struct ExportFileRecord: Sendable {
    var exportID: String
    var filename: String
    var storageKey: String
    var sizeBytes: Int64
}

extension SQLCatalog {
    func replaceExportFiles(exportID: String, files: [ExportFileRecord]) throws {
        try write { c in
            try c.run("DELETE FROM export_files WHERE export_id = ?", [.text(exportID)])
            for f in files {
                try c.run(
                    "INSERT INTO export_files (export_id, filename, storage_key, size_bytes) VALUES (?, ?, ?, ?)",
                    [.text(f.exportID), .text(f.filename), .text(f.storageKey), .integer(f.sizeBytes)])
            }
        }
    }

    func exportFiles(exportID: String) throws -> [ExportFileRecord] {
        try read { c in
            try c.all("SELECT export_id, filename, storage_key, size_bytes FROM export_files WHERE export_id = ? ORDER BY rowid", [.text(exportID)]) {
                ExportFileRecord(
                    exportID: try $0.string("export_id"), filename: try $0.string("filename"), storageKey: try $0.string("storage_key"),
                    sizeBytes: try $0.int64("size_bytes"))
            }
        }
    }
}
