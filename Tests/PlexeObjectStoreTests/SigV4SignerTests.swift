import Foundation
import PlexeFoundation
import Testing

@testable import PlexeObjectStore

/// Every URL and header the signer makes is compared, as text, with what botocore (pip) makes
/// for the same inputs at the same instant (Fixtures/botocore_sign.py): keys with spaces,
/// non-ASCII, reserved characters and `//`, session tokens, declared sizes, default and other
/// ports, operation parameters.
@Suite struct SigV4SignerTests {
    static let time = "20261205T101500Z"
    static let date = Date(timeIntervalSince1970: 1_796_465_700)  // 2026-12-05T10:15:00Z

    struct PresignCase {
        var endpoint = "http://127.0.0.1:9000"
        var region = "us-east-1"
        var accessKey = "AKIDEXAMPLE"
        var secretKey = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
        var token: String? = nil
        var operation = "put_object"
        var bucket = "plexe-bucket"
        var key: String
        var contentLength: Int? = nil
        var versionID: String? = nil
        var expires = 900
        var contentDisposition: String? = nil
    }

    static let presignCases: [PresignCase] = [
        PresignCase(key: "files/u_1a2b/data.csv", contentLength: 1234),
        PresignCase(region: "eu-west-1", key: "dir/my file é ü 中文.csv", contentLength: 0),
        PresignCase(endpoint: "https://s3.example.com", key: "a+b=c&d!'()*,;:@$~_-. .txt"),
        PresignCase(
            endpoint: "https://minio.internal:9443", token: "FwoGZXIvYXdzE/Token+With=Reserved",
            operation: "get_object", key: "exports/e_9/out.parquet", versionID: "v 1/2+3", expires: 604_800),
        PresignCase(endpoint: "http://localhost:80", operation: "head_object", key: "double//slash/./dot/../key"),
        PresignCase(endpoint: "https://s3.example.com:443", operation: "get_object", key: "über/ÅÄÖ 😀.json", expires: 1),
        PresignCase(
            operation: "get_object", key: "exports/e_1/x.csv",
            contentDisposition: ContentDisposition.attachment(filename: "résumé \"final\".csv")),
    ]

    @Test func presignedURLsEqualBotocores() throws {
        let expected = try Botocore.sign(
            Self.presignCases.map { c -> [String: Any] in
                var json: [String: Any] = [
                    "kind": "presign", "time": Self.time, "endpoint": c.endpoint, "region": c.region,
                    "access_key": c.accessKey, "secret_key": c.secretKey, "operation": c.operation,
                    "bucket": c.bucket, "key": c.key, "expires": c.expires,
                ]
                if let token = c.token { json["token"] = token }
                if let size = c.contentLength { json["content_length"] = size }
                if let version = c.versionID { json["version_id"] = version }
                if let disposition = c.contentDisposition { json["content_disposition"] = disposition }
                return json
            })
        for (c, answer) in zip(Self.presignCases, expected) {
            let signer = SigV4Signer(
                credentials: SigV4Credentials(
                    accessKeyID: c.accessKey, secretAccessKey: c.secretKey,
                    sessionToken: c.token), region: c.region)
            let endpoint = try #require(URLComponents(string: c.endpoint))
            let target = ObjectTarget(
                scheme: endpoint.scheme!, host: endpoint.host!, port: endpoint.port,
                path: "/\(c.bucket)/\(c.key)",
                query: (c.contentDisposition.map { [("response-content-disposition", $0)] } ?? [])
                    + (c.versionID.map { [("versionId", $0)] } ?? []))
            let method = ["put_object": "PUT", "get_object": "GET", "head_object": "HEAD"][c.operation]!
            let headers = c.contentLength.map { ["content-length": String($0)] } ?? [:]
            let url = signer.presignedURL(method: method, target: target, headers: headers, expiresIn: c.expires, at: Self.date)
            #expect(url == answer["url"] as? String, "key \(c.key)")
        }
    }

    @Test func signedRequestHeadersEqualBotocores() throws {
        struct HeaderCase {
            var method: String
            var path: String
            var query: [(String, String)]
            var headers: [String: String]
            var body: String
            var token: String?
        }
        let cases = [
            HeaderCase(method: "HEAD", path: "/bkt/files/u_1/a b.csv", query: [], headers: [:], body: "", token: nil),
            HeaderCase(method: "GET", path: "/bkt/data/é.sqlite", query: [], headers: ["Range": "bytes=0-1048575"], body: "", token: "tok/en+1"),
            HeaderCase(
                method: "PUT", path: "/bkt/files/u_2/data.csv", query: [],
                headers: ["x-amz-copy-source": "/bkt/incoming/u_2/data.csv"], body: "", token: nil),
            HeaderCase(
                method: "PUT", path: "/bkt/db/u_3/v2.sqlite", query: [], headers: ["Content-Type": "application/octet-stream"],
                body: "hello,world\n1,2\n", token: nil),
            HeaderCase(method: "DELETE", path: "/bkt/x", query: [("versionId", "3/4 5")], headers: [:], body: "", token: nil),
        ]
        let secret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
        let expected = try Botocore.sign(
            cases.map { c -> [String: Any] in
                let target = ObjectTarget(scheme: "http", host: "127.0.0.1", port: 9000, path: c.path, query: c.query)
                var json: [String: Any] = [
                    "kind": "headers", "time": Self.time, "method": c.method, "url": target.url,
                    "region": "us-east-1", "access_key": "AKIDEXAMPLE", "secret_key": secret,
                    "headers": c.headers, "body": c.body,
                ]
                if let token = c.token { json["token"] = token }
                return json
            })
        for (c, answer) in zip(cases, expected) {
            let signer = SigV4Signer(
                credentials: SigV4Credentials(
                    accessKeyID: "AKIDEXAMPLE", secretAccessKey: secret,
                    sessionToken: c.token), region: "us-east-1")
            let target = ObjectTarget(scheme: "http", host: "127.0.0.1", port: 9000, path: c.path, query: c.query)
            let added = signer.signedRequestHeaders(
                method: c.method, target: target, headers: c.headers,
                payloadHash: SigV4Signer.payloadHash(Array(c.body.utf8)), at: Self.date)
            for (name, value) in added {
                #expect(answer[name.lowercased()] as? String == value, "\(c.method) \(c.path): \(name)")
            }
            #expect(added.count == (c.token == nil ? 3 : 4))
        }
    }

    @Test func expiryIsClampedToSevenDays() {
        let signer = SigV4Signer(credentials: SigV4Credentials(accessKeyID: "A", secretAccessKey: "S"), region: "us-east-1")
        let target = ObjectTarget(scheme: "http", host: "h", port: nil, path: "/b/k")
        #expect(signer.presignedURL(method: "GET", target: target, expiresIn: 10_000_000, at: Self.date).contains("X-Amz-Expires=604800&"))
        #expect(signer.presignedURL(method: "GET", target: target, expiresIn: 0, at: Self.date).contains("X-Amz-Expires=1&"))
    }

    @Test func aChangedByteChangesTheSignature() {
        let signer = SigV4Signer(credentials: SigV4Credentials(accessKeyID: "A", secretAccessKey: "S"), region: "us-east-1")
        func url(_ key: String, size: String) -> String {
            signer.presignedURL(
                method: "PUT", target: ObjectTarget(scheme: "http", host: "h", port: 9000, path: "/b/" + key),
                headers: ["content-length": size], expiresIn: 60, at: Self.date)
        }
        let signature = { (u: String) in u.components(separatedBy: "X-Amz-Signature=").last! }
        #expect(signature(url("k", size: "10")) != signature(url("k", size: "11")))
        #expect(signature(url("k", size: "10")) != signature(url("K", size: "10")))
    }
}

/// Runs Fixtures/botocore_sign.py with python3 and botocore from pip (scripts/test installs them).
enum Botocore {
    struct Failure: Error, CustomStringConvertible { let description: String }

    static func sign(_ cases: [[String: Any]]) throws -> [[String: Any]] {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/botocore_sign.py")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path]
        let input = Pipe()
        let output = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(try JSONSerialization.data(withJSONObject: cases))
        try input.fileHandleForWriting.close()
        let answer = output.fileHandleForReading.readDataToEndOfFile()
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0, let list = try JSONSerialization.jsonObject(with: answer) as? [[String: Any]] else {
            throw Failure(description: "botocore (pip install boto3) did not sign the cases: \(errorText)")
        }
        return list
    }
}
