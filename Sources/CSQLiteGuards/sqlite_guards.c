// Guards that keep one user query within its memory and time, below what SQLite offers.
//
// Why this is written by hand, in C:
// - Memory. SQLite's own limits are process-wide (sqlite3_hard_heap_limit64) or per value
//   (SQLITE_LIMIT_LENGTH); neither bounds one query among many running at once. A query
//   runs on one thread from prepare to its last step, so an allocator that counts per
//   thread, only while a query runs, bounds exactly that query: past its budget an
//   allocation fails and SQLite answers SQLITE_NOMEM, a path SQLite tests exhaustively.
//   Measured before: `SELECT randomblob(4e7), randomblob(4e7), randomblob(4e7)` raised the
//   responder's RSS by 305 MB.
// - Time. The progress handler runs between VM operations, and a few built-in functions do
//   work quadratic in their inputs inside one operation: trim with a character set, instr,
//   replace, like and glob. Measured before: trim of two 40,000-character strings took
//   4.4 s; at 300,000 characters one call runs for minutes, past any deadline. instr and
//   replace are rewritten here on memmem (glibc's is linear: Two-Way), trim on a lookup of
//   its characters; like and glob keep SQLite's own matcher (sqlite3_strlike/strglob) with
//   a bound on pattern × text, the worst case of that matcher.
// Each replacement gives SQLite's results (BoundedFunctionTests compares them side by side
// on a corpus of edge cases); they are installed on query connections only.
#define _GNU_SOURCE
#include "CSQLiteGuards.h"

#include <malloc.h>
#include <stdlib.h>
#include <string.h>

// MARK: - The budgeted allocator

static __thread int budget_active;
static __thread int64_t budget_limit;
static __thread int64_t budget_used;
static __thread int64_t budget_peak;
static __thread int budget_refused;

static void *guarded_malloc(int n) {
    if (budget_active) {
        if (budget_used + n > budget_limit) { budget_refused = 1; return NULL; }
        void *p = malloc((size_t)n);
        if (p) {
            budget_used += (int64_t)malloc_usable_size(p);
            if (budget_used > budget_peak) budget_peak = budget_used;
        }
        return p;
    }
    return malloc((size_t)n);
}

static void guarded_free(void *p) {
    if (p && budget_active) budget_used -= (int64_t)malloc_usable_size(p);
    free(p);
}

static void *guarded_realloc(void *p, int n) {
    if (budget_active) {
        int64_t old = p ? (int64_t)malloc_usable_size(p) : 0;
        if (budget_used - old + n > budget_limit) { budget_refused = 1; return NULL; }
        void *q = realloc(p, (size_t)n);
        if (q) {
            budget_used += (int64_t)malloc_usable_size(q) - old;
            if (budget_used > budget_peak) budget_peak = budget_used;
        }
        return q;
    }
    return realloc(p, (size_t)n);
}

static int guarded_size(void *p) { return p ? (int)malloc_usable_size(p) : 0; }
static int guarded_roundup(int n) { return (n + 7) & ~7; }
static int guarded_init(void *unused) { (void)unused; return SQLITE_OK; }
static void guarded_shutdown(void *unused) { (void)unused; }

static int allocator_installed;

int plexe_sqlite_guards_install(void) {
    if (allocator_installed) return SQLITE_OK;
    static const sqlite3_mem_methods methods = {
        guarded_malloc, guarded_free, guarded_realloc, guarded_size, guarded_roundup,
        guarded_init, guarded_shutdown, NULL,
    };
    int rc = sqlite3_config(SQLITE_CONFIG_MALLOC, &methods);
    if (rc == SQLITE_OK) allocator_installed = 1;
    return rc;
}

int plexe_sqlite_guards_installed(void) { return allocator_installed; }

// SQLite accepts an allocator only before its first use, so it goes in when the program
// loads, before any Swift code runs.
__attribute__((constructor)) static void install_at_load(void) { (void)plexe_sqlite_guards_install(); }

void plexe_memory_budget_begin(int64_t bytes) {
    budget_limit = bytes;
    budget_used = 0;
    budget_peak = 0;
    budget_refused = 0;
    budget_active = 1;
}

int plexe_memory_budget_end(int64_t *peak) {
    budget_active = 0;
    if (peak) *peak = budget_peak;
    return budget_refused;
}

// MARK: - instr(X, Y)

static int is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

static void instr_function(sqlite3_context *context, int argc, sqlite3_value **argv) {
    (void)argc;
    int haystack_type = sqlite3_value_type(argv[0]);
    int needle_type = sqlite3_value_type(argv[1]);
    if (haystack_type == SQLITE_NULL || needle_type == SQLITE_NULL) return;
    sqlite3_value *haystack_copy = NULL, *needle_copy = NULL;
    const unsigned char *haystack, *needle;
    int haystack_bytes, needle_bytes, is_text;
    if (haystack_type == SQLITE_BLOB && needle_type == SQLITE_BLOB) {
        haystack = sqlite3_value_blob(argv[0]);
        haystack_bytes = sqlite3_value_bytes(argv[0]);
        needle = sqlite3_value_blob(argv[1]);
        needle_bytes = sqlite3_value_bytes(argv[1]);
        is_text = 0;
    } else if (haystack_type != SQLITE_BLOB && needle_type != SQLITE_BLOB) {
        haystack = sqlite3_value_text(argv[0]);
        haystack_bytes = sqlite3_value_bytes(argv[0]);
        needle = sqlite3_value_text(argv[1]);
        needle_bytes = sqlite3_value_bytes(argv[1]);
        is_text = 1;
    } else {
        // One blob, one not: both compared as text, on copies so the arguments keep their types.
        haystack_copy = sqlite3_value_dup(argv[0]);
        needle_copy = sqlite3_value_dup(argv[1]);
        haystack = haystack_copy ? sqlite3_value_text(haystack_copy) : NULL;
        needle = needle_copy ? sqlite3_value_text(needle_copy) : NULL;
        haystack_bytes = haystack ? sqlite3_value_bytes(haystack_copy) : 0;
        needle_bytes = needle ? sqlite3_value_bytes(needle_copy) : 0;
        is_text = 1;
        if (!haystack || !needle) {
            sqlite3_result_error_nomem(context);
            goto done;
        }
    }
    int position = 0;
    if (needle_bytes == 0) {
        position = 1;
    } else if (needle == NULL || (haystack_bytes > 0 && haystack == NULL)) {
        sqlite3_result_error_nomem(context);
        goto done;
    } else if (needle_bytes <= haystack_bytes) {
        if (is_text && is_continuation(needle[0])) {
            // SQLite steps from character to character: a needle that starts inside a
            // character can only be found at the very start.
            position = memcmp(haystack, needle, (size_t)needle_bytes) == 0 ? 1 : 0;
        } else {
            const unsigned char *found = memmem(haystack, (size_t)haystack_bytes, needle, (size_t)needle_bytes);
            if (found) {
                int offset = (int)(found - haystack);
                if (is_text) {
                    position = 1;
                    for (int i = 1; i <= offset; i++) position += !is_continuation(haystack[i]);
                } else {
                    position = offset + 1;
                }
            }
        }
    }
    sqlite3_result_int(context, position);
done:
    sqlite3_value_free(haystack_copy);
    sqlite3_value_free(needle_copy);
}

// MARK: - replace(X, Y, Z)

static void replace_function(sqlite3_context *context, int argc, sqlite3_value **argv) {
    (void)argc;
    const unsigned char *string = sqlite3_value_text(argv[0]);
    if (!string) return;
    int64_t string_bytes = sqlite3_value_bytes(argv[0]);
    const unsigned char *pattern = sqlite3_value_text(argv[1]);
    if (!pattern) return;
    if (pattern[0] == 0) {
        sqlite3_result_value(context, argv[0]);
        return;
    }
    int64_t pattern_bytes = sqlite3_value_bytes(argv[1]);
    const unsigned char *replacement = sqlite3_value_text(argv[2]);
    if (!replacement) return;
    int64_t replacement_bytes = sqlite3_value_bytes(argv[2]);

    sqlite3 *db = sqlite3_context_db_handle(context);
    int64_t length_limit = sqlite3_limit(db, SQLITE_LIMIT_LENGTH, -1);
    if (string_bytes + 1 > length_limit) {
        sqlite3_result_error_toobig(context);
        return;
    }
    // Leftmost, non-overlapping matches, as SQLite's byte-by-byte scan finds them.
    int64_t matches = 0;
    for (int64_t at = 0; at + pattern_bytes <= string_bytes;) {
        const unsigned char *found = memmem(string + at, (size_t)(string_bytes - at), pattern, (size_t)pattern_bytes);
        if (!found) break;
        matches++;
        at = (found - string) + pattern_bytes;
    }
    int64_t out_bytes = string_bytes + matches * (replacement_bytes - pattern_bytes);
    if (out_bytes > length_limit) {
        sqlite3_result_error_toobig(context);
        return;
    }
    unsigned char *out = sqlite3_malloc64((sqlite3_uint64)out_bytes + 1);
    if (!out) {
        sqlite3_result_error_nomem(context);
        return;
    }
    int64_t written = 0, at = 0;
    while (matches > 0) {
        const unsigned char *found = memmem(string + at, (size_t)(string_bytes - at), pattern, (size_t)pattern_bytes);
        int64_t offset = found - string;
        memcpy(out + written, string + at, (size_t)(offset - at));
        written += offset - at;
        memcpy(out + written, replacement, (size_t)replacement_bytes);
        written += replacement_bytes;
        at = offset + pattern_bytes;
        matches--;
    }
    memcpy(out + written, string + at, (size_t)(string_bytes - at));
    written += string_bytes - at;
    out[written] = 0;
    sqlite3_result_text64(context, (const char *)out, (sqlite3_uint64)written, sqlite3_free, SQLITE_UTF8);
}

// MARK: - trim(X, Y), ltrim(X, Y), rtrim(X, Y)

/// The characters of a trim set, as SQLite splits it: a byte of 0xC0 or above with the
/// continuation bytes after it, any other byte alone; up to the first NUL.
typedef struct {
    const unsigned char **starts;
    int *lengths;
    int count;
    // Lookup for the common case (every character 1–4 bytes, none the prefix or suffix of
    // another, which holds for any valid UTF-8): a bitmap of single bytes and a sorted
    // array of the longer characters packed into integers.
    int simple;
    uint64_t single[4];
    uint64_t *packed;
    int packed_count;
} TrimSet;

static uint64_t pack_bytes(const unsigned char *bytes, int length) {
    uint64_t key = (uint64_t)length << 32;
    for (int i = 0; i < length; i++) key |= (uint64_t)bytes[i] << (8 * i);
    return key;
}

static int compare_keys(const void *a, const void *b) {
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

static int trim_set_contains(const TrimSet *set, const unsigned char *bytes, int length) {
    if (length == 1) return (set->single[bytes[0] >> 6] >> (bytes[0] & 63)) & 1;
    uint64_t key = pack_bytes(bytes, length);
    return bsearch(&key, set->packed, (size_t)set->packed_count, sizeof key, compare_keys) != NULL;
}

static int trim_set_build(TrimSet *set, const unsigned char *text) {
    memset(set, 0, sizeof *set);
    int count = 0;
    for (const unsigned char *z = text; *z;) {
        if (*z++ >= 0xC0) while (is_continuation(*z)) z++;
        count++;
    }
    set->count = count;
    if (count == 0) return 1;
    set->starts = sqlite3_malloc64(sizeof(*set->starts) * (sqlite3_uint64)count);
    set->lengths = sqlite3_malloc64(sizeof(*set->lengths) * (sqlite3_uint64)count);
    set->packed = sqlite3_malloc64(sizeof(*set->packed) * (sqlite3_uint64)count);
    if (!set->starts || !set->lengths || !set->packed) return 0;
    set->simple = 1;
    int index = 0;
    for (const unsigned char *z = text; *z; index++) {
        const unsigned char *start = z;
        if (*z++ >= 0xC0) while (is_continuation(*z)) z++;
        int length = (int)(z - start);
        set->starts[index] = start;
        set->lengths[index] = length;
        if (length == 1) {
            set->single[start[0] >> 6] |= (uint64_t)1 << (start[0] & 63);
        } else if (length <= 4) {
            set->packed[set->packed_count++] = pack_bytes(start, length);
        } else {
            set->simple = 0;
        }
    }
    qsort(set->packed, (size_t)set->packed_count, sizeof *set->packed, compare_keys);
    // With one character a proper prefix or suffix of another, which one SQLite removes
    // depends on their order in the set: keep its ordered scan then.
    for (int i = 0; set->simple && i < count; i++) {
        for (int k = 1; k < set->lengths[i]; k++) {
            const unsigned char *s = set->starts[i];
            if (trim_set_contains(set, s, k) || trim_set_contains(set, s + set->lengths[i] - k, k)) {
                set->simple = 0;
                break;
            }
        }
    }
    return 1;
}

static void trim_set_free(TrimSet *set) {
    sqlite3_free(set->starts);
    sqlite3_free(set->lengths);
    sqlite3_free(set->packed);
}

/// The length of the set's character at the start (from_end 0) or the end (from_end 1) of
/// `bytes`, or 0 when none is there.
static int trim_match(const TrimSet *set, const unsigned char *bytes, int64_t available, int from_end, int64_t *work) {
    if (set->simple) {
        for (int length = 1; length <= 4 && length <= available; length++) {
            const unsigned char *at = from_end ? bytes + available - length : bytes;
            if (trim_set_contains(set, at, length)) return length;
        }
        return 0;
    }
    for (int i = 0; i < set->count; i++) {
        int length = set->lengths[i];
        *work += length;
        const unsigned char *at = from_end ? bytes + available - length : bytes;
        if (length <= available && memcmp(at, set->starts[i], (size_t)length) == 0) return length;
    }
    return 0;
}

static void trim_function(sqlite3_context *context, int argc, sqlite3_value **argv) {
    (void)argc;
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) return;
    const unsigned char *input = sqlite3_value_text(argv[0]);
    if (!input) return;
    int64_t input_bytes = sqlite3_value_bytes(argv[0]);
    const unsigned char *characters = sqlite3_value_text(argv[1]);
    if (!characters) return;
    int sides = (int)(intptr_t)sqlite3_user_data(context);
    TrimSet set;
    if (!trim_set_build(&set, characters)) {
        trim_set_free(&set);
        sqlite3_result_error_nomem(context);
        return;
    }
    int64_t work = 0;
    if (set.count > 0) {
        if (sides & 1) {
            int length;
            while (input_bytes > 0 && (length = trim_match(&set, input, input_bytes, 0, &work)) > 0) {
                input += length;
                input_bytes -= length;
            }
        }
        if (sides & 2) {
            int length;
            while (input_bytes > 0 && (length = trim_match(&set, input, input_bytes, 1, &work)) > 0) input_bytes -= length;
        }
    }
    trim_set_free(&set);
    if (work > plexe_like_work_limit) {
        // Only a set holding invalid UTF-8 takes the ordered scan, and only a long one costs this.
        sqlite3_result_error(context, "the trim character set is too complex for a value of this length", -1);
        return;
    }
    sqlite3_result_text64(context, (const char *)input, (sqlite3_uint64)input_bytes, SQLITE_TRANSIENT, SQLITE_UTF8);
}

// MARK: - like(X, Y [, E]) and glob(X, Y)

const int64_t plexe_like_work_limit = (int64_t)1 << 29;

/// One character of UTF-8 text, decoded as SQLite does (bad sequences become U+FFFD).
static unsigned read_utf8(const unsigned char **text) {
    unsigned c = *(*text)++;
    if (c >= 0xC0) {
        c &= c < 0xE0 ? 0x1F : c < 0xF0 ? 0x0F : c < 0xF8 ? 0x07 : c < 0xFC ? 0x03 : c < 0xFE ? 0x01 : 0x00;
        while (is_continuation(**text)) c = (c << 6) + (0x3F & *(*text)++);
        if (c < 0x80 || (c & 0xFFFFF800) == 0xD800 || (c & 0xFFFFFFFE) == 0xFFFE) c = 0xFFFD;
    }
    return c;
}

static int utf8_character_count(const unsigned char *text) {
    int count = 0;
    while (*text) {
        if (*text++ >= 0xC0) while (is_continuation(*text)) text++;
        count++;
    }
    return count;
}

static int append_utf8(unsigned char *out, unsigned c) {
    if (c < 0x80) { out[0] = (unsigned char)c; return 1; }
    if (c < 0x800) { out[0] = 0xC0 | (c >> 6); out[1] = 0x80 | (c & 0x3F); return 2; }
    if (c < 0x10000) { out[0] = 0xE0 | (c >> 12); out[1] = 0x80 | ((c >> 6) & 0x3F); out[2] = 0x80 | (c & 0x3F); return 3; }
    out[0] = 0xF0 | (c >> 18); out[1] = 0x80 | ((c >> 12) & 0x3F); out[2] = 0x80 | ((c >> 6) & 0x3F); out[3] = 0x80 | (c & 0x3F);
    return 4;
}

/// SQLite's LIKE turns a wildcard off when it is also the ESCAPE character (`'%'` escapes
/// the next character and is no longer "any sequence"); sqlite3_strlike does not. Rewrites
/// such a pattern for sqlite3_strlike with the escape `\`: escaped characters and the
/// wildcard that was turned off become literals. Returns NULL on no memory; sets
/// *never_matches when the pattern ends in the escape (SQLite: no match).
static unsigned char *rewrite_wildcard_escape(const unsigned char *pattern, unsigned escape, int *never_matches) {
    size_t length = strlen((const char *)pattern);
    unsigned char *out = sqlite3_malloc64((sqlite3_uint64)length * 2 + 1);
    if (!out) return NULL;
    size_t written = 0;
    *never_matches = 0;
    while (*pattern) {
        unsigned c = read_utf8(&pattern);
        if (c == escape) {
            if (*pattern == 0) { *never_matches = 1; break; }
            c = read_utf8(&pattern);
            if (c == '%' || c == '_' || c == '\\') out[written++] = '\\';
        } else if (c == '%' || c == '\\') {
            // '%' here is the other wildcard only when the escape is '_'.
            if (c == '\\' || escape == '%') out[written++] = '\\';
        }
        written += (size_t)append_utf8(out + written, c);
    }
    out[written] = 0;
    return out;
}

static void like_function(sqlite3_context *context, int argc, sqlite3_value **argv) {
    int is_glob = sqlite3_user_data(context) != NULL;
    // A build option (Debian's has it) under which no blob is like anything, whatever else.
    static int blobs_never_match = -1;
    if (blobs_never_match < 0) blobs_never_match = sqlite3_compileoption_used("LIKE_DOESNT_MATCH_BLOBS");
    if (blobs_never_match && (sqlite3_value_type(argv[0]) == SQLITE_BLOB || sqlite3_value_type(argv[1]) == SQLITE_BLOB)) {
        sqlite3_result_int(context, 0);
        return;
    }
    const unsigned char *pattern = sqlite3_value_text(argv[0]);
    const unsigned char *string = sqlite3_value_text(argv[1]);
    int64_t pattern_bytes = sqlite3_value_bytes(argv[0]);
    sqlite3 *db = sqlite3_context_db_handle(context);
    if (pattern_bytes > sqlite3_limit(db, SQLITE_LIMIT_LIKE_PATTERN_LENGTH, -1)) {
        sqlite3_result_error(context, "LIKE or GLOB pattern too complex", -1);
        return;
    }
    unsigned escape = 0;
    if (argc == 3) {
        const unsigned char *escape_text = sqlite3_value_text(argv[2]);
        if (!escape_text) return;
        if (utf8_character_count(escape_text) != 1) {
            sqlite3_result_error(context, "ESCAPE expression must be a single character", -1);
            return;
        }
        escape = read_utf8(&escape_text);
    }
    if (!pattern || !string) return;
    // The matcher's worst case is pattern × text, reached only after a "match any" wildcard.
    int64_t string_bytes = sqlite3_value_bytes(argv[1]);
    if (strchr((const char *)pattern, is_glob ? '*' : '%') && pattern_bytes * string_bytes > plexe_like_work_limit) {
        sqlite3_result_error(context, "LIKE or GLOB pattern too complex for a value of this length", -1);
        return;
    }
    int matched;
    if (is_glob) {
        matched = sqlite3_strglob((const char *)pattern, (const char *)string) == 0;
    } else if (escape == '%' || escape == '_') {
        int never_matches;
        unsigned char *rewritten = rewrite_wildcard_escape(pattern, escape, &never_matches);
        if (!rewritten) { sqlite3_result_error_nomem(context); return; }
        matched = !never_matches && sqlite3_strlike((const char *)rewritten, (const char *)string, '\\') == 0;
        sqlite3_free(rewritten);
    } else {
        matched = sqlite3_strlike((const char *)pattern, (const char *)string, escape) == 0;
    }
    sqlite3_result_int(context, matched);
}

// MARK: - Registration

int plexe_register_bounded_functions(sqlite3 *db) {
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC;
    struct { const char *name; int arguments; void *data; void (*function)(sqlite3_context *, int, sqlite3_value **); } table[] = {
        {"instr", 2, NULL, instr_function},
        {"replace", 3, NULL, replace_function},
        {"ltrim", 2, (void *)(intptr_t)1, trim_function},
        {"rtrim", 2, (void *)(intptr_t)2, trim_function},
        {"trim", 2, (void *)(intptr_t)3, trim_function},
        {"like", 2, NULL, like_function},
        {"like", 3, NULL, like_function},
        {"glob", 2, (void *)(intptr_t)1, like_function},
    };
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++) {
        int rc = sqlite3_create_function_v2(db, table[i].name, table[i].arguments, flags, table[i].data,
                                            table[i].function, NULL, NULL, NULL);
        if (rc != SQLITE_OK) return rc;
    }
    return SQLITE_OK;
}
