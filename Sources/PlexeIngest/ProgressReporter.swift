/// Forwards ingest progress (0…1) to the caller's callback at most once per percent.
///
/// The first pass (reading and profiling) is given `profilingShare` of the bar, the load the
/// rest; both advance with the bytes read. A file read through a normalized copy gives the
/// copy's pass `normalizingShare` first.
final class ProgressReporter: @unchecked Sendable {
    static let profilingShare = 0.3
    static let normalizingShare = 0.25
    private let callback: @Sendable (Double) -> Void
    private var last = -1.0
    /// Where the passes over the (copied) file start on the bar.
    private var start = 0.0

    init(_ callback: @escaping @Sendable (Double) -> Void) { self.callback = callback }

    func normalizing(_ bytes: Int64, of total: Int64) {
        start = ProgressReporter.normalizingShare
        report(ProgressReporter.normalizingShare * fraction(bytes, total))
    }

    func profiling(_ bytes: Int64, of total: Int64) {
        report(start + (1 - start) * ProgressReporter.profilingShare * fraction(bytes, total))
    }

    func loading(_ bytes: Int64, of total: Int64) {
        report(start + (1 - start) * (ProgressReporter.profilingShare + (1 - ProgressReporter.profilingShare) * fraction(bytes, total)))
    }

    func finished() { report(1) }

    private func fraction(_ bytes: Int64, _ total: Int64) -> Double {
        total > 0 ? min(1, Double(bytes) / Double(total)) : 1
    }

    private func report(_ value: Double) {
        guard value >= last + 0.01 || (value == 1 && last < 1) else { return }
        last = value
        callback(value)
    }
}
