import Foundation

/// The file store's keys: where an upload's files and an export's files live, and which
/// filenames may become part of a key.
///
/// Keys use a safe alphabet only, so that signed paths never need percent-encoding (nginx
/// stores at the decoded path) and `URLSigner.isSafePath` accepts every key it signs.
enum StorageKeys {
    /// The top-level folders: one directory per upload or export below each.
    static let uploads = "uploads"
    static let exports = "exports"

    /// Everything stored for an upload (its files, and their staged copies).
    static func upload(_ uploadID: String) -> String { "\(uploads)/\(uploadID)" }

    /// Everything stored for an export.
    static func export(_ exportID: String) -> String { "\(exports)/\(exportID)" }

    /// An upload's file: its position keeps two names that map to one safe name apart.
    static func uploadFile(uploadID: String, position: Int, filename: String) -> String {
        "\(upload(uploadID))/\(position)-\(safeComponent(filename))"
    }

    /// A file an export wrote.
    static func exportFile(exportID: String, index: Int, filename: String) -> String {
        "\(export(exportID))/\(index)-\(safeComponent(filename))"
    }

    /// A published version of an upload's database (`PLEXE_STORE=s3`). Under the upload's
    /// folder, so deleting the upload's storage deletes it, and never a file's key (those
    /// start with a position).
    static func database(uploadID: String, version: String) -> String {
        "\(upload(uploadID))/database-\(version).sqlite"
    }

    /// The version of a key `database(uploadID:version:)` made, or nil for any other key.
    static func databaseVersion(ofKey key: String) -> String? {
        guard let name = key.split(separator: "/").last, name.hasPrefix("database-"), name.hasSuffix(".sqlite") else { return nil }
        let version = name.dropFirst("database-".count).dropLast(".sqlite".count)
        return version.isEmpty || version.contains(".") ? nil : String(version)
    }

    /// Why a filename is refused, or nil. Plain names only: they become storage keys,
    /// download names and URL segments.
    static func filenameProblem(_ name: String) -> String? {
        if name.isEmpty { return "must not be empty" }
        if name.utf8.count > 255 { return "must be at most 255 bytes" }
        if name.contains("/") || name.contains("\\") { return "must be a plain file name without / or \\" }
        if name == "." || name == ".." || name.contains("..") { return "must not contain .." }
        if name.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) { return "must not contain control characters or NUL" }
        if name.trimmingCharacters(in: .whitespaces).isEmpty { return "must not be blank" }
        return nil
    }

    /// A key component from a filename: letters, digits, `-`, `_` and `.`, the rest `_`, at
    /// most 120 characters.
    static func safeComponent(_ name: String) -> String {
        var out = ""
        for scalar in name.unicodeScalars {
            out.unicodeScalars.append(URLSigner.isSafePathByte(scalar.value) ? scalar : "_")
        }
        return String(out.prefix(120))
    }
}
