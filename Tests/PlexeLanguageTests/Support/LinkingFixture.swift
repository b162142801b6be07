import Foundation
import PlexeFoundation

@testable import PlexeLanguage

/// Three small uploads for the words the schema does not spell out, each its own translator as
/// each would be its own upload: a clinic (abbreviated and unit-suffixed column names, a camel
/// case name, many cities in the value index), a weekly series of water depths with gaps, and regions whose
/// code repeats once (a near key) with sales along it. Generated deterministically in memory.
struct LinkingFixture {
    typealias Upload = FixtureUpload

    let clinic: Upload
    let series: Upload
    let regions: Upload

    static let shared: Result<LinkingFixture, Error> = Result { try LinkingFixture() }

    init() throws {
        let places = ["New Orleans", "Saint Paul", "Lyon", "Osaka", "Lima", "Porto", "Quito", "Kyoto", "Turin", "Cusco"]
        let continents = ["Americas", "Americas", "Europe", "Asia", "Americas", "Europe", "Americas", "Asia", "Europe", "Americas"]
        var clinic =
            "patient_id,full_name,city,continent,age,sbp,creat,pulse,weight_kg,bodyTemp,visit_date,arm_length_cm,leg_length_cm,totchol,donor\n"
        for i in 0..<60 {
            // 60 distinct cities: the ten places and numbered towns, more than ingest keeps.
            let p = i % 10
            let city = i < 10 ? places[p] : "Town \(i)"
            let date = CalendarDate(year: 2023, month: 1 + i % 12, day: 1 + i % 28).iso
            clinic +=
                "P\(100 + i),Person \(i),\(city),\(continents[p]),\(20 + (i * 7) % 60),\(90 + (i * 13) % 70),\(60 + (i * 11) % 50),"
                + "\(55 + (i * 5) % 40),\(50 + (i * 3) % 50).5,\(35 + Double((i * 17) % 40) / 10),\(date),"
                + "\(55 + (i * 19) % 30),\(80 + (i * 23) % 40),\(150 + (i * 29) % 120),\(i % 3 == 0 ? "yes" : "no")\n"
        }
        self.clinic = try Upload([("patients.csv", clinic)], valueIndex: true)

        var series = "week,depth_m\n"
        var day = CalendarDate(year: 2000, month: 1, day: 1)
        for i in 0..<110 {
            let depth = i % 9 == 4 ? "" : String(format: "%.1f", 12 + Double(i) * 0.2 + Double(i % 5))
            series += "\(day.iso),\(depth)\n"
            for _ in 0..<7 { day = day.nextDay }
        }
        self.series = try Upload([("depths.csv", series)], valueIndex: true)

        var regions = "region_code,region,continent\n"
        var sales = "region_code,year,amount\n"
        for i in 0..<30 {
            // R05 is the code of two regions (the slip a near key allows).
            let code = i == 6 ? "R05" : String(format: "R%02d", i)
            // One region's name holds a people's adjective that is not its continent's.
            regions += "\(code),\(i == 4 ? "Central African Region" : "Region \(i)"),\(i % 3 == 0 ? "Europe" : i % 3 == 1 ? "Asia" : "Africa")\n"
            guard i < 27 else { continue }  // the last three regions have no sales
            for year in 2020...2022 { sales += "\(code),\(year),\(100 + (i * 37 + year) % 60 * 10)\n" }
        }
        self.regions = try Upload([("regions.csv", regions), ("sales.csv", sales)], valueIndex: true)
    }
}
