import Foundation

nonisolated(unsafe) private var motoProcess: Process?

/// One moto server (pip `moto[server]`, an S3 API that does not check signatures) for the
/// whole test run, on a free port, stopped when the process exits.
public final class MotoServer: Sendable {
    public static let shared = MotoServer()
    public struct Failure: Error, CustomStringConvertible { public let description: String }
    public struct Running: Sendable { public let port: Int }

    private let started: Result<Running, Failure>

    private init() {
        started = MotoServer.start()
    }

    public func get() throws -> Running { try started.get() }

    private static func start() -> Result<Running, Failure> {
        let port = Int.random(in: 20_000...40_000)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-m", "moto.server", "-H", "127.0.0.1", "-p", String(port)]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return .failure(Failure(description: "cannot start moto's server: \(error)")) }
        // The server must not outlive the test process.
        motoProcess = process
        atexit { motoProcess?.terminate() }
        for _ in 0..<100 {
            if process.isRunning == false { break }
            if probe(port) { return .success(Running(port: port)) }
            usleep(100_000)
        }
        process.terminate()
        return .failure(Failure(description: "moto's server (pip install 'moto[server]') did not start on port \(port)"))
    }

    private static func probe(_ port: Int) -> Bool {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        return result == 0
    }
}
