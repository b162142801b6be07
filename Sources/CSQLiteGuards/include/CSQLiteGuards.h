#ifndef PLEXE_SQLITE_GUARDS_H
#define PLEXE_SQLITE_GUARDS_H

#include <stdint.h>
#include <sqlite3.h>

/// Installs the budgeted allocator (idempotent). Runs by itself when the program loads
/// (a constructor), before any SQLite call; returns SQLITE_OK when it is in place.
int plexe_sqlite_guards_install(void);

/// True when the budgeted allocator is SQLite's allocator in this process.
int plexe_sqlite_guards_installed(void);

/// Starts counting SQLite's allocations on the calling thread: from now until
/// `plexe_memory_budget_end`, an allocation that would take the thread's net SQLite memory
/// past `bytes` fails (SQLite then reports SQLITE_NOMEM).
void plexe_memory_budget_begin(int64_t bytes);

/// Stops counting on the calling thread. Returns 1 when an allocation was refused since the
/// matching begin, else 0; `peak` (if not NULL) receives the highest net bytes reached.
int plexe_memory_budget_end(int64_t *peak);

/// Replaces instr, replace, trim, ltrim, rtrim, like and glob on `db` with versions whose
/// cost is linear in their inputs, or bounded (like/glob), so that one function call cannot
/// outrun the query's deadline. Same results as SQLite's own (tested side by side).
int plexe_register_bounded_functions(sqlite3 *db);

/// The largest pattern length × text length a LIKE or GLOB may compare.
extern const int64_t plexe_like_work_limit;

#endif
