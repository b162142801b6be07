import PlexeFoundation

extension Interpreter {
    /// "Which division has the highest average score?" where "division" names nothing in the
    /// schema and was only guessed to be the rows of the measured table (`linkRowNouns`): an
    /// average or a total asked of what "which" names is a figure of groups of rows, and when
    /// that table refers to a parent table the unknown noun is as likely the parent's rows
    /// (the groups). Read as each row, the answer is one row's own value under another name;
    /// the guessed noun is reported instead.
    func refuseGuessedRowsOfAGroupedFigure() throws(TranslationError) {
        guard !guessedWords.isEmpty else { return }
        let guessedTables = Set(items.filter { guessedWords.contains($0.text) }.compactMap(\.table))
        guard guessedTables.count == 1, let table = guessedTables.first, !lexicon.parentLinks(of: table).isEmpty else { return }
        // The rows themselves are what "which" asks for: the table, or a column naming each
        // row. ("Per cup" as a grouping is another matter: a unit the data does not spell.)
        let asksForTheRows: Bool
        switch meaning.answerEntity {
        case .table(let t)?: asksForTheRows = t == table
        case .column(let ref)?: asksForTheRows = ref.table == table && lexicon[ref].unique
        default: asksForTheRows = false
        }
        let figures = [meaning.rankMeasure, meaning.orderMeasure].compactMap { $0 } + meaning.measures.map(\.measure)
        let groupFigure = figures.contains { figure in
            guard case .aggregate(let f, let ref) = figure else { return false }
            return (f == .average || f == .sum) && ref.table == table
        }
        guard asksForTheRows, groupFigure else { return }
        throw TranslationError(kind: .unplacedWords(guessedWords), message: unplacedMessage(guessedWords))
    }
}
