import Dispatch
import Logging
import PlexeFoundation
import PlexeModel
import Synchronization

/// The language model behind the embedded engine (`PLEXE_NL_ENGINE=model` or `auto`): its
/// client, the bound on questions waiting for it, and what each upload's prompt says about
/// the data.
///
/// A model call blocks its FastCGI thread for up to `PLEXE_NL_MODEL_TIMEOUT_MS` (twice with a
/// repair round). With at most `PLEXE_NL_MODEL_CONCURRENCY` questions at the model at once,
/// a slow or hung model server holds that many threads and no more; the rest of the API keeps
/// answering, and further questions get a 429 at once instead of queueing behind it.
final class LanguageModel: Sendable {
    let settings: ModelSettings
    let backend: any ModelBackend
    /// Questions at the model: ticket → when it started (uptime, ns).
    private let inFlight = Mutex<(next: Int, started: [Int: UInt64])>((0, [:]))
    /// Prompt schemas per upload: the samples are read from the data once.
    private let schemas = PerUploadCache<PromptSchema>()

    init(settings: ModelSettings, backend: any ModelBackend) {
        self.settings = settings
        self.backend = backend
    }

    /// Takes a place among the questions at the model, or answers 429 when all are taken,
    /// with `Retry-After` set to when the oldest one must have ended (its timeout).
    func admit() throws(APIError) -> Int {
        let now = DispatchTime.now().uptimeNanoseconds
        let limit = settings.concurrency
        let admitted: Result<Int, APIError> = inFlight.withLock { state in
            guard state.started.count >= limit else {
                state.next += 1
                state.started[state.next] = now
                return .success(state.next)
            }
            let oldest = state.started.values.min() ?? now
            let endsIn = Int64(oldest) + Int64(settings.timeoutMs) * 1_000_000 - Int64(now)
            let retryAfter = max(1, Int((endsIn + 999_999_999) / 1_000_000_000))
            return .failure(
                .quotaReached(
                    "at most \(limit) questions can wait for the language model at once; try again shortly",
                    limit: limit, scope: "concurrent language-model questions", retryAfter: retryAfter))
        }
        return try admitted.get()
    }

    func release(_ ticket: Int) {
        inFlight.withLock { _ = $0.started.removeValue(forKey: ticket) }
    }

    /// The schema the model is told about for `upload`: tables, foreign keys and, when
    /// `PLEXE_NL_MODEL_SEND_SAMPLES` allows, sample values read from its data database. A
    /// data database that cannot be read leaves the samples out (the query itself then
    /// reports the problem) and is not cached.
    func promptSchema(for upload: UploadRecord, databasePath: String, logger: Logger) -> PromptSchema {
        if let cached = schemas.value(for: upload.id) { return cached }
        let tables = upload.files.compactMap(\.table)
        var schema = PromptSchema(tables: tables, foreignKeys: upload.foreignKeys)
        if settings.sendSamples {
            do {
                let database = try SQLiteDatabase(path: databasePath, options: .init(readOnly: true, create: false))
                schema.samples = try SampleValues.read(from: database, tables: tables)
            } catch {
                logger.warning("sample values not read for the language model", metadata: ["upload_id": "\(upload.id)", "error": "\(error)"])
                return schema
            }
        }
        schemas.store(schema, for: upload.id)
        return schema
    }

    func forget(uploadID: String) { schemas.forget(uploadID: uploadID) }
}
