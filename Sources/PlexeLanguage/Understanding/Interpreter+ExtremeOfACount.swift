/// "What was the largest number of respondents in any survey?" of `surveys(firm, interviewees,
/// approval)`, one row a survey: the largest (smallest) "number of" something is the largest of a figure
/// each row holds, never the rows counted — the largest of one count of the whole table is that
/// count, and `COUNT(*)` of the surveys answered a question no one asked. Where no grouping or
/// ranking gives the count several values to choose from ("the largest number of surveys by
/// any firm" ranks the firms), the count the reading fell back on is refused.
extension Interpreter {
    /// Refuses a count of rows (or of distinct values) that `readCount` added from
    /// `measuresBefore` on, asked as the extreme `functions` of nothing.
    func refuseExtremeOfAPlainCount(_ functions: [AggregateFunction], measuresBefore: Int, words: String) throws(TranslationError) {
        guard functions.count == 1, functions[0] == .maximum || functions[0] == .minimum, measuresBefore < meaning.measures.count else { return }
        for use in meaning.measures[measuresBefore...] {
            switch use.measure {
            case .rows, .distinctValues:
                throw unsupported(
                    "\"\(words)\" asks for the \(functions[0] == .maximum ? "largest" : "smallest") of several figures, and the question names neither a column each row holds nor groups to count. Please name the column that holds the figure, or the groups to count in."
                )
            default: continue
            }
        }
    }
}
