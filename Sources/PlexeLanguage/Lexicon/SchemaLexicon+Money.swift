/// Money said in a currency the columns do not name: "more than 35 shillings" of a table
/// whose `wage` carries no unit. WordNet files the currency ("shilling", "franc", "rupee")
/// under "monetary unit"; what the columns hold money in is told by their names (`wage`,
/// `price`, `salary`), not by WordNet.
extension SchemaLexicon {
    /// Column words that name an amount of money: the money verbs' columns (`VerbConcept`:
    /// spend, earn, worth — not sell, which counts units), less the words that may name an
    /// amount of anything or a verb's form ("total", "value", "amount", "sale", "spent",
    /// "paid"), with the money nouns no verb measures (rent, budget, expense).
    static let moneyColumnWords: Set<String> = {
        let money: [VerbConcept] = [.spend, .earn, .worth]
        let anyAmount: Set<String> = ["total", "value", "amount", "sale", "spent", "paid"]
        return Set(money.flatMap(\.columnWords)).subtracting(anyAmount).union(["rent", "budget", "expense", "expenditure"])
    }()

    /// Whether `word` (a plural is fine) names a currency: its first noun sense lies within
    /// two steps under WordNet's "monetary unit". Not a fractional unit ("cents", "pence":
    /// a column of money is kept in whole units as often as not, and the two readings differ
    /// a hundredfold), not a word whose first sense is another ("grand" is a thousand, "mark"
    /// a grade, "yen" a longing) and not a unit of weight ("pounds").
    static func isCurrencyName(_ word: String) -> Bool {
        guard PhysicalUnit.written(word) == nil, let wordNet = WordNet.shared,
            let base = wordNet.baseForms(word.lowercased(), .noun).first, let sense = wordNet.firstSynset(base, .noun)
        else { return false }
        let kinds = wordNet.kinds(of: sense, within: 2).dropFirst().flatMap(\.words)
        return kinds.contains("monetary unit") && !kinds.contains("fractional monetary unit")
    }

    /// The numeric columns named as amounts of money (`wage`, `weekly_pay`, `price`), when no
    /// column of the tables names the currency it is kept in (`price_usd`, `cost_eur`): a
    /// currency said in the question may then be any column's and is nobody's to guess.
    func unitlessMoneyColumns() -> [ColumnRef] {
        let currencyWords = SchemaLexicon.currencyCodes.union(["dollar", "euro", "cent", "pound", "sterling", "usd"])
        let columns = tables.flatMap(\.columns)
        guard !columns.contains(where: { $0.words.contains(where: currencyWords.contains) }) else { return [] }
        return columns.filter { column in
            column.isNumeric && !column.isBooleanLike && !column.isYearNumber && column.words.contains(where: SchemaLexicon.moneyColumnWords.contains)
        }.map(\.ref)
    }
}
