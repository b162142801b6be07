import Foundation
import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// The natural-language dev set (shared/nlq/dev.jsonl): every question is translated, run on
/// the frozen retail data and judged by the scorer's rules.
@Suite(.serialized) struct DevSetTests {
    /// shared/nlq beside the repository.
    static let nlqDirectory = QuestionSet.directory("shared/nlq", besideRepository: true, marker: "dev.jsonl")

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
        let entries = try QuestionSet.load(dir.appendingPathComponent("dev.jsonl"))
        let (loader, schema) = try DevSetTests.loadRetail(dir)
        #expect(
            schema.foreignKeys == [
                ForeignKey(table: "transactions", column: "customer_id", referencedTable: "customers", referencedColumn: "customer_id")
            ])
        let translator = QuestionTranslator(schema: schema)
        var passed = 0
        var byTag: [String: (Int, Int)] = [:]
        var report: [String] = []
        var translateSeconds = 0.0
        for entry in entries {
            let judgement = QuestionSet.judge(entry, translator: translator, loader: loader)
            translateSeconds += Double(judgement.translateNanoseconds) / 1e9
            let failure: String? = judgement.outcome == .correct ? nil : judgement.reason
            let sql = judgement.sql
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
            print(
                "  " + tag.padding(toLength: 14, withPad: " ", startingAt: 0)
                    + String(format: "%3d/%-3d %3.0f%%", ok, total, 100.0 * Double(ok) / Double(total)))
        }
        // Timing is reported, not asserted: it depends on the machine and the build.
        let warmStart = DispatchTime.now().uptimeNanoseconds
        for entry in entries { _ = try? translator.translate(entry.question) }
        let warmSeconds = Double(DispatchTime.now().uptimeNanoseconds - warmStart) / 1e9
        print(
            String(
                format: "translation time: %.3f ms per question on first use, %.3f ms warm (average over %d)",
                translateSeconds * 1000 / Double(entries.count), warmSeconds * 1000 / Double(entries.count), entries.count))
        #expect(accuracy >= 0.95, "dev-set accuracy \(accuracy) is below 95 %")
    }
}
