import Foundation
import Logging
import PlexeFoundation
import Synchronization

@testable import PlexeServer

/// Requests through the application's responder, in process: authentication, routing, the
/// handlers and their services, the error envelope — everything but FastCGI and nginx
/// (as Hummingbird's `app.test(.router)`). Jobs run on the calling thread when asked.
final class APITestClient: Sendable {
    let app: Application
    let responder: APIResponder
    let log: CapturedLog
    let token: String

    init(_ env: [String: String] = [:], email: String = "ann@example.com") throws {
        log = CapturedLog()
        app = try TestApplication.make(env, logger: log.logger)
        app.registerJobHandlers()
        responder = app.makeResponder()
        token = try app.catalog.createToken(email: email)
    }

    /// A token of another user of the same application.
    func otherToken(_ email: String = "bob@example.com") throws -> String { try app.catalog.createToken(email: email) }

    struct Answer {
        var response: HTTPResponse
        var status: Int { response.status.code }
        var json: JSON { (try? JSON.parse(response.body)) ?? .null }
        var text: String { String(decoding: response.body, as: UTF8.self) }
        func header(_ name: String) -> String? { response.header(name) }
        /// The contract's error code, for an error answer.
        var errorCode: String? { json["error"]?["code"]?.stringValue }
        var errorParam: String? { json["error"]?["param"]?.stringValue }
    }

    @discardableResult
    func request(
        _ method: HTTPMethod, _ target: String, json body: JSON? = nil, token: String?? = nil, headers: [String: String] = [:],
        rawURI: String? = nil, requestID: String = ""
    ) -> Answer {
        let parts = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        var headers = headers
        if let bearer = token ?? self.token { headers["authorization"] = "Bearer \(bearer)" }
        let bytes = body?.serialized() ?? []
        let request = HTTPRequest(
            method: method, path: HTTPRequest.percentDecode(String(parts[0])), rawURI: rawURI ?? target,
            query: parts.count > 1 ? HTTPRequest.parseQuery(String(parts[1])) : [:], headers: headers, body: bytes,
            requestID: requestID)
        return Answer(response: responder.respond(to: request))
    }

    func get(_ target: String, token: String?? = nil) -> Answer { request(.get, target, token: token) }
    func post(_ target: String, _ body: JSON, token: String?? = nil) -> Answer { request(.post, target, json: body, token: token) }
    func delete(_ target: String, token: String?? = nil) -> Answer { request(.delete, target, token: token) }

    /// Runs queued jobs until none is left.
    func runJobs() {
        while app.jobs.runNextJob() {}
    }

    /// Creates an upload of `files` (name → bytes), "PUTs" each file where nginx would
    /// store it, and returns the creation's answer.
    func createAndPut(_ files: [(String, String)]) throws -> JSON {
        let created = post(
            "/data/uploads",
            [
                "name": "t",
                "files": .array(
                    files.map { name, text in
                        [
                            "filename": .string(name), "content_type": name.hasSuffix(".json") ? "application/json" : "text/csv",
                            "size_bytes": .int(Int64(text.utf8.count)),
                        ]
                    }),
            ])
        precondition(created.status == 201, created.text)
        for (file, (_, text)) in zip(created.json["files"]!.arrayValue!, files) {
            guard let store = app.fileStore as? LocalFileStore else {
                // An object store takes the PUT itself, at the presigned URL.
                let status = try Self.curl([file["presigned_url"]!.stringValue!], input: Data(text.utf8)).status
                precondition(status == 200, "PUT to the store answered \(status)")
                continue
            }
            let path = store.stagedPath(forKey: file["s3_key"]!.stringValue!)
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        }
        return created.json
    }

    /// curl with `arguments` (and `input` as the body of a PUT, `-T`): the HTTP status and the body.
    static func curl(_ arguments: [String], input: Data? = nil) throws -> (status: Int, body: Data) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        let marker = "\n--status:"
        var upload: [String] = []
        let bodyPath = FileManager.default.temporaryDirectory.appendingPathComponent("body-\(UUID().uuidString)").path
        defer { unlink(bodyPath) }
        if let input {
            try input.write(to: URL(fileURLWithPath: bodyPath))
            upload = ["-T", bodyPath]
        }
        process.arguments = ["-s", "-w", marker + "%{http_code}"] + upload + arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard let range = data.range(of: Data(marker.utf8), options: .backwards) else { return (0, data) }
        return (Int(String(decoding: data[range.upperBound...], as: UTF8.self)) ?? 0, data[..<range.lowerBound])
    }

    /// A complete upload of `files`: created, put, confirmed and ingested.
    func completeUpload(_ files: [(String, String)] = [("people.csv", APITestClient.people)]) throws -> String {
        let created = try createAndPut(files)
        let id = created["upload_id"]!.stringValue!
        let confirmed = post(
            "/uploads/\(id)/status",
            [
                "status": "complete",
                "files": .array(
                    created["files"]!.arrayValue!.map { f in
                        ["filename": f["filename"]!, "s3_key": f["s3_key"]!]
                    }),
            ])
        precondition(confirmed.status == 202, confirmed.text)
        runJobs()
        return id
    }

    /// A session on a complete upload.
    func session(_ uploadID: String) -> String {
        post("/data/sessions", ["upload_id": .string(uploadID)]).json["session_id"]!.stringValue!
    }

    static let people = """
        name,age,city,member
        Ann,34,Oslo,true
        Bob,41,Rome,false
        Cid,29,Oslo,true
        Dee,52,Lima,false
        Eve,38,Rome,true

        """
}

/// Every log line, with its metadata merged as a handler would write it.
final class CapturedLog: Sendable {
    struct Line: Sendable {
        var level: Logger.Level
        var message: String
        var metadata: [String: String]
    }

    private let lines = Mutex<[Line]>([])
    var all: [Line] { lines.withLock { $0 } }
    var logger: Logger { Logger(label: "test") { _ in Handler(log: self) } }

    private struct Handler: LogHandler {
        let log: CapturedLog
        var logLevel: Logger.Level = .trace
        var metadata: Logger.Metadata = [:]
        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }
        func log(event: LogEvent) {
            let merged = metadata.merging(event.metadata ?? [:]) { $1 }.mapValues(\.description)
            log.lines.withLock { $0.append(Line(level: event.level, message: event.message.description, metadata: merged)) }
        }
    }
}

extension JSON {
    /// The element at `index` of an array, for reading answers in tests.
    subscript(index: Int) -> JSON? {
        guard let items = arrayValue, items.indices.contains(index) else { return nil }
        return items[index]
    }
}
