import Foundation
import Testing

@testable import PlexeFoundation

@Suite struct CivilCalendarTests {
    @Test func knownDates() {
        #expect(CivilCalendar.dayNumber(year: 1970, month: 1, day: 1) == 0)
        #expect(CivilCalendar.dayNumber(year: 2000, month: 3, day: 1) == 11_017)
        #expect(CivilCalendar.dayNumber(year: 1969, month: 12, day: 31) == -1)
        #expect(CivilCalendar.dayNumber(year: 0, month: 1, day: 1) == -719_528)
        #expect(CivilCalendar.date(dayNumber: 20_792) == (2026, 12, 5))
    }

    /// Every day of four centuries around the epoch agrees with Foundation's Gregorian
    /// calendar (UTC), both ways, including the leap-day rules of 1900 and 2000.
    @Test func agreesWithFoundationBothWays() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        for days in stride(from: Int64(-80_000), through: 80_000, by: 7) {
            let date = Date(timeIntervalSince1970: Double(days) * 86_400)
            let parts = calendar.dateComponents([.year, .month, .day], from: date)
            let civil = CivilCalendar.date(dayNumber: days)
            #expect(civil.year == Int64(parts.year!) && civil.month == parts.month! && civil.day == parts.day!)
            #expect(CivilCalendar.dayNumber(year: civil.year, month: Int64(civil.month), day: Int64(civil.day)) == days)
        }
    }

    @Test func rowidAliasAvoidsShadowingColumns() {
        func table(_ names: [String]) -> DatasetTable {
            DatasetTable(
                filename: "t.csv", tableName: "t", rowCount: 0,
                columns: names.map { ColumnInfo(name: $0, type: .string, nullable: true, unique: false) })
        }
        #expect(table(["a"]).rowidAlias == "rowid")
        #expect(table(["ROWID"]).rowidAlias == "_rowid_")
        #expect(table(["rowid", "_rowid_"]).rowidAlias == "oid")
        #expect(table(["rowid", "_rowid_", "OID"]).rowidAlias == nil)
    }
}
