import Foundation

/// A result cell normalised the way shared/nlq/score.py compares answers: null, number or text.
enum ResultValue: Equatable, CustomStringConvertible {
    case null
    case number(Double)
    case text(String)

    /// score.py's `norm`: booleans and numeric strings become numbers, midnight
    /// date-times become dates.
    init(json value: Any?) {
        switch value {
        case nil, is NSNull: self = .null
        case let n as NSNumber: self = .number(n.doubleValue)
        case let s as String: self = ResultValue.normalised(text: s)
        default: self = .text(String(describing: value!))
        }
    }

    static func normalised(text s: String) -> ResultValue {
        let trimmed = s.trimmingCharacters(in: .whitespaces)
        let low = trimmed.lowercased()
        if low == "true" { return .number(1) }
        if low == "false" { return .number(0) }
        if trimmed.range(of: #"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$"#, options: .regularExpression) != nil, let d = Double(trimmed) {
            return .number(d)
        }
        if let match = trimmed.range(of: #"^\d{4}-\d{2}-\d{2}(?=[T ]00:00(:00(\.0+)?)?(Z|[+-]00:?00)?$)"#, options: .regularExpression) {
            return .text(String(trimmed[match]))
        }
        return .text(trimmed)
    }

    /// A cell read from SQLite, normalised like a JSON answer would be.
    var normalised: ResultValue {
        if case .text(let s) = self { return ResultValue.normalised(text: s) }
        return self
    }

    func matches(_ other: ResultValue) -> Bool {
        switch (self, other) {
        case (.null, .null): return true
        case (.number(let a), .number(let b)): return abs(a - b) <= max(1e-4 * max(abs(a), abs(b)), 1e-6)
        case (.text(let a), .text(let b)): return a == b
        default: return false
        }
    }

    var sortKey: String {
        switch self {
        case .null: return "0"
        case .number(let d): return "1" + String(format: "%020.3f", d + 1e12)
        case .text(let s): return "2" + s
        }
    }

    var description: String {
        switch self {
        case .null: return "null"
        case .number(let d): return d == d.rounded() && abs(d) < 1e15 ? String(Int64(d)) : String(d)
        case .text(let s): return "'\(s)'"
        }
    }
}

/// The scorer's table rule: same row count; every gold column maps to a distinct answer
/// column; rows equal as multisets (or in order); numbers within a relative 1e-4.
enum ResultMatcher {
    static func rowsMatch(_ gold: [[ResultValue]], _ answer: [[ResultValue]], ordered: Bool) -> Bool {
        guard gold.count == answer.count else { return false }
        if ordered { return zip(gold, answer).allSatisfy { g, a in g.count == a.count && zip(g, a).allSatisfy { $0.matches($1) } } }
        var used = [Bool](repeating: false, count: answer.count)
        let sortedGold = gold.sorted { $0.map(\.sortKey).joined(separator: "|") < $1.map(\.sortKey).joined(separator: "|") }
        for g in sortedGold {
            guard
                let j = answer.indices.first(where: { !used[$0] && answer[$0].count == g.count && zip(g, answer[$0]).allSatisfy { $0.matches($1) } })
            else {
                return false
            }
            used[j] = true
        }
        return true
    }

    /// nil when the answer matches, else the reason it does not.
    static func mismatch(gold: [[ResultValue]], answer: [[ResultValue]], ordered: Bool) -> String? {
        if gold.count != answer.count { return "row count \(answer.count), expected \(gold.count)" }
        guard let goldWidth = gold.first?.count else { return nil }
        guard let width = answer.first?.count, width >= goldWidth else { return "too few columns" }
        var candidates: [[Int]] = []
        for j in 0..<goldWidth {
            let goldColumn = gold.map { [$0[j]] }
            let matching = (0..<width).filter { c in rowsMatch(goldColumn, answer.map { [$0[c]] }, ordered: ordered) }
            if matching.isEmpty {
                return "no answer column matches gold column \(j) (\(gold.prefix(4).map { $0[j].description }.joined(separator: ", ")))"
            }
            candidates.append(matching.sorted { ($0 != j ? 1 : 0, $0) < ($1 != j ? 1 : 0, $1) })
        }
        func search(_ j: Int, _ mapping: [Int]) -> Bool {
            if j == goldWidth { return rowsMatch(gold, answer.map { row in mapping.map { row[$0] } }, ordered: ordered) }
            for c in candidates[j] where !mapping.contains(c) {
                if search(j + 1, mapping + [c]) { return true }
            }
            return false
        }
        return search(0, []) ? nil : "columns match one by one but not as rows"
    }
}
