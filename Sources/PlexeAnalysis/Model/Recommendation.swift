import PlexeFoundation

/// Advice that follows from the insights: the reference's top-level `recommendations` entry
/// (`{"type", "message", "importance"}`).
public struct Recommendation: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case preprocessing
        case featureEngineering = "feature_engineering"
        case modeling
        case dataQuality = "data_quality"
    }

    public var kind: Kind
    public var message: String
    public var importance: Priority

    public init(kind: Kind, message: String, importance: Priority) {
        self.kind = kind
        self.message = message
        self.importance = importance
    }

    /// `{"type", "message", "importance"}`
    public var json: JSON {
        ["type": .string(kind.rawValue), "message": .string(message), "importance": .string(importance.rawValue)]
    }
}

extension Array where Element == Recommendation {
    /// The reference's top-level `recommendations` array.
    public var json: JSON { .array(map(\.json)) }
}
