// The corpus in PostgreSQL (`database = "postgresql://..."`), for a fleet
// of nodes writing one corpus that every reader sees. The same tables and
// columns as the SQLite file (store/pg_schema.h), the same Corpus interface
// and the same rules: a batch is one transaction (or one savepoint in the
// daemon's held transaction), so a node killed mid-batch loses nothing and
// doubles nothing. Two nodes storing the same text at once are resolved by
// the database: `content_hash` and `text_key_hash` are unique and the
// insert says ON CONFLICT DO NOTHING; the one that finds the row taken
// counts a duplicate.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "store/batched_corpus.h"
#include "store/corpus.h"
#include "store/postgres.h"

namespace corpusd {

class PgCorpusStore final : public BatchedCorpus {
 public:
  // Connects and creates the tables if missing.
  static Result<std::unique_ptr<PgCorpusStore>> Open(const std::string& url);
  ~PgCorpusStore() override;

  const std::string& path() const override { return name_; }
  Result<std::int64_t> CountDocuments() override;
  Result<std::int64_t> DocumentsWithLine(const std::string& source,
                                         std::int64_t fingerprint) override;
  Result<std::int64_t> DocumentsOfSource(const std::string& source) override;
  Result<std::string> RawInput(std::int64_t document_id) override;
  Result<std::int64_t> DocumentWithUrl(const std::string& url) override;
  Result<std::vector<KeylessDocument>> DocumentsWithoutKeys(int limit) override;
  Result<std::vector<StoredRecord>> RecordsAfter(std::int64_t after_id, int limit) override;

  // pg_corpus_store_state.cc
  Result<bool> SeenFileAt(const std::string& source, const std::string& path, std::uint64_t size,
                          std::int64_t mtime_ns) override;
  Result<bool> SeenFileContent(const FileOrigin& file, const std::string& seen_at) override;
  Status RecordRejectedFile(const FileOrigin& file, const std::string& reason,
                            const std::string& seen_at) override;
  Result<SourceState> LoadSourceState(const std::string& source) override;
  Status SaveSourceState(const std::string& source, const SourceState& state) override;
  Result<bool> SeenItem(const std::string& source, const std::string& key) override;
  Status RecordRejectedItem(const ItemOrigin& item, const std::string& reason,
                            const std::string& seen_at) override;
  Status RecordDuplicateItem(const ItemOrigin& item, std::int64_t document_id,
                             const std::string& seen_at) override;
  Result<std::vector<HandedOffItem>> HandOffsFor(int owner, int shards, const std::string& now,
                                                 int limit) override;
  Result<std::vector<HandedOffItem>> HandOffsNotFor(int shards, int limit) override;
  Status ReassignHandOff(const std::string& url, int owner, int shards) override;
  Status PostponeHandOff(const std::string& url, const std::string& due_at) override;
  Status DropHandOff(const std::string& url) override;
  Result<std::vector<bool>> SeenItems(const std::string& source,
                                      const std::vector<std::string>& keys) override;
  Result<std::vector<std::int64_t>> DocumentsWithUrls(
      const std::vector<std::string>& urls) override;
  Result<HttpValidators> LoadValidators(const std::string& url) override;
  Status SaveValidators(const std::string& url, const HttpValidators& validators,
                        const std::string& checked_at) override;

  // Not a file: always there; copies are PostgreSQL's business (pg_dump).
  Result<bool> StillAtPath() const override { return true; }
  Status CopyTo(const std::string& path) override;

 protected:
  Status ExecSql(const std::string& sql) override { return db_->Exec(sql).status(); }
  bool InTransaction() const override { return db_->InTransaction(); }
  const char* BeginSql() const override { return "BEGIN"; }
  void ForgetCached() override { signatures_.clear(); }
  Result<AppendOutcome> AppendOne(const PendingDocument& doc) override;
  Status RememberFile(const FileOrigin& file, std::string_view outcome, const std::string& reason,
                      std::int64_t document_id, const std::string& seen_at) override;
  Status InsertHandOff(const HandedOffItem& item) override;
  Status RememberItem(const ItemOrigin& item, std::string_view outcome, const std::string& reason,
                      std::int64_t document_id, const std::string& seen_at) override;
  Result<ReplaceOutcome> ReplaceOne(const StoredRecord& stored,
                                    const minhash::Signature& keys) override;
  Status SetKeysOf(const DocumentKeys& keys) override;

 private:
  PgCorpusStore(std::string name, std::unique_ptr<PgConnection> db)
      : name_(std::move(name)), db_(std::move(db)) {}
  Status AppendDetails(std::int64_t id, const PendingDocument& doc);
  Result<std::int64_t> ExactDuplicateOf(const Record& record);
  Result<std::int64_t> NearDuplicateOf(const minhash::Signature& signature, std::int64_t before);
  Status SaveSignature(std::int64_t id, const minhash::Signature& signature);

  std::string name_;  // the URL without its password
  std::unique_ptr<PgConnection> db_;
  // Signatures read for near-duplicate checks, by document id (as
  // CorpusStore's): bounded, and emptied when a transaction is rolled back.
  static constexpr std::size_t kMaxCachedSignatures = 4096;
  std::unordered_map<std::int64_t, minhash::Signature> signatures_;
};

}  // namespace corpusd
