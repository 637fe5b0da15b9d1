// PgCorpusStore: a fleet's hand-offs (item_handoffs), as in the SQLite corpus.
#include <string>
#include <vector>

#include "store/item_handoffs_sql.h"
#include "store/pg_corpus_store.h"

namespace corpusd {
namespace {

std::vector<HandedOffItem> ReadHandOffs(const PgRows& rows) {
  std::vector<HandedOffItem> out;
  for (int r = 0; r < rows.size(); ++r) {
    out.push_back(HandedOffItemFrom([&](int c) { return rows.Text(r, c); },
                                    [&](int c) { return rows.Int(r, c); }));
  }
  return out;
}

}  // namespace

Status PgCorpusStore::InsertHandOff(const HandedOffItem& h) {
  return db_
      ->Exec(kInsertHandoff,
             {PgParam::Text(h.item.url), PgParam::Text(h.site), PgParam::Int(h.owner),
              PgParam::Int(h.shards), PgParam::Text(h.item.source), PgParam::Text(h.item.key),
              PgParam::OrNull(h.title), PgParam::OrNull(h.author), PgParam::OrNull(h.published),
              PgParam::Text(h.handed_at)})
      .status();
}

Result<std::vector<HandedOffItem>> PgCorpusStore::HandOffsFor(int owner, int shards,
                                                              const std::string& now, int limit) {
  Result<PgRows> rows = db_->Exec(kHandoffsFor, {PgParam::Int(shards), PgParam::Int(owner),
                                                 PgParam::Text(now), PgParam::Int(limit)});
  if (!rows.ok()) return rows.status();
  return ReadHandOffs(*rows);
}

Result<std::vector<HandedOffItem>> PgCorpusStore::HandOffsNotFor(int shards, int limit) {
  Result<PgRows> rows = db_->Exec(kHandoffsNotFor, {PgParam::Int(shards), PgParam::Int(limit)});
  if (!rows.ok()) return rows.status();
  return ReadHandOffs(*rows);
}

Status PgCorpusStore::ReassignHandOff(const std::string& url, int owner, int shards) {
  if (Status s = JoinHeld(); !s.ok()) return s;
  return db_
      ->Exec(kReassignHandoff, {PgParam::Int(owner), PgParam::Int(shards), PgParam::Text(url)})
      .status();
}

Status PgCorpusStore::PostponeHandOff(const std::string& url, const std::string& due_at) {
  if (Status s = JoinHeld(); !s.ok()) return s;
  return db_->Exec(kPostponeHandoff, {PgParam::Text(due_at), PgParam::Text(url)}).status();
}

Status PgCorpusStore::DropHandOff(const std::string& url) {
  if (Status s = JoinHeld(); !s.ok()) return s;
  return db_->Exec(kDropHandoff, {PgParam::Text(url)}).status();
}

}  // namespace corpusd
