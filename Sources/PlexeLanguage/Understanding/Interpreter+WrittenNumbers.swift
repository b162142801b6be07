/// How each number of the question was written: with a magnitude word ("50 billion", "40k")
/// or a unit of length, weight or time after it ("6 feet", "80 kg"). The planner checks the
/// conditions the numbers ended up in against the columns they compare with
/// (`QueryPlanner.placeWrittenNumbers`).
extension Interpreter {
    mutating func noteWrittenNumbers() {
        for item in items {
            guard let value = item.number, item.date == nil else { continue }
            let magnitude = item.range.compactMap { tokens[$0].magnitude }.max() ?? 1
            var unit: PhysicalUnit?
            // The unit is the word after the number: inside the item when linking joined them
            // ("6 feet" as one phrase), else the next one.
            let next = item.range.dropFirst().first { PhysicalUnit.written(tokens[$0].lower) != nil } ?? item.range.upperBound
            if next < tokens.count, let written = PhysicalUnit.written(tokens[next].lower) {
                // "60 miles per hour", "30 miles a gallon": a rate, not a length.
                let after = next + 1 < tokens.count ? tokens[next + 1].lower : ""
                if !["per", "a", "an", "/"].contains(after) { unit = written }
            }
            guard magnitude > 1 || unit != nil else { continue }
            meaning.writtenNumbers.append(
                Meaning.WrittenNumber(
                    value: value, magnitude: magnitude, unit: unit,
                    phrase: unit.map { item.range.contains(next) ? item.text : "\(item.text) \($0.spelling)" } ?? item.text)
            )
        }
    }
}
