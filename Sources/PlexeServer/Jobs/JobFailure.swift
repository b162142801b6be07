import PlexeExport

/// What a failed job tells the person who asked for it: a stable `code` a client can act on
/// and a plain message. The error's details (SQL, paths, SQLite codes) go to the log under
/// the job id, which the message names, never to the user.
struct JobFailure: Error, Sendable, Equatable, CustomStringConvertible {
    enum Code: String, Sendable, CaseIterable {
        /// The upload was deleted before or while the job ran.
        case uploadDeleted = "upload_deleted"
        /// A stored value cannot be written in the requested format.
        case invalidValue = "invalid_value"
        /// The node running the job stopped (or lost the catalog) before it finished, as many
        /// times as a job is tried (`PLEXE_JOB_MAX_ATTEMPTS`).
        case nodeLost = "node_lost"
        /// Anything else: the server's fault.
        case internalError = "internal_error"
    }

    var code: Code
    var message: String

    init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    var description: String { "\(code.rawValue): \(message)" }

    static let uploadDeleted = JobFailure(.uploadDeleted, "the upload was deleted before the job could finish")

    static func nodeLost(attempts: Int) -> JobFailure {
        JobFailure(.nodeLost, "the server running this job stopped before it finished, \(attempts) times; the job was not tried again")
    }

    /// The user's view of whatever a job threw.
    static func describing(_ error: any Error, jobID: String) -> JobFailure {
        switch error {
        case let failure as JobFailure:
            return failure
        case ExportError.valueDoesNotMatchType(let table, let column, let row, let type, _):
            return JobFailure(
                .invalidValue,
                "a value in column \"\(column)\" of table \"\(table)\" (row \(row)) is not a valid \(type.rawValue), so it cannot be written in this format"
            )
        default:
            return JobFailure(
                .internalError, "the job failed because of an internal error; the operator can find the details in the log under \(jobID)")
        }
    }
}
