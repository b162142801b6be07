import Foundation
import PlexeFoundation

@testable import PlexeLanguage

/// A second, differently shaped dataset for construct tests: departments ← employees ←
/// projects, with a yes/no column (`is_active`), a date named like a verb (`hired_on`), two
/// city columns (for ambiguity), a year column, country codes and nulls. Generated
/// deterministically in memory, so the tests need no fixture files.
struct HRFixture {
    let upload: FixtureUpload
    var loader: CSVTableLoader { upload.loader }
    var translator: QuestionTranslator { upload.translator }

    /// A small linear congruential generator: the same data on every run and platform.
    private struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    static let shared: Result<HRFixture, Error> = Result { try HRFixture() }

    init() throws {
        var random = Generator(state: 2024)
        var departments = "department_id,department_name,location,budget\n"
        let names = ["Engineering", "Sales", "Marketing", "Support", "Finance"]
        let locations = ["DE", "FR", "ES", "DE", "GB"]
        for (i, name) in names.enumerated() {
            departments += "\(i + 1),\(name),\(locations[i]),\((i + 2) * 50000)\n"
        }
        var employees = "employee_id,full_name,department_id,hired_on,salary,is_active,level,home_city,work_city,birth_year\n"
        let first = ["Anna", "Ben", "Carla", "David", "Eva", "Frank", "Greta", "Hugo", "Ines", "Jonas"]
        let last = ["Meyer", "Schmidt", "Dubois", "Garcia", "Rossi", "Smith"]
        let levels = ["junior", "mid", "senior", "lead"]
        let cities = ["Berlin", "Paris", "Madrid", "London"]
        for id in 1...60 {
            let year = 2015 + random.next(9)
            let month = 1 + random.next(12)
            let day = 1 + random.next(28)
            let hired = String(format: "%04d-%02d-%02d", year, month, day)
            let salary = 30000 + random.next(900) * 100 + random.next(100)
            let active = random.next(4) == 0 ? "false" : "true"
            let birth = random.next(10) == 0 ? "" : String(1960 + random.next(40))
            employees +=
                "\(id),\(first[random.next(first.count)]) \(last[random.next(last.count)]),\(1 + random.next(5)),\(hired),\(salary).50,\(active),\(levels[random.next(4)]),\(cities[random.next(4)]),\(cities[random.next(4)]),\(birth)\n"
        }
        var projects = "project_id,employee_id,title,status,hours,started_at\n"
        let statuses = ["planned", "running", "done", "cancelled"]
        for id in 1...120 {
            let started = String(format: "%04d-%02d-%02d", 2020 + random.next(5), 1 + random.next(12), 1 + random.next(28))
            projects += "PR\(1000 + id),\(1 + random.next(50)),Project \(id),\(statuses[random.next(4)]),\(5 + random.next(20)),\(started)\n"
        }
        upload = try FixtureUpload(
            [("departments.csv", departments), ("employees.csv", employees), ("projects.csv", projects)],
            valueIndex: false)
    }

    func check(_ question: String, _ reference: String, ordered: Bool = false) throws -> String? {
        try upload.check(question, reference, ordered: ordered)
    }
}
