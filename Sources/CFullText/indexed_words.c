// The words the full-text index holds, so that a prefix search can name them. FTS5 answers
// `secur*` by merging the lists of every word the prefix stands for before it returns a first
// match (60-100 ms when one of them is in most of a million stories), where an OR of those
// words streams from the newest match on; and it has no cheap way to list its words (its
// fts5vocab table counts the documents of each). So the words are caught as FTS5 indexes them:
// on every connection the unicode61 tokenizer is wrapped under its own name (FTS5 uses the
// tokenizer registered last under a name), and the wrapper keeps the words of every document
// it tokenizes in a set, which nw_take_indexed_words() hands over and empties. Queries pass
// through untouched, and a table declared with unicode61 stays readable by any SQLite.
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "CFullText.h"

// A set of words: open addressing over (hash, head, offset, length) into one buffer of bytes.
typedef struct {
    uint64_t hash;
    uint64_t head;  // the first 8 bytes: most words are compared without reading the buffer
    uint32_t offset;
    uint32_t length;
} Slot;

typedef struct {
    Slot *slots;      // capacity entries; length 0 marks an empty slot
    size_t capacity;  // a power of two, or 0
    size_t count;
    char *bytes;
    size_t used, allocated;
} WordSet;

// Every word FTS5 indexes passes here (450 a story), most of them repeats: eight bytes at a
// time, where FNV-1a's byte at a time took 5% of an import without analysis. A word of eight
// bytes or more is read in whole loads, its last eight overlapping the chunk before; the hash
// only places a word in the set, whose words are handed over in the order they came.
static uint64_t word_hash(const char *word, int length, uint64_t *head) {
    uint64_t hash = (uint64_t)length * 0x9e3779b97f4a7c15ULL;
    if (length < 8) {
        // The word's bytes in the low end, read in at most three loads (those of a 4-7 byte
        // word overlap; so do those of a shorter one).
        uint64_t bytes;
        if (length >= 4) {
            uint32_t low, high;
            memcpy(&low, word, 4);
            memcpy(&high, word + length - 4, 4);
            bytes = (uint64_t)low | (uint64_t)high << (8 * (length - 4));
        } else {
            const unsigned char *b = (const unsigned char *)word;
            bytes = (uint64_t)b[0] | (uint64_t)b[length / 2] << (8 * (length / 2)) | (uint64_t)b[length - 1] << (8 * (length - 1));
        }
        *head = bytes;
        hash = (hash ^ bytes) * 0xc4ceb9fe1a85ec53ULL;
        return hash ^ (hash >> 29);
    }
    memcpy(head, word, 8);
    const char *end = word + length;
    for (; end - word > 8; word += 8) {
        uint64_t chunk;
        memcpy(&chunk, word, 8);
        hash = (hash ^ chunk) * 0xff51afd7ed558ccdULL;
        hash ^= hash >> 32;
    }
    uint64_t tail;
    memcpy(&tail, end - 8, 8);
    hash = (hash ^ tail) * 0xc4ceb9fe1a85ec53ULL;
    return hash ^ (hash >> 29);
}

static void word_set_clear(WordSet *set) {
    free(set->slots);
    free(set->bytes);
    memset(set, 0, sizeof *set);
}

static int word_set_grow(WordSet *set) {
    size_t capacity = set->capacity ? set->capacity * 2 : 1024;
    Slot *slots = calloc(capacity, sizeof(Slot));
    if (!slots) return SQLITE_NOMEM;
    for (size_t i = 0; i < set->capacity; i++) {
        Slot slot = set->slots[i];
        if (slot.length == 0) continue;
        size_t at = slot.hash & (capacity - 1);
        while (slots[at].length != 0) at = (at + 1) & (capacity - 1);
        slots[at] = slot;
    }
    free(set->slots);
    set->slots = slots;
    set->capacity = capacity;
    return SQLITE_OK;
}

// Appends the word and a line break to the set's bytes (unicode61 never puts one in a word).
static int word_set_append(WordSet *set, const char *word, int length) {
    if (set->used + (size_t)length + 1 > set->allocated) {
        size_t allocated = set->allocated ? set->allocated * 2 : 4096;
        while (allocated < set->used + (size_t)length + 1) allocated *= 2;
        char *bytes = realloc(set->bytes, allocated);
        if (!bytes) return SQLITE_NOMEM;
        set->bytes = bytes;
        set->allocated = allocated;
    }
    memcpy(set->bytes + set->used, word, (size_t)length);
    set->bytes[set->used + (size_t)length] = '\n';
    set->used += (size_t)length + 1;
    set->count++;
    return SQLITE_OK;
}

static int word_set_add(WordSet *set, const char *word, int length) {
    if (length <= 0) return SQLITE_OK;
    if ((set->count + 1) * 4 > set->capacity * 3 && word_set_grow(set) != SQLITE_OK) return SQLITE_NOMEM;
    uint64_t head;
    uint64_t hash = word_hash(word, length, &head);
    size_t at = hash & (set->capacity - 1);
    for (; set->slots[at].length != 0; at = (at + 1) & (set->capacity - 1)) {
        Slot slot = set->slots[at];
        if (slot.hash == hash && slot.head == head && slot.length == (uint32_t)length
            && (length <= 8 || memcmp(set->bytes + slot.offset + 8, word + 8, (size_t)length - 8) == 0))
            return SQLITE_OK;
    }
    uint32_t offset = (uint32_t)set->used;
    if (word_set_append(set, word, length) != SQLITE_OK) return SQLITE_NOMEM;
    set->slots[at] = (Slot){hash, head, offset, (uint32_t)length};
    return SQLITE_OK;
}

// One per connection: the tokenizer it wraps, and the words caught since they were last taken.
typedef struct {
    fts5_tokenizer original;
    void *original_context;
    WordSet words;
} Capture;

typedef struct {
    Fts5Tokenizer *inner;
    Capture *capture;
} WrappedTokenizer;

typedef struct {
    void *context;
    int (*token)(void *, int, const char *, int, int, int);
    WordSet *words;
} Forwarding;

static int wrapped_create(void *context, const char **argv, int argc, Fts5Tokenizer **out) {
    Capture *capture = context;
    WrappedTokenizer *wrapped = sqlite3_malloc(sizeof *wrapped);
    if (!wrapped) return SQLITE_NOMEM;
    wrapped->capture = capture;
    int rc = capture->original.xCreate(capture->original_context, argv, argc, &wrapped->inner);
    if (rc != SQLITE_OK) {
        sqlite3_free(wrapped);
        return rc;
    }
    *out = (Fts5Tokenizer *)wrapped;
    return SQLITE_OK;
}

static void wrapped_delete(Fts5Tokenizer *tokenizer) {
    WrappedTokenizer *wrapped = (WrappedTokenizer *)tokenizer;
    wrapped->capture->original.xDelete(wrapped->inner);
    sqlite3_free(wrapped);
}

static int forward_token(void *context, int flags, const char *token, int length, int start, int end) {
    Forwarding *forwarding = context;
    if (!(flags & FTS5_TOKEN_COLOCATED) && word_set_add(forwarding->words, token, length) != SQLITE_OK) return SQLITE_NOMEM;
    return forwarding->token(forwarding->context, flags, token, length, start, end);
}

static int wrapped_tokenize(Fts5Tokenizer *tokenizer, void *context, int flags, const char *text, int length,
                            int (*token)(void *, int, const char *, int, int, int)) {
    WrappedTokenizer *wrapped = (WrappedTokenizer *)tokenizer;
    if (!(flags & FTS5_TOKENIZE_DOCUMENT)) return wrapped->capture->original.xTokenize(wrapped->inner, context, flags, text, length, token);
    Forwarding forwarding = {context, token, &wrapped->capture->words};
    return wrapped->capture->original.xTokenize(wrapped->inner, &forwarding, flags, text, length, forward_token);
}

static void capture_destroy(void *context) {
    Capture *capture = context;
    word_set_clear(&capture->words);
    free(capture);
}

// nw_take_indexed_words(): the words caught since the last call, one a line, or NULL when none.
static void take_indexed_words(sqlite3_context *out, int argc, sqlite3_value **argv) {
    (void)argc; (void)argv;
    Capture *capture = sqlite3_user_data(out);
    WordSet *words = &capture->words;
    if (words->used == 0) {
        sqlite3_result_null(out);
    } else {
        sqlite3_result_text(out, words->bytes, (int)words->used - 1, SQLITE_TRANSIENT);
    }
    word_set_clear(words);  // an import's batches hold tens of thousands: give the memory back
}

static int collect_query_word(void *context, int flags, const char *token, int length, int start, int end) {
    (void)start; (void)end;
    if (flags & FTS5_TOKEN_COLOCATED) return SQLITE_OK;
    // In order and with repeats, as the query has them: only appended, never hashed.
    return word_set_append(context, token, length);
}

// nw_query_words(text, tokenizer arguments...): the words FTS5 looks for when a query holds
// `text`, one a line ('' when none), as the wrapped tokenizer made with those arguments reads it.
static void query_words(sqlite3_context *out, int argc, sqlite3_value **argv) {
    Capture *capture = sqlite3_user_data(out);
    const char *text = (const char *)sqlite3_value_text(argv[0]);
    int length = sqlite3_value_bytes(argv[0]);
    if (!text) {
        sqlite3_result_null(out);
        return;
    }
    const char *arguments[8];
    int count = argc - 1 < 8 ? argc - 1 : 8;
    for (int i = 0; i < count; i++) arguments[i] = (const char *)sqlite3_value_text(argv[1 + i]);
    Fts5Tokenizer *tokenizer = NULL;
    int rc = capture->original.xCreate(capture->original_context, arguments, count, &tokenizer);
    WordSet words = {0};
    if (rc == SQLITE_OK) {
        rc = capture->original.xTokenize(tokenizer, &words, FTS5_TOKENIZE_QUERY, text, length, collect_query_word);
        capture->original.xDelete(tokenizer);
    }
    if (rc != SQLITE_OK) sqlite3_result_error_code(out, rc);
    else sqlite3_result_text(out, words.used ? words.bytes : "", words.used ? (int)words.used - 1 : 0, SQLITE_TRANSIENT);
    word_set_clear(&words);
}

int nw_register_indexed_words(sqlite3 *db) {
    fts5_api *api = nw_fts5_api(db);
    if (!api) return 1;
    Capture *capture = calloc(1, sizeof *capture);
    if (!capture) return 1;
    if (api->xFindTokenizer(api, "unicode61", &capture->original_context, &capture->original) != SQLITE_OK) {
        free(capture);
        return 1;
    }
    fts5_tokenizer wrapper = {wrapped_create, wrapped_delete, wrapped_tokenize};
    // From here FTS5 owns the capture: it calls capture_destroy when the connection closes,
    // after which neither function below can be called.
    if (api->xCreateTokenizer(api, "unicode61", capture, &wrapper, capture_destroy) != SQLITE_OK) {
        free(capture);
        return 1;
    }
    if (sqlite3_create_function(db, "nw_take_indexed_words", 0, SQLITE_UTF8, capture, take_indexed_words, NULL, NULL) != SQLITE_OK)
        return 1;
    if (sqlite3_create_function(db, "nw_query_words", -1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, capture, query_words, NULL, NULL)
        != SQLITE_OK)
        return 1;
    return 0;
}
