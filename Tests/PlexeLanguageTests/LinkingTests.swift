import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// Words a schema does not spell out and the constructs of the second question set's classes,
/// on data shaped for them (LinkingFixture): abbreviations, WordNet links, units, nouns for the
/// rows, the value index, near keys, arithmetic, periods, charts over time and scatter charts.
/// A case passes when the generated SQL returns the rows of the SQL a person would write.
@Suite struct LinkingTests {
    typealias Case = QuestionCase

    static let clinic: [Case] = [
        // Abbreviated names, units, WordNet, nouns for the rows.
        Case(
            question: "What is the average systolic blood pressure of patients younger than 40?",
            reference: "SELECT AVG(sbp) FROM patients WHERE age < 40"),
        Case(question: "What is the average creatinine concentration?", reference: "SELECT AVG(creat) FROM patients"),
        Case(question: "What is the average heart rate?", reference: "SELECT AVG(pulse) FROM patients"),
        Case(question: "How many patients weigh less than 60 kilograms?", reference: "SELECT COUNT(*) FROM patients WHERE weight_kg < 60"),
        Case(question: "What is the average bodyTemp?", reference: "SELECT AVG(bodyTemp) FROM patients"),
        Case(question: "How many people have a sbp at or above 140?", reference: "SELECT COUNT(*) FROM patients WHERE sbp >= 140"),
        Case(question: "What is the average total cholesterol?", reference: "SELECT AVG(totchol) FROM patients"),
        Case(question: "How many people are over 40?", reference: "SELECT COUNT(*) FROM patients WHERE age > 40"),
        Case(
            question: "Which patient has the longest legs?",
            reference: "SELECT full_name, leg_length_cm FROM patients ORDER BY leg_length_cm DESC, patient_id LIMIT 1"),
        // The value index: whole values, parts of names, pertainyms of values.
        Case(question: "How many patients live in New Orleans?", reference: "SELECT COUNT(*) FROM patients WHERE city = 'New Orleans'"),
        Case(question: "How many patients come from Orleans?", reference: "SELECT COUNT(*) FROM patients WHERE city LIKE '%Orleans%'"),
        Case(question: "How many European patients are there?", reference: "SELECT COUNT(*) FROM patients WHERE continent = 'Europe'"),
        // Superlatives that ask for the row, arithmetic, groups.
        Case(
            question: "Which patient has the highest creatinine?",
            reference: "SELECT full_name, creat FROM patients ORDER BY creat DESC, patient_id LIMIT 1"),
        Case(question: "What is the difference between the highest and lowest pulse?", reference: "SELECT MAX(pulse) - MIN(pulse) FROM patients"),
        Case(question: "What is the range of weight_kg values?", reference: "SELECT MAX(weight_kg) - MIN(weight_kg) FROM patients"),
        Case(question: "What is the ratio of total totchol to total sbp?", reference: "SELECT 1.0 * SUM(totchol) / SUM(sbp) FROM patients"),
        Case(
            question: "Plot the number of patients over time",
            reference: "SELECT strftime('%Y-%m', visit_date) AS m, COUNT(*) FROM patients GROUP BY m ORDER BY m", ordered: true),
        Case(
            question: "What is the ratio of European patients to Asian patients?",
            reference: "SELECT 1.0 * SUM(continent = 'Europe') / SUM(continent = 'Asia') FROM patients"),
        Case(question: "How many donors are there?", reference: "SELECT COUNT(*) FROM patients WHERE donor = 'yes'"),
        Case(question: "Plot creat by continent", reference: "SELECT continent, AVG(creat) FROM patients GROUP BY continent"),
        Case(
            question: "Which continents have fewer than 20 cities?",
            reference: "SELECT continent FROM patients GROUP BY continent HAVING COUNT(DISTINCT city) < 20"),
    ]

    static let series: [Case] = [
        Case(question: "In how many weeks was the depth above 30?", reference: "SELECT COUNT(*) FROM depths WHERE depth_m > 30"),
        Case(
            question: "In how many years was the depth recorded?",
            reference: "SELECT COUNT(DISTINCT strftime('%Y', week)) FROM depths WHERE depth_m IS NOT NULL"),
        Case(
            question: "How much did the depth fall between 2000 and 2001?",
            reference:
                "SELECT (SELECT AVG(depth_m) FROM depths WHERE strftime('%Y', week) = '2000') - (SELECT AVG(depth_m) FROM depths WHERE strftime('%Y', week) = '2001')"
        ),
        Case(question: "When was the depth last below 15?", reference: "SELECT MAX(week) FROM depths WHERE depth_m < 15"),
        Case(
            question: "How many weeks in 2001 or later had a depth below 35?",
            reference: "SELECT COUNT(*) FROM depths WHERE week >= '2001-01-01' AND depth_m < 35"),
        Case(
            question: "How many weeks are in 2001, ignoring those without a depth value?",
            reference: "SELECT COUNT(*) FROM depths WHERE strftime('%Y', week) = '2001' AND depth_m IS NOT NULL"),
        Case(
            question: "What is the average depth in each month, over all years?",
            reference: "SELECT strftime('%m', week), AVG(depth_m) FROM depths GROUP BY 1"),
        Case(question: "Plot the depth over time", reference: "SELECT week, depth_m FROM depths ORDER BY week", ordered: true),
    ]

    static let regions: [Case] = [
        Case(
            question: "Which regions never had an amount above 650?",
            reference: "SELECT region FROM regions WHERE region_code NOT IN (SELECT region_code FROM sales WHERE amount > 650)"),
        Case(
            question: "How many regions are without any sales?",
            reference: "SELECT COUNT(*) FROM regions WHERE region_code NOT IN (SELECT region_code FROM sales)"),
        Case(question: "How many African regions are there?", reference: "SELECT COUNT(*) FROM regions WHERE continent = 'Africa'"),
        Case(
            question: "What is the average sale in Asia?",
            reference: "SELECT AVG(s.amount) FROM sales s JOIN regions r ON r.region_code = s.region_code WHERE r.continent = 'Asia'"),
        Case(
            question: "What is the total amount in Africa?",
            reference: "SELECT SUM(s.amount) FROM sales s JOIN regions r ON r.region_code = s.region_code WHERE r.continent = 'Africa'"),
    ]

    @Test(arguments: clinic)
    func clinicQuestions(_ testCase: Case) throws {
        let problem = try LinkingFixture.shared.get().clinic.check(testCase.question, testCase.reference, ordered: testCase.ordered)
        #expect(problem == nil, "\(problem ?? "")")
    }

    @Test(arguments: series)
    func seriesQuestions(_ testCase: Case) throws {
        let problem = try LinkingFixture.shared.get().series.check(testCase.question, testCase.reference, ordered: testCase.ordered)
        #expect(problem == nil, "\(problem ?? "")")
    }

    @Test(arguments: regions)
    func regionQuestions(_ testCase: Case) throws {
        let problem = try LinkingFixture.shared.get().regions.check(testCase.question, testCase.reference, ordered: testCase.ordered)
        #expect(problem == nil, "\(problem ?? "")")
    }

    @Test func chartsOverTimeAndScatter() throws {
        let fixture = try LinkingFixture.shared.get()
        let line = try fixture.series.translator.translate("Plot the depth over time")
        #expect(line.visualizationType == .lineChart)
        let scatter = try fixture.clinic.translator.translate("Plot age against weight_kg")
        #expect(scatter.resultType == .visualization && scatter.visualizationType == .scatter)
        #expect(scatter.sql == "SELECT age, weight_kg FROM patients WHERE age IS NOT NULL AND weight_kg IS NOT NULL")
        let relationship = try fixture.clinic.translator.translate("Chart the relationship between creat and sbp")
        #expect(relationship.visualizationType == .scatter && relationship.sql.hasPrefix("SELECT creat, sbp FROM patients"))
    }

    /// "over time" on a table with no date and no year is refused, not drawn as a histogram.
    @Test func overTimeNeedsATimeColumn() throws {
        let people = QuestionTranslator(
            schema: LanguageSchema(tables: [
                DatasetTable(
                    filename: "people.csv", tableName: "people", rowCount: 3,
                    columns: [
                        ColumnInfo(name: "age", type: .integer, nullable: false, unique: false)
                    ])
            ]))
        #expect(throws: TranslationError.self) { try people.translate("Plot age over time") }
        #expect(try people.translate("Plot the distribution of age").visualizationType == .histogram)
    }

    /// Words that stay unplaced keep the question refused: WordNet and the guesses never
    /// answer a question with a word left over.
    @Test func unplacedWordsStillRefuse() throws {
        let clinic = try LinkingFixture.shared.get().clinic.translator
        for question in [
            "How many patients flew to the moon?", "What is the average shoe size of patients?", "Plot the flux capacitor over time",
            "What is the ratio of patients to the moon?",
        ] {
            #expect(throws: TranslationError.self, "\(question)") { try clinic.translate(question) }
        }
    }
}
