// What the SQLite and the PostgreSQL corpus share: how a batch is written.
// Each document of a batch is appended, with the file or feed item it came
// from, all or nothing, in a transaction of its own, or, while commits are
// held (Corpus::HoldCommits), in a savepoint of the one held transaction.
// Each store says how it talks to its database and how one document is
// appended, replaced or given keys.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "store/corpus.h"

namespace corpusd {

class BatchedCorpus : public Corpus {
 public:
  Result<std::vector<AppendOutcome>> AppendBatch(const std::vector<PendingDocument>& batch) final;
  Result<std::vector<ReplaceOutcome>> ReplaceBatch(
      const std::vector<StoredRecord>& batch, const std::vector<minhash::Signature>& keys) final;
  Status SetKeys(const std::vector<DocumentKeys>& keys) final;
  Status HandOffItem(const HandedOffItem& item) final;
  // One SeenItem or DocumentWithUrl after the other (a file: no round trips).
  Result<std::vector<bool>> SeenItems(const std::string& source,
                                      const std::vector<std::string>& keys) override;
  Result<std::vector<std::int64_t>> DocumentsWithUrls(
      const std::vector<std::string>& urls) override;

  void HoldCommits(bool hold) final;
  Status CommitHeld() final;
  bool HoldsWrites() const final { return held_open_; }

 protected:
  // --- the database's side ---
  virtual Status ExecSql(const std::string& sql) = 0;
  // False in autocommit: no transaction open, or the database ended it
  // itself after an error (then what it held is undone).
  virtual bool InTransaction() const = 0;
  virtual const char* BeginSql() const = 0;  // "BEGIN IMMEDIATE", "BEGIN"
  // Forgets what a rolled-back transaction may have cached.
  virtual void ForgetCached() = 0;
  // Settings for holding commits (SQLite: where savepoints journal, the cache).
  virtual void OnHold() {}

  // --- one document ---
  virtual Result<AppendOutcome> AppendOne(const PendingDocument& doc) = 0;
  // After a batch's appends, before its commit (SQLite: the full-text index).
  virtual Status AfterAppends(const std::vector<AppendOutcome>&) { return Status::Ok(); }
  virtual Status RememberFile(const FileOrigin& file, std::string_view outcome,
                              const std::string& reason, std::int64_t document_id,
                              const std::string& seen_at) = 0;
  virtual Status RememberItem(const ItemOrigin& item, std::string_view outcome,
                              const std::string& reason, std::int64_t document_id,
                              const std::string& seen_at) = 0;
  virtual Status InsertHandOff(const HandedOffItem& item) = 0;
  virtual Result<ReplaceOutcome> ReplaceOne(const StoredRecord& stored,
                                            const minhash::Signature& keys) = 0;
  virtual Status SetKeysOf(const DocumentKeys& keys) = 0;

  // Before a write of one statement: joins the held transaction, if held.
  Status JoinHeld();

  // The document's raw bytes as stored: its raw_zstd, else compressed here
  // into `scratch`.
  static Result<std::string_view> PackedRaw(const PendingDocument& doc, std::string& scratch);
  // The size of the document's raw bytes before compression.
  static std::int64_t RawSize(const PendingDocument& doc) {
    return static_cast<std::int64_t>(doc.raw_zstd.empty() ? doc.raw.size() : doc.raw_size);
  }

 private:
  Status BeginWrite();  // BEGIN, or a savepoint in the held transaction
  Status EndWrite();
  void Rollback();  // the batch undone, caches forgotten

  bool hold_ = false;
  bool held_open_ = false;  // the held transaction is open
};

}  // namespace corpusd
