import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// aiosmtpd (Python) as an independent SMTP implementation for the client to talk to: plain,
/// STARTTLS or implicit TLS, with AUTH (user `ada`, password `s3cret`). Every message it
/// accepts is written as JSON into `directory` before it answers 250.
final class AiosmtpdRelay {
    enum Mode: String { case plain, starttls, tls }

    struct Received: Decodable {
        let mail_from: String
        let rcpt_tos: [String]
        let mail_options: [String]
        let content: String
        let tls: Bool
        let login: String?
    }

    /// Whether `python3` with the `aiosmtpd` package is installed (tests are skipped if not).
    static let isAvailable: Bool = (try? runTool("/usr/bin/env", ["python3", "-c", "import aiosmtpd"])) != nil

    let port: UInt16
    let directory: String
    private let process: Process

    init(_ mode: Mode, certificate: TestCertificate? = nil) throws {
        directory = temporaryDirectory()
        let script = directory + "/relay.py"
        try AiosmtpdRelay.script.write(toFile: script, atomically: true, encoding: .utf8)
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script, mode.rawValue, directory] + (certificate.map { [$0.certificatePath, $0.keyPath] } ?? [])
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try process.run()
        // The script binds an ephemeral port and writes it to `port` once it listens.
        let portFile = directory + "/port"
        let deadline = Date().addingTimeInterval(10)
        while !FileManager.default.fileExists(atPath: portFile) {
            guard process.isRunning, Date() < deadline else {
                stopProcess(process)
                throw POSIXFailure("aiosmtpd did not start")
            }
            usleep(20_000)
        }
        port = UInt16(try String(contentsOfFile: portFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines))!
    }

    /// Messages accepted so far, in order.
    func received() throws -> [Received] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory)
            .filter { $0.hasPrefix("msg-") && $0.hasSuffix(".json") }
            .sorted { Int($0.dropFirst(4).dropLast(5))! < Int($1.dropFirst(4).dropLast(5))! }
        return try names.map { try JSONDecoder().decode(Received.self, from: Data(contentsOf: URL(fileURLWithPath: directory + "/" + $0))) }
    }

    func stop() {
        stopProcess(process)
        try? FileManager.default.removeItem(atPath: directory)
    }

    private static let script = #"""
        import asyncio, json, os, ssl, sys
        from aiosmtpd.smtp import SMTP, AuthResult

        mode, out_dir = sys.argv[1], sys.argv[2]
        cert, key = (sys.argv[3], sys.argv[4]) if len(sys.argv) > 4 else (None, None)

        class Handler:
            count = 0
            async def handle_DATA(self, server, session, envelope):
                Handler.count += 1
                ssl_object = server.transport.get_extra_info("ssl_object")
                record = {
                    "mail_from": envelope.mail_from,
                    "rcpt_tos": envelope.rcpt_tos,
                    "mail_options": envelope.mail_options,
                    "content": envelope.original_content.decode("utf-8", "replace"),
                    "tls": ssl_object is not None or session.ssl is not None,
                    "login": session.auth_data.login.decode() if session.authenticated else None,
                }
                path = os.path.join(out_dir, "msg-%d.json" % Handler.count)
                with open(path + ".tmp", "w") as f:
                    json.dump(record, f)
                os.rename(path + ".tmp", path)
                return "250 2.0.0 Message accepted"

        def authenticator(server, session, envelope, mechanism, auth_data):
            ok = auth_data.login == b"ada" and auth_data.password == b"s3cret"
            return AuthResult(success=ok, handled=False, auth_data=auth_data)

        async def main():
            context = None
            if cert:
                context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
                context.load_cert_chain(cert, key)
            handler = Handler()
            def factory():
                options = dict(hostname="aiosmtpd.test", authenticator=authenticator)
                if mode == "starttls":
                    options.update(tls_context=context, require_starttls=True)
                if mode == "tls":
                    options.update(auth_require_tls=False)  # the whole connection is TLS
                return SMTP(handler, **options)
            server = await asyncio.get_running_loop().create_server(
                factory, "127.0.0.1", 0, ssl=context if mode == "tls" else None)
            port = server.sockets[0].getsockname()[1]
            with open(os.path.join(out_dir, "port.tmp"), "w") as f:
                f.write(str(port))
            os.rename(os.path.join(out_dir, "port.tmp"), os.path.join(out_dir, "port"))
            await server.serve_forever()

        asyncio.run(main())
        """#
}

/// A self-signed certificate (EC P-256) made by the `openssl` command for one test run.
struct TestCertificate: Sendable {
    /// Whether the `openssl` command is installed (TLS tests are skipped if not).
    static let canMake: Bool = (try? runTool("/usr/bin/env", ["openssl", "version"])) != nil

    let certificatePath: String
    let keyPath: String

    /// Valid for `localhost` and 127.0.0.1 — or only for `names` when given.
    static func make(subjectAltNames names: String = "DNS:localhost,IP:127.0.0.1") throws -> TestCertificate {
        let directory = temporaryDirectory()
        let certificate = TestCertificate(certificatePath: directory + "/cert.pem", keyPath: directory + "/key.pem")
        try runTool(
            "/usr/bin/env",
            [
                "openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                "-nodes", "-keyout", certificate.keyPath, "-out", certificate.certificatePath,
                "-days", "2", "-subj", "/CN=plexe-notify-test", "-addext", "subjectAltName=\(names)",
            ])
        return certificate
    }
}

/// Runs a command to completion; throws when it fails.
@discardableResult
func runTool(_ executable: String, _ arguments: [String]) throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { throw POSIXFailure("\(arguments.joined(separator: " ")) exited with \(process.terminationStatus)") }
    return process.terminationStatus
}

/// Ends a child this test started. SIGKILL, because children of the test runner inherit its
/// blocked signal mask and would ignore SIGTERM.
func stopProcess(_ process: Process) {
    guard process.isRunning else { return }
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
}
