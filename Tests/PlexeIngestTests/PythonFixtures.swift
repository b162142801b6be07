import Foundation
import PlexeFoundation
import PlexeTestSupport

/// Writes test files with the libraries people actually use (pyarrow for Parquet, openpyxl for
/// Excel), so the readers are tested on real writers' output rather than on our idea of it.
/// Needs `python3` with `pyarrow` and `openpyxl` (`scripts/test` installs them): without them
/// the tests fail and say so, rather than passing silently.
enum PythonFixtures {
    typealias Failure = PythonScript.Failure

    /// Runs `script` with `arguments` (`sys.argv[1:]`); throws with its stderr when it fails.
    static func run(_ script: String, arguments: [String]) throws {
        let (status, errorText) = try PythonScript.run(
            script, arguments: arguments,
            requirement: "these tests need python3 with pyarrow and openpyxl")
        guard status == 0 else {
            throw Failure(
                description: "the fixture script failed (python3 with pyarrow and openpyxl is required: pip install pyarrow openpyxl): \(errorText)")
        }
    }

    /// The JSON file a script wrote: rows of expected cells.
    static func expectedRows(at path: String) throws -> [[SQLiteValue]] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        guard let rows = try JSONSerialization.jsonObject(with: data) as? [[Any]] else {
            throw Failure(description: "unexpected fixture output in \(path)")
        }
        return try rows.map { row in try row.map(sqliteValue) }
    }

    /// A JSON cell as SQLite should hold it: `null`, `{"i": "12"}` (integers, booleans as 0/1),
    /// `{"f": "2.0"}` (reals, by their repr so that an integral float stays a float) or
    /// `{"s": "text"}`.
    private static func sqliteValue(_ any: Any) throws -> SQLiteValue {
        if any is NSNull { return .null }
        guard let object = any as? [String: Any], let (kind, payload) = object.first, let text = payload as? String else {
            throw Failure(description: "unexpected fixture cell \(any)")
        }
        switch kind {
        case "i": if let value = Int64(text) { return .integer(value) }
        case "f": if let value = Double(text) { return .real(value) }
        case "s": return .text(text)
        default: break
        }
        throw Failure(description: "unexpected fixture cell \(any)")
    }
}
