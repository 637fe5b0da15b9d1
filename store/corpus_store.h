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
#include "store/sqlite.h"

namespace corpusd {

// A drop-folder file as the daemon met it. Its identity is the path, size,
// modification time and content hash: a file seen before is never imported
// again, even after a restart.
struct FileOrigin {
  std::string source;
  std::string path;
  std::uint64_t size = 0;
  std::int64_t mtime_ns = 0;
  std::string content_hash;  // SHA-256 of the bytes, hex
};

// What the daemon remembers of a source between runs.
struct SourceState {
  std::string last_run_at;  // UTC timestamps; empty: never
  std::string next_due_at;
  std::string last_error;     // empty after a good run
  std::int64_t failures = 0;  // in a row
  std::string url;            // network sources: the address after permanent redirects
  std::string parked;         // why the source is no longer polled; empty when it is
};

// A feed item or sitemap URL as the daemon met it: `key` is its identity
// within the source (parsers/feeds/feed_parser.h FeedItemKey).
struct ItemOrigin {
  std::string source;
  std::string key;
  std::string url;
};

// The validators of a URL for a conditional GET.
struct HttpValidators {
  std::string etag;
  std::string last_modified;
};

// One record to append, with the raw input bytes it was derived from.
struct PendingDocument {
  Record record;
  std::string raw;
  // Fingerprints of the document's short paragraphs, counted per source for
  // learned boilerplate (see parsers/text/learned_boilerplate.h).
  std::vector<std::int64_t> line_fingerprints;
  // The drop-folder file or feed item it came from, remembered in the same
  // transaction.
  std::optional<FileOrigin> origin;
  std::optional<ItemOrigin> item;
  // The text's MinHash signature (parsers/text/text_key.h); empty: too short.
  minhash::Signature minhash;
};

// What became of one appended record.
struct AppendOutcome {
  bool duplicate = false;              // the same text (or duplicate key) was already stored
  std::int64_t id = 0;                 // the new row, or the earlier one it duplicates
  std::int64_t near_duplicate_of = 0;  // the earlier document it nearly repeats; 0: none
};

// For a log line: "document 12", "duplicate of document 7", "document 12
// (near duplicate of 7)".
std::string DescribeOutcome(const AppendOutcome& outcome);

// A stored document whose duplicate keys are not yet known (stored before
// schema version 6).
struct KeylessDocument {
  std::int64_t id = 0;
  std::string text;
};

// A stored document as `corpusd reprocess` reads it back: the row's record
// (without its removals, repairs and date mentions).
struct StoredRecord {
  std::int64_t id = 0;
  Record record;
};

// What became of one document given to ReplaceBatch.
struct ReplaceOutcome {
  bool replaced = false;
  std::int64_t conflict_with = 0;  // the new text would repeat this document: left as it was
};

class CorpusStore {
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

  CorpusStore(const CorpusStore&) = delete;
  CorpusStore& operator=(const CorpusStore&) = delete;
  ~CorpusStore();

  // Appends the batch in one transaction: every record is stored (or counted
  // as a duplicate) or, on error, none is and the corpus is as before.
  Result<std::vector<AppendOutcome>> AppendBatch(const std::vector<PendingDocument>& batch);

  Result<std::int64_t> CountDocuments();
  // In how many stored documents of `source` a line fingerprint occurs, and
  // how many documents the source has: what learned boilerplate is judged by.
  Result<std::int64_t> DocumentsWithLine(const std::string& source, std::int64_t fingerprint);
  Result<std::int64_t> DocumentsOfSource(const std::string& source);
  // The raw input bytes kept for a document.
  Result<std::string> RawInput(std::int64_t document_id);
  // A document stored from this URL (its `url` or `canonical_url`), or 0.
  Result<std::int64_t> DocumentWithUrl(const std::string& url);

  // --- duplicate keys of documents stored before they existed (corpus_store_keys.cc) ---
  // Up to `limit` documents without keys, in id order.
  Result<std::vector<KeylessDocument>> DocumentsWithoutKeys(int limit);
  struct DocumentKeys {
    std::int64_t id = 0;
    std::string text_key_hash;
    minhash::Signature minhash;
  };
  // Records the keys of each document in one transaction, marking it a
  // near-duplicate of an earlier document where it is one.
  Status SetKeys(const std::vector<DocumentKeys>& keys);

  // --- reprocessing (corpus_store_reprocess.cc) ---
  // Up to `limit` documents with ids above `after_id`, in id order.
  Result<std::vector<StoredRecord>> RecordsAfter(std::int64_t after_id, int limit);
  // Replaces each document's derived columns, removals, repairs, date
  // mentions, keys and near-duplicate mark with the record given, in one
  // transaction; the id and fetched_at stay. A record whose text would
  // repeat another document's is not applied.
  Result<std::vector<ReplaceOutcome>> ReplaceBatch(const std::vector<StoredRecord>& batch,
                                                   const std::vector<minhash::Signature>& keys);

  // --- the daemon's state (corpus_store_state.cc) ---
  // True when this path was dealt with at this size and modification time.
  Result<bool> SeenFileAt(const std::string& source, const std::string& path, std::uint64_t size,
                          std::int64_t mtime_ns);
  // True when this path was dealt with holding these bytes (then its size
  // and time are updated, so that the next look is the cheap one).
  Result<bool> SeenFileContent(const FileOrigin& file, const std::string& seen_at);
  // Remembers a file that was refused ("rejected", with the reason), in its
  // own transaction. Stored files are remembered by AppendBatch.
  Status RecordRejectedFile(const FileOrigin& file, const std::string& reason,
                            const std::string& seen_at);
  Result<SourceState> LoadSourceState(const std::string& source);
  Status SaveSourceState(const std::string& source, const SourceState& state);
  // True when the source has dealt with this item (stored, duplicate or rejected).
  Result<bool> SeenItem(const std::string& source, const std::string& key);
  // Remembers an item that was refused, in its own transaction.
  Status RecordRejectedItem(const ItemOrigin& item, const std::string& reason,
                            const std::string& seen_at);
  // Remembers an item whose URL was already stored (by any source), with the
  // document and the reason "url", in its own transaction: it is not fetched.
  Status RecordDuplicateItem(const ItemOrigin& item, std::int64_t document_id,
                             const std::string& seen_at);
  Result<HttpValidators> LoadValidators(const std::string& url);
  Status SaveValidators(const std::string& url, const HttpValidators& validators,
                        const std::string& checked_at);

  // --- held commits (corpus_store_transactions.cc) ---
  // While held, every write joins one transaction, opened by the first write
  // and committed by CommitHeld(): the daemon, whose polls each write a
  // little, commits a few times a second instead of three times per poll.
  // Each batch stays all or nothing (a savepoint inside the transaction), and
  // what it remembers (seen items and files, validators, schedules) commits
  // with it: a crash before the commit loses only work that the next poll
  // does again. Readers see the held writes when they are committed.
  void HoldCommits(bool hold);
  static constexpr int kHeldCacheKib = 8192;  // SQLite's page cache while commits are held
  // Commits the held writes; Ok when there are none. On failure they are
  // rolled back and the error says so.
  Status CommitHeld();
  bool HoldsWrites() const { return held_open_; }

  const std::string& path() const { return path_; }
  // False when the path no longer names the file opened (removed, or
  // replaced by another file): writes would go where no reader looks.
  Result<bool> StillAtPath() const;
  // Writes a whole, consistent copy of the corpus as this connection sees it
  // (held writes are committed first; what is still in the WAL included) to a new file: how a
  // corpus moved or replaced underneath is saved (SQLite refuses writes to a moved file, and its
  // WAL no longer sits beside it).
  Status CopyTo(const std::string& path);

 private:
  CorpusStore(std::string path, std::unique_ptr<SqliteDatabase> db);
  Status Prepare();
  Result<AppendOutcome> AppendOne(const PendingDocument& doc);
  Status AppendDetails(std::int64_t id, const PendingDocument& doc);
  // Adds a batch's new documents to the full-text index, in one statement.
  Status IndexNewDocuments(const std::vector<AppendOutcome>& outcomes);
  // The earlier document (id below `before`) the signature nearly repeats, or 0.
  Result<std::int64_t> NearDuplicateOf(const minhash::Signature& signature, std::int64_t before);
  Status SaveSignature(std::int64_t id, const minhash::Signature& signature);
  // The stored document with this content hash or duplicate key, or 0.
  Result<std::int64_t> ExactDuplicateOf(const Record& record);
  Result<ReplaceOutcome> ReplaceOne(const StoredRecord& stored, const minhash::Signature& keys);
  Status RememberFile(const FileOrigin& file, std::string_view outcome, const std::string& reason,
                      std::int64_t document_id, const std::string& seen_at);
  Status RememberItem(const ItemOrigin& item, std::string_view outcome, const std::string& reason,
                      std::int64_t document_id, const std::string& seen_at);

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
  // A batch's transaction: BEGIN IMMEDIATE ... COMMIT, or while commits are
  // held a savepoint in the held transaction. Rollback() undoes the batch and
  // forgets what it may have cached.
  Status BeginWrite();
  Status EndWrite();
  void Rollback();
  // Before a write of one statement: joins the held transaction, if held.
  Status JoinHeld();
  bool hold_ = false;
  bool held_open_ = false;  // the held transaction is open
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
};

}  // namespace corpusd
