import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// Generated SQL reads like SQL a person would write: bare identifiers unless they must be
/// quoted, aliases only when tables are joined, literal values typed like their column.
@Suite struct SQLStyleTests {
    static let shop = QuestionTranslator(
        schema: LanguageSchema(tables: [
            DatasetTable(
                filename: "Order Lines.csv", tableName: "order_lines", rowCount: 100,
                columns: [
                    ColumnInfo(name: "line id", type: .integer, nullable: false, unique: true),
                    ColumnInfo(name: "order", type: .integer, nullable: false, unique: false),
                    ColumnInfo(name: "Unit Price", type: .float, nullable: false, unique: false),
                    ColumnInfo(name: "group", type: .string, nullable: false, unique: false, distinctValues: ["toys", "tools"]),
                    ColumnInfo(name: "shipped", type: .boolean, nullable: false, unique: false, distinctValues: ["false", "true"]),
                ])
        ]))

    @Test func quotesOnlyWhatNeedsQuoting() throws {
        let sql = try SQLStyleTests.shop.translate("Average unit price by group").sql
        #expect(sql == #"SELECT "group", AVG("Unit Price") AS avg_unit_price FROM order_lines GROUP BY "group""#)
    }

    @Test func booleansAreStoredAsOneAndZero() throws {
        #expect(
            try SQLStyleTests.shop.translate("How many order lines were not shipped?").sql
                == "SELECT COUNT(*) AS order_line_count FROM order_lines WHERE shipped = 0")
    }

    @Test func valuesAreQuotedLiterals() throws {
        #expect(
            try SQLStyleTests.shop.translate("How many order lines are toys?").sql
                == "SELECT COUNT(*) AS order_line_count FROM order_lines WHERE \"group\" = 'toys'")
    }

    @Test func retailStyleMatchesWhatAPersonWrites() throws {
        let translator = try HRFixture.shared.get().translator
        #expect(
            try translator.translate("How many employees are there in each level?").sql
                == "SELECT level, COUNT(*) AS employee_count FROM employees GROUP BY level")
        #expect(
            try translator.translate("How many employees work in departments located in France?").sql
                == "SELECT COUNT(*) AS employee_count FROM employees e JOIN departments d ON d.department_id = e.department_id WHERE d.location = 'FR'"
        )
        #expect(
            try translator.translate("How many employees have no projects?").sql
                == "SELECT COUNT(*) AS employee_count FROM employees WHERE employee_id NOT IN (SELECT employee_id FROM projects)")
    }

    @Test func identifierQuotingRules() {
        #expect(!SQLIdentifier.needsQuoting("amount"))
        #expect(!SQLIdentifier.needsQuoting("plan_type2"))
        #expect(SQLIdentifier.needsQuoting("order"))
        #expect(SQLIdentifier.needsQuoting("Unit Price"))
        #expect(SQLIdentifier.needsQuoting("2024_total"))
        #expect(SQLIdentifier.sql(#"a"b"#) == #""a""b""#)
    }
}
