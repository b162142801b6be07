import Testing

@testable import PlexeLanguage

/// The WordNet reader against the Debian files: the relations the engine relies on.
@Suite struct WordNetTests {
    @Test(.enabled(if: WordNet.shared != nil, "wordnet-base is not installed"))
    func relationsTheEngineUses() throws {
        let wordNet = try #require(WordNet.shared)
        // Synonyms across a multi-word lemma.
        #expect(wordNet.synsets("heart rate", .noun).contains { $0.words.contains("pulse") })
        // Morphology: exceptions and detachment rules.
        #expect(wordNet.baseForms("heaviest", .adjective) == ["heavy"])
        #expect(wordNet.baseForms("patients", .noun) == ["patient"])
        #expect(wordNet.baseForms("shipped", .verb).contains("ship"))
        #expect(wordNet.baseForms("xyzzyplugh", .noun).isEmpty)
        // Attribute, pertainym, derivation, gloss.
        let heavy = try #require(wordNet.synsets("heavy", .adjective).first)
        #expect(wordNet.follow(heavy).contains { $0.relation == .attribute && $0.synset.words.contains("weight") })
        let parisian = try #require(wordNet.synsets("parisian", .adjective).first)
        #expect(wordNet.follow(parisian, word: "parisian").contains { $0.relation == .pertainym && $0.word == "paris" })
        #expect(
            wordNet.synsets("computerize", .verb).contains { synset in
                wordNet.follow(synset, word: "computerize").contains { $0.relation == .derivation && $0.word == "computer" }
            })
        #expect(wordNet.synsets("weigh", .verb).first?.gloss == "have a certain weight")
        // First and last lemmas of an index file are found (the binary search's edges).
        #expect(wordNet.contains("'hood", .noun))
        #expect(wordNet.contains("zyrian", .noun))
        #expect(!wordNet.contains("zzzzzz", .noun))
    }
}
