// The corpus: one SQLite file that corpusd appends to and other tools read
// while it does. CorpusStore owns the connection and every statement: those
// run per document, file or feed item are prepared once at open and reused;
// the few run once per batch or command (filling keys, reprocess pages,
// VACUUM INTO) are prepared where they run. At open it sets WAL, synchronous=NORMAL, a busy
// timeout and foreign keys, and migrates the schema. Appends are batched:
// one BEGIN IMMEDIATE transaction per batch, so readers see whole batches or
// nothing and are never blocked (WAL). A writer of many small batches (the
// daemon) may hold commits: then batches share one transaction, committed
// when it says (HoldCommits).
//
// Not thread-safe: one thread owns a CorpusStore.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/minhash.h"
#include "core/record.h"
#include "core/status.h"
#include "store/batched_corpus.h"
#include "store/corpus.h"
#include "store/sqlite.h"

namespace corpusd {

class CorpusStore final : public BatchedCorpus {
 public:
  // Opens or creates the corpus. Fails with a clear message for a file that is
  // not a SQLite database, a directory that cannot be written, or a schema
  // newer than this build. Never alters a file it refuses.
  static Result<std::unique_ptr<CorpusStore>> Open(const std::string& path);

  // WAL pages between automatic checkpoints (SQLite's default: 1000). The
  // many small commits of a polling cycle rewrite the same index and
  // full-text pages; a checkpoint copies each once per this many pages, so
  // fewer checkpoints write less (a 2,000-feed cycle: 7.5 s -> 6.3 s). The WAL
  // file grows to about this many pages (32 MB) and is then reused.
  static constexpr int kCheckpointPages = 8000;
  // SQLite's page cache while commits are held (corpus_store_transactions.cc).
  static constexpr int kHeldCacheKib = 8192;

  CorpusStore(const CorpusStore&) = delete;
  CorpusStore& operator=(const CorpusStore&) = delete;
  ~CorpusStore() override;

  const std::string& path() const override { return path_; }
  Result<std::int64_t> CountDocuments() override;
  Result<std::int64_t> DocumentsWithLine(const std::string& source,
                                         std::int64_t fingerprint) override;
  Result<std::int64_t> DocumentsOfSource(const std::string& source) override;
  Result<std::string> RawInput(std::int64_t document_id) override;
  Result<std::int64_t> DocumentWithUrl(const std::string& url) override;

  // corpus_store_keys.cc
  Result<std::vector<KeylessDocument>> DocumentsWithoutKeys(int limit) override;

  // corpus_store_reprocess.cc
  Result<std::vector<StoredRecord>> RecordsAfter(std::int64_t after_id, int limit) override;

  // corpus_store_state.cc
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
  Result<HttpValidators> LoadValidators(const std::string& url) override;
  Status SaveValidators(const std::string& url, const HttpValidators& validators,
                        const std::string& checked_at) override;

  Result<bool> StillAtPath() const override;
  // SQLite refuses writes to a moved file, and its WAL no longer sits beside
  // it: VACUUM INTO, with what is still in the WAL.
  Status CopyTo(const std::string& path) override;

 protected:
  Status ExecSql(const std::string& sql) override { return db_->Exec(sql); }
  bool InTransaction() const override { return db_->InTransaction(); }
  const char* BeginSql() const override { return "BEGIN IMMEDIATE"; }
  void ForgetCached() override { signatures_.clear(); }
  void OnHold() override;
  Result<AppendOutcome> AppendOne(const PendingDocument& doc) override;
  // Adds a batch's new documents to the full-text index, in one statement.
  Status AfterAppends(const std::vector<AppendOutcome>& outcomes) override;
  Status RememberFile(const FileOrigin& file, std::string_view outcome, const std::string& reason,
                      std::int64_t document_id, const std::string& seen_at) override;
  Status InsertHandOff(const HandedOffItem& item) override;
  Status RememberItem(const ItemOrigin& item, std::string_view outcome, const std::string& reason,
                      std::int64_t document_id, const std::string& seen_at) override;
  Result<ReplaceOutcome> ReplaceOne(const StoredRecord& stored,
                                    const minhash::Signature& keys) override;
  Status SetKeysOf(const DocumentKeys& keys) override;

 private:
  CorpusStore(std::string path, std::unique_ptr<SqliteDatabase> db);
  Status Prepare();
  Status AppendDetails(std::int64_t id, const PendingDocument& doc);
  // The earlier document (id below `before`) the signature nearly repeats, or 0.
  Result<std::int64_t> NearDuplicateOf(const minhash::Signature& signature, std::int64_t before);
  Status SaveSignature(std::int64_t id, const minhash::Signature& signature);
  // The stored document with this content hash or duplicate key, or 0.
  Result<std::int64_t> ExactDuplicateOf(const Record& record);

  std::string path_;
  std::uint64_t device_ = 0, inode_ = 0;  // of the file opened
  std::unique_ptr<SqliteDatabase> db_;
  std::unique_ptr<SqliteStatement> insert_document_;
  std::unique_ptr<SqliteStatement> insert_raw_;
  std::unique_ptr<SqliteStatement> find_by_hash_;
  std::unique_ptr<SqliteStatement> find_by_key_;
  std::unique_ptr<SqliteStatement> index_range_;
  std::unique_ptr<SqliteStatement> count_duplicate_;
  std::unique_ptr<SqliteStatement> insert_signature_;
  std::unique_ptr<SqliteStatement> insert_band_;
  std::unique_ptr<SqliteStatement> find_band_;
  std::unique_ptr<SqliteStatement> load_signature_;
  // Signatures read for near-duplicate checks, by document id: in a cluster
  // of near-duplicates every new member is compared with the same earliest
  // ones, which are then read once, not once per member. Bounded (emptied
  // when full); a document's entry goes when its signature is written, and
  // all go when a transaction is rolled back (its ids may come again).
  static constexpr std::size_t kMaxCachedSignatures = 4096;
  std::unordered_map<std::int64_t, minhash::Signature> signatures_;
  std::unique_ptr<SqliteStatement> insert_removal_;
  std::unique_ptr<SqliteStatement> insert_repair_;
  std::unique_ptr<SqliteStatement> insert_mention_;
  std::unique_ptr<SqliteStatement> count_line_;
  std::unique_ptr<SqliteStatement> find_line_;
  std::unique_ptr<SqliteStatement> count_source_;
  std::unique_ptr<SqliteStatement> remember_file_;
  std::unique_ptr<SqliteStatement> seen_file_at_;
  std::unique_ptr<SqliteStatement> seen_file_content_;
  std::unique_ptr<SqliteStatement> remember_item_;
  std::unique_ptr<SqliteStatement> seen_item_;
  std::unique_ptr<SqliteStatement> load_state_;
  std::unique_ptr<SqliteStatement> save_state_;
  std::unique_ptr<SqliteStatement> load_validators_;
  std::unique_ptr<SqliteStatement> save_validators_;
  std::unique_ptr<SqliteStatement> document_with_url_;
  std::unique_ptr<SqliteStatement> raw_input_;
  std::unique_ptr<SqliteStatement> set_keys_;
};

}  // namespace corpusd
