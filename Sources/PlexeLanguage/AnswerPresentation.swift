import PlexeFoundation

/// How the answer to a question is shown, read from the question's words alone: a chart when
/// it asks for one ("plot", "chart", "histogram", "distribution" …), which kind, and a title.
///
/// The embedded translator decides this from its full reading of the question
/// (`Translation`). This is for SQL written elsewhere — by a language model — so that
/// "plot revenue per month" is answered with a chart whichever engine wrote the SQL, using
/// the same chart words.
public struct AnswerPresentation: Sendable, Equatable {
    public var resultType: ResultType
    /// Set only for visualizations: a histogram when asked for one, a line chart when asked
    /// for one or for a trend or a series over date parts ("per month"), else a bar chart.
    public var visualizationType: ChartSpec.Kind?
    public var title: String

    public init(question: String, forcedResultType: ResultType? = nil) {
        let tokens = Tokenizer.tokenize(question.trimmingCharacters(in: .whitespacesAndNewlines))
        var wantsChart = false
        var hint: ChartWord?
        var mentionsDatePart = false
        var i = 0
        while i < tokens.count {
            guard let (length, keyword) = Self.keyword(tokens, at: i) else {
                i += 1
                continue
            }
            switch keyword {
            case .chart(let word):
                // As the interpreter reads them: "trend" favours a line but asks for no chart,
                // and a specific word wins over "plot".
                if word != .trend { wantsChart = true }
                if hint == nil || word != .plot { hint = word }
            case .datePart:
                mentionsDatePart = true
            default:
                break
            }
            i += length
        }
        resultType = forcedResultType ?? (wantsChart ? .visualization : .table)
        if resultType == .visualization {
            switch hint {
            case .histogram?: visualizationType = .histogram
            case .barChart?: visualizationType = .barChart
            case .lineChart?, .trend?: visualizationType = .lineChart
            default: visualizationType = mentionsDatePart ? .lineChart : .barChart
            }
        } else {
            visualizationType = nil
        }
        title = TitleMaker.title(for: question.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// The longest phrase of the English lexicon starting at `i`, as the tagger matches them.
    private static func keyword(_ tokens: [Token], at i: Int) -> (Int, Keyword)? {
        let token = tokens[i]
        guard token.kind == .word || token.kind == .symbol else { return nil }
        var candidates = EnglishLexicon.phrasesByFirstWord[token.lemma] ?? []
        if token.lower != token.lemma { candidates += EnglishLexicon.phrasesByFirstWord[token.lower] ?? [] }
        var best: (Int, Keyword)?
        for candidate in candidates {
            let n = candidate.words.count
            guard i + n <= tokens.count, n > (best?.0 ?? 0) else { continue }
            let fits = (0..<n).allSatisfy { k in
                let t = tokens[i + k]
                return t.kind != .quoted && t.kind != .date && (t.lemma == candidate.words[k] || t.lower == candidate.words[k])
            }
            if fits { best = (n, candidate.keyword) }
        }
        return best
    }
}
