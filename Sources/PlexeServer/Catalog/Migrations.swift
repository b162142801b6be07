import PlexeFoundation

/// The catalog's schema, as numbered migrations applied in order at start.
///
/// `PRAGMA user_version` (SQLite) or the table `plexe_schema` (PostgreSQL) records the last
/// one applied. A migration is never edited once released; a change is a new entry at the end.
///
/// Both engines run the same list. Each migration's SQL is written for SQLite; PostgreSQL runs
/// it with SQLite's type names read as its own (`postgresSQL`), then the migration's
/// `postgresAfter`, if any, for what SQLite does implicitly. SQL both accept needs neither:
/// plain `ALTER TABLE … ADD COLUMN … TEXT` or `INTEGER` is the safe form for new migrations.
/// Where the two cannot share the SQL, `postgresInstead` is what PostgreSQL runs in its place.
struct Migration: Sendable {
    let sql: String
    var postgresAfter: String = ""
    var postgresInstead: String? = nil

    init(_ sql: String, postgresAfter: String = "", postgresInstead: String? = nil) {
        self.sql = sql
        self.postgresAfter = postgresAfter
        self.postgresInstead = postgresInstead
    }

    /// The migration as PostgreSQL runs it.
    var postgres: String { (postgresInstead ?? Migrations.postgresSQL(sql)) + "\n" + postgresAfter }
}

/// A migration whose SQL both engines run as it is can be written as its SQL alone.
extension Migration: ExpressibleByStringLiteral {
    init(stringLiteral sql: String) { self.init(sql) }
}

enum Migrations {
    static let all: [Migration] = [
        // 1: the first schema.
        Migration(
            """
            CREATE TABLE users (
                id INTEGER PRIMARY KEY,
                email TEXT NOT NULL UNIQUE,
                created_at INTEGER NOT NULL
            );
            CREATE TABLE tokens (
                token_hash TEXT PRIMARY KEY,
                user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                created_at INTEGER NOT NULL
            );
            CREATE TABLE uploads (
                id TEXT PRIMARY KEY,
                user_id INTEGER NOT NULL REFERENCES users(id),
                name TEXT,
                description TEXT,
                status TEXT NOT NULL,
                created_at INTEGER NOT NULL,
                expires_at INTEGER NOT NULL,
                processed_at INTEGER,
                foreign_keys_json TEXT
            );
            CREATE INDEX uploads_by_user ON uploads(user_id, created_at);
            CREATE TABLE upload_files (
                upload_id TEXT NOT NULL REFERENCES uploads(id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                filename TEXT NOT NULL,
                content_type TEXT NOT NULL,
                declared_size INTEGER,
                storage_key TEXT NOT NULL UNIQUE,
                size_bytes INTEGER,
                format TEXT,
                table_name TEXT,
                row_count INTEGER,
                table_json TEXT,
                dialect_json TEXT,
                row_offsets BLOB,
                error_line INTEGER,
                error_message TEXT,
                created_at INTEGER NOT NULL,
                PRIMARY KEY (upload_id, filename)
            );
            CREATE TABLE models (
                id TEXT PRIMARY KEY,
                user_id INTEGER NOT NULL REFERENCES users(id),
                upload_id TEXT NOT NULL REFERENCES uploads(id),
                name TEXT NOT NULL,
                version TEXT NOT NULL,
                created_at INTEGER NOT NULL
            );
            CREATE INDEX models_by_upload ON models(upload_id);
            CREATE TABLE jobs (
                id TEXT PRIMARY KEY,
                user_id INTEGER NOT NULL REFERENCES users(id),
                type TEXT NOT NULL,
                upload_id TEXT REFERENCES uploads(id) ON DELETE CASCADE,
                status TEXT NOT NULL,
                progress REAL NOT NULL DEFAULT 0,
                params_json TEXT NOT NULL DEFAULT '{}',
                result_json TEXT,
                error TEXT,
                attempts INTEGER NOT NULL DEFAULT 0,
                created_at INTEGER NOT NULL,
                started_at INTEGER,
                completed_at INTEGER,
                estimated_completion INTEGER
            );
            CREATE INDEX jobs_by_status ON jobs(status, created_at);
            CREATE TABLE sessions (
                id TEXT PRIMARY KEY,
                user_id INTEGER NOT NULL REFERENCES users(id),
                upload_id TEXT NOT NULL REFERENCES uploads(id) ON DELETE CASCADE,
                name TEXT,
                status TEXT NOT NULL,
                created_at INTEGER NOT NULL,
                expires_at INTEGER NOT NULL,
                ended_at INTEGER
            );
            CREATE INDEX sessions_by_user ON sessions(user_id, status);
            CREATE TABLE queries (
                id TEXT PRIMARY KEY,
                session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
                seq INTEGER NOT NULL,
                query_type TEXT NOT NULL,
                query TEXT NOT NULL,
                generated_sql TEXT,
                status TEXT NOT NULL,
                executed_at INTEGER NOT NULL,
                execution_time_ms INTEGER NOT NULL
            );
            CREATE INDEX queries_by_session ON queries(session_id, seq);
            CREATE TABLE export_files (
                export_id TEXT NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
                filename TEXT NOT NULL,
                storage_key TEXT NOT NULL,
                size_bytes INTEGER NOT NULL,
                PRIMARY KEY (export_id, filename)
            );
            CREATE TABLE visualizations (
                id TEXT PRIMARY KEY,
                user_id INTEGER NOT NULL REFERENCES users(id),
                job_id TEXT NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
                spec_json TEXT NOT NULL
            );
            """,
            // SQLite numbers every row (`rowid`); the catalog orders by that number where rows
            // share a timestamp, and migration 5 copies tokens in that order.
            postgresAfter: """
                ALTER TABLE tokens ADD COLUMN rowid BIGINT GENERATED ALWAYS AS IDENTITY;
                ALTER TABLE uploads ADD COLUMN rowid BIGINT GENERATED ALWAYS AS IDENTITY;
                ALTER TABLE jobs ADD COLUMN rowid BIGINT GENERATED ALWAYS AS IDENTITY;
                ALTER TABLE export_files ADD COLUMN rowid BIGINT GENERATED ALWAYS AS IDENTITY;
                """),
        // 2: jobs are taken in turn across users (`claimNextJob`): each user's place in the
        // rotation, and an index for counting a user's jobs (the queued-jobs quota).
        Migration(
            """
            ALTER TABLE users ADD COLUMN last_job_turn INTEGER NOT NULL DEFAULT 0;
            CREATE INDEX jobs_by_user ON jobs(user_id, status);
            """),
        // 3: a failed job's stable error code beside its message.
        Migration(
            """
            ALTER TABLE jobs ADD COLUMN error_code TEXT;
            """),
        // 4: real-world files: what the uploader said about a file, and what ingest found.
        Migration(
            """
            ALTER TABLE upload_files ADD COLUMN options_json TEXT;
            ALTER TABLE upload_files ADD COLUMN encoding TEXT;
            ALTER TABLE upload_files ADD COLUMN warnings_json TEXT;
            """),
        // 5: tokens get an id to name them by (`token list`, `token revoke --id`), the first
        // characters of the token to recognise it by (NULL for tokens made before: only their
        // hash is known), an optional expiry and a revocation time. Rebuilt, because SQLite
        // cannot add a primary key to a table; nothing references tokens.
        Migration(
            """
            CREATE TABLE tokens_v2 (
                id INTEGER PRIMARY KEY,
                token_hash TEXT NOT NULL UNIQUE,
                prefix TEXT,
                user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                created_at INTEGER NOT NULL,
                expires_at INTEGER,
                revoked_at INTEGER
            );
            INSERT INTO tokens_v2 (token_hash, user_id, created_at)
                SELECT token_hash, user_id, created_at FROM tokens ORDER BY created_at, rowid;
            DROP TABLE tokens;
            ALTER TABLE tokens_v2 RENAME TO tokens;
            CREATE INDEX tokens_by_user ON tokens(user_id);
            """),
        // 6: the engine that answered a natural-language query (`embedded` or `model`).
        // Before the language model, every question was the embedded engine's.
        Migration(
            """
            ALTER TABLE queries ADD COLUMN engine TEXT;
            UPDATE queries SET engine = 'embedded' WHERE query_type = 'natural_language';
            """),
        // 7: Idempotency-Key on the POSTs that create things: the first answer to a key, kept
        // per user for PLEXE_IDEMPOTENCY_TTL_SECONDS (`IdempotentRequests`). `request_hash`
        // covers the method, the route and the body; `state` is 'in_flight' until the first
        // request has its answer, which then fills `status`, `headers` (a JSON array of
        // [name, value]) and `body`.
        Migration(
            """
            CREATE TABLE idempotency_keys (
                user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                key TEXT NOT NULL,
                route TEXT NOT NULL,
                request_hash TEXT NOT NULL,
                state TEXT NOT NULL CHECK (state IN ('in_flight', 'done')),
                status INTEGER,
                headers TEXT,
                body BLOB,
                created_at INTEGER NOT NULL,
                PRIMARY KEY (user_id, key)
            );
            CREATE INDEX idempotency_keys_by_age ON idempotency_keys(created_at);
            """),
        // 8: job leases, so several nodes share the queue (`JobLeases`): the node that claimed
        // a running job, and when its claim lapses unless the node renews it.
        Migration(
            """
            ALTER TABLE jobs ADD COLUMN lease_owner TEXT;
            ALTER TABLE jobs ADD COLUMN lease_expires_at INTEGER;
            """),
        // 9: where an upload's database is published in the object store (`PLEXE_STORE=s3`):
        // the key of its current version, replaced after the optimize job. Plain ADD COLUMN,
        // which SQLite and PostgreSQL both accept.
        Migration(
            """
            ALTER TABLE uploads ADD COLUMN database_key TEXT;
            """),
        // 10: indexes that let a job claim choose whose turn it is (`usersInTurnOrder`) and
        // that user's job (`waitingJob`) from a few probes per waiting user, instead of an
        // aggregate and a sort over every pending job at each claim; and the newest turn
        // (`MAX(last_job_turn)`) without reading every user. SQLite ends every index with the
        // rowid, the claim's last tie-break; PostgreSQL's indexes name it, since it will not
        // let an index name SQLite's implicit rowid.
        Migration(
            """
            CREATE INDEX jobs_by_status_user ON jobs(status, user_id, created_at);
            CREATE INDEX jobs_by_status_user_type ON jobs(status, user_id, type, created_at);
            CREATE INDEX users_by_job_turn ON users(last_job_turn);
            """,
            postgresInstead: """
                CREATE INDEX jobs_by_status_user ON jobs(status, user_id, created_at, rowid);
                CREATE INDEX jobs_by_status_user_type ON jobs(status, user_id, type, created_at, rowid);
                CREATE INDEX users_by_job_turn ON users(last_job_turn);
                """),
    ]

    static func apply(to db: SQLiteDatabase) throws {
        try db.execute("PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON;")
        let current = try db.queryFirst("PRAGMA user_version") { $0.int(0) } ?? 0
        // Downgrade protection: a catalog a newer binary migrated may hold what this one
        // would misread or overwrite.
        if current > all.count { throw CatalogTooNew(path: db.path, catalogVersion: current, knownVersion: all.count) }
        guard current < all.count else { return }
        try db.transaction {
            for index in current..<all.count {
                try db.execute(all[index].sql)
            }
            try db.execute("PRAGMA user_version = \(all.count)")
        }
    }

    /// SQLite's column types as PostgreSQL names them: 64-bit integers (SQLite's are), an
    /// identity for `INTEGER PRIMARY KEY` (SQLite's rowid alias), doubles, byte strings.
    static func postgresSQL(_ sql: String) -> String {
        sql.replacingOccurrences(of: "INTEGER PRIMARY KEY", with: "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY")
            .replacing(#/\bINTEGER\b/#, with: "BIGINT")
            .replacing(#/\bREAL\b/#, with: "DOUBLE PRECISION")
            .replacing(#/\bBLOB\b/#, with: "BYTEA")
    }

    /// Brings a PostgreSQL catalog up to date, in one transaction that holds an advisory lock,
    /// so nodes starting together migrate once, one after the other.
    static func apply(to connection: PostgresConnection, describedAs name: String) throws {
        let answerLimit = connection.answerLimitSeconds
        connection.answerLimitSeconds = nil
        defer { connection.answerLimitSeconds = answerLimit }
        try connection.execute("BEGIN")
        do {
            // No time limits here (`PostgresTimeouts`, server and client side): building an
            // index on a large table, or waiting for another node's migration, may take longer
            // than a request's limits.
            try connection.execute(
                """
                SET LOCAL statement_timeout = 0;
                SET LOCAL lock_timeout = 0;
                SELECT pg_advisory_xact_lock(\(schemaLockKey));
                CREATE TABLE IF NOT EXISTS plexe_schema (version BIGINT NOT NULL);
                INSERT INTO plexe_schema (version) SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM plexe_schema);
                """)
            let current = try connection.first("SELECT version FROM plexe_schema", []) { try $0.int("version") } ?? 0
            if current > all.count { throw CatalogTooNew(path: name, catalogVersion: current, knownVersion: all.count) }
            for index in current..<max(current, all.count) {
                try connection.execute(all[index].postgres)
            }
            try connection.execute("UPDATE plexe_schema SET version = \(all.count)")
            try connection.execute("COMMIT")
        } catch {
            try? connection.execute("ROLLBACK")
            throw error
        }
    }

    /// The advisory lock migrations take ("plexe" in ASCII): any number no other client of the
    /// database uses.
    static let schemaLockKey: Int64 = 0x70_6C_65_78_65
}
