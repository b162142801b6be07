import Testing

@testable import PlexeCharts

@Suite struct ValueAxisTests {
    private func labels(_ range: ClosedRange<Double>, _ zero: ValueAxis.ZeroPolicy = .always, ticks: Int = 5) -> [String] {
        ValueAxis(range: range, zero: zero, targetTickCount: ticks).ticks.map(\.label)
    }

    @Test func roundSteps() {
        #expect(labels(0...100) == ["0", "20", "40", "60", "80", "100"])
        #expect(labels(1380...4210) == ["0", "1,000", "2,000", "3,000", "4,000", "5,000"])
        #expect(labels(0...1050) == ["0", "200", "400", "600", "800", "1,000", "1,200"])
        #expect(labels(-230...120) == ["-250", "-200", "-150", "-100", "-50", "0", "50", "100", "150"])
        #expect(labels(0.04...0.23) == ["0", "0.05", "0.10", "0.15", "0.20", "0.25"])
        #expect(labels(0...2_500_000) == ["0", "0.5M", "1.0M", "1.5M", "2.0M", "2.5M"])
        #expect(labels(0...9e9) == ["0", "2B", "4B", "6B", "8B", "10B"])
    }

    @Test func everyStepIsOneTwoOrFiveTimesAPowerOfTen() {
        for high in [3.0, 7.7, 13, 99, 101, 4321, 0.0123, 98_765_432, 1e20] {
            let axis = ValueAxis(range: 0...high, zero: .always, targetTickCount: 5)
            let ticks = axis.ticks
            #expect(ticks.count >= 3 && ticks.count <= 12, "\(high): \(ticks.map(\.label))")
            #expect(ticks.first?.fraction == 0 && ticks.last?.fraction == 1)
            #expect(Set(ticks.map(\.label)).count == ticks.count, "duplicate labels for \(high)")
            #expect(axis.fraction(of: high) <= 1 && axis.fraction(of: high) > 0.4)
        }
    }

    @Test func zeroPolicy() {
        #expect(labels(1010...1090, .whenNearby).first != "0")
        #expect(labels(1010...1090, .always).first == "0")
        #expect(labels(300...1000, .whenNearby).first == "0")
        #expect(labels(-1090 ... -1010, .whenNearby).last != "0")
    }

    @Test func flatData() {
        #expect(labels(5...5).first == "0" && labels(5...5).last == "5")
        #expect(labels(0...0) == ["0", "0.2", "0.4", "0.6", "0.8", "1.0"])
        #expect(labels(-3 ... -3).last == "0")
        let axis = ValueAxis(range: 7...7, zero: .whenNearby, targetTickCount: 5)
        #expect(axis.fraction(of: 7) == 1)
    }

    @Test func extremesStayFinite() {
        for range in [
            -Double.greatestFiniteMagnitude...Double.greatestFiniteMagnitude, 0...1.7e308,
            Double.leastNonzeroMagnitude...(Double.leastNonzeroMagnitude * 2000), 1e-300...3e-300,
        ] {
            let axis = ValueAxis(range: range, zero: .always, targetTickCount: 5)
            #expect(axis.ticks.count >= 2)
            #expect(axis.fraction(of: range.lowerBound).isFinite && axis.fraction(of: range.upperBound).isFinite)
            #expect(axis.fraction(of: range.upperBound) > 0.4)
        }
        #expect(labels(0...1.7e308) == ["0", "0.5e308", "1.0e308", "1.5e308", "2.0e308"])
        #expect(labels(0...3e-9).last == "3.0e-9")
    }
}
