/// Reads histogram bin labels as the edges of contiguous bins: ranges such as `"20–25"`,
/// `"20.5 - 25.0"`, `"[-5, 0)"` or `"-10--5"`; closed integer ranges `"20–24", "25–29"` (the
/// bins [20, 25), [25, 30)); and an open-ended first or last bin, `"< 20"` or `"≥ 3000"`, as
/// PlexeAnalysis writes them for outliers.
///
/// A histogram's x axis is a number line: labelled at the bin edges ("20 · 25 · 30") it reads
/// far better than a rotated "20–25" under every bar. When the labels are not such ranges, or
/// the bins do not follow one another, the renderer falls back to ordinary category labels
/// and shows the labels as given.
enum HistogramBinEdges {
    /// The `labels.count + 1` edges of the bins, in order; `nil` for the outer edge of an
    /// open-ended bin. The whole answer is `nil` when the labels do not describe contiguous
    /// ascending bins. Edges of 10^15 and more are refused too: written out in full they would
    /// be wider than the chart, and the labels as given (shortened if need be) read better.
    static func parse(_ labels: [String]) -> [Double?]? {
        var closed = labels[...]
        let openBelow = closed.first.flatMap { openBound($0, symbols: ["<", "≤"]) }
        if openBelow != nil { closed = closed.dropFirst() }
        let openAbove = closed.last.flatMap { openBound($0, symbols: [">", "≥"]) }
        if openAbove != nil { closed = closed.dropLast() }

        var ranges: [(low: Double, high: Double)] = []
        for label in closed {
            guard let numbers = numbers(in: label), numbers.count == 2, numbers[0] < numbers[1],
                numbers.allSatisfy({ abs($0) < 1e15 })
            else { return nil }
            ranges.append((numbers[0], numbers[1]))
        }
        guard let first = ranges.first, let last = ranges.last else { return nil }
        if let openBelow, !nearlyEqual(openBelow, first.low) { return nil }

        let pairs = zip(ranges, ranges.dropFirst())
        let edges: [Double]
        if pairs.allSatisfy({ nearlyEqual($0.high, $1.low) }), openAbove.map({ nearlyEqual($0, last.high) }) ?? true {
            edges = [first.low] + ranges.map(\.high)
        } else if ranges.allSatisfy({ $0.low.rounded() == $0.low && $0.high.rounded() == $0.high }),
            pairs.allSatisfy({ $1.low == $0.high + 1 }), openAbove.map({ $0 == last.high + 1 }) ?? true
        {
            // Closed integer ranges: "20–24" holds 20…24, i.e. the bin from 20 up to 25.
            edges = ranges.map(\.low) + [last.high + 1]
        } else {
            return nil
        }
        let labelled: [Double?] = edges.map(Optional.some)
        return (openBelow == nil ? [] : [nil]) + labelled + (openAbove == nil ? [] : [nil])
    }

    /// The bound of an open-ended bin label such as `"< 20"`, `"<= 20"` or `"≥ 3000"`.
    private static func openBound(_ label: String, symbols: Set<Character>) -> Double? {
        let trimmed = label.drop { $0 == " " }
        guard let symbol = trimmed.first, symbols.contains(symbol) else { return nil }
        let rest = trimmed.dropFirst().drop { $0 == "=" }
        guard let numbers = numbers(in: String(rest)), numbers.count == 1, abs(numbers[0]) < 1e15 else { return nil }
        return numbers[0]
    }

    private static func nearlyEqual(_ a: Double, _ b: Double) -> Bool {
        abs(a - b) <= max(abs(a), abs(b)) * 1e-9
    }

    /// The fewest decimals (up to 6) that show every edge within 5 % of the narrowest bin, so
    /// that 18, 21.35, 24.7 reads "18.0, 21.4, 24.7" rather than "18, 21, 25".
    static func decimals(for edges: [Double]) -> Int {
        let narrowest = zip(edges, edges.dropFirst()).map { $1 - $0 }.min() ?? 1
        for decimals in 0..<6 {
            let unit = ValueAxis.powerOfTen(-decimals)
            if edges.allSatisfy({ abs(($0 / unit).rounded() * unit - $0) <= narrowest * 0.05 }) {
                return decimals
            }
        }
        return 6
    }

    /// Every decimal number written in `text`, in order. A `-`, `+` or `−` (U+2212) is a sign
    /// only at the start or after something that is not part of a number, so `"20-25"` is 20
    /// and 25 while `"-10--5"` is −10 and −5. `nil` when a number is glued to a letter
    /// (`"Q1 2023"`, `"v2"`): such a label names something, it is not a range.
    static func numbers(in text: String) -> [Double]? {
        let scalars = Array(text.unicodeScalars)
        var numbers: [Double] = []
        var index = 0
        func isDigit(_ position: Int) -> Bool {
            position < scalars.count && ("0"..."9").contains(scalars[position])
        }
        while index < scalars.count {
            var literal = ""
            var cursor = index
            let precededByNumber = index > 0 && (isDigit(index - 1) || scalars[index - 1] == ".")
            if ["-", "+", "\u{2212}"].contains(scalars[cursor]), !precededByNumber,
                isDigit(cursor + 1) || (cursor + 2 < scalars.count && scalars[cursor + 1] == "." && isDigit(cursor + 2))
            {
                if scalars[cursor] != "+" { literal = "-" }
                cursor += 1
            }
            let digitsStart = cursor
            while isDigit(cursor) {
                literal.unicodeScalars.append(scalars[cursor])
                cursor += 1
            }
            if cursor < scalars.count, scalars[cursor] == ".", isDigit(cursor + 1) {
                literal.append(".")
                cursor += 1
                while isDigit(cursor) {
                    literal.unicodeScalars.append(scalars[cursor])
                    cursor += 1
                }
            }
            guard cursor > digitsStart else {
                index += 1
                continue
            }
            if index > 0, scalars[index - 1].properties.isAlphabetic { return nil }
            if cursor < scalars.count, scalars[cursor] == "e" || scalars[cursor] == "E" {
                var exponentCursor = cursor + 1
                var exponent = "e"
                if exponentCursor < scalars.count, scalars[exponentCursor] == "-" || scalars[exponentCursor] == "+" {
                    exponent.unicodeScalars.append(scalars[exponentCursor])
                    exponentCursor += 1
                }
                if isDigit(exponentCursor) {
                    while isDigit(exponentCursor) {
                        exponent.unicodeScalars.append(scalars[exponentCursor])
                        exponentCursor += 1
                    }
                    literal += exponent
                    cursor = exponentCursor
                }
            }
            if cursor < scalars.count, scalars[cursor].properties.isAlphabetic { return nil }
            if let number = Double(literal), number.isFinite { numbers.append(number) }
            index = cursor
        }
        return numbers
    }
}
