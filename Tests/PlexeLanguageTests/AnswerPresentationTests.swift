import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// The chart words decide how SQL written by a language model is shown, as they do for the
/// embedded engine's own SQL.
@Suite struct AnswerPresentationTests {
    @Test func chartWordsAskForAVisualization() {
        let plot = AnswerPresentation(question: "Plot the number of customers by plan type?")
        #expect(plot.resultType == .visualization && plot.visualizationType == .barChart)
        #expect(plot.title == "Number of customers by plan type")
        #expect(AnswerPresentation(question: "Show a histogram of customer ages").visualizationType == .histogram)
        #expect(AnswerPresentation(question: "Draw a line chart of revenue").visualizationType == .lineChart)
        #expect(AnswerPresentation(question: "Chart total amount per month").visualizationType == .lineChart, "a series over periods is a line")
        #expect(AnswerPresentation(question: "Give me a bar chart of amount per month").visualizationType == .barChart, "unless a bar is asked for")
    }

    @Test func otherQuestionsAreTables() {
        let table = AnswerPresentation(question: "Which customers spent the most?")
        #expect(table.resultType == .table && table.visualizationType == nil)
        #expect(AnswerPresentation(question: "What is the trend of sales over time?").resultType == .table, "a trend alone asks for no chart")
    }

    @Test func aForcedResultTypeWins() {
        #expect(AnswerPresentation(question: "Plot amount by country", forcedResultType: .table).resultType == .table)
        let forced = AnswerPresentation(question: "total amount by country", forcedResultType: .visualization)
        #expect(forced.resultType == .visualization && forced.visualizationType == .barChart)
    }
}
