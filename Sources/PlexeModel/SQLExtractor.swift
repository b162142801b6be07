import Foundation

/// The SQL in a model's answer: the first fenced code block, else the bare statement.
///
/// Models asked for "one SELECT, no prose" still often wrap it in a Markdown fence, put a
/// sentence before it, or think aloud first (`<think>…</think>` from reasoning models). What
/// is taken is passed on as written, whatever it is: the guarded query path, not this
/// function, decides what may run, so a `DELETE` or two statements reach the guard and get
/// its usual refusal instead of being quietly trimmed into something else.
public enum SQLExtractor {
    /// The statement keywords a bare answer may start with. Writes are here so that a model
    /// answering a bare `DELETE …` meets the guard's refusal rather than "no SQL".
    static let statementKeywords: Set<String> = [
        "SELECT", "WITH", "VALUES", "EXPLAIN", "INSERT", "UPDATE", "DELETE", "REPLACE", "CREATE", "DROP", "ALTER",
        "PRAGMA", "ATTACH", "DETACH", "VACUUM", "REINDEX", "ANALYZE", "BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE",
    ]

    /// The SQL of `answer`, without a final `;`, or nil when it holds none.
    public static func sql(from answer: String) -> String? {
        let text = removingThinking(answer)
        let found = firstFencedBlock(text) ?? bareStatement(text)
        guard var sql = found?.trimmingCharacters(in: .whitespacesAndNewlines), !sql.isEmpty else { return nil }
        if sql.hasSuffix(";") {
            sql.removeLast()
            sql = sql.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return sql.isEmpty ? nil : sql
    }

    /// `answer` without the `<think>…</think>` sections reasoning models put first; an
    /// unclosed one runs to the end (the model never got to the answer).
    static func removingThinking(_ answer: String) -> String {
        var text = Substring(answer)
        var kept = ""
        while let open = text.range(of: "<think>") {
            kept += text[..<open.lowerBound]
            guard let close = text[open.upperBound...].range(of: "</think>") else { return kept }
            text = text[close.upperBound...]
        }
        return kept + text
    }

    /// The content of the first ``` fence: from the line after the opening fence (whose rest
    /// is an info string such as `sql`) or, for an inline fence, right after it; to the
    /// closing fence or, when the answer was cut short, the end.
    static func firstFencedBlock(_ text: String) -> String? {
        guard let open = text.range(of: "```") else { return nil }
        var start = open.upperBound
        let lineEnd = text[start...].firstIndex(of: "\n") ?? text.endIndex
        let info = text[start..<lineEnd].trimmingCharacters(in: .whitespaces)
        // `sql`, `sqlite`, nothing: an info string. `SELECT` alone on the fence line is SQL.
        if info.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) && !statementKeywords.contains(info.uppercased()) {
            start = lineEnd
        }
        let end = text[start...].range(of: "```")?.lowerBound ?? text.endIndex
        return String(text[start..<end])
    }

    /// A statement not in a fence: from the answer's first word when that opens a statement,
    /// else from the first `SELECT` or `WITH … AS (` (in capitals anywhere, or in
    /// any case at the start of a line); to the end of its paragraph, or to a `;` followed by
    /// anything but another statement.
    static func bareStatement(_ text: String) -> String? {
        let chars = Array(text)
        guard let start = statementStart(chars) else { return nil }
        var i = start
        var quote: Character? = nil
        while i < chars.count {
            let c = chars[i]
            if let q = quote {
                if c == q { quote = nil }
                i += 1
                continue
            }
            switch c {
            case "'", "\"", "`": quote = c
            case "[": quote = "]"
            case "-" where i + 1 < chars.count && chars[i + 1] == "-":
                while i < chars.count && chars[i] != "\n" { i += 1 }
                continue
            case "/" where i + 1 < chars.count && chars[i + 1] == "*":
                i += 2
                while i + 1 < chars.count && !(chars[i] == "*" && chars[i + 1] == "/") { i += 1 }
                i += 2
                continue
            case ";":
                // A second statement stays, for the guard to refuse; prose after the `;` goes.
                if let word = firstWord(chars, from: i + 1), statementKeywords.contains(word.uppercased()) { break }
                return String(chars[start...i])
            case "\n":
                var j = i + 1
                while j < chars.count && (chars[j] == " " || chars[j] == "\t" || chars[j] == "\r") { j += 1 }
                if j < chars.count && chars[j] == "\n" { return String(chars[start..<i]) }
            default:
                break
            }
            i += 1
        }
        return String(chars[start...])
    }

    private static func statementStart(_ chars: [Character]) -> Int? {
        // Any statement keyword opening the answer, when written as SQL is (in capitals, or a
        // SELECT or a WITH that opens a CTE): "With the data above, …" and "Update: …" are prose.
        if let first = firstWordStart(chars, from: 0), let word = firstWord(chars, from: first) {
            let upper = word.uppercased()
            let isStatement =
                upper == "WITH"
                ? startsCommonTableExpression(chars, after: first + word.count)
                : statementKeywords.contains(upper) && (word == upper || upper == "SELECT")
            if isStatement { return first }
        }
        var lineStart = true
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "\n" {
                lineStart = true
            } else if c.isLetter {
                let atWordStart = i == 0 || !(chars[i - 1].isLetter || chars[i - 1].isNumber || chars[i - 1] == "_")
                if atWordStart, let word = firstWord(chars, from: i) {
                    let upper = word.uppercased()
                    if (word == upper || lineStart)
                        && (upper == "SELECT" || (upper == "WITH" && startsCommonTableExpression(chars, after: i + word.count)))
                    {
                        return i
                    }
                    i += word.count
                    lineStart = false
                    continue
                }
                lineStart = false
            } else if !c.isWhitespace {
                lineStart = false
            }
            i += 1
        }
        return nil
    }

    /// Whether `WITH` at this point opens a common table expression (`WITH [RECURSIVE] name
    /// [(columns)] AS (`) rather than an English sentence ("With the data above, …").
    private static func startsCommonTableExpression(_ chars: [Character], after index: Int) -> Bool {
        var rest = String(chars[index..<min(chars.count, index + 400)])
        rest = rest.trimmingCharacters(in: .whitespacesAndNewlines)
        return rest.range(of: #"^(?i:recursive\s+)?("[^"]+"|[A-Za-z_][A-Za-z0-9_]*)\s*(\([^)]*\)\s*)?(?i:as)\s*\("#, options: .regularExpression)
            != nil
    }

    private static func firstWordStart(_ chars: [Character], from index: Int) -> Int? {
        var i = index
        while i < chars.count && chars[i].isWhitespace { i += 1 }
        return i < chars.count ? i : nil
    }

    /// The letters at the first non-space character from `index` on.
    private static func firstWord(_ chars: [Character], from index: Int) -> String? {
        guard var i = firstWordStart(chars, from: index) else { return nil }
        var word = ""
        while i < chars.count && (chars[i].isLetter || chars[i] == "_") {
            word.append(chars[i])
            i += 1
        }
        return word.isEmpty ? nil : word
    }
}
