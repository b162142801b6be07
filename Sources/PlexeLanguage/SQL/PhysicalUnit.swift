/// Units of length, weight and time, as a question writes them after a number ("6 feet", "80
/// kilograms", "20 minutes") and as a column name ends with them (`height_cm`, `load_kg`,
/// `time_secs`): what they measure and how many base units (metre, kilogram, second) one is.
///
/// This is unit knowledge WordNet does not give as numbers: a number with a unit may only be
/// compared with a column measuring the same dimension, converted to the column's unit when
/// that is known (`QueryPlanner.placeWrittenNumbers`).
struct PhysicalUnit: Sendable, Equatable {
    enum Dimension: String, Sendable {
        case length, weight, time
    }

    let dimension: Dimension
    /// Base units (metres, kilograms, seconds) in one of this unit.
    let factor: Double
    /// How the question or name wrote it.
    let spelling: String

    /// Converts `value` of this unit into `other` (same dimension).
    func convert(_ value: Double, to other: PhysicalUnit) -> Double { value * factor / other.factor }

    private static let table: [(Dimension, Double, [String], [String])] = [
        // (dimension, factor, spellings in questions and names, spellings in names only)
        (.length, 0.001, ["millimeter", "millimeters", "millimetre", "millimetres", "mm"], []),
        (.length, 0.01, ["centimeter", "centimeters", "centimetre", "centimetres", "cm"], []),
        (.length, 1, ["meter", "meters", "metre", "metres"], ["m"]),
        (.length, 1000, ["kilometer", "kilometers", "kilometre", "kilometres", "km", "kms"], []),
        (.length, 0.0254, ["inch", "inches"], ["in"]),
        (.length, 0.3048, ["foot", "feet", "ft"], []),
        (.length, 0.9144, ["yard", "yards", "yd", "yds"], []),
        (.length, 1609.344, ["mile", "miles"], ["mi"]),
        (.weight, 0.000001, ["milligram", "milligrams", "mg"], []),
        (.weight, 0.001, ["gram", "grams", "gramme", "grammes"], ["g", "gr"]),
        (.weight, 1, ["kilogram", "kilograms", "kilo", "kilos", "kg", "kgs"], []),
        (.weight, 0.45359237, ["pound", "pounds", "lb", "lbs"], []),
        (.weight, 0.028349523125, ["ounce", "ounces", "oz"], []),
        (.weight, 1000, ["tonne", "tonnes"], []),
        (.time, 0.001, ["millisecond", "milliseconds", "ms", "msec"], []),
        (.time, 1, ["second", "seconds", "sec", "secs"], ["s"]),
        (.time, 60, ["minute", "minutes", "mins"], ["min"]),
        (.time, 3600, ["hour", "hours", "hr", "hrs"], ["h"]),
    ]

    private static let byQuestionSpelling: [String: PhysicalUnit] = {
        var result: [String: PhysicalUnit] = [:]
        for (dimension, factor, spellings, _) in table {
            for spelling in spellings { result[spelling] = PhysicalUnit(dimension: dimension, factor: factor, spelling: spelling) }
        }
        return result
    }()

    private static let byNameSpelling: [String: PhysicalUnit] = {
        var result = byQuestionSpelling
        for (dimension, factor, _, nameOnly) in table {
            for spelling in nameOnly { result[spelling] = PhysicalUnit(dimension: dimension, factor: factor, spelling: spelling) }
        }
        return result
    }()

    /// The unit a question's word after a number names ("feet", "kg"); nil for other words,
    /// and for "in", "m", "s", "min", "h", which are words or ambiguous there (a column name's
    /// last word is not: `height_m`, `lap_min`). "ton" is neither: 907, 1016 or 1000 kg.
    static func written(_ word: String) -> PhysicalUnit? { byQuestionSpelling[word.lowercased()] }

    /// The unit a column's name ends with (`height_cm`, `LoadKg`, `route_mi`), from its
    /// words; nil when the last word is no unit or the name is one word (`feet` is what a
    /// column of feet is named after, not its unit: it stays unknown).
    static func ofColumn(words: [String], name: String) -> PhysicalUnit? {
        guard words.count > 1, let last = words.last?.lowercased() else { return nil }
        if let unit = byNameSpelling[last] { return unit }
        // The words are singular: "lbs" came out as "lb", "inches" as "inch" — both listed.
        return nil
    }
}
