import Foundation
import Synchronization

/// Sliding-window limits: at most `limit` events per key (a query session, a user) in
/// `window` seconds. Kept in memory, per process: a restart forgiving a minute of history is
/// harmless. With several nodes (README, "Several machines") each node has its own windows;
/// the front nginx sends all of a token's requests to one node while it is up, so a token
/// meets its limits as with one node, and a user may reach N nodes × the limit only with
/// tokens that hash to different nodes (or for one window after its node fails).
final class RateLimiter: Sendable {
    let window: Double
    private let events: Mutex<[String: [Double]]>

    init(window: Double) {
        self.window = window
        self.events = Mutex([:])
    }

    /// One limit an event counts against; `scope` names it for people ("per session").
    struct Quota {
        var key: String
        var limit: Int
        var scope: String
    }

    struct Decision {
        var allowed: Bool
        /// Every quota the event was checked against, for `RateLimit-Policy`.
        var quotas: [Quota]
        /// The quota the `RateLimit` header describes: the one that refused (the longest
        /// wait if several did), else the one with the fewest events left.
        var binding: Quota
        var remaining: Int
        /// Seconds until the binding quota's oldest event leaves the window.
        var resetAfter: Int
    }

    /// Records an event against every quota if all of them allow it, and against none
    /// otherwise: a refused query must not use up the session's or the user's allowance.
    func take(_ quotas: [Quota], now: Double = Date().timeIntervalSince1970) -> Decision {
        precondition(!quotas.isEmpty)
        return events.withLock { all in
            var lists = quotas.map { quota in all[quota.key, default: []].filter { $0 > now - window } }
            func reset(_ list: [Double]) -> Int { list.first.map { max(1, Int(($0 + window - now).rounded(.up))) } ?? Int(window) }
            let refused = quotas.indices.filter { lists[$0].count >= quotas[$0].limit }
            let worst = refused.max { reset(lists[$0]) < reset(lists[$1]) }
            if worst == nil {
                for i in lists.indices { lists[i].append(now) }
            }
            for (quota, list) in zip(quotas, lists) { all[quota.key] = list }
            if all.count > 10_000 { all = all.filter { !$0.value.isEmpty && $0.value.last! > now - window } }
            if let worst {
                return Decision(allowed: false, quotas: quotas, binding: quotas[worst], remaining: 0, resetAfter: reset(lists[worst]))
            }
            let tightest = quotas.indices.min { quotas[$0].limit - lists[$0].count < quotas[$1].limit - lists[$1].count }!
            let list = lists[tightest]
            return Decision(
                allowed: true, quotas: quotas, binding: quotas[tightest], remaining: quotas[tightest].limit - list.count,
                resetAfter: list.count == 1 ? Int(window) : reset(list))
        }
    }

    /// The IETF `RateLimit-Policy` / `RateLimit` header pair for a decision: every policy,
    /// and the state of the binding one.
    func headers(_ decision: Decision) -> [(String, String)] {
        [
            ("RateLimit-Policy", decision.quotas.map { "\($0.limit);w=\(Int(window));comment=\"\($0.scope)\"" }.joined(separator: ", ")),
            ("RateLimit", "limit=\(decision.binding.limit), remaining=\(decision.remaining), reset=\(decision.resetAfter)"),
        ]
    }

    /// The same pair for a quota on a count rather than a rate (active sessions, running
    /// queries…): no window, and `reset` is when a place should free up.
    static func countHeaders(limit: Int, scope: String, resetAfter: Int) -> [(String, String)] {
        [
            ("RateLimit-Policy", "\(limit);comment=\"\(scope)\""),
            ("RateLimit", "limit=\(limit), remaining=0, reset=\(resetAfter)"),
        ]
    }
}
