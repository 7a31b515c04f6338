#ifndef NEWSWIRE_CFULLTEXT_H
#define NEWSWIRE_CFULLTEXT_H

#include <sqlite3.h>

/// The connection's FTS5 interface, or NULL when its SQLite has no FTS5.
fts5_api *nw_fts5_api(sqlite3 *db);

/// Registers the FTS5 function nw_match_stats on a connection; 0 on success.
int nw_register_match_stats(sqlite3 *db);

/// Wraps the unicode61 tokenizer of a connection so that it keeps the words of the documents
/// it indexes, and registers nw_take_indexed_words() and nw_query_words(text, arguments...);
/// 0 on success. See indexed_words.c.
int nw_register_indexed_words(sqlite3 *db);

#endif
