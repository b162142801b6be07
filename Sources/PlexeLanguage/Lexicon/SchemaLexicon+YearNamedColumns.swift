/// Tables that keep the year in their column names instead of a date column: `homer86`,
/// `sal87` (a 1986 season with 1987 salaries), `Bush2004`, `Kerry2004`, `Gore2000`,
/// `pop1990`, `gdp_2010`. Each such column is a stem (`homer`, `bush`, `gdp`) and a year;
/// "in 1986" of such a table picks a column, it filters no rows (see
/// `Interpreter.readYearsOfYearNamedColumns`).
struct YearNamedColumn: Sendable, Equatable {
    /// The name without its year, letters only, lowercase (`sal87` → "sal", `gdp_2010` → "gdp").
    let stem: String
    let year: Int
    /// Whether the name writes its year in two digits (`sal87`): "in 87" may say it too.
    let twoDigits: Bool
}

extension SchemaLexicon {
    /// The widest spread of two-digit years read as years: a table's seasons lie side by side
    /// (`hits86`, `sal87`); two-digit endings farther apart are ages, sizes or percentiles
    /// (`pop15` and `pop75` — under 15 and over 75 —, `p90`, `p99`).
    private static let twoDigitYearSpread = 3

    /// The columns of `table` whose names end with a year, where the table keeps no date and
    /// no year column (a table that has one reads "in 1986" as a filter on it). Four digits
    /// from 1800 to 2100 are a year on their own (`Pop1831`); two digits only when at least
    /// two names end so and their years, read in the 1900s from 30 up and the 2000s below,
    /// lie within `twoDigitYearSpread` of each other. The stem keeps two letters or more: a
    /// single letter and digits is a code (`p95`, `q4`).
    func findYearNamedColumns(of table: Int) -> [ColumnRef: YearNamedColumn] {
        let columns = tables[table].columns
        guard !columns.contains(where: { $0.isTemporal || $0.isYearNumber || periods[$0.ref] != nil }) else { return [:] }
        var fourDigit: [ColumnRef: YearNamedColumn] = [:]
        var twoDigit: [ColumnRef: YearNamedColumn] = [:]
        for column in columns where !column.isBooleanLike {
            let name = column.name.lowercased()
            let digits = String(name.reversed().prefix(while: \.isNumber).reversed())
            let stem = String(name.dropLast(digits.count).filter(\.isLetter))
            guard stem.count >= 2, let number = Int(digits) else { continue }
            if digits.count == 4, (1800...2100).contains(number) {
                fourDigit[column.ref] = YearNamedColumn(stem: stem, year: number, twoDigits: false)
            } else if digits.count == 2 {
                twoDigit[column.ref] = YearNamedColumn(stem: stem, year: number >= 30 ? 1900 + number : 2000 + number, twoDigits: true)
            }
        }
        let years = twoDigit.values.map(\.year)
        if twoDigit.count >= 2, let low = years.min(), let high = years.max(), high - low <= SchemaLexicon.twoDigitYearSpread {
            fourDigit.merge(twoDigit) { a, _ in a }
        }
        return fourDigit
    }
}
