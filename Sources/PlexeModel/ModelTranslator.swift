import Dispatch
import PlexeFoundation

/// An English question answered by a language model: the prompt, the call, the SQL taken
/// from the answer, and one repair round when that SQL does not compile.
///
/// Running the SQL is the caller's (`run`): it must be the same guarded path as any other
/// query, and only the caller knows which of its errors mean "does not compile" (those are
/// sent back to the model once; anything else — a write refused, a timeout — is final).
public struct ModelTranslator: Sendable {
    public let backend: any ModelBackend
    public let prompt: PromptBuilder

    public init(backend: any ModelBackend, prompt: PromptBuilder) {
        self.backend = backend
        self.prompt = prompt
    }

    /// One call to the model, as a log line needs it.
    public struct Call: Sendable, Equatable {
        /// 1 for the first answer, 2 for the repair round.
        public var attempt: Int
        public var latencyMs: Int
        public var promptTokens: Int?
        public var completionTokens: Int?
        /// `sql`, or the `ModelError.Kind` raw value of the failure.
        public var outcome: String
        public var error: ModelError?
    }

    /// Asks the model for `question`, runs its SQL with `run`, and when `compileError` finds
    /// in the thrown error a message to show the model (SQLite could not compile the SQL),
    /// asks once more with that message and runs the corrected SQL. `onCall` hears about
    /// every model call, `onSQL` about every statement about to run (so that the caller knows
    /// the SQL of a failed run).
    ///
    /// Throws `ModelError` when the model gives no SQL, else whatever `run` threw last.
    public func answer<Result>(
        _ question: String,
        run: (String) throws -> Result,
        compileError: (any Error) -> String?,
        onCall: (Call) -> Void = { _ in },
        onSQL: (String) -> Void = { _ in }
    ) throws -> (sql: String, result: Result) {
        let messages = prompt.messages(question: question)
        let (reply, sql) = try call(messages, attempt: 1, onCall: onCall)
        onSQL(sql)
        do {
            return (sql, try run(sql))
        } catch {
            guard let message = compileError(error) else { throw error }
            let repair = prompt.repairMessages(question: question, previousAnswer: reply.content, sql: sql, error: message)
            let (_, fixed) = try call(repair, attempt: 2, onCall: onCall)
            onSQL(fixed)
            return (fixed, try run(fixed))
        }
    }

    private func call(_ messages: [ChatMessage], attempt: Int, onCall: (Call) -> Void) throws(ModelError) -> (ModelReply, String) {
        let started = DispatchTime.now().uptimeNanoseconds
        func elapsed() -> Int { Int((DispatchTime.now().uptimeNanoseconds - started) / 1_000_000) }
        let reply: ModelReply
        do {
            reply = try backend.complete(messages)
        } catch {
            onCall(Call(attempt: attempt, latencyMs: elapsed(), outcome: error.kind.rawValue, error: error))
            throw error
        }
        guard let sql = SQLExtractor.sql(from: reply.content) else {
            let error = ModelError(.noSQL, "the model's answer holds no SQL statement")
            onCall(
                Call(
                    attempt: attempt, latencyMs: elapsed(), promptTokens: reply.promptTokens, completionTokens: reply.completionTokens,
                    outcome: error.kind.rawValue, error: error))
            throw error
        }
        onCall(
            Call(attempt: attempt, latencyMs: elapsed(), promptTokens: reply.promptTokens, completionTokens: reply.completionTokens, outcome: "sql"))
        return (reply, sql)
    }
}
