import PlexeFoundation

/// Why an analysis could not run, worded for the user who asked for it (the job's `error`).
public enum AnalysisError: Error, CustomStringConvertible, Sendable {
    /// The file's table could not be read (missing, renamed, a column gone, I/O error).
    case unreadableTable(filename: String, table: String, underlying: SQLiteError)

    public var description: String {
        switch self {
        case .unreadableTable(let filename, let table, let underlying):
            return "Could not read '\(filename)' (table \(table)) for analysis: \(underlying.message)."
        }
    }
}
