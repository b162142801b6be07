import PlexeFoundation

/// Numbers written with a unit or a magnitude word, checked against the columns they were
/// compared with (`Meaning.writtenNumbers`). A number's unit and size are evidence of what it
/// is about; a reading that ignores them answers with confidence and is wrong:
/// - "at least 6 feet tall" may only compare with a column measuring length: converted when
///   the column's name gives its unit (`height_cm`), kept when the unit is unknown but the
///   number lies within the values the column holds, refused otherwise; never a count of rows
///   (`HAVING COUNT(*) >= 6`) and never dropped;
/// - "a turnover above 50 billion" of a column holding 0 to 300 is not 5e10: where only the
///   number without its magnitude word fits the values ("the column is kept in billions"),
///   that is the reading; where several fit, `checkSanity` refuses the number.
extension QueryPlanner {
    func placeWrittenNumbers(_ m: inout Meaning) throws(TranslationError) {
        for written in m.writtenNumbers {
            var compared = false
            func matches(_ literal: SQLLiteral) -> Bool { QueryPlanner.number(literal) == written.value }
            func place(_ ref: ColumnRef, _ literal: SQLLiteral) throws(TranslationError) -> SQLLiteral {
                guard matches(literal) else { return literal }
                compared = true
                if let unit = written.unit { return try converted(written, unit, to: ref, literal) }
                return magnitudeReading(written, of: ref) ?? literal
            }
            func rewrite(_ kind: Meaning.Condition.Kind) throws(TranslationError) -> Meaning.Condition.Kind {
                switch kind {
                case .compare(let ref, let op, let literal):
                    return .compare(ref, op, try place(ref, literal))
                case .between(let ref, let low, let high):
                    return .between(ref, try place(ref, low), try place(ref, high))
                case .oneOf(let ref, let literals, let negated):
                    var placed: [SQLLiteral] = []
                    for literal in literals { placed.append(try place(ref, literal)) }
                    return .oneOf(ref, placed, negated: negated)
                case .measure(.aggregate(let f, let ref), let op, let literal) where f != .count:
                    // "never longer than 300 ms": the largest of a column, in the column's unit.
                    return .measure(.aggregate(f, ref), op, try place(ref, literal))
                case .measure(_, _, let literal) where written.unit != nil && matches(literal):
                    // "at least 6 feet tall" is no number of rows or of anything counted.
                    throw unsupported(
                        "\"\(written.phrase)\" is a \(written.unit!.dimension.rawValue), not a count; "
                            + "no column measured in \(written.unit!.dimension.rawValue) was found for it. Please name the column.")
                case .either(let a, let b):
                    return .either(
                        Meaning.Condition(kind: try rewrite(a.kind), position: a.position),
                        Meaning.Condition(kind: try rewrite(b.kind), position: b.position))
                default:
                    return kind
                }
            }
            for k in m.conditions.indices { m.conditions[k].kind = try rewrite(m.conditions[k].kind) }
            // "the average yield at 2 mg and at 0.5 mg": the rows of one side of a difference
            // or a ratio, picked inside its aggregate.
            func rewrite(_ measure: Meaning.Measure) throws(TranslationError) -> Meaning.Measure {
                switch measure {
                case .conditional(let f, let ref, let condition):
                    return .conditional(f, ref, Meaning.Condition(kind: try rewrite(condition.kind), position: condition.position))
                case .combined(let a, let op, let b):
                    return .combined(try rewrite(a), op, try rewrite(b))
                default:
                    return measure
                }
            }
            for k in m.measures.indices { m.measures[k].measure = try rewrite(m.measures[k].measure) }
            // A length or weight that compares with nothing vanished from the reading ("6
            // feet" taken for a limit or dropped). (Times are left: "in the last 3 hours" is a
            // date range read elsewhere.)
            if let unit = written.unit, unit.dimension != .time, !compared {
                throw unsupported(
                    "\"\(written.phrase)\" was not compared with any column measured in \(unit.dimension.rawValue). Please name the column.")
            }
        }
    }

    /// The number in the column's unit: converted when its name gives a unit of the same
    /// dimension; as written when the name gives none and the number lies within the column's
    /// values; else the reading is refused.
    private func converted(_ written: Meaning.WrittenNumber, _ unit: PhysicalUnit, to ref: ColumnRef, _ literal: SQLLiteral) throws(TranslationError)
        -> SQLLiteral
    {
        let column = lexicon[ref]
        let name = column.name
        guard column.isNumeric, !column.isBooleanLike else {
            throw unsupported("\"\(written.phrase)\" is a \(unit.dimension.rawValue); \(name) holds no numbers. Please name the column.")
        }
        if let own = PhysicalUnit.ofColumn(words: column.words, name: name) {
            guard own.dimension == unit.dimension else {
                throw unsupported(
                    "\"\(written.phrase)\" is a \(unit.dimension.rawValue), but \(name) is measured in \(own.spelling) "
                        + "(\(own.dimension.rawValue)). Please name the column the number is about.")
            }
            if own.factor == unit.factor { return literal }
            let value = unit.convert(written.value, to: own)
            return .number((value * 1e6).rounded() / 1e6)
        }
        // "5 thousand pounds" of a column holding 1.5 to 5.4: kept in thousands of the unit.
        if written.magnitude > 1, let range = lexicon.valueRange(ref), !range.contains(written.value),
            range.contains(written.value / written.magnitude)
        {
            return .number(written.value / written.magnitude)
        }
        if let range = lexicon.valueRange(ref), !range.contains(written.value) {
            throw unsupported(
                "\"\(written.phrase)\": the unit of \(name) is not known, and \(SQLLiteral.number(written.value).sql) lies outside its values ("
                    + "\(SQLLiteral.number(range.lowerBound).sql) to \(SQLLiteral.number(range.upperBound).sql)). Please ask in the column's unit.")
        }
        return literal
    }

    /// "50 billion" of a column holding 0 to 300 and no scale in its name: 50, when the number
    /// as written is far beyond the values, the number without its magnitude word fits them,
    /// and the next finer reading (50 000, the column in millions) does not. Nil otherwise.
    private func magnitudeReading(_ written: Meaning.WrittenNumber, of ref: ColumnRef) -> SQLLiteral? {
        guard written.magnitude > 1, lexicon.unitScale(ref) == nil, lexicon[ref].isNumeric, let range = lexicon.valueRange(ref),
            written.value > 0
        else { return nil }
        // (Losses as well as gains: the largest magnitude.)
        let ceiling = 10 * max(abs(range.lowerBound), abs(range.upperBound), 1)
        guard written.value > ceiling else { return nil }
        let plain = written.value / written.magnitude
        guard plain <= ceiling, plain * 1000 > ceiling else { return nil }
        return .number(plain)
    }

    static func number(_ literal: SQLLiteral) -> Double? {
        switch literal {
        case .integer(let v): return Double(v)
        case .real(let v): return v
        case .text: return nil
        }
    }
}
