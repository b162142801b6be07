/// Why a file could not be turned into a table, in words fit to show the person who uploaded it.
///
/// The server stores this as the file's `error` (`{"line": 1042, "message": "unterminated quoted
/// field"}`), so the message names the problem in the file's own terms and `line` points at the
/// 1-based physical line of the file where it is (the line a quote opened on, the first line of a
/// record with the wrong number of fields). A problem that belongs to no line (the file cannot be
/// read) has `line` 0.
public struct IngestError: Error, Sendable, Equatable, CustomStringConvertible {
    /// 1-based physical line in the file, or 0 when the problem is not tied to a line.
    public let line: Int
    public let message: String

    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    public var description: String {
        line > 0 ? "line \(line): \(message)" : message
    }

    static func emptyFile() -> IngestError { IngestError(line: 1, message: "the file is empty") }
}
