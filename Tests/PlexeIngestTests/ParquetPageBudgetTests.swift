import Testing
@testable import PlexeIngest

/// The page buffers of a Parquet pass share one budget, so a file cannot declare its way
/// past the process's memory with huge pages in many columns.
@Suite struct ParquetPageBudgetTests {
    @Test func buffersChargeTheirBytesAndGiveThemBack() throws {
        let budget = ParquetPageBudget(limit: 1 << 20)
        do {
            let a = try GrowableBuffer(capacity: 1 << 12, budget: budget)
            let b = try GrowableBuffer(capacity: 1 << 12, budget: budget)
            #expect(budget.used == 2 << 12)
            try a.reserve(600 << 10)
            #expect(budget.used == (600 << 10) + (1 << 12))
            // The second buffer cannot take what is left past the limit: the page is refused.
            #expect(throws: IngestError.self) { try b.reserve(600 << 10) }
            #expect(b.capacity == 1 << 12)
            try b.reserve(200 << 10)
        }
        #expect(budget.used == 0)
    }
}
