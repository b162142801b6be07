import FuzzSupport
import PlexeFoundation
import PlexeLanguage
import PlexeQuery

// One input is the text of one English question (`POST /data/query`, natural_language), put
// to the language engine over the small dataset the SQL target uses (customers and orders,
// their foreign key, the value index), as the server builds its translator for an upload.
//
// The engine is a large hand-written reader of whatever users type, so besides "no crash"
// (AddressSanitizer on) and "no hang" (libFuzzer's -timeout, see scripts/fuzz):
// - a question is answered or refused: a refusal is a `TranslationError` with a message;
// - the same question gives the same SQL again (answers are re-runnable, README);
// - the SQL it writes is the engine's own, so it must run: one read-only statement that
//   SQLite compiles and runs under the query guards; only running out of the (short) time or
//   memory limit is the data's doing.

let limits = QueryLimits(maxRows: 50, maxResultBytes: 1 << 20, timeout: .milliseconds(200))
let dataset = makeDataset()
let values = TextValueIndex.load(databasePath: dataset.path).map { ColumnValues(table: $0.table, column: $0.column, values: $0.values) }
let translator = QuestionTranslator(schema: LanguageSchema(tables: dataset.tables, foreignKeys: dataset.foreignKeys, values: values))
let engine = QueryEngine()

runFuzzer { data, size in
    let question = String(decoding: UnsafeRawBufferPointer(start: data, count: size), as: UTF8.self)
    let translation: Translation
    do throws(TranslationError) {
        translation = try translator.translate(question)
    } catch {
        guard !error.message.isEmpty else { fail("\(question.debugDescription) is refused without a message") }
        return 0
    }
    do throws(TranslationError) {
        let again = try translator.translate(question)
        guard again.sql == translation.sql else {
            fail("\(question.debugDescription) gives \(translation.sql.debugDescription), then \(again.sql.debugDescription)")
        }
    } catch {
        fail("\(question.debugDescription) is answered (\(translation.sql.debugDescription)), then refused: \(error.message)")
    }
    do throws(QueryError) {
        _ = try engine.run(sql: translation.sql, databasePath: dataset.path, limits: limits)
    } catch  where error.kind == .timeout || error.kind == .tooMuchMemory {
        // The data's size against the fuzzing limits, not a fault of the SQL.
    } catch {
        fail("\(question.debugDescription) is translated to SQL that does not run: \(translation.sql.debugDescription): \(error)")
    }
    return 0
}
