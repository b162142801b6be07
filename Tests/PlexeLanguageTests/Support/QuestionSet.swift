import Foundation

@testable import PlexeLanguage

/// A question set in the scorers' JSON-lines form (shared/nlq/dev.jsonl, tests/nlq/questions.jsonl)
/// and how one of its questions is judged: translated, run on the set's data, and compared with
/// the gold rows by score.py's rules.
enum QuestionSet {
    struct Entry {
        let id: String
        /// The dataset the question is asked of, where a set has several.
        let dataset: String?
        let question: String
        let kind: String
        let ordered: Bool
        let tags: [String]
        let category: String
        let gold: [[ResultValue]]
    }

    enum Outcome { case correct, refused, wrong }

    struct Judgement {
        let outcome: Outcome
        let sql: String
        /// Why the answer is not correct (the refusal's message, the difference); empty when it is.
        let reason: String
        let translateNanoseconds: UInt64
    }

    /// `path` below the repository's parent (`shared/nlq`) or the repository (`tests/nlq`),
    /// found from this file with symlinks resolved; nil when `marker` is not in it.
    static func directory(_ path: String, besideRepository: Bool, marker: String) -> URL? {
        let file = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        // Support/ → PlexeLanguageTests/ → Tests/ → the repository.
        var root = file.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        if besideRepository { root = root.deletingLastPathComponent() }
        let dir = root.appendingPathComponent(path)
        return FileManager.default.fileExists(atPath: dir.appendingPathComponent(marker).path) ? dir : nil
    }

    static func load(_ file: URL) throws -> [Entry] {
        let text = try String(contentsOf: file, encoding: .utf8)
        return try text.split(separator: "\n").map { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            let rows = (object["gold_rows"] as? [[Any]] ?? []).map { $0.map { ResultValue(json: $0) } }
            return Entry(
                id: object["id"] as! String, dataset: object["dataset"] as? String, question: object["question"] as! String,
                kind: object["kind"] as! String, ordered: object["order_matters"] as? Bool ?? false,
                tags: object["tags"] as? [String] ?? [], category: object["class"] as? String ?? "plain", gold: rows)
        }
    }

    static func judge(_ entry: Entry, translator: QuestionTranslator, loader: CSVTableLoader) -> Judgement {
        var sql = ""
        var spent: UInt64 = 0
        do {
            let start = DispatchTime.now().uptimeNanoseconds
            let translation = try translator.translate(entry.question)
            spent = DispatchTime.now().uptimeNanoseconds - start
            sql = translation.sql
            let expected: ResultType = entry.kind == "visualization" ? .visualization : .table
            let rows = try loader.rows(sql).map { $0.map(\.normalised) }
            let reason: String
            if translation.resultType != expected {
                reason = "result type \(translation.resultType), expected \(expected)"
            } else if entry.tags.contains("scatter") {
                reason =
                    translation.visualizationType != .scatter
                    ? "chart \(String(describing: translation.visualizationType)), expected scatter"
                    : scatterMismatch(gold: entry.gold, answer: rows) ?? ""
            } else {
                let compared = expected == .visualization ? rows.map { Array($0.prefix(2)) } : rows
                reason = ResultMatcher.mismatch(gold: entry.gold, answer: compared, ordered: entry.ordered) ?? ""
            }
            return Judgement(outcome: reason.isEmpty ? .correct : .wrong, sql: sql, reason: reason, translateNanoseconds: spent)
        } catch let error as TranslationError {
            return Judgement(outcome: .refused, sql: sql, reason: "translation error: \(error.message)", translateNanoseconds: spent)
        } catch {
            return Judgement(outcome: .wrong, sql: sql, reason: "SQL error: \(error)", translateNanoseconds: spent)
        }
    }

    /// score.py's scatter rule: the distinct (x, y) points equal the gold points as a set.
    static func scatterMismatch(gold: [[ResultValue]], answer: [[ResultValue]]) -> String? {
        func distinct(_ rows: [[ResultValue]]) -> [[ResultValue]] {
            var seen: [[ResultValue]] = []
            for row in rows where !seen.contains(where: { $0.count == row.count && zip($0, row).allSatisfy { $0.matches($1) } }) { seen.append(row) }
            return seen
        }
        let points = distinct(answer.map { Array($0.prefix(2)) })
        return ResultMatcher.rowsMatch(distinct(gold), points, ordered: false)
            ? nil : "scatter points differ (\(points.count) distinct, expected \(distinct(gold).count))"
    }
}
