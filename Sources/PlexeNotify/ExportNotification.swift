import Foundation

/// The words of the "your export is ready" (or "has failed") message.
///
/// Kept here, next to the mail machinery and away from HTTP, so the server only passes the
/// export's facts in; the text is tested like any other output.
public struct ExportNotification: Sendable {
    /// One exported file, as `GET /data/export/{id}` lists it.
    public struct File: Sendable {
        public let filename: String
        public let sizeBytes: Int64
        public let downloadURL: String
        /// RFC 3339.
        public let expiresAt: String

        public init(filename: String, sizeBytes: Int64, downloadURL: String, expiresAt: String) {
            self.filename = filename
            self.sizeBytes = sizeBytes
            self.downloadURL = downloadURL
            self.expiresAt = expiresAt
        }
    }

    /// How the export ended.
    public enum Result: Sendable {
        case completed(files: [File])
        case failed(reason: String)
    }

    public let exportID: String
    public let uploadID: String
    /// `csv`, `json`, `parquet`.
    public let format: String
    public let result: Result

    public init(exportID: String, uploadID: String, format: String, result: Result) {
        self.exportID = exportID
        self.uploadID = uploadID
        self.format = format
        self.result = result
    }

    public var subject: String {
        switch result {
        case .completed(let files) where files.count == 1:
            return "Your export \(files[0].filename) is ready"
        case .completed(let files):
            return "Your export of \(files.count) files is ready"
        case .failed:
            return "Your export \(exportID) failed"
        }
    }

    public var body: String {
        var lines: [String] = []
        switch result {
        case .completed(let files):
            lines.append("\(exportPhrase) has completed.")
            lines.append("")
            for file in files {
                lines.append("\(file.filename) (\(ExportNotification.humanSize(file.sizeBytes)))")
                lines.append("  \(file.downloadURL)")
                lines.append("  The link works until \(file.expiresAt).")
                lines.append("")
            }
        case .failed(let reason):
            lines.append("\(exportPhrase) could not be completed:")
            lines.append("")
            lines.append("  \(reason)")
            lines.append("")
            lines.append("You can start the export again; GET /data/export/\(exportID) shows its status.")
            lines.append("")
        }
        lines.append("-- ")
        lines.append("Sent automatically by Plexe Data because the export asked for email_notification.")
        return lines.joined(separator: "\n") + "\n"
    }

    /// "Your CSV export export_x of upload upload_y", leaving out what is unknown (an empty
    /// upload id, or the format `original`, which names no format).
    private var exportPhrase: String {
        let kind = format.isEmpty || format.lowercased() == "original" ? "" : format.uppercased() + " "
        return "Your \(kind)export \(exportID)" + (uploadID.isEmpty ? "" : " of upload \(uploadID)")
    }

    /// The message from `dispatcher`'s sender to `recipient`.
    public func message(to recipient: EmailAddress, from dispatcher: MailDispatcher) -> EmailMessage {
        dispatcher.message(to: recipient, subject: subject, body: body)
    }

    /// `1.5 MB`, `812 KB`, `42 bytes` (decimal units, as file managers show them).
    static func humanSize(_ bytes: Int64) -> String {
        if bytes < 1_000 { return "\(bytes) bytes" }
        let units = ["KB", "MB", "GB", "TB"]
        var value = Double(bytes) / 1_000
        var unit = 0
        while value >= 1_000 && unit < units.count - 1 {
            value /= 1_000
            unit += 1
        }
        return (value < 10 ? String(format: "%.1f", value) : String(Int(value.rounded()))) + " " + units[unit]
    }
}
