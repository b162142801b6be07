import Foundation
import Testing

@testable import PlexeLanguage

/// A developer's probe, off unless asked for: runs any question set offline (the set in
/// NLQ_PROBE_SET, its datasets in NLQ_PROBE_DATASETS) and writes one JSON line per question
/// (outcome, SQL, reason) to NLQ_PROBE_OUT, so a change to the engine can be measured on every
/// set in seconds, before the stack is rebuilt.
@Suite struct ProbeSetTests {
    static let environment = ProcessInfo.processInfo.environment

    @Test(.enabled(if: environment["NLQ_PROBE_SET"] != nil, "NLQ_PROBE_SET is not set"))
    func probe() throws {
        let set = URL(fileURLWithPath: try #require(ProbeSetTests.environment["NLQ_PROBE_SET"]))
        let datasetsFile = URL(fileURLWithPath: try #require(ProbeSetTests.environment["NLQ_PROBE_DATASETS"]))
        let entries = try QuestionSet.load(set)
        let datasets = try HeldOutSetTests.loadDatasets(datasetsFile.deletingLastPathComponent())
        var lines: [String] = []
        var counts: [QuestionSet.Outcome: Int] = [:]
        let shown = Set((ProbeSetTests.environment["NLQ_PROBE_IDS"] ?? "").split(separator: ",").map(String.init))
        for entry in entries {
            let (loader, translator) = try #require(datasets[entry.dataset ?? ""])
            if shown.contains(entry.id) {
                let schema = LanguageSchema(tables: loader.tables, foreignKeys: try loader.foreignKeys(), values: try loader.textValues())
                let lexicon = SchemaLexicon(schema: schema)
                let tokens = Tokenizer.tokenize(entry.question)
                let items = Tagger(lexicon: lexicon).items(for: tokens)
                print("## \(entry.id) \(entry.question)")
                for item in items {
                    print(
                        "   [\(item.text)] kw=\(String(describing: item.keyword)) unknown=\(item.isUnknown) schema=\(item.schema.map { "\($0.target)@\($0.score)" })"
                    )
                }
                var interpreter = Interpreter(lexicon: lexicon, tokens: tokens, items: items)
                do { print("   meaning: \(try interpreter.interpret())") } catch { print("   error: \(error.message)") }
                for item in interpreter.items {
                    print(
                        "   after [\(item.text)] kw=\(String(describing: item.keyword)) used=\(item.used) schema=\(item.schema.map { "\($0.target)@\($0.score)" })"
                    )
                }
            }
            let judgement = QuestionSet.judge(entry, translator: translator, loader: loader)
            counts[judgement.outcome, default: 0] += 1
            let record: [String: Any] = [
                "id": entry.id, "class": entry.category, "question": entry.question, "outcome": "\(judgement.outcome)",
                "sql": judgement.sql, "reason": String(judgement.reason.prefix(300)),
            ]
            lines.append(String(decoding: try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys]), as: UTF8.self))
        }
        if let out = ProbeSetTests.environment["NLQ_PROBE_OUT"] {
            try (lines.joined(separator: "\n") + "\n").write(toFile: out, atomically: true, encoding: .utf8)
        }
        print("probe: \(counts[.correct] ?? 0) correct, \(counts[.refused] ?? 0) refused, \(counts[.wrong] ?? 0) wrong of \(entries.count)")
    }
}
