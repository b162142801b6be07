import PlexeFoundation

/// A constant in generated SQL.
enum SQLLiteral: Sendable, Hashable {
    case integer(Int64)
    case real(Double)
    case text(String)

    var sql: String {
        switch self {
        case .integer(let v): return String(v)
        case .real(let v):
            if v == v.rounded(), abs(v) < 1e15 { return String(Int64(v)) }
            return String(v)
        case .text(let s): return quoteLiteral(s)
        }
    }

    /// A number as the narrowest literal: `40`, not `40.0`.
    static func number(_ value: Double) -> SQLLiteral {
        if value == value.rounded(), abs(value) < 1e15 { return .integer(Int64(value)) }
        return .real(value)
    }
}
