import Foundation

/// The hand-over between the thread that parses the file into `RowBatch`es and the thread that
/// inserts them into SQLite: a small fixed pool of batches circulates, so at most
/// `poolSize` batches exist and memory stays flat.
///
/// A condition variable rather than async/await: both sides are tight loops on dedicated threads
/// (the caller's worker thread and one parser thread), with nothing to suspend for but each other.
final class BatchChannel: @unchecked Sendable {
    private let condition = NSCondition()
    private var free: [RowBatch]
    private var filled: [RowBatch] = []
    private var producerFinished = false
    private var producerError: (any Error)?
    private var cancelled = false

    init(columnCount: Int, rowsPerBatch: Int, poolSize: Int = 4) {
        free = (0..<poolSize).map { _ in RowBatch(columnCount: columnCount, rowCapacity: rowsPerBatch) }
    }

    /// Runs `produce` on a new thread, which fills batches taken with `takeEmpty()` and sends
    /// them; its return or error ends the stream.
    func startProducer(named name: String, _ produce: @escaping @Sendable (BatchChannel) throws -> Void) {
        let thread = Thread { [self] in
            do {
                try produce(self)
                finish(error: nil)
            } catch {
                finish(error: error)
            }
        }
        thread.name = name
        thread.start()
    }

    // MARK: Producer side

    /// An empty batch to fill, or nil when the consumer gave up.
    func takeEmpty() -> RowBatch? {
        condition.lock()
        defer { condition.unlock() }
        while free.isEmpty && !cancelled { condition.wait() }
        if cancelled { return nil }
        let batch = free.removeLast()
        batch.reset()
        return batch
    }

    func send(_ batch: RowBatch) {
        condition.lock()
        filled.append(batch)
        condition.broadcast()
        condition.unlock()
    }

    /// The producer is done (with the error that stopped it, if any).
    private func finish(error: (any Error)?) {
        condition.lock()
        producerFinished = true
        producerError = error
        condition.broadcast()
        condition.unlock()
    }

    // MARK: Consumer side

    /// The next filled batch; nil once the producer finished and everything was taken. Rethrows
    /// the producer's error.
    func takeFilled() throws -> RowBatch? {
        condition.lock()
        defer { condition.unlock() }
        while filled.isEmpty && !producerFinished { condition.wait() }
        if !filled.isEmpty { return filled.removeFirst() }
        if let producerError { throw producerError }
        return nil
    }

    func recycle(_ batch: RowBatch) {
        condition.lock()
        free.append(batch)
        condition.broadcast()
        condition.unlock()
    }

    /// The consumer failed: stop the producer and wait until it has finished.
    func cancelAndWait() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        while !producerFinished { condition.wait() }
        condition.unlock()
    }
}
