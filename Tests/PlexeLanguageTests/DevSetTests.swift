import Foundation
import Testing
import PlexeFoundation
@testable import PlexeLanguage

/// The natural-language dev set (shared/nlq/dev.jsonl): every question is translated, run on
/// the frozen retail data and judged by the scorer's rules.
@Suite(.serialized) struct DevSetTests {
    /// shared/nlq beside the repository (found from this file, symlinks resolved).
    static let nlqDirectory: URL? = {
        let file = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        let repo = file.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let dir = repo.deletingLastPathComponent().appendingPathComponent("shared/nlq")
        return FileManager.default.fileExists(atPath: dir.appendingPathComponent("dev.jsonl").path) ? dir : nil
    }()

    struct Entry {
        let id: String
        let question: String
        let kind: String
        let ordered: Bool
        let tags: [String]
        let gold: [[ResultValue]]
    }

    static func loadEntries(_ dir: URL) throws -> [Entry] {
        let text = try String(contentsOf: dir.appendingPathComponent("dev.jsonl"), encoding: .utf8)
        return try text.split(separator: "\n").map { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            let rows = (object["gold_rows"] as? [[Any]] ?? []).map { $0.map { ResultValue(json: $0) } }
            return Entry(id: object["id"] as! String, question: object["question"] as! String, kind: object["kind"] as! String,
                         ordered: object["order_matters"] as? Bool ?? false, tags: object["tags"] as? [String] ?? [], gold: rows)
        }
    }

    static func loadRetail(_ dir: URL) throws -> (CSVTableLoader, LanguageSchema) {
        var loader = try CSVTableLoader()
        for name in ["customers.csv", "transactions.csv"] {
            let text = try String(contentsOf: dir.appendingPathComponent("data/\(name)"), encoding: .utf8)
            try loader.load(csv: text, filename: name)
        }
        return (loader, LanguageSchema(tables: loader.tables, foreignKeys: try loader.foreignKeys()))
    }

    @Test(.enabled(if: nlqDirectory != nil, "shared/nlq is not beside the repository"))
    func devSetAccuracy() throws {
        let dir = try #require(DevSetTests.nlqDirectory)
        let entries = try DevSetTests.loadEntries(dir)
        let (loader, schema) = try DevSetTests.loadRetail(dir)
        #expect(schema.foreignKeys == [ForeignKey(table: "transactions", column: "customer_id", referencedTable: "customers", referencedColumn: "customer_id")])
        let translator = QuestionTranslator(schema: schema)
        var passed = 0
        var byTag: [String: (Int, Int)] = [:]
        var report: [String] = []
        var translateSeconds = 0.0
        for entry in entries {
            var failure: String?
            var sql = ""
            do {
                let start = DispatchTime.now().uptimeNanoseconds
                let translation = try translator.translate(entry.question)
                translateSeconds += Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                sql = translation.sql
                let expectedType: ResultType = entry.kind == "visualization" ? .visualization : .table
                if translation.resultType != expectedType {
                    failure = "result type \(translation.resultType), expected \(expectedType)"
                } else {
                    var rows = try loader.rows(translation.sql).map { $0.map(\.normalised) }
                    if expectedType == .visualization {
                        rows = rows.map { Array($0.prefix(2)) }
                    }
                    failure = ResultMatcher.mismatch(gold: entry.gold, answer: rows, ordered: entry.ordered)
                }
            } catch let error as TranslationError {
                failure = "translation error: \(error.message)"
            } catch {
                failure = "SQL error: \(error)"
            }
            if failure == nil { passed += 1 } else { report.append("\(entry.id) \(entry.question)\n    SQL: \(sql)\n    -> \(failure!)") }
            for tag in entry.tags {
                let (ok, total) = byTag[tag] ?? (0, 0)
                byTag[tag] = (ok + (failure == nil ? 1 : 0), total + 1)
            }
        }
        let accuracy = Double(passed) / Double(entries.count)
        print(report.joined(separator: "\n"))
        print(String(format: "nlq accuracy: %.1f%% (%d/%d)", accuracy * 100, passed, entries.count))
        for (tag, (ok, total)) in byTag.sorted(by: { $0.key < $1.key }) {
            print("  " + tag.padding(toLength: 14, withPad: " ", startingAt: 0)
                  + String(format: "%3d/%-3d %3.0f%%", ok, total, 100.0 * Double(ok) / Double(total)))
        }
        // Timing is reported, not asserted: it depends on the machine and the build.
        let warmStart = DispatchTime.now().uptimeNanoseconds
        for entry in entries { _ = try? translator.translate(entry.question) }
        let warmSeconds = Double(DispatchTime.now().uptimeNanoseconds - warmStart) / 1e9
        print(String(format: "translation time: %.3f ms per question on first use, %.3f ms warm (average over %d)",
                     translateSeconds * 1000 / Double(entries.count), warmSeconds * 1000 / Double(entries.count), entries.count))
        #expect(accuracy >= 0.95, "dev-set accuracy \(accuracy) is below 95 %")
    }
}
