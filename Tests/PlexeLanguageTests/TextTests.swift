import Testing

@testable import PlexeLanguage

@Suite struct TextTests {
    @Test func tokenizerOpensContractionsAndKeepsDataWords() {
        let tokens = Tokenizer.tokenize("Customers who haven't paid by bank_transfer since 2023-03-31, over $1,000 or 'P0371'?")
        #expect(
            tokens.map(\.lower) == [
                "customers", "who", "have", "not", "paid", "by", "bank", "transfer", "since",
                "2023-03-31", ",", "over", "1,000", "or", "p0371",
            ])
        #expect(tokens[9].kind == .date)
        #expect(tokens[12].number == 1000)
        #expect(tokens[14].kind == .quoted && tokens[14].text == "P0371")
    }

    @Test func numberRangesAndWords() {
        let tokens = Tokenizer.tokenize("aged 30-40 in the top ten")
        #expect(tokens.map(\.lower) == ["aged", "30", "to", "40", "in", "the", "top", "ten"])
        #expect(tokens[7].number == 10)
    }

    @Test func singularAndStems() {
        #expect(Morphology.singular("countries") == "country")
        #expect(Morphology.singular("status") == "status")
        #expect(Morphology.singular("addresses") == "address")
        #expect(Morphology.singular("values") == "value")
        #expect(Morphology.stem("referred") == Morphology.stem("referral"))
        #expect(Morphology.stem("paid") == Morphology.stem("payment"))
        #expect(Morphology.stem("churned") == "churn")
        #expect(Morphology.stem("survivors") == Morphology.stem("survived"))
    }

    @Test func dates() {
        #expect(Tokenizer.isoDate("2023/1/5") == "2023-01-05")
        #expect(Tokenizer.isoDate("12/31/2024") == "2024-12-31")
        #expect(Tokenizer.isoDate("2023-13-01") == nil)
        #expect(CalendarDate(year: 2024, month: 2, day: 28).nextDay == CalendarDate(year: 2024, month: 2, day: 29))
        #expect(CalendarDate(year: 2023, month: 12, day: 31).nextDay == CalendarDate(year: 2024, month: 1, day: 1))
    }

    @Test func titles() {
        #expect(TitleMaker.title(for: "Plot the number of customers by plan type") == "Number of customers by plan type")
        #expect(TitleMaker.title(for: "What is the distribution of payment methods?") == "Distribution of payment methods")
        #expect(TitleMaker.title(for: "Show me a bar chart of sales by region.") == "Sales by region")
    }
}
