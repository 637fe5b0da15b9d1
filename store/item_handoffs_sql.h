// The item_handoffs table, where a node of a fleet leaves a feed item whose
// link is on a site another node owns (docs/fleet.md), and the statements
// both corpora run on it: the same SQL for SQLite and PostgreSQL, with
// parameters numbered $1, $2, ... in the order they first appear (SQLite
// numbers named parameters so, and binds them by that position).
#pragma once

#include "store/corpus.h"

namespace corpusd {

// SQLite schema version 7, PostgreSQL version 2.
inline constexpr const char* kItemHandoffsTable = R"sql(
CREATE TABLE item_handoffs (
  url       TEXT PRIMARY KEY,
  site      TEXT NOT NULL,
  owner     INTEGER NOT NULL,
  shards    INTEGER NOT NULL,
  source    TEXT NOT NULL,
  item_key  TEXT NOT NULL,
  title     TEXT,
  author    TEXT,
  published TEXT,
  handed_at TEXT NOT NULL,
  due_at    TEXT NOT NULL,
  tries     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX item_handoffs_owner ON item_handoffs(shards, owner, due_at);
)sql";

inline constexpr const char* kInsertHandoff =
    "INSERT INTO item_handoffs (url, site, owner, shards, source, item_key, title, author,"
    " published, handed_at, due_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10)"
    " ON CONFLICT (url) DO NOTHING";

// Both SELECTs return the columns HandedOffItemFrom() reads, in its order.
inline constexpr const char* kHandoffsFor =
    "SELECT url, site, owner, shards, source, item_key, title, author, published, handed_at,"
    " tries FROM item_handoffs WHERE shards = $1 AND owner = $2 AND due_at <= $3"
    " ORDER BY due_at, url LIMIT $4";
inline constexpr const char* kHandoffsNotFor =
    "SELECT url, site, owner, shards, source, item_key, title, author, published, handed_at,"
    " tries FROM item_handoffs WHERE shards <> $1 ORDER BY due_at, url LIMIT $2";

inline constexpr const char* kReassignHandoff =
    "UPDATE item_handoffs SET owner = $1, shards = $2 WHERE url = $3";
inline constexpr const char* kPostponeHandoff =
    "UPDATE item_handoffs SET due_at = $1, tries = tries + 1 WHERE url = $2";
inline constexpr const char* kDropHandoff = "DELETE FROM item_handoffs WHERE url = $1";

// A row of the SELECTs above; `text(i)` gives column i ("" for NULL),
// `integer(i)` as an integer.
template <typename Text, typename Integer>
HandedOffItem HandedOffItemFrom(const Text& text, const Integer& integer) {
  HandedOffItem h;
  h.item.url = text(0);
  h.site = text(1);
  h.owner = static_cast<int>(integer(2));
  h.shards = static_cast<int>(integer(3));
  h.item.source = text(4);
  h.item.key = text(5);
  h.title = text(6);
  h.author = text(7);
  h.published = text(8);
  h.handed_at = text(9);
  h.tries = static_cast<int>(integer(10));
  return h;
}

}  // namespace corpusd
