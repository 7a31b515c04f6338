// nw_match_stats(fts): what bm25 is computed from, for one matching row, without the pass
// over every match of each phrase that FTS5's own bm25() makes first to count the documents
// holding it (35 ms for a word in most of a million stories). NewsStore ranks a window of
// matches and estimates those counts from the window instead.
//
// The result is a blob of 64-bit integers: rows of the index, columns, each column's total
// tokens, this row's tokens in each column, phrases, then for each phrase and column its hits.
#include <stdlib.h>
#include <string.h>
#include "CFullText.h"

static void nw_match_stats(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *out,
                           int argc, sqlite3_value **argv) {
    (void)argc; (void)argv;
    int columns = api->xColumnCount(fts);
    int phrases = api->xPhraseCount(fts);
    int count = 3 + 2 * columns + phrases * columns;
    sqlite3_int64 *values = calloc((size_t)count, sizeof(sqlite3_int64));
    if (!values) { sqlite3_result_error_nomem(out); return; }
    int rc = api->xRowCount(fts, &values[0]);
    values[1] = columns;
    for (int c = 0; c < columns && rc == SQLITE_OK; c++) {
        rc = api->xColumnTotalSize(fts, c, &values[2 + c]);
        int size = 0;
        if (rc == SQLITE_OK) rc = api->xColumnSize(fts, c, &size);
        values[2 + columns + c] = size;
    }
    values[2 + 2 * columns] = phrases;
    int instances = 0;
    if (rc == SQLITE_OK) rc = api->xInstCount(fts, &instances);
    for (int i = 0; i < instances && rc == SQLITE_OK; i++) {
        int phrase = 0, column = 0, offset = 0;
        rc = api->xInst(fts, i, &phrase, &column, &offset);
        if (rc == SQLITE_OK && phrase < phrases && column < columns) values[3 + 2 * columns + phrase * columns + column]++;
    }
    if (rc == SQLITE_OK) sqlite3_result_blob(out, values, count * (int)sizeof(sqlite3_int64), SQLITE_TRANSIENT);
    else sqlite3_result_error_code(out, rc);
    free(values);
}

fts5_api *nw_fts5_api(sqlite3 *db) {
    fts5_api *api = NULL;
    sqlite3_stmt *statement = NULL;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, NULL) != SQLITE_OK) return NULL;
    sqlite3_bind_pointer(statement, 1, (void *)&api, "fts5_api_ptr", NULL);
    sqlite3_step(statement);
    sqlite3_finalize(statement);
    return api;
}

int nw_register_match_stats(sqlite3 *db) {
    fts5_api *api = nw_fts5_api(db);
    if (!api) return 1;
    return api->xCreateFunction(api, "nw_match_stats", NULL, nw_match_stats, NULL) == SQLITE_OK ? 0 : 1;
}
