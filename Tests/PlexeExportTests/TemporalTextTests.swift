import Foundation
import Testing

@testable import PlexeExport

@Suite struct TemporalTextTests {
    private func days(_ text: String) -> Int32? {
        Array(text.utf8).withUnsafeBytes { TemporalText.days($0) }
    }

    private func micros(_ text: String) -> Int64? {
        Array(text.utf8).withUnsafeBytes { TemporalText.microseconds($0) }
    }

    @Test func dates() {
        #expect(days("1970-01-01") == 0)
        #expect(days("1970-01-02") == 1)
        #expect(days("1969-12-31") == -1)
        #expect(days("2000-02-29") == 11_016)
        #expect(days("2024-06-30") == 19_904)
        #expect(days("0001-01-01") == -719_162)
        #expect(days("9999-12-31") == 2_932_896)
        for bad in ["2023-02-29", "2024-13-01", "2024-00-10", "2024-04-31", "2024-1-01", "20240101", "2024-01-01 ", "", "abcd-ef-gh"] {
            #expect(days(bad) == nil, "\(bad) should be rejected")
        }
    }

    @Test func datetimes() {
        let base: Int64 = 1_714_564_800_000_000  // 2024-05-01T12:00:00Z
        #expect(micros("2024-05-01T12:00:00Z") == base)
        #expect(micros("2024-05-01T12:00:00") == base)
        #expect(micros("2024-05-01 12:00:00") == base)
        #expect(micros("2024-05-01t12:00z") == base)
        #expect(micros("2024-05-01T12:00") == base)
        #expect(micros("2024-05-01T12:00:00.5Z") == base + 500_000)
        #expect(micros("2024-05-01T12:00:00,123456789") == base + 123_456)
        #expect(micros("2024-05-01T14:30:00+02:30") == base)
        #expect(micros("2024-05-01T09:00:00-0300") == base)
        #expect(micros("2024-05-01T13:00:00+01") == base)
        #expect(micros("2024-05-01") == base - 12 * 3_600_000_000)
        #expect(micros("1969-12-31T23:59:59.999999Z") == -1)
        for bad in [
            "2024-05-01T", "2024-05-01T24:00:00", "2024-05-01T12:60", "2024-05-01T12:00:00.", "2024-05-01T12:00:00+", "2024-05-01T12:00:00 Z",
            "2024-05-01T12:00:00Zx", "2024-05-01X12:00",
        ] {
            #expect(micros(bad) == nil, "\(bad) should be rejected")
        }
    }
}
