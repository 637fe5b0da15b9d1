// CorpusStore: a fleet's hand-offs (item_handoffs, schema v7). Read every
// few seconds by each node, written once per item left: prepared per call.
#include <optional>
#include <string>
#include <vector>

#include "store/corpus_store.h"
#include "store/item_handoffs_sql.h"

namespace corpusd {
namespace {

Result<std::vector<HandedOffItem>> ReadHandOffs(SqliteStatement& stmt) {
  std::vector<HandedOffItem> out;
  for (;;) {
    Result<bool> row = stmt.Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    out.push_back(HandedOffItemFrom([&](int i) { return stmt.ColumnText(i).value_or(""); },
                                    [&](int i) { return stmt.ColumnInt64(i); }));
  }
  return out;
}

}  // namespace

Status CorpusStore::InsertHandOff(const HandedOffItem& h) {
  Result<SqliteStatement> stmt = db_->Prepare(kInsertHandoff);
  if (!stmt.ok()) return stmt.status();
  auto or_null = [](const std::string& v) {
    return v.empty() ? std::nullopt : std::optional<std::string>(v);
  };
  return stmt->Run(h.item.url, h.site, std::int64_t{h.owner}, std::int64_t{h.shards}, h.item.source,
                   h.item.key, or_null(h.title), or_null(h.author), or_null(h.published),
                   h.handed_at);
}

Result<std::vector<HandedOffItem>> CorpusStore::HandOffsFor(int owner, int shards,
                                                            const std::string& now, int limit) {
  Result<SqliteStatement> stmt = db_->Prepare(kHandoffsFor);
  if (!stmt.ok()) return stmt.status();
  if (Status s = stmt->BindAll(std::int64_t{shards}, std::int64_t{owner}, now, std::int64_t{limit});
      !s.ok()) {
    return s;
  }
  return ReadHandOffs(*stmt);
}

Result<std::vector<HandedOffItem>> CorpusStore::HandOffsNotFor(int shards, int limit) {
  Result<SqliteStatement> stmt = db_->Prepare(kHandoffsNotFor);
  if (!stmt.ok()) return stmt.status();
  if (Status s = stmt->BindAll(std::int64_t{shards}, std::int64_t{limit}); !s.ok()) return s;
  return ReadHandOffs(*stmt);
}

Status CorpusStore::ReassignHandOff(const std::string& url, int owner, int shards) {
  if (Status s = JoinHeld(); !s.ok()) return s;
  Result<SqliteStatement> stmt = db_->Prepare(kReassignHandoff);
  if (!stmt.ok()) return stmt.status();
  return stmt->Run(std::int64_t{owner}, std::int64_t{shards}, url);
}

Status CorpusStore::PostponeHandOff(const std::string& url, const std::string& due_at) {
  if (Status s = JoinHeld(); !s.ok()) return s;
  Result<SqliteStatement> stmt = db_->Prepare(kPostponeHandoff);
  if (!stmt.ok()) return stmt.status();
  return stmt->Run(due_at, url);
}

Status CorpusStore::DropHandOff(const std::string& url) {
  if (Status s = JoinHeld(); !s.ok()) return s;
  Result<SqliteStatement> stmt = db_->Prepare(kDropHandoff);
  if (!stmt.ok()) return stmt.status();
  return stmt->Run(url);
}

}  // namespace corpusd
