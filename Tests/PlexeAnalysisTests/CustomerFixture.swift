import Foundation
import PlexeFoundation
import PlexeTestSupport

/// A small customers table shaped like the generator's (`gen_dataset.py`): an identifier,
/// repeated names, ages with gaps, dates, a zero-heavy count, a skewed value with rare
/// outliers, an imbalanced churn flag whose `last_purchase` gaps fall mostly on churners,
/// 15 countries (more than the 10 listed), three plans and a referral source with gaps.
struct CustomerFixture {
    static let columns: [(String, ColumnType)] = [
        ("customer_id", .string), ("name", .string), ("age", .integer), ("signup_date", .date),
        ("last_purchase", .date), ("purchase_count", .integer), ("lifetime_value", .float),
        ("churn", .boolean), ("country", .string), ("plan_type", .string), ("referral_source", .string),
    ]
    static let countries = ["US", "CA", "UK", "DE", "FR", "AU", "IN", "BR", "MX", "JP", "NL", "ES", "IT", "SE", "PL"]

    let rows: [[SQLiteValue]]

    init(count: Int, seed: UInt64 = 42) {
        var random = SeededRandom(seed: seed)
        let first = ["Ann", "Bob", "Cleo", "Dan", "Eve", "Finn", "Gus", "Hana", "Ivo", "Jo", "Kai", "Lea", "Max", "Noa", "Ola"]
        let last = ["Smith", "Lee", "Garcia", "Kim", "Novak", "Rossi", "Chen", "Dubois"]
        let start = Int(foundationDayNumber("2018-01-01"))
        let days = DayFormatter()
        var rows: [[SQLiteValue]] = []
        for i in 0..<count {
            let planDraw = random.unit()
            let plan = planDraw < 0.6 ? "basic" : (planDraw < 0.95 ? "premium" : "enterprise")
            let churn = random.chance(plan == "basic" ? 0.2 : (plan == "premium" ? 0.12 : 0.05))
            let age: SQLiteValue = random.chance(0.04) ? .null : .integer(Int64(min(85, max(18, Int((41 + 13 * random.normal()).rounded())))))
            let signup = start + random.int(0...2000)
            let purchases = random.chance(churn ? 0.4 : 0.03) ? 0 : min(50, max(1, Int(exp(1.8 + 0.7 * random.normal()))))
            let lastPurchase: SQLiteValue = purchases == 0 ? .null : .text(days.string(signup + random.int(0...(churn ? 300 : 900))))
            var value = purchases == 0 ? 0 : Double(purchases) * exp(3.5 + 0.4 * random.normal())
            if purchases > 0, random.chance(0.002) { value = 20_000 + 40_000 * random.unit() }
            value = (value * 100).rounded() / 100
            let countryDraw = random.unit()
            let country = Self.countries[min(14, Int(pow(countryDraw, 2.2) * 15))]
            let referralDraw = random.unit()
            let referral: SQLiteValue =
                referralDraw < 0.05
                ? .null
                : .text(referralDraw < 0.4 ? "search" : (referralDraw < 0.65 ? "referral" : (referralDraw < 0.85 ? "ads" : "social")))
            rows.append([
                .text(String(format: "C%05d", i + 1)),
                .text("\(first[random.int(0...14)]) \(last[random.int(0...7)])"),
                age,
                .text(days.string(signup)),
                lastPurchase,
                .integer(Int64(purchases)),
                .real(value),
                .integer(churn ? 1 : 0),
                .text(country),
                .text(plan),
                referral,
            ])
        }
        self.rows = rows
    }

    func column(_ name: String) -> [SQLiteValue] {
        let index = Self.columns.firstIndex { $0.0 == name }!
        return rows.map { $0[index] }
    }
}

/// `YYYY-MM-DD` of a day number, by Foundation.
struct DayFormatter {
    private let formatter: DateFormatter

    init() {
        formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
    }

    func string(_ dayNumber: Int) -> String {
        formatter.string(from: Date(timeIntervalSince1970: Double(dayNumber) * 86_400))
    }
}
