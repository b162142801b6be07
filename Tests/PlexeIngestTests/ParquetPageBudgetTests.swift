import PlexeFoundation
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

    /// 2,000 columns, SQLite's most, in one row group of 16 KiB pages: the load pass holds a
    /// page reader per column at once, some 2,000 × 2 page buffers. The budget is scaled down
    /// with the pages (the default 1 GiB stands to 2,000 columns of 512 KiB pages as these
    /// limits to 16 KiB pages) so that the file stays a few tens of megabytes.
    static let wideFile = #"pa.table({"c%04d" % c: pa.array([(r * 31 + c) % 100000 for r in range(2048)], pa.int64()) for c in range(2000)})"#

    @Test func twoThousandColumnsJustInsideThePageBudgetLoad() throws {
        let bytes = try ParquetIngestTests.pyarrowFile(Self.wideFile, options: #"use_dictionary=False, compression="none""#)
        let ingested = try ingest(bytes: bytes, name: "wide.parquet", parquetPageMemoryLimit: Self.wideFileLimit)
        #expect(ingested.table.columns.count == 2000 && ingested.table.rowCount == 2048)
        #expect(ingested.table.columns.last?.name == "c1999" && ingested.table.columns.allSatisfy { $0.type == .integer })
        let corner = try ingested.database.queryFirst("SELECT c0000, c1999 FROM wide WHERE rowid = 2048") { ($0.int(0), $0.int(1)) }
        #expect(corner?.0 == (2047 * 31) % 100000 && corner?.1 == (2047 * 31 + 1999) % 100000)
    }

    @Test func twoThousandColumnsJustPastThePageBudgetAreRefusedWithTheReason() throws {
        let bytes = try ParquetIngestTests.pyarrowFile(Self.wideFile, options: #"use_dictionary=False, compression="none""#)
        let error = try #require(throws: IngestError.self) {
            try ingest(bytes: bytes, name: "wide.parquet", parquetPageMemoryLimit: 36 << 20)
        }
        #expect(error.message.contains("pages need more than") && error.message.contains("fewer columns"))
    }

    /// What the 2,000 readers of `wideFile` need at once is 39.1 MiB (measured: 2,000 × a
    /// 4 KiB buffer and one grown to its 16 KiB page); this leaves a little room.
    static let wideFileLimit = 42 << 20
}
