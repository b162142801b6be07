import CCurl
import Foundation
import PlexeFoundation
import Synchronization

/// A blocking client for the chat completions endpoint of an OpenAI-compatible API
/// (llama.cpp's `llama-server`, Ollama, vLLM, LocalAI, hosted services): one `POST
/// {base}/chat/completions` per call, non-streaming.
///
/// Why libcurl's easy interface rather than Foundation's `URLSession`: the caller is a
/// FastCGI request thread that must block until the answer anyway, and an easy handle does
/// exactly that on the calling thread, with one hard deadline for the whole exchange
/// (`CURLOPT_TIMEOUT_MS`, connection included) and no run loop or delegate queue behind it.
/// On Linux `URLSession` (FoundationNetworking) is itself built on libcurl's multi interface
/// with its own threads, and waiting on it from a request thread adds a semaphore hop per call
/// without adding anything we use. libcurl also brings HTTPS with the system's CAs, proxies
/// from `https_proxy`/`no_proxy`, and keep-alive: each easy handle keeps its connection open,
/// and handles are reused from a small pool, so consecutive questions do not pay a new TCP
/// (or TLS) handshake with the model server.
///
/// The bearer key is read once from `ModelSettings.keyFile` and only ever put in the
/// `Authorization` header; errors and log lines never contain it, nor the prompt, nor the
/// body of a reply.
public final class OpenAICompatibleClient: ModelBackend {
    public let settings: ModelSettings
    public var modelName: String { settings.modelName }
    /// `Authorization: Bearer …`, when a key file is configured.
    private let authorizationHeader: String?
    private let idleHandles = Mutex<[EasyHandle]>([])

    /// A reply larger than this is not a chat completion of one SQL statement.
    static let maxResponseBytes = 4 << 20

    /// Reads the key file, if any: a missing, unreadable or empty file is an error at start,
    /// not a 401 on every question.
    public init(settings: ModelSettings) throws(ModelSettingsError) {
        _ = OpenAICompatibleClient.globalInit
        self.settings = settings
        if let path = settings.keyFile {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw ModelSettingsError(variable: "PLEXE_NL_MODEL_KEY_FILE", value: path, reason: "cannot be read by this process")
            }
            let key = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            guard !key.isEmpty, !key.contains(where: { $0.isNewline }) else {
                throw ModelSettingsError(variable: "PLEXE_NL_MODEL_KEY_FILE", value: path, reason: "must hold the key alone on one line")
            }
            authorizationHeader = "Authorization: Bearer " + key
        } else {
            authorizationHeader = nil
        }
    }

    deinit {
        for handle in idleHandles.withLock({ $0 }) { curl_easy_cleanup(handle.pointer) }
    }

    /// `curl_global_init` is not thread-safe: done once, before the first handle, under
    /// Swift's one-time initialisation of a static.
    private static let globalInit: Void = { _ = plexe_curl_global_init() }()

    public func complete(_ messages: [ChatMessage]) throws(ModelError) -> ModelReply {
        let body = Self.requestBody(model: settings.modelName, messages: messages).serialized()
        let handle = takeHandle()
        defer { returnHandle(handle) }
        let (status, response) = try post(body, with: handle.pointer)
        guard status == 200 else {
            var hint = ""
            if status == 401 || status == 403 { hint = " (check PLEXE_NL_MODEL_KEY_FILE)" }
            if status == 404 { hint = " (check PLEXE_NL_MODEL_URL and PLEXE_NL_MODEL_NAME)" }
            throw ModelError(.httpError, "the model API answered HTTP \(status)\(hint)", status: status)
        }
        return try Self.reply(fromResponse: response)
    }

    /// The chat completion request: the messages, the model, `temperature: 0` (the same
    /// question should get the same SQL), no streaming.
    public static func requestBody(model: String, messages: [ChatMessage]) -> JSON {
        .object([
            ("model", .string(model)),
            ("messages", .array(messages.map { .object([("role", .string($0.role.rawValue)), ("content", .string($0.content))]) })),
            ("temperature", 0),
            ("stream", false),
        ])
    }

    /// The first choice's message content and the usage counts of a chat completion body.
    public static func reply(fromResponse bytes: [UInt8]) throws(ModelError) -> ModelReply {
        let json: JSON
        do {
            json = try JSON.parse(bytes)
        } catch {
            throw ModelError(.malformedResponse, "the model API's answer is not JSON")
        }
        guard let choice = json["choices"]?.arrayValue?.first, let content = choice["message"]?["content"]?.stringValue else {
            throw ModelError(.malformedResponse, "the model API's answer has no choices[0].message.content")
        }
        let usage = json["usage"]
        return ModelReply(
            content: content, promptTokens: usage?["prompt_tokens"]?.intValue.map(Int.init),
            completionTokens: usage?["completion_tokens"]?.intValue.map(Int.init))
    }

    // MARK: libcurl

    /// A libcurl easy handle, used by one thread at a time (taken from the pool and returned).
    private struct EasyHandle: @unchecked Sendable {
        let pointer: UnsafeMutableRawPointer
    }

    private func takeHandle() -> EasyHandle {
        if let idle = idleHandles.withLock({ $0.popLast() }) { return idle }
        return EasyHandle(pointer: curl_easy_init())
    }

    private func returnHandle(_ handle: EasyHandle) {
        let kept = idleHandles.withLock { idle in
            guard idle.count < settings.concurrency else { return false }
            idle.append(handle)
            return true
        }
        if !kept { curl_easy_cleanup(handle.pointer) }
    }

    /// The response body, collected by libcurl's write callback up to `maxResponseBytes`.
    private final class ResponseBuffer {
        var bytes: [UInt8] = []
        var tooLarge = false
    }

    private func post(_ body: [UInt8], with curl: UnsafeMutableRawPointer) throws(ModelError) -> (Int, [UInt8]) {
        // Each call sets every option again: a reset handle keeps only its open connections.
        curl_easy_reset(curl)
        var headers: UnsafeMutablePointer<curl_slist>? = nil
        // "Expect:" stops libcurl from sending `Expect: 100-continue` before a large body and
        // waiting up to a second for a server that never answers it.
        for line in ["Content-Type: application/json", "Accept: application/json", "Expect:"] + (authorizationHeader.map { [$0] } ?? []) {
            headers = curl_slist_append(headers, line)
        }
        defer { curl_slist_free_all(headers) }
        let buffer = ResponseBuffer()
        let context = Unmanaged.passRetained(buffer)
        defer { context.release() }
        var errorText = [CChar](repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)

        let code: CURLcode = errorText.withUnsafeMutableBufferPointer { errorBuffer in
            _ = plexe_curl_setopt_string(curl, CURLOPT_URL, settings.chatCompletionsURL)
            _ = plexe_curl_setopt_string(curl, CURLOPT_PROTOCOLS_STR, "http,https")
            _ = plexe_curl_setopt_long(curl, CURLOPT_POST, 1)
            _ = plexe_curl_setopt_long(curl, CURLOPT_POSTFIELDSIZE, body.count)
            _ = body.withUnsafeBufferPointer {
                plexe_curl_setopt_pointer(curl, CURLOPT_COPYPOSTFIELDS, UnsafeMutableRawPointer(mutating: $0.baseAddress))
            }
            _ = plexe_curl_setopt_headers(curl, headers)
            _ = plexe_curl_setopt_string(curl, CURLOPT_USERAGENT, "plexe-data")
            _ = plexe_curl_setopt_string(curl, CURLOPT_ACCEPT_ENCODING, "")
            _ = plexe_curl_setopt_long(curl, CURLOPT_TIMEOUT_MS, settings.timeoutMs)
            // Signals are the FastCGI server's; libcurl must not use SIGALRM for timeouts.
            _ = plexe_curl_setopt_long(curl, CURLOPT_NOSIGNAL, 1)
            _ = plexe_curl_setopt_pointer(curl, CURLOPT_ERRORBUFFER, errorBuffer.baseAddress)
            _ = plexe_curl_setopt_pointer(curl, CURLOPT_WRITEDATA, context.toOpaque())
            _ = plexe_curl_setopt_write_function(curl) { data, size, count, context in
                let buffer = Unmanaged<ResponseBuffer>.fromOpaque(context!).takeUnretainedValue()
                let length = size * count
                guard buffer.bytes.count + length <= OpenAICompatibleClient.maxResponseBytes else {
                    buffer.tooLarge = true
                    return 0  // libcurl stops the transfer with CURLE_WRITE_ERROR
                }
                if let data { buffer.bytes.append(contentsOf: UnsafeRawBufferPointer(start: data, count: length)) }
                return length
            }
            return curl_easy_perform(curl)
        }
        // The error buffer holds only libcurl's own text (host, port, reason), never the body.
        let detail = String(decoding: errorText.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        switch code {
        case CURLE_OK:
            var status = 0
            _ = plexe_curl_response_code(curl, &status)
            return (status, buffer.bytes)
        case CURLE_OPERATION_TIMEDOUT:
            throw ModelError(.timeout, "the model API did not answer within \(settings.timeoutMs) ms")
        case CURLE_WRITE_ERROR where buffer.tooLarge:
            throw ModelError(.malformedResponse, "the model API's answer is larger than \(Self.maxResponseBytes) bytes")
        default:
            let reason = detail.isEmpty ? String(cString: curl_easy_strerror(code)) : detail
            throw ModelError(.unreachable, "the model API could not be reached: \(reason)")
        }
    }
}
