import Foundation
import PlexeFoundation
import Synchronization
import Testing

@testable import PlexeModel

/// A backend that answers from a script and keeps the conversations it was sent.
final class ScriptedBackend: ModelBackend {
    let modelName = "scripted"
    private let state: Mutex<(replies: [Result<ModelReply, ModelError>], received: [[ChatMessage]])>

    init(_ replies: [Result<ModelReply, ModelError>]) {
        state = Mutex((replies, []))
    }

    var received: [[ChatMessage]] { state.withLock { $0.received } }

    func complete(_ messages: [ChatMessage]) throws(ModelError) -> ModelReply {
        let next = state.withLock { state -> Result<ModelReply, ModelError> in
            state.received.append(messages)
            return state.replies.isEmpty ? .failure(ModelError(.unreachable, "script exhausted")) : state.replies.removeFirst()
        }
        return try next.get()
    }
}

struct CompileFailure: Error { var message: String }
struct RunRefused: Error {}

@Suite struct ModelTranslatorTests {
    let prompt = PromptBuilder(
        schema: PromptSchema(
            tables: [
                DatasetTable(
                    filename: "t.csv", tableName: "t", rowCount: 1,
                    columns: [
                        ColumnInfo(name: "a", type: .integer, nullable: false, unique: false)
                    ])
            ], foreignKeys: []))

    func compileError(_ error: any Error) -> String? { (error as? CompileFailure)?.message }

    @Test func sqlThatRunsIsAnsweredInOneCall() throws {
        let backend = ScriptedBackend([.success(ModelReply(content: "```sql\nSELECT a FROM t;\n```", promptTokens: 120, completionTokens: 9))])
        var calls: [ModelTranslator.Call] = []
        var ran: [String] = []
        let answer = try ModelTranslator(backend: backend, prompt: prompt).answer(
            "a?",
            run: { sql in
                ran.append(sql)
                return 7
            },
            compileError: compileError, onCall: { calls.append($0) })
        #expect(answer.sql == "SELECT a FROM t" && answer.result == 7)
        #expect(ran == ["SELECT a FROM t"])
        #expect(calls.count == 1 && calls[0].outcome == "sql" && calls[0].promptTokens == 120 && calls[0].completionTokens == 9)
        #expect(backend.received.count == 1 && backend.received[0] == prompt.messages(question: "a?"))
    }

    @Test func aCompileErrorGetsOneRepairRound() throws {
        let first = "SELECT b FROM t"
        let backend = ScriptedBackend([.success(ModelReply(content: first)), .success(ModelReply(content: "SELECT a FROM t"))])
        var seen: [String] = []
        let answer = try ModelTranslator(backend: backend, prompt: prompt).answer(
            "a?",
            run: { sql -> Int in
                if sql.contains(" b ") { throw CompileFailure(message: "no such column: b") }
                return 1
            }, compileError: compileError, onSQL: { seen.append($0) })
        #expect(answer.sql == "SELECT a FROM t")
        #expect(seen == [first, "SELECT a FROM t"])
        #expect(backend.received.count == 2)
        #expect(backend.received[1] == prompt.repairMessages(question: "a?", previousAnswer: first, sql: first, error: "no such column: b"))
    }

    @Test func onlyOneRepairRound() {
        let backend = ScriptedBackend([.success(ModelReply(content: "SELECT b FROM t")), .success(ModelReply(content: "SELECT c FROM t"))])
        #expect(throws: CompileFailure.self) {
            try ModelTranslator(backend: backend, prompt: prompt).answer(
                "a?", run: { (_: String) -> Int in throw CompileFailure(message: "no such column") },
                compileError: compileError)
        }
        #expect(backend.received.count == 2)
    }

    @Test func otherRunErrorsAreFinal() {
        let backend = ScriptedBackend([.success(ModelReply(content: "DELETE FROM t"))])
        #expect(throws: RunRefused.self) {
            try ModelTranslator(backend: backend, prompt: prompt).answer(
                "a?", run: { (_: String) -> Int in throw RunRefused() }, compileError: compileError)
        }
        #expect(backend.received.count == 1)
    }

    @Test func noSQLAndBackendFailuresAreModelErrors() {
        for (reply, kind) in [
            (Result<ModelReply, ModelError>.success(ModelReply(content: "I cannot answer that.", completionTokens: 5)), ModelError.Kind.noSQL),
            (.failure(ModelError(.timeout, "20000 ms")), .timeout),
        ] {
            var calls: [ModelTranslator.Call] = []
            #expect(throws: ModelError.self) {
                try ModelTranslator(backend: ScriptedBackend([reply]), prompt: prompt).answer(
                    "a?", run: { (_: String) in 0 }, compileError: compileError,
                    onCall: { calls.append($0) })
            }
            #expect(calls.map(\.outcome) == [kind.rawValue])
        }
    }
}

@Suite struct ModelWireFormatTests {
    @Test func requestBodyIsAChatCompletionAtTemperatureZero() throws {
        let body = OpenAICompatibleClient.requestBody(
            model: "qwen2.5-coder:7b", messages: [ChatMessage(.system, "rules"), ChatMessage(.user, "q \"1\"")])
        let parsed = try JSONSerialization.jsonObject(with: Data(body.serialized())) as! [String: Any]
        #expect(parsed["model"] as? String == "qwen2.5-coder:7b")
        #expect(parsed["temperature"] as? Int == 0)
        #expect(parsed["stream"] as? Bool == false)
        let messages = parsed["messages"] as! [[String: String]]
        #expect(messages == [["role": "system", "content": "rules"], ["role": "user", "content": "q \"1\""]])
    }

    @Test func replyIsTheFirstChoiceWithUsage() throws {
        let body =
            #"{"id":"x","choices":[{"index":0,"message":{"role":"assistant","content":"SELECT 1"},"finish_reason":"stop"}],"usage":{"prompt_tokens":812,"completion_tokens":7,"total_tokens":819}}"#
        #expect(
            try OpenAICompatibleClient.reply(fromResponse: Array(body.utf8))
                == ModelReply(content: "SELECT 1", promptTokens: 812, completionTokens: 7))
        let noUsage = #"{"choices":[{"message":{"content":"SELECT 2"}}]}"#
        #expect(try OpenAICompatibleClient.reply(fromResponse: Array(noUsage.utf8)) == ModelReply(content: "SELECT 2"))
    }

    @Test func malformedRepliesAreNamedSo() {
        for body in ["not json {", #"{"error":{"message":"overloaded"}}"#, #"{"choices":[]}"#, #"{"choices":[{"message":{"content":null}}]}"#] {
            #expect(
                throws: ModelError(
                    .malformedResponse,
                    body.hasPrefix("not") ? "the model API's answer is not JSON" : "the model API's answer has no choices[0].message.content")
            ) {
                try OpenAICompatibleClient.reply(fromResponse: Array(body.utf8))
            }
        }
    }

    @Test func unreachableServerAndTimeoutAreToldApart() throws {
        // A port with nothing listening: refused at once.
        let closed = try ModelSettings.fromEnvironment([
            "PLEXE_NL_ENGINE": "model", "PLEXE_NL_MODEL_URL": "http://127.0.0.1:9/v1", "PLEXE_NL_MODEL_NAME": "m",
        ]).model!
        let refused = try OpenAICompatibleClient(settings: closed)
        do {
            _ = try refused.complete([ChatMessage(.user, "q")])
            Issue.record("a closed port answered")
        } catch {
            #expect(error.kind == .unreachable)
            #expect(error.summary == "the model server could not be reached")
        }
        // A listener that never answers: the timeout, not a hang.
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(listener) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, length) } }
        _ = listen(listener, 4)
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &length) } }
        let port = UInt16(bigEndian: address.sin_port)
        let silent = ModelSettings(baseURL: "http://127.0.0.1:\(port)/v1", modelName: "m", timeoutMs: 300)
        let client = try OpenAICompatibleClient(settings: silent)
        let started = Date()
        do {
            _ = try client.complete([ChatMessage(.user, "q")])
            Issue.record("a silent server answered")
        } catch {
            #expect(error.kind == .timeout)
        }
        #expect(Date().timeIntervalSince(started) < 3)
    }
}

@Suite struct ModelSettingsTests {
    @Test func embeddedNeedsNothing() throws {
        let none = try ModelSettings.fromEnvironment([:])
        #expect(none.engine == .embedded && none.model == nil)
        #expect(try ModelSettings.fromEnvironment(["PLEXE_NL_ENGINE": "embedded", "PLEXE_NL_MODEL_URL": "nonsense"]).model == nil)
    }

    @Test func fullEnvironment() throws {
        let (engine, model) = try ModelSettings.fromEnvironment([
            "PLEXE_NL_ENGINE": "Auto", "PLEXE_NL_MODEL_URL": "http://127.0.0.1:11434/v1/", "PLEXE_NL_MODEL_NAME": "qwen2.5-coder:7b",
            "PLEXE_NL_MODEL_KEY_FILE": "/etc/plexe/model.key", "PLEXE_NL_MODEL_TIMEOUT_MS": "5000", "PLEXE_NL_MODEL_SEND_SAMPLES": "0",
            "PLEXE_NL_MODEL_CONCURRENCY": "2",
        ])
        #expect(engine == .auto)
        #expect(
            model
                == ModelSettings(
                    baseURL: "http://127.0.0.1:11434/v1", modelName: "qwen2.5-coder:7b", keyFile: "/etc/plexe/model.key",
                    timeoutMs: 5000, sendSamples: false, concurrency: 2))
        #expect(model?.chatCompletionsURL == "http://127.0.0.1:11434/v1/chat/completions")
        let defaults = try ModelSettings.fromEnvironment([
            "PLEXE_NL_ENGINE": "model", "PLEXE_NL_MODEL_URL": "https://api.example.com/v1", "PLEXE_NL_MODEL_NAME": "m",
        ]).model
        #expect(defaults?.timeoutMs == 20_000 && defaults?.sendSamples == true && defaults?.concurrency == 4 && defaults?.keyFile == nil)
    }

    @Test func wrongValuesAreErrorsNotFallbacks() {
        let base = ["PLEXE_NL_ENGINE": "model", "PLEXE_NL_MODEL_URL": "http://h/v1", "PLEXE_NL_MODEL_NAME": "m"]
        for (name, value) in [
            ("PLEXE_NL_ENGINE", "gpt"), ("PLEXE_NL_MODEL_URL", ""), ("PLEXE_NL_MODEL_URL", "ftp://h/v1"), ("PLEXE_NL_MODEL_NAME", " "),
            ("PLEXE_NL_MODEL_TIMEOUT_MS", "0"), ("PLEXE_NL_MODEL_SEND_SAMPLES", "yes"), ("PLEXE_NL_MODEL_CONCURRENCY", "-1"),
        ] {
            var env = base
            env[name] = value
            #expect(throws: ModelSettingsError.self, "\(name)=\(value)") { try ModelSettings.fromEnvironment(env) }
        }
    }

    @Test func theKeyIsReadFromItsFileAndShownNowhere() throws {
        let path = NSTemporaryDirectory() + "plexe-model-key-\(UUID().uuidString)"
        try "  sk-test-123\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let settings = ModelSettings(baseURL: "http://127.0.0.1:9/v1", modelName: "m", keyFile: path)
        #expect(!settings.description.contains("sk-test"))
        _ = try OpenAICompatibleClient(settings: settings)
        #expect(throws: ModelSettingsError.self) {
            try OpenAICompatibleClient(settings: ModelSettings(baseURL: "http://h", modelName: "m", keyFile: path + ".missing"))
        }
        try "\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: ModelSettingsError.self) { try OpenAICompatibleClient(settings: settings) }
    }
}
