#ifndef NEWSWIRE_CSEARCHRANK_H
#define NEWSWIRE_CSEARCHRANK_H

#include <sqlite3.h>

/// Registers the FTS5 function nw_match_stats on a connection; 0 on success.
int nw_register_match_stats(sqlite3 *db);

#endif
