import Testing

@testable import PlexeModel

/// What SQL is taken from a model's answer, for the shapes models actually answer in.
@Suite struct SQLExtractorTests {
    @Test func plainStatementIsTakenWithoutItsSemicolon() {
        #expect(SQLExtractor.sql(from: "SELECT COUNT(*) FROM customers;") == "SELECT COUNT(*) FROM customers")
        #expect(
            SQLExtractor.sql(from: "  select plan_type, count(*)\nfrom customers\ngroup by plan_type\n")
                == "select plan_type, count(*)\nfrom customers\ngroup by plan_type")
    }

    @Test func firstFencedBlockWinsOverProseAndLaterBlocks() {
        let answer = """
            Sure! To count the premium customers, SELECT from customers with a filter:

            ```sql
            SELECT COUNT(*) AS n
            FROM customers
            WHERE plan_type = 'premium';
            ```

            Or, per plan:
            ```sql
            SELECT plan_type, COUNT(*) FROM customers GROUP BY plan_type
            ```
            """
        #expect(SQLExtractor.sql(from: answer) == "SELECT COUNT(*) AS n\nFROM customers\nWHERE plan_type = 'premium'")
    }

    @Test func fenceWithoutInfoStringInlineOrUnclosed() {
        #expect(SQLExtractor.sql(from: "```\nSELECT 1\n```") == "SELECT 1")
        #expect(SQLExtractor.sql(from: "Use ```SELECT name FROM t``` here.") == "SELECT name FROM t")
        #expect(SQLExtractor.sql(from: "```sqlite\nSELECT 2") == "SELECT 2", "an answer cut short keeps what it has")
        #expect(SQLExtractor.sql(from: "```SELECT\n  a FROM t\n```") == "SELECT\n  a FROM t", "SELECT on the fence line is SQL, not an info string")
    }

    @Test func reasoningIsSkipped() {
        let answer = "<think>\nThe user wants SELECT * maybe? No.\n```sql\nSELECT 0\n```\n</think>\n```sql\nSELECT age FROM customers\n```"
        #expect(SQLExtractor.sql(from: answer) == "SELECT age FROM customers")
        #expect(SQLExtractor.sql(from: "<think>SELECT 1 is tempting") == nil, "an unclosed thought never reached an answer")
    }

    @Test func bareStatementAfterProse() {
        #expect(
            SQLExtractor.sql(from: "The query is: SELECT name FROM customers WHERE age > 40; It lists names.")
                == "SELECT name FROM customers WHERE age > 40")
        #expect(
            SQLExtractor.sql(from: "Here you go:\nselect name\nfrom customers\n\nThis lists every name.") == "select name\nfrom customers",
            "a statement ends with its paragraph")
        #expect(SQLExtractor.sql(from: "Answer:\nWITH t AS (SELECT 1 AS x) SELECT x FROM t") == "WITH t AS (SELECT 1 AS x) SELECT x FROM t")
    }

    @Test func englishThatLooksLikeSQLIsNotTaken() {
        #expect(SQLExtractor.sql(from: "With the data you have, I cannot answer that.") == nil)
        #expect(SQLExtractor.sql(from: "I am not able to help with that question.") == nil)
        #expect(SQLExtractor.sql(from: "Update: the table has no such column.") == nil)
        #expect(SQLExtractor.sql(from: "") == nil)
        #expect(SQLExtractor.sql(from: "```sql\n\n```") == nil, "an empty block holds no SQL")
    }

    @Test func writesAndSecondStatementsAreLeftForTheGuard() {
        #expect(SQLExtractor.sql(from: "DELETE FROM customers") == "DELETE FROM customers")
        #expect(SQLExtractor.sql(from: "PRAGMA table_info(customers);") == "PRAGMA table_info(customers)")
        #expect(
            SQLExtractor.sql(from: "SELECT 1; DROP TABLE customers;") == "SELECT 1; DROP TABLE customers",
            "cutting after the first statement would run something the model did not answer")
        #expect(SQLExtractor.sql(from: "```sql\nSELECT 1;\nSELECT 2;\n```") == "SELECT 1;\nSELECT 2")
    }

    @Test func quotesAndCommentsDoNotEndTheStatement() {
        let sql = "SELECT 'a;b' AS s, \"odd;name\" FROM t -- the; comment\nWHERE x = 'p\n\nq'"
        #expect(SQLExtractor.sql(from: sql + "\n\nDone.") == sql)
        #expect(SQLExtractor.sql(from: "SELECT /* ; */ 1; That is all.") == "SELECT /* ; */ 1")
    }
}
