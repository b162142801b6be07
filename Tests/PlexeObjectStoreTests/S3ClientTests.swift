import Foundation
import PlexeFoundation
import PlexeTestSupport
import Testing

@testable import PlexeObjectStore

/// The client's calls against a real S3 API: moto's server (pip `moto[server]`), started on a
/// free loopback port for the suite. moto does not check signatures (SigV4SignerTests compares
/// them with botocore's), so these tests cover what the calls do: sizes, ranges, copies,
/// deletes, error answers, streaming to and from files.
@Suite(.serialized) struct S3ClientTests {
    static let store = MotoServer.shared

    func client(bucket: String = "plexe-test") throws -> S3Client {
        let server = try Self.store.get()
        let settings = try ObjectStoreSettings(
            endpoint: "http://127.0.0.1:\(server.port)", region: "us-east-1", bucket: bucket,
            credentials: SigV4Credentials(accessKeyID: "AKIDTEST", secretAccessKey: "secret"))
        let client = S3Client(settings: settings)
        try client.createBucket()
        try client.createBucket()  // a bucket we already own is fine
        return client
    }

    @Test func bytesRoundTripWithHeadRangeCopyAndDelete() throws {
        let client = try client()
        let key = "files/u_1/my file é.csv"
        let bytes = Array("id,name\n1,Ada\n2,Grace\n".utf8)
        try client.put(bytes, as: key)
        let info = try #require(try client.head(key))
        #expect(info.size == Int64(bytes.count))
        #expect(info.etag == "\"" + md5Hex(bytes) + "\"")
        #expect(try client.get(key) == bytes)
        #expect(try client.get(key, range: 3...6) == Array(bytes[3...6]))
        try client.copy(key, to: "files/u_1/confirmed.csv")
        #expect(try client.get("files/u_1/confirmed.csv") == bytes)
        try client.delete(key)
        #expect(try client.head(key) == nil)
        try client.delete(key)  // deleting a missing key succeeds
        #expect(try client.head("files/u_1/confirmed.csv")?.size == Int64(bytes.count))
    }

    @Test func filesStreamBothWays() throws {
        let client = try client()
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("s3-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        // 3 MiB of varied bytes: several reads of the 256 KiB upload buffer.
        var bytes = [UInt8](repeating: 0, count: 3 << 20)
        for index in bytes.indices { bytes[index] = UInt8(truncatingIfNeeded: index &* 2_654_435_761 >> 7) }
        let source = directory.appendingPathComponent("source.bin").path
        try Data(bytes).write(to: URL(fileURLWithPath: source))
        let uploaded = try client.upload(fileAt: source, as: "db/u_2/v1.sqlite")
        #expect(uploaded.size == Int64(bytes.count))
        let copy = directory.appendingPathComponent("copy.bin").path
        #expect(try client.download("db/u_2/v1.sqlite", toFile: copy) == Int64(bytes.count))
        #expect(FileManager.default.contents(atPath: copy) == Data(bytes))
    }

    @Test func listingFollowsPagesAndGroupsByDelimiter() throws {
        let client = try client(bucket: "plexe-list")
        let keys = (0..<7).map { "uploads/upload_\($0 % 3)/\($0)-f &<x>.csv" } + ["incoming/uploads/upload_9/0-a.csv", "uploadsx"]
        for key in keys { try client.put([1], as: key) }
        // Three keys a page: the listing needs three pages, and XML-escaped keys come back as stored.
        let all = try client.list(prefix: "uploads/", pageSize: 3)
        #expect(all.keys.sorted() == keys.filter { $0.hasPrefix("uploads/") }.sorted())
        let folders = try client.list(prefix: "uploads/", delimiter: "/", pageSize: 2)
        #expect(folders.commonPrefixes.sorted() == ["uploads/upload_0/", "uploads/upload_1/", "uploads/upload_2/"])
        #expect(folders.keys.isEmpty)
        try client.deleteAll(prefix: "uploads/upload_1/")
        #expect(try client.list(prefix: "uploads/upload_1/").keys.isEmpty)
        #expect(try client.list(prefix: "uploads/").keys.count == 5)
        #expect(try client.head("incoming/uploads/upload_9/0-a.csv") != nil)
    }

    @Test func rangesStreamToFiles() throws {
        let client = try client()
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("s3-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let bytes = (0..<10_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        try client.put(bytes, as: "ranged")
        let path = directory.appendingPathComponent("part").path
        #expect(try client.download("ranged", toFile: path, range: 100...1099) == 1000)
        #expect(FileManager.default.contents(atPath: path) == Data(bytes[100...1099]))
        // A range running past the end gets the bytes there are; one starting past it, none.
        #expect(try client.download("ranged", toFile: path, range: 9_990...Int64.max - 1) == 10)
        #expect(FileManager.default.contents(atPath: path) == Data(bytes[9_990...]))
        #expect(try client.download("ranged", toFile: path, range: 20_000...20_010) == 0)
        #expect(FileManager.default.contents(atPath: path)?.isEmpty == true)
    }

    @Test func missingObjectsAndLimitsAreClearErrors() throws {
        let client = try client()
        #expect(try client.head("no/such/key") == nil)
        let missing = #expect(throws: ObjectStoreError.self) { try client.get("no/such/key") }
        #expect(missing?.kind == .notFound)
        #expect(missing?.message.contains("NoSuchKey") == true)
        try client.put([UInt8](repeating: 7, count: 4096), as: "big")
        let tooLarge = #expect(throws: ObjectStoreError.self) { try client.get("big", maxBytes: 1000) }
        #expect(tooLarge?.kind == .tooLarge)
        let badCopy = #expect(throws: ObjectStoreError.self) { try client.copy("no/such/key", to: "x") }
        #expect(badCopy?.kind == .notFound)
    }

    @Test func presignedURLsWorkWithAPlainHTTPClient() throws {
        let client = try client()
        let put = client.presignedPut(key: "incoming/u_3/a b.csv", size: 5, expiresIn: 300)
        #expect(try curl(["-X", "PUT", "-H", "Content-Type: text/csv", "--data-binary", "hello", put]).status == 200)
        let get = client.presignedGet(key: "incoming/u_3/a b.csv", downloadName: "résumé \"final\".csv", expiresIn: 300)
        let answer = try curl(["-D", "-", get])
        #expect(answer.status == 200)
        // (moto ignores response-content-disposition; SigV4SignerTests checks the URL against botocore's.)
        #expect(answer.output.hasSuffix("hello"))
        #expect(
            get.contains(
                "response-content-disposition=attachment%3B%20filename%3D%22r_sum_%20_final_.csv%22%3B%20filename%2A%3DUTF-8%27%27r%25C3%25A9sum"))
    }

    @Test func anUnreachableStoreIsAClearError() throws {
        let settings = try ObjectStoreSettings(
            endpoint: "http://127.0.0.1:9", region: "us-east-1", bucket: "b-1",
            credentials: SigV4Credentials(accessKeyID: "A", secretAccessKey: "S"))
        let error = #expect(throws: ObjectStoreError.self) { try S3Client(settings: settings).head("k") }
        #expect(error?.kind == .unreachable)
    }

    @Test func settingsAreValidated() throws {
        let credentials = SigV4Credentials(accessKeyID: "A", secretAccessKey: "S")
        for (endpoint, bucket, region) in [
            ("ftp://h", "bucket", "us-east-1"), ("http://h/path", "bucket", "us-east-1"),
            ("http://h", "Bucket_With_Caps", "us-east-1"), ("http://h", "ok-bucket", "us east"),
        ] {
            #expect(throws: ObjectStoreError.self) {
                try ObjectStoreSettings(endpoint: endpoint, region: region, bucket: bucket, credentials: credentials)
            }
        }
        let parsed = try ObjectStoreSettings.credentials(
            fromFileContents: """
                # written by the operator
                [other]
                aws_access_key_id = WRONG
                [default]
                aws_access_key_id = AKID
                aws_secret_access_key = se/cr+et=
                aws_session_token = tok
                """)
        #expect(parsed == SigV4Credentials(accessKeyID: "AKID", secretAccessKey: "se/cr+et=", sessionToken: "tok"))
        #expect(throws: ObjectStoreError.self) { try ObjectStoreSettings.credentials(fromFileContents: "[default]\naws_access_key_id = A\n") }
    }

    func md5Hex(_ bytes: [UInt8]) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/md5sum")
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try? process.run()
        input.fileHandleForWriting.write(Data(bytes))
        try? input.fileHandleForWriting.close()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return String(text.prefix(32))
    }

    func curl(_ arguments: [String]) throws -> (status: Int, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        process.arguments = ["-s", "-w", "\n%{http_code}"] + arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return (Int(lines.last ?? "") ?? 0, lines.dropLast().joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
