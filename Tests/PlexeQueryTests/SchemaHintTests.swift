import Foundation
import PlexeFoundation
import Testing

@testable import PlexeQuery

@Suite struct SchemaHintTests {
    static func penguins() throws -> TestDatabase {
        try TestDatabase(
            sql: """
                CREATE TABLE penguins (species TEXT, island TEXT, bill_length_mm REAL, "body mass g" INTEGER);
                CREATE TABLE islands (island TEXT, area_km2 REAL);
                CREATE TABLE plexe_text_values (table_name TEXT NOT NULL, column_name TEXT NOT NULL, value TEXT NOT NULL);
                """)
    }

    func message(_ sql: String, on data: TestDatabase) -> String? {
        do {
            _ = try QueryEngine().run(sql: sql, databasePath: data.path, limits: QueryLimits())
            return nil
        } catch {
            #expect(error.kind == .syntax)
            return error.message
        }
    }

    @Test func anUnknownTableNamesTheClosestAndListsWhatExists() throws {
        let data = try Self.penguins()
        let text = try #require(message("SELECT * FROM penguin", on: data))
        #expect(
            text
                == "no such table: penguin — did you mean `penguins`? Tables and their columns: penguins (species, island, bill_length_mm, body mass g); islands (island, area_km2)."
        )
        // The server's own table is not the user's to see.
        #expect(!text.contains("plexe_text_values"))
    }

    @Test func anUnknownColumnNamesTheClosestWhateverTheQualifier() throws {
        let data = try Self.penguins()
        let text = try #require(message("SELECT p.specie FROM penguins AS p", on: data))
        #expect(text.hasPrefix("no such column: p.specie — did you mean `species (in penguins)`?"))
        #expect(text.hasSuffix("Tables and their columns: penguins (species, island, bill_length_mm, body mass g); islands (island, area_km2)."))
        // A column that needs quoting is suggested quoted, as it must be written.
        let quoted = try #require(message("SELECT body_mass_g FROM penguins", on: data))
        #expect(quoted.contains("did you mean `\"body mass g\" (in penguins)`?"), "\(quoted)")
        // A column in two tables is suggested once, with both.
        let shared = try #require(message("SELECT islnd FROM penguins", on: data))
        #expect(shared.contains("did you mean `island (in penguins, islands)`?"), "\(shared)")
    }

    @Test func aWildGuessGetsTheListButNoSuggestion() throws {
        let data = try Self.penguins()
        let text = try #require(message("SELECT * FROM zebras", on: data))
        #expect(
            text
                == "no such table: zebras. Tables and their columns: penguins (species, island, bill_length_mm, body mass g); islands (island, area_km2)."
        )
        // Other compile errors keep SQLite's words alone.
        let syntax = try #require(message("SELEC * FROM penguins", on: data))
        #expect(syntax == "near \"SELEC\": syntax error")
    }

    @Test func closestPrefersTheNearestTier() {
        #expect(SchemaHint.closest(to: "customer", among: ["customers", "transactions"]) == ["customers"])
        #expect(SchemaHint.closest(to: "amuont", among: ["amount", "account"]) == ["amount"])
        #expect(SchemaHint.closest(to: "x", among: ["amount"]) == [])
        #expect(SchemaHint.editDistance(Array("abcd"), Array("abdc")) == 1)
        #expect(SchemaHint.editDistance(Array("kitten"), Array("sitting")) == 3)
    }
}
