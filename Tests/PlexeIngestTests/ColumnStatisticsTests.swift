import PlexeFoundation
import Testing

@testable import PlexeIngest

@Suite("Column statistics")
struct ColumnStatisticsTests {
    @Test("nullable, null count, unique and distinct values")
    func basics() throws {
        let ingested = try ingest(
            """
            id,plan,score,flag,when
            1,basic,10,true,2024-01-02
            2,premium,,TRUE,2024-01-01
            3,basic,9,false,
            4,,10,False,2024-01-02

            """)
        let id = try #require(ingested.column("id"))
        #expect(id.unique && !id.nullable && id.nullCount == 0)
        #expect(id.distinctValues == ["1", "2", "3", "4"])
        let plan = try #require(ingested.column("plan"))
        #expect(!plan.unique && plan.nullable && plan.nullCount == 1)
        #expect(plan.distinctValues == ["basic", "premium"])
        let score = try #require(ingested.column("score"))
        #expect(!score.unique && score.nullCount == 1)
        #expect(score.distinctValues == ["9", "10"])  // numeric order
        let flag = try #require(ingested.column("flag"))
        #expect(flag.type == .boolean && !flag.unique)
        #expect(flag.distinctValues == ["false", "true"])  // as the type reads them
        let when = try #require(ingested.column("when"))
        #expect(when.type == .date && !when.unique && when.nullCount == 1)
        #expect(when.distinctValues == ["2024-01-01", "2024-01-02"])
    }

    @Test("distinct values stop at 50")
    func distinctLimit() throws {
        let fifty = try ingest("v\n" + (1...50).map { "v\($0)" }.joined(separator: "\n"))
        #expect(fifty.column("v")?.distinctValues?.count == 50)
        let fiftyOne = try ingest("v\n" + (1...51).map { "v\($0)" }.joined(separator: "\n"))
        #expect(fiftyOne.column("v")?.distinctValues == nil)
        #expect(fiftyOne.column("v")?.unique == true)
    }

    @Test("long texts are not categories, and long repeated texts are still found")
    func longTexts() throws {
        let long = String(repeating: "x", count: 2000)
        let ingested = try ingest("v,w\n\(long)1,a\n\(long)2,a\n\(long)1,b\n")
        #expect(ingested.column("v")?.distinctValues == nil)
        #expect(ingested.column("v")?.unique == false)
        #expect(ingested.column("w")?.distinctValues == ["a", "b"])
        let distinct = try ingest("v\n" + (0..<300).map { "\(long)\($0)" }.joined(separator: "\n"))
        #expect(distinct.column("v")?.unique == true)
    }

    @Test("uniqueness compares values by the column's type")
    func uniquenessByType() throws {
        // As floats 1.5 and 1.50 are one value; as strings (a text value in the column) two.
        let floats = try ingest("v\n1.5\n1.50\n2\n")
        #expect(floats.column("v")?.type == .float)
        #expect(floats.column("v")?.unique == false)
        #expect(floats.column("v")?.distinctValues == ["1.5", "2.0"])
        let strings = try ingest("v\n1.5\n1.50\nabc\n")
        #expect(strings.column("v")?.unique == true)
        // An integer and an integral float are one value in a float column.
        #expect(try ingest("v\n5\n5.0\n").column("v")?.unique == false)
        // Booleans in different cases are one value.
        #expect(try ingest("v\ntrue\nTRUE\n").column("v")?.unique == false)
        #expect(try ingest("v\ntrue\nTRUE\nmaybe\n").column("v")?.unique == true)
        // NULLs never repeat.
        #expect(try ingest("a,b\n1,x\n,y\n,z\n").column("a")?.unique == true)
    }

    @Test("uniqueness is exact on a column past the distinct-value tracker, with a repeat far apart")
    func uniquenessLargeColumn() throws {
        var values = (0..<30_000).map { "id-\($0)" }
        #expect(try ingest("v\n" + values.joined(separator: "\n")).column("v")?.unique == true)
        values.append("id-3")
        #expect(try ingest("v\n" + values.joined(separator: "\n")).column("v")?.unique == false)
    }

    @Test("without memory for hash sets nor spill files, uniqueness falls back to an exact SQL check", arguments: [0, 8 * 1024, 64 * 1024])
    func sqlFallback(budget: Int) throws {
        var rows = (0..<20_000).map { "\($0),k\($0),\($0 % 3)" }
        let unique = try ingest("a,b,c\n" + rows.joined(separator: "\n"), uniquenessMemoryBudget: budget, spillsKeys: false)
        #expect(unique.table.columns.map(\.unique) == [true, true, false])
        rows.append("19999,k5,1")
        let repeated = try ingest("a,b,c\n" + rows.joined(separator: "\n"), uniquenessMemoryBudget: budget, spillsKeys: false)
        #expect(repeated.table.columns.map(\.unique) == [false, false, false])
    }

    @Test("past the memory budget, keys spill to a file and stay exact", arguments: [0, 8 * 1024, 64 * 1024])
    func spilledKeys(budget: Int) throws {
        var rows = (0..<20_000).map { "\($0),k\($0),\($0).5" }
        let unique = try ingest("a,b,c\n" + rows.joined(separator: "\n"), uniquenessMemoryBudget: budget)
        #expect(unique.table.columns.map(\.unique) == [true, true, true])
        rows.append("19999,k5,7.50")
        let repeated = try ingest("a,b,c\n" + rows.joined(separator: "\n"), uniquenessMemoryBudget: budget)
        #expect(repeated.table.columns.map(\.unique) == [false, false, false])
        // 7.5 (row 7) and 7.50 (the last row) are one float; as text they differ.
        rows[rows.count - 1] = "20000,k20000,7.50x"
        let asText = try ingest("a,b,c\n" + rows.joined(separator: "\n"), uniquenessMemoryBudget: budget)
        #expect(asText.table.columns.map(\.unique) == [true, true, true])
    }

    @Test("a key spill finds repeated keys in memory-sized partitions")
    func keySpillPartitions() throws {
        let file = try TemporaryFile("")
        let spill = try KeySpill(directory: file.directory, sortMemory: 64 * 1024)
        var keys = (0..<100_000).map { ValueKey.integerKey(Int64($0)) }
        keys.append(keys[77])
        keys.append(keys[99_999])
        try keys.withUnsafeBufferPointer { try spill.append($0.baseAddress!, count: $0.count) }
        #expect(Set(try spill.repeatedKeys(limit: 8)) == [keys[77], keys[99_999]])
        #expect(try spill.repeatedKeys(limit: 1).count == 1)
    }

    @Test("a key candidate that is a hash collision is not a repeat")
    func keyCandidateCollision() throws {
        let key = FingerprintSet.normalized(ValueKey.of(Array("x1".utf8).withUnsafeBytes { UnsafeRawBufferPointer($0) }))
        let verifier = CandidateVerifier(candidates: [], keys: [key], format: .string)
        Array("x1".utf8).withUnsafeBytes { verifier.observe(text: $0, typed: .text(Array("x1".utf8))) }
        #expect(!verifier.foundRepeat)
        Array("x1".utf8).withUnsafeBytes { verifier.observe(text: $0, typed: .text(Array("x1".utf8))) }
        #expect(verifier.foundRepeat)
    }

    @Test("a hash collision is a candidate, never a verdict")
    func collisionsAreVerified() throws {
        // Feed distinct texts under one forced key: every one after the first is a candidate.
        let budget = MemoryBudget(limit: 1 << 20)
        let tracker = UniquenessTracker(budget: budget)
        for text in ["alpha", "beta", "gamma"] {
            _ = Array(text.utf8).withUnsafeBytes { tracker.observe($0, key: 42) }
        }
        tracker.flush()
        #expect(tracker.candidates.map { String(decoding: $0, as: UTF8.self) } == ["beta", "gamma"])
        #expect(tracker.sawEveryValue && !tracker.hasCertainRepeat)
        // The load pass counts the candidates exactly: each occurs once, so no repeat.
        let verifier = CandidateVerifier(candidates: tracker.candidates, keys: [], format: .string)
        for text in ["alpha", "beta", "gamma"] { verifier.observe(.text(Array(text.utf8))) }
        #expect(!verifier.foundRepeat)
        verifier.observe(.text(Array("beta".utf8)))
        #expect(verifier.foundRepeat)
    }

    @Test("the fingerprint set grows and answers exactly for distinct hashes")
    func fingerprintSet() throws {
        let budget = MemoryBudget(limit: 1 << 22)
        let set = try #require(FingerprintSet(budget: budget))
        var hashes = (0..<100_000).map { ValueKey.integerKey(Int64($0)) }
        hashes.append(hashes[500])
        var present: [Int] = []
        let outcome = hashes.withUnsafeBufferPointer { set.insert($0.baseAddress!, count: $0.count) { present.append($0) } }
        #expect(outcome == .inserted)
        #expect(present == [100_000])
        #expect(budget.used <= 1 << 22)
        let small = MemoryBudget(limit: 16 * 1024)
        let tight = try #require(FingerprintSet(budget: small))
        let over = hashes.withUnsafeBufferPointer { tight.insert($0.baseAddress!, count: $0.count) { _ in } }
        guard case .overBudget(let processed) = over else {
            Issue.record("expected over budget")
            return
        }
        #expect(processed > 0 && processed < hashes.count)
    }
}
