import Synchronization

/// The idle query connections of one dataset database.
///
/// Opening a connection reads the schema and sets up the guards; reusing one costs nothing,
/// so up to `capacity` connections are kept between queries. A query never waits for a
/// connection: when all kept ones are busy (more concurrent queries than `capacity`), it
/// opens one of its own, which is closed after use if the pool is full by then. So a slow
/// query holds only its own connection, and the number of open connections follows the
/// number of queries actually running.
final class ConnectionPool: Sendable {
    let path: String
    let capacity: Int
    /// Whether its connections hide the filter indexes (see `FilterIndexes`).
    let hidingFilterIndexes: Bool
    private let state: Mutex<State>

    private struct State {
        var idle: [QueryConnection] = []
        var isClosed = false
    }

    init(path: String, capacity: Int, hidingFilterIndexes: Bool = false) {
        self.path = path
        self.hidingFilterIndexes = hidingFilterIndexes
        self.capacity = max(capacity, 0)
        self.state = Mutex(State())
    }

    /// An idle connection, or a newly opened one.
    func checkOut() throws(QueryError) -> QueryConnection {
        if let connection = state.withLock({ $0.idle.popLast() }) {
            return connection
        }
        // Opened outside the lock: it touches the file and parses the schema.
        return try QueryConnection(path: path, hidingFilterIndexes: hidingFilterIndexes)
    }

    /// Takes a connection back after a query; it is closed instead when the pool is full or
    /// closed.
    func checkIn(_ connection: QueryConnection) {
        // A connection not kept is closed when the last reference goes, outside the lock.
        let unwanted: QueryConnection? = state.withLock { state in
            guard !state.isClosed, state.idle.count < capacity else { return connection }
            state.idle.append(connection)
            return nil
        }
        _ = unwanted
    }

    /// Closes the idle connections now, and those in use when they come back.
    func close() {
        let closing = state.withLock { state in
            state.isClosed = true
            defer { state.idle.removeAll() }
            return state.idle
        }
        _ = closing
    }

    var idleCount: Int { state.withLock { $0.idle.count } }
}
