import Foundation

/// Runs a Python script as a subprocess, for tests that check the code against the libraries
/// people actually use (pyarrow, openpyxl, DuckDB) rather than against our idea of them.
public enum PythonScript {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
        public init(description: String) { self.description = description }
    }

    /// Runs `python3 -c script` with `arguments` (`sys.argv[1:]`), stdout discarded; returns its
    /// exit status and stderr. Throws when python3 cannot be started at all, saying what the
    /// tests need (`requirement`), so that a machine without it fails loudly instead of passing.
    public static func run(_ script: String, arguments: [String], requirement: String) throws -> (status: Int32, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw Failure(description: "cannot run python3 (\(error)); \(requirement)")
        }
        // Read before waiting: a script that fills the pipe would otherwise never exit.
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, errorText)
    }
}
