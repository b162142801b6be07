import Foundation
import Synchronization
import Testing

@testable import PlexeServer

@Suite struct ThreadLocalSlotTests {
    final class Box: @unchecked Sendable {
        let value: Int
        let onDeinit: @Sendable () -> Void
        init(_ value: Int, onDeinit: @escaping @Sendable () -> Void = {}) {
            self.value = value
            self.onDeinit = onDeinit
        }
        deinit { onDeinit() }
    }

    @Test func takeEmptiesAndPutFillsOnlyAnEmptySlot() {
        let slot = ThreadLocalSlot<Box>()
        #expect(slot.take() == nil)
        #expect(slot.put(Box(1)))
        #expect(!slot.put(Box(2)), "a full slot keeps what it has")
        let taken = slot.take()
        #expect(taken?.value == 1)
        #expect(slot.take() == nil, "taken objects are not handed out twice (a read inside a read)")
    }

    @Test func eachThreadHasItsOwnAndItIsReleasedWhenTheThreadEnds() {
        let slot = ThreadLocalSlot<Box>()
        #expect(slot.put(Box(1)))
        let released = DispatchSemaphore(value: 0)
        let done = DispatchSemaphore(value: 0)
        let seen = Mutex(-1)
        let thread = Thread {
            let value = slot.take()?.value ?? 0
            seen.withLock { $0 = value }
            _ = slot.put(Box(2, onDeinit: { released.signal() }))
            done.signal()
        }
        thread.start()
        done.wait()
        #expect(seen.withLock { $0 } == 0, "another thread does not see this thread's object")
        #expect(released.wait(timeout: .now() + 5) == .success, "the thread's object went with the thread")
        #expect(slot.take()?.value == 1)
    }

    @Test func theCatalogServesNestedReadsAndWrites() throws {
        let catalog = try SQLiteCatalog(
            path: FileManager.default.temporaryDirectory.appendingPathComponent("catalog-\(UUID().uuidString).sqlite").path)
        let token = try catalog.createToken(email: "nested@example.com")
        let user = try catalog.read { outer in
            let count = try outer.first("SELECT COUNT(*) AS users FROM users") { try $0.int("users") }
            // A read inside a read gets a connection of its own.
            let inner = try catalog.user(forToken: token)
            #expect(count == 1)
            return inner
        }
        #expect(user?.email == "nested@example.com")
        #expect(try catalog.user(forToken: token)?.email == "nested@example.com")
    }
}
