import Foundation
import Synchronization

/// A sliding-window limit per key (a query session): at most `limit` events in `window`
/// seconds. Kept in memory: the responder is one process, and a restart forgiving a minute
/// of history is harmless.
final class RateLimiter: Sendable {
    let limit: Int
    let window: Double
    private let events: Mutex<[String: [Double]]>

    init(limit: Int, window: Double) {
        self.limit = limit
        self.window = window
        self.events = Mutex([:])
    }

    struct Decision {
        var allowed: Bool
        var remaining: Int
        /// Seconds until the oldest event leaves the window.
        var resetAfter: Int
    }

    /// Records an event for `key` if allowed.
    func take(_ key: String, now: Double = Date().timeIntervalSince1970) -> Decision {
        events.withLock { all in
            var list = all[key, default: []].filter { $0 > now - window }
            defer {
                all[key] = list
                if all.count > 10_000 { all = all.filter { !$0.value.isEmpty && $0.value.last! > now - window } }
            }
            let reset = list.first.map { max(1, Int(($0 + window - now).rounded(.up))) } ?? Int(window)
            guard list.count < limit else { return Decision(allowed: false, remaining: 0, resetAfter: reset) }
            list.append(now)
            return Decision(allowed: true, remaining: limit - list.count, resetAfter: list.count == 1 ? Int(window) : reset)
        }
    }

    /// The IETF `RateLimit-Policy` / `RateLimit` header pair for a decision.
    func headers(_ decision: Decision) -> [(String, String)] {
        [("RateLimit-Policy", "\(limit);w=\(Int(window))"),
         ("RateLimit", "limit=\(limit), remaining=\(decision.remaining), reset=\(decision.resetAfter)")]
    }
}
