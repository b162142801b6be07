/// Numbers said in whole units against columns kept in thousands or millions: "a household
/// income of at least 50 thousand dollars" of `family_income_k` is `family_income_k >= 50`,
/// "more than 2 million jobs" of `JobsK` is `JobsK > 2000`. The column's scale comes from its
/// name (`SchemaLexicon.Column.unitScale`), the number's from how it was written ("thousand",
/// "million", "40k", "40,000": `Token.magnitude`).
///
/// The number is rescaled here, once, where the column it is said of is plain from the words
/// around it; where a question names a scaled column but the number cannot be tied to a column,
/// the number is left unplaced, so the question is refused rather than compared raw.
extension Interpreter {
    mutating func rescaleScaledNumbers() {
        let namedScaled = items.indices.contains { k in
            items[k].columns.contains { $0.score >= 2 && lexicon[$0.ref].unitScale > 1 }
        }
        for i in items.indices where items[i].number != nil {
            guard let magnitude = items[i].range.compactMap({ tokens[$0].magnitude }).first, magnitude > 1,
                let value = items[i].number
            else { continue }
            if let ref = comparedColumn(ofNumberAt: i) {
                let scale = lexicon[ref].unitScale
                guard scale > 1 else { continue }
                let rescaled = value / scale
                items[i].number = rescaled
                items[i].isInteger = rescaled == rescaled.rounded() && abs(rescaled) < 1e15
                continue
            }
            // A scaled column in the question and no telling which column the number is
            // about: comparing it raw could be off by a thousand.
            if namedScaled {
                items[i].isUnknown = true
                items[i].literal = nil
            }
        }
        absorbAnswerScale()
        leaveAnswerUnitOfAScaledColumnUnplaced()
        absorbAnswerUnitOfANamedColumn()
    }

    /// "the average burst length in minutes" of `Burst length min` beside `Pause time
    /// min`: "in" and a unit after a question naming a column whose name ends in that unit only
    /// restate the column's unit. The unit word alone names both columns and would be left
    /// unplaced; here the column named elsewhere says which. Only the unit the column is kept
    /// in (the engine does not convert answers: "in seconds" of a column of minutes stays
    /// unplaced), and not of a scaled column (`leaveAnswerUnitOfAScaledColumnUnplaced`).
    private mutating func absorbAnswerUnitOfANamedColumn() {
        for i in items.indices.dropLast() {
            let u = i + 1
            guard tokens[items[i].range.lowerBound].lower == "in", items[i].range.count == 1, !items[i].used, !items[i].isSchema,
                items[u].range.count == 1, !items[u].used, tokens[items[u].range.lowerBound].kind == .word
            else { continue }
            let word = tokens[items[u].range.lowerBound].lower
            guard SchemaLexicon.scaleWords[Morphology.singular(word)] == nil, let spellings = SchemaLexicon.unitSpellings(of: word) else { continue }
            func carries(_ ref: ColumnRef) -> Bool {
                let column = lexicon[ref]
                return column.isNumeric && column.unitScale == 1 && column.words.count > 1
                    && column.words.dropFirst().contains { spellings.contains($0) }
            }
            // The unit word names nothing but columns kept in it.
            guard items[u].isUnknown || (items[u].hasColumn && items[u].columns.allSatisfy { carries($0.ref) }) else { continue }
            var named = Set<ColumnRef>()
            for k in items.indices where k != i && k != u && !items[k].used && items[k].keyword == nil {
                let numeric = items[k].columns.filter { lexicon[$0.ref].isNumeric && !lexicon[$0.ref].isBooleanLike }
                guard let best = numeric.map(\.score).max(), best >= 2, best >= items[k].bestSchemaScore else { continue }
                named.formUnion(numeric.filter { $0.score == best }.map(\.ref))
            }
            let kept = named.filter(carries)
            guard kept.count == 1, named.count == 1 else { continue }
            for k in [i, u] {
                items[k].used = true
                items[k].isUnknown = false
                items[k].schema = []
                items[k].keyword = nil
            }
        }
    }

    /// "the surface of Reed in square kilometres" of `Surface (1000 sq km)`: the unit asked
    /// for is the column's, but not its scale — the stored 12 is 12,000 square kilometres.
    /// The engine does not rescale answers, so the words are left unplaced (a refusal naming
    /// them) rather than read as the column's unit, which would answer off a thousandfold.
    /// "in thousands of square kilometres" restates the column and is absorbed above.
    private mutating func leaveAnswerUnitOfAScaledColumnUnplaced() {
        let scaledNamed = items.contains { item in item.columns.contains { $0.score >= 2 && lexicon[$0.ref].unitScale > 1 } }
        guard scaledNamed else { return }
        for i in items.indices.dropLast() {
            guard tokens[items[i].range.lowerBound].lower == "in", items[i].range.count == 1, !items[i].isSchema else { continue }
            // The unit may be one item ("square kilometres" named as the column) or two.
            var k = i + 1
            if items[k].range.count == 1, ["square", "sq", "cubic"].contains(tokens[items[k].range.lowerBound].lower), k + 1 < items.count { k += 1 }
            let words = items[(i + 1)...k].flatMap { $0.range.map { tokens[$0].lower } }
            guard let unit = words.last, words.count <= 2, SchemaLexicon.unitSpellings(of: unit) != nil,
                SchemaLexicon.scaleWords[Morphology.singular(unit)] == nil,
                words.dropLast().allSatisfy({ ["square", "sq", "cubic"].contains($0) })
            else { continue }
            for u in i...k {
                items[u].used = false
                items[u].isUnknown = true
                items[u].schema = []
                items[u].keyword = nil
            }
        }
    }

    /// The numeric column a number is said of: the column named right after it ("2 million
    /// jobs", "50 thousand dollars of income"), else the nearest one named before it past the
    /// comparison and little words ("an income of at least 50 thousand").
    private func comparedColumn(ofNumberAt i: Int) -> ColumnRef? {
        func column(_ k: Int) -> ColumnRef? {
            guard k >= 0, k < items.count, items[k].keyword == nil else { return nil }
            let numeric = items[k].columns.filter { lexicon[$0.ref].isNumeric && !lexicon[$0.ref].isBooleanLike }
            guard let best = numeric.map(\.score).max(), best >= 2, best >= items[k].bestSchemaScore else { return nil }
            let top = Set(numeric.filter { $0.score == best }.map(\.ref))
            return top.count == 1 ? top.first : nil
        }
        if items[i].hasColumn, let own = column(i) { return own }
        // "2 million jobs", "0.1 million in revenue", "50 thousand dollars of income".
        var a = i + 1
        while a < items.count, a <= i + 3 {
            if let after = column(a) { return after }
            let word = tokens[items[a].range.lowerBound].lower
            guard items[a].range.count == 1, ["in", "of", "worth"].contains(word) || SchemaLexicon.unitSpellings(of: word) != nil else { break }
            a += 1
        }
        var k = i - 1
        var steps = 0
        while k >= 0, steps < 6 {
            if let before = column(k) { return before }
            let item = items[k]
            let word = tokens[item.range.lowerBound].lower
            let connective =
                isArticle(k) || Interpreter.auxiliaryVerbs.contains(word)
                || ["of", "a", "an", "at", "than", "least", "most", "to", "be", "by"].contains(word)
            var comparison = false
            switch item.keyword {
            case .compare?, .than?, .between?, .and?: comparison = true
            default: break
            }
            guard connective || comparison else { return nil }
            k -= 1
            steps += 1
        }
        return nil
    }

    /// "in thousands", "in thousands of dollars", "in millions": the unit the answer is asked
    /// in. Said of a question whose measure is kept in that unit (`income_k`), it only
    /// restates it. So too of a measure whose name has no scale but whose every stored value is
    /// small in that scale (all under a thousand asked "in thousands": a rent of 7..62 is
    /// kept in thousands; one of 8,000..62,000 is not and would need dividing). The bound is
    /// low on purpose: a measure of a few thousand may be in units or in thousands, and a
    /// wrong guess is off a thousandfold, so it is refused. Otherwise the words stay unplaced
    /// (the engine does not rescale answers).
    private mutating func absorbAnswerScale() {
        var i = 0
        while i + 1 < items.count {
            defer { i += 1 }
            guard tokens[items[i].range.lowerBound].lower == "in", items[i].range.count == 1, !items[i].used else { continue }
            let word = tokens[items[i + 1].range.lowerBound].lower
            guard items[i + 1].range.count == 1, let scale = SchemaLexicon.scaleWords[Morphology.singular(word)], word.hasSuffix("s")
            else { continue }
            let named = items.indices.filter { $0 != i + 1 }.flatMap { k in items[k].columns.filter { $0.score >= 2 && lexicon[$0.ref].isNumeric } }
            let scaled = named.contains { lexicon[$0.ref].unitScale == scale }
            let keptInScale =
                !named.isEmpty
                && named.allSatisfy { match in
                    let column = lexicon[match.ref]
                    guard column.unitScale == 1, !column.isYearNumber, let range = column.loadedRange else { return false }
                    return max(abs(range.lowerBound), abs(range.upperBound)) < 1_000
                }
            guard scaled || keptInScale else { continue }
            var end = i + 1
            // "of dollars": the unit after the scale.
            if end + 2 < items.count, tokens[items[end + 1].range.lowerBound].lower == "of",
                SchemaLexicon.unitSpellings(of: tokens[items[end + 2].range.lowerBound].lower) != nil
            {
                end += 2
            }
            for k in i...end {
                items[k].used = true
                items[k].isUnknown = false
                items[k].number = nil
            }
        }
    }
}
