/// How much a finding or a recommendation matters.
///
/// The reference names it `severity` on an insight and `importance` on a recommendation; both
/// use the same three words, so one type serves both and they sort together (most pressing
/// first).
public enum Priority: String, Sendable, Codable, CaseIterable, Comparable {
    case low
    case medium
    case high

    private var rank: Int {
        switch self {
        case .low: return 0
        case .medium: return 1
        case .high: return 2
        }
    }

    public static func < (lhs: Priority, rhs: Priority) -> Bool { lhs.rank < rhs.rank }
}
