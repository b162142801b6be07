import PlexeFoundation

/// One message of a chat conversation with a model.
public struct ChatMessage: Sendable, Equatable {
    public enum Role: String, Sendable {
        case system, user, assistant
    }

    public var role: Role
    public var content: String

    public init(_ role: Role, _ content: String) {
        self.role = role
        self.content = content
    }
}

/// What a model answered, with the token counts when the API reported them.
public struct ModelReply: Sendable, Equatable {
    public var content: String
    public var promptTokens: Int?
    public var completionTokens: Int?

    public init(content: String, promptTokens: Int? = nil, completionTokens: Int? = nil) {
        self.content = content
        self.promptTokens = promptTokens
        self.completionTokens = completionTokens
    }
}

/// Why a model call gave no usable answer. Its `message` is fit for a log line and for the
/// person who asked: it never holds the key, the prompt, or the body of the model's reply.
public struct ModelError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable, Equatable {
        /// No connection: refused, unknown host, TLS failure, connection dropped.
        case unreachable
        /// No complete answer within the timeout.
        case timeout
        /// The API answered with an HTTP status other than 200.
        case httpError = "http_error"
        /// The body was not the JSON of a chat completion, or was too large.
        case malformedResponse = "malformed_response"
        /// The answer held no SQL statement.
        case noSQL = "no_sql"
    }

    public var kind: Kind
    public var message: String
    /// The HTTP status, for `httpError`.
    public var status: Int?

    public init(_ kind: Kind, _ message: String, status: Int? = nil) {
        self.kind = kind
        self.message = message
        self.status = status
    }

    public var description: String { "\(kind.rawValue): \(message)" }

    /// What went wrong, for the person who asked: without the model server's address or
    /// libcurl's details, which are the operator's (they are in `message`, for the log).
    public var summary: String {
        switch kind {
        case .unreachable: return "the model server could not be reached"
        case .timeout: return "the model did not answer in time"
        case .httpError: return "the model server answered with HTTP status \(status ?? 0)"
        case .malformedResponse: return "the model server's answer was not a chat completion"
        case .noSQL: return "the model's answer held no SQL statement"
        }
    }
}

/// A language model that completes a chat. Implementations block the calling thread for at
/// most their timeout: the FastCGI request threads call them directly.
public protocol ModelBackend: Sendable {
    /// The model name, for log lines.
    var modelName: String { get }
    func complete(_ messages: [ChatMessage]) throws(ModelError) -> ModelReply
}
