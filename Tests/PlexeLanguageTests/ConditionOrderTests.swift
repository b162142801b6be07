import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// The SQL a question gets is the same in every process and lists ANDed conditions in the
/// order the question names them. Swift seeds its hashing per process, so an order taken from
/// a `Set` or a `Dictionary` would change between runs; asking for the same columns in both
/// orders within one process catches that too (a set would give both questions one order).
@Suite struct ConditionOrderTests {
    /// Bicycles in a shed, each with several yes/no fittings stored as text.
    static let shed = QuestionTranslator(
        schema: LanguageSchema(tables: [
            DatasetTable(
                filename: "bikes.csv", tableName: "bikes", rowCount: 40,
                columns: [
                    ColumnInfo(name: "bike_id", type: .integer, nullable: false, unique: true),
                    ColumnInfo(name: "bell", type: .string, nullable: false, unique: false, distinctValues: ["no", "yes"]),
                    ColumnInfo(name: "basket", type: .string, nullable: false, unique: false, distinctValues: ["no", "yes"]),
                    ColumnInfo(name: "mudguards", type: .string, nullable: false, unique: false, distinctValues: ["no", "yes"]),
                    ColumnInfo(name: "kickstand", type: .string, nullable: false, unique: false, distinctValues: ["no", "yes"]),
                ])
        ]))

    static func sql(_ question: String) throws -> String { try shed.translate(question).sql }

    @Test func twoYesNoConditionsFollowTheQuestion() throws {
        #expect(
            try Self.sql("How many bikes have a bell and a basket?")
                == "SELECT COUNT(*) AS bike_count FROM bikes WHERE bell = 'yes' AND basket = 'yes'")
        #expect(
            try Self.sql("How many bikes have a basket and a bell?")
                == "SELECT COUNT(*) AS bike_count FROM bikes WHERE basket = 'yes' AND bell = 'yes'")
    }

    @Test func aNegatedConditionKeepsItsPlace() throws {
        #expect(
            try Self.sql("How many bikes have no kickstand but a bell?")
                == "SELECT COUNT(*) AS bike_count FROM bikes WHERE kickstand = 'no' AND bell = 'yes'")
        #expect(
            try Self.sql("How many bikes have a bell but no kickstand?")
                == "SELECT COUNT(*) AS bike_count FROM bikes WHERE bell = 'yes' AND kickstand = 'no'")
    }

    /// Four columns: an order from hashing matches the question's by chance once in 24.
    @Test func fourConditionsFollowTheQuestion() throws {
        #expect(
            try Self.sql("How many bikes have mudguards, a kickstand, a basket and a bell?")
                == "SELECT COUNT(*) AS bike_count FROM bikes WHERE mudguards = 'yes' AND kickstand = 'yes' AND basket = 'yes' AND bell = 'yes'")
    }
}
