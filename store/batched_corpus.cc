#include "store/batched_corpus.h"

#include "store/compression.h"

namespace corpusd {
namespace {

// SQLite and PostgreSQL both read these.
constexpr const char* kSavepoint = "SAVEPOINT batch";
constexpr const char* kRelease = "RELEASE SAVEPOINT batch";
constexpr const char* kUndo = "ROLLBACK TO SAVEPOINT batch";

}  // namespace

void BatchedCorpus::HoldCommits(bool hold) {
  hold_ = hold;
  if (hold) OnHold();
}

Status BatchedCorpus::JoinHeld() {
  if (held_open_ && !InTransaction()) {
    // The database rolled the held transaction back itself (a full disk, an
    // I/O error, a lost connection): what it held is undone, and its items
    // are fetched again.
    held_open_ = false;
    ForgetCached();
    ExecSql("ROLLBACK");  // PostgreSQL keeps an aborted transaction until told
  }
  if (held_open_ || !hold_) return Status::Ok();
  if (Status s = ExecSql(BeginSql()); !s.ok()) return s.WithContext("writing the corpus");
  held_open_ = true;
  return Status::Ok();
}

Result<std::string_view> BatchedCorpus::PackedRaw(const PendingDocument& doc,
                                                  std::string& scratch) {
  if (!doc.raw_zstd.empty()) return std::string_view(doc.raw_zstd);
  Result<std::string> packed = ZstdCompress(doc.raw);
  if (!packed.ok()) return packed.status();
  scratch = std::move(*packed);
  return std::string_view(scratch);
}

Status BatchedCorpus::BeginWrite() {
  if (Status s = JoinHeld(); !s.ok()) return s;
  return ExecSql(held_open_ ? kSavepoint : BeginSql());
}

Status BatchedCorpus::EndWrite() { return ExecSql(held_open_ ? kRelease : "COMMIT"); }

void BatchedCorpus::Rollback() {
  ForgetCached();
  // Back to the batch's savepoint, also from a transaction that the error
  // aborted (PostgreSQL); when the database ended the transaction itself,
  // that fails and everything held is undone.
  if (held_open_ && ExecSql(kUndo).ok()) {
    ExecSql(kRelease);  // the held transaction goes on
    return;
  }
  ExecSql("ROLLBACK");
  held_open_ = false;
}

Status BatchedCorpus::CommitHeld() {
  if (!held_open_) return Status::Ok();
  held_open_ = false;
  if (!InTransaction()) {
    ForgetCached();
    ExecSql("ROLLBACK");
    return Status::IoError("the writes since the last commit were rolled back by the database");
  }
  if (Status s = ExecSql("COMMIT"); !s.ok()) {
    ExecSql("ROLLBACK");
    ForgetCached();
    return s.WithContext("committing the corpus");
  }
  return Status::Ok();
}

Result<std::vector<AppendOutcome>> BatchedCorpus::AppendBatch(
    const std::vector<PendingDocument>& batch) {
  if (Status s = BeginWrite(); !s.ok()) return s.WithContext("writing the corpus");
  std::vector<AppendOutcome> outcomes;
  outcomes.reserve(batch.size());
  for (const PendingDocument& doc : batch) {
    Result<AppendOutcome> outcome = AppendOne(doc);
    Status s = outcome.status();
    const char* what = s.ok() && outcome->duplicate ? "duplicate" : "stored";
    if (s.ok() && doc.origin) {
      s = RememberFile(*doc.origin, what, "", outcome->id, doc.record.fetched_at);
    }
    if (s.ok() && doc.item) {
      s = RememberItem(*doc.item, what, "", outcome->id, doc.record.fetched_at);
    }
    if (s.ok() && doc.item && doc.handed_off) s = DropHandOff(doc.item->url);
    if (!s.ok()) {
      Rollback();
      return s.WithContext("writing the corpus");
    }
    outcomes.push_back(*outcome);
  }
  if (Status s = AfterAppends(outcomes); !s.ok()) {
    Rollback();
    return s.WithContext("indexing the corpus");
  }
  if (Status s = EndWrite(); !s.ok()) {
    Rollback();
    return s.WithContext("writing the corpus");
  }
  return outcomes;
}

Result<std::vector<ReplaceOutcome>> BatchedCorpus::ReplaceBatch(
    const std::vector<StoredRecord>& batch, const std::vector<minhash::Signature>& keys) {
  if (Status s = BeginWrite(); !s.ok()) return s.WithContext("reprocessing");
  std::vector<ReplaceOutcome> outcomes;
  for (std::size_t i = 0; i < batch.size(); ++i) {
    Result<ReplaceOutcome> outcome =
        ReplaceOne(batch[i], i < keys.size() ? keys[i] : minhash::Signature{});
    if (!outcome.ok()) {
      Rollback();
      return outcome.status().WithContext("reprocessing document " + std::to_string(batch[i].id));
    }
    outcomes.push_back(*outcome);
  }
  if (Status s = EndWrite(); !s.ok()) {
    Rollback();
    return s.WithContext("reprocessing");
  }
  return outcomes;
}

Status BatchedCorpus::SetKeys(const std::vector<DocumentKeys>& keys) {
  if (Status s = BeginWrite(); !s.ok()) return s;
  Status s;
  for (const DocumentKeys& k : keys) {
    s = SetKeysOf(k);
    if (!s.ok()) break;
  }
  if (s.ok()) s = EndWrite();
  if (!s.ok()) Rollback();
  return s.ok() ? s : s.WithContext("recording duplicate keys");
}

Result<std::vector<bool>> BatchedCorpus::SeenItems(const std::string& source,
                                                   const std::vector<std::string>& keys) {
  std::vector<bool> out;
  out.reserve(keys.size());
  for (const std::string& key : keys) {
    Result<bool> seen = SeenItem(source, key);
    if (!seen.ok()) return seen.status();
    out.push_back(*seen);
  }
  return out;
}

Result<std::vector<std::int64_t>> BatchedCorpus::DocumentsWithUrls(
    const std::vector<std::string>& urls) {
  std::vector<std::int64_t> out;
  out.reserve(urls.size());
  for (const std::string& url : urls) {
    Result<std::int64_t> id = DocumentWithUrl(url);
    if (!id.ok()) return id.status();
    out.push_back(*id);
  }
  return out;
}

Status BatchedCorpus::HandOffItem(const HandedOffItem& item) {
  if (Status s = BeginWrite(); !s.ok()) return s;
  Status s = InsertHandOff(item);
  if (s.ok()) {
    s = RememberItem(item.item, "handed_off",
                     "for node " + std::to_string(item.owner) + "/" + std::to_string(item.shards),
                     0, item.handed_at);
  }
  if (s.ok()) s = EndWrite();
  if (!s.ok()) Rollback();
  return s.ok() ? s : s.WithContext("handing an item off");
}

}  // namespace corpusd
