import PlexeFoundation
import Testing

@testable import PlexeIngest

@Suite("Type inference")
struct TypeInferenceTests {
    /// The type inferred for one column holding `values` (one per row).
    func type(of values: [String]) throws -> ColumnType? {
        try ingest("v\n" + values.map { "\"\($0)\"" }.joined(separator: "\n") + "\n").column("v")?.type
    }

    @Test("integers", arguments: [["1", "-2", "0", "42"], ["9223372036854775807", "-9223372036854775808"], ["-0", "7"]])
    func integers(values: [String]) throws {
        #expect(try type(of: values) == .integer)
    }

    @Test(
        "a leading zero or a number beyond Int64 makes a string",
        arguments: [
            ["007", "1"], ["-007"], ["00"], ["9223372036854775808"], ["-9223372036854775809"], ["12345678901234567890123"], ["01.5"], ["+5"],
        ])
    func notIntegers(values: [String]) throws {
        #expect(try type(of: values) == .string)
    }

    @Test(
        "floats, and integers mixed with floats",
        arguments: [
            ["1.5", "-0.25"], ["1", "2.5"], ["1e6", "6.02E+23", "-1.5e-3"], [".5", "2."], ["0.0", "3"],
        ])
    func floats(values: [String]) throws {
        #expect(try type(of: values) == .float)
    }

    @Test(
        "NaN, infinities and other non-numbers are strings",
        arguments: [
            ["NaN"], ["inf"], ["-Infinity"], ["1e999"], ["1.2.3"], ["1e"], ["-"], ["."], ["0x1F"], ["1,5,5"],
        ])
    func notFloats(values: [String]) throws {
        #expect(try type(of: values) == .string)
    }

    @Test("booleans in any case, not 0/1 (yes/no and t/f: see WrittenValueTests)")
    func booleans() throws {
        #expect(try type(of: ["true", "FALSE", "True", "fAlSe"]) == .boolean)
        #expect(try type(of: ["0", "1"]) == .integer)
        #expect(try type(of: ["true", "1"]) == .string)
    }

    @Test("dates are real calendar dates")
    func dates() throws {
        #expect(try type(of: ["2024-01-05", "2024-02-29", "1999-12-31"]) == .date)
        #expect(try type(of: ["2023-02-29"]) == .string)  // not a leap year
        #expect(try type(of: ["2024-13-01"]) == .string)
        #expect(try type(of: ["2024-04-31"]) == .string)
        #expect(try type(of: ["05/01/2024"]) == .string)
        #expect(try type(of: ["2000-02-29", "1900-03-01"]) == .date)
        #expect(try type(of: ["1900-02-29"]) == .string)
    }

    @Test(
        "datetimes, and dates mixed with datetimes",
        arguments: [
            ["2024-01-05T10:30:00"], ["2024-01-05 10:30"], ["2024-01-05T10:30:00.123456Z"], ["2024-01-05T10:30:00+02:00"],
            ["2024-01-05T10:30:00-0500"], ["2024-01-05T23:59:59,5+05"], ["2024-01-05", "2024-01-06T00:00:00Z"],
        ])
    func datetimes(values: [String]) throws {
        #expect(try type(of: values) == .datetime)
    }

    @Test(
        "almost-datetimes are strings",
        arguments: [
            ["2024-01-05T25:00:00"], ["2024-01-05T10:60"], ["2024-01-05T10"], ["2024-01-05X10:30:00"], ["2024-01-05T10:30:00Zulu"],
            ["2024-01-05T10:30:00+2"], ["2024-01-05T10:30.5"],
        ])
    func notDatetimes(values: [String]) throws {
        #expect(try type(of: values) == .string)
    }

    @Test(
        "other mixes are strings",
        arguments: [["1", "true"], ["2024-01-05", "5"], ["1.5", "2024-01-05T10:00"], ["true", "2024-01-05"], ["1", "x"]])
    func mixes(values: [String]) throws {
        #expect(try type(of: values) == .string)
    }

    @Test("empty values are NULL and do not affect the type; an all-empty column is a nullable string")
    func emptyValues() throws {
        let ingested = try ingest("a,b,c\n1,,\n,,x\n3,,\n")
        #expect(ingested.column("a")?.type == .integer)
        #expect(ingested.column("a")?.nullable == true)
        #expect(ingested.column("b")?.type == .string)
        #expect(ingested.column("b")?.nullable == true)
        #expect(ingested.column("b")?.nullCount == 3)
        #expect(ingested.column("c")?.type == .string)
    }

    @Test("every value counts, not a sample: one string at the end of a long column")
    func lastValueCounts() throws {
        let values = (0..<50_000).map(String.init) + ["x"]
        let ingested = try ingest("v\n" + values.joined(separator: "\n"))
        #expect(ingested.column("v")?.type == .string)
        #expect(try ingested.storageClasses("v").allSatisfy { $0 == "text" })
    }

    @Test("the classifier on its own")
    func classifier() {
        func classOf(_ s: String) -> ValueClass {
            Array(s.utf8).withUnsafeBytes { ValueClass.of($0) }
        }
        #expect(classOf("0") == .integer)
        #expect(classOf("-12") == .integer)
        #expect(classOf("12.") == .float)
        #expect(classOf("TRUE") == .boolean)
        #expect(classOf("truex") == .string)
        #expect(classOf("2024-02-29") == .date)
        #expect(classOf("2024-02-29T00:00") == .datetime)
    }
}
