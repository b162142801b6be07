/// The bounds one query runs within.
///
/// The API layer validates what a user asked for (`max_results` 1…10000) and answers 422 for
/// anything else; the engine clamps again so that no caller can ask it for an unbounded
/// result by mistake.
public struct QueryLimits: Sendable, Equatable {
    /// The range the API reference allows for `max_results`.
    public static let allowedMaxRows = 1...10_000
    /// The reference's "maximum query result size": 100 MB (MB = 2^20 bytes, as GB = 2^30 in
    /// the contract).
    public static let defaultMaxResultBytes = 100 * 1024 * 1024
    /// The contract's default time limit (`PLEXE_QUERY_TIMEOUT_MS`).
    public static let defaultTimeout = Duration.seconds(10)
    /// SQLite memory one query may hold at once (`PLEXE_QUERY_MEMORY_BYTES`): enough for
    /// sorts and groupings, which spill to temporary files past SQLite's cache size (2 MB),
    /// and for any one value an upload stores; far from what a few queries at once could
    /// take from the process.
    public static let defaultMaxMemoryBytes = 16 * 1024 * 1024

    /// At most this many rows come back; `truncated` tells whether more existed.
    public var maxRows: Int
    /// The result is cut (and `truncated` set) before its estimated JSON size passes this.
    public var maxResultBytes: Int
    /// The statement is stopped once it has run this long.
    public var timeout: Duration
    /// The statement fails (`QueryError.Kind.tooMuchMemory`) when SQLite would need more
    /// memory than this to compile or run it.
    public var maxMemoryBytes: Int

    public init(
        maxRows: Int = 100, maxResultBytes: Int = QueryLimits.defaultMaxResultBytes, timeout: Duration = QueryLimits.defaultTimeout,
        maxMemoryBytes: Int = QueryLimits.defaultMaxMemoryBytes
    ) {
        self.maxRows = min(max(maxRows, Self.allowedMaxRows.lowerBound), Self.allowedMaxRows.upperBound)
        self.maxResultBytes = max(maxResultBytes, 0)
        self.timeout = max(timeout, .zero)
        self.maxMemoryBytes = max(maxMemoryBytes, 1 << 20)
    }

    /// The time limit in whole milliseconds, as it is reported to users.
    public var timeoutMilliseconds: Int {
        let (seconds, attoseconds) = timeout.components
        return Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000)
    }
}
