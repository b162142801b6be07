import Foundation
import Testing

@testable import PlexeLanguage

/// "Plot A against B" keeps A on the x axis (the order said); words that name an axis win:
/// "with A on the y axis", "B on the x-axis", "A horizontally", "A on the vertical axis".
/// Axis words said of nothing plotted, or both columns on one axis, are refused. Invented
/// upload: a table of kites.
@Suite struct ScatterAxisWordsTests {
    static let kites: Result<FixtureUpload, Error> = Result {
        try FixtureUpload([("kites.csv", "kite,span_cm,lift_n,colour\nA,90,12,red\nB,120,15,blue\nC,150,21,red\n")], valueIndex: true)
    }

    private func axes(_ question: String) throws -> String {
        let translation = try Self.kites.get().translator.translate(question)
        #expect(translation.visualizationType == .scatter, "\(question)")
        return translation.sql
    }

    @Test func theOrderSaidPutsTheFirstOnX() throws {
        #expect(try axes("Plot span_cm against lift_n").hasPrefix("SELECT span_cm, lift_n "))
    }

    @Test func axisWordsWinOverTheOrder() throws {
        for question in [
            "Plot span_cm against lift_n with span_cm on the y axis.",
            "Plot span_cm vs lift_n, lift_n on the x-axis.",
            "Plot span_cm on the vertical axis against lift_n",
            "Plot span_cm against lift_n horizontally",
            "Plot span_cm on the y axis and lift_n on the x axis",
        ] {
            #expect(try axes(question).hasPrefix("SELECT lift_n, span_cm "), "\(question)")
        }
        #expect(try axes("Plot lift_n against span_cm with span_cm on the horizontal axis").hasPrefix("SELECT span_cm, lift_n "))
    }

    @Test func axisWordsThatPlaceNothingAreRefused() throws {
        let kites = try Self.kites.get()
        #expect {
            try kites.translator.translate("Plot span_cm on the y axis against lift_n on the y axis")
        } throws: { error in
            (error as? TranslationError)?.message.contains("vertical axis") ?? false
        }
        #expect {
            try kites.translator.translate("Show the average lift_n on the y axis")
        } throws: { error in
            guard let error = error as? TranslationError, case .unplacedWords(let words) = error.kind else { return false }
            return words.contains("axis")
        }
    }
}
