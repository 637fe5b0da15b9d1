// The corpus as its writers see it, whatever database holds it: the records
// and state they append and ask about (below), and the interface, Corpus.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/minhash.h"
#include "core/record.h"
#include "core/status.h"

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

// A feed item left by the node that read the feed for the node of a fleet
// that owns its link's site (docs/fleet.md): the item as the feed gave it,
// and whose it is. The link is its identity: listed by two feeds, it is
// left once.
struct HandedOffItem {
  ItemOrigin item;    // the feed source that listed it, the item's key, the link
  std::string site;   // the link's registrable domain, which names the owner
  int owner = 0;      // node K of
  int shards = 0;     // N nodes, when it was left
  std::string title;  // the feed item's metadata, for the record
  std::string author;
  std::string published;  // ISO 8601, as the feed stated it; empty: none
  std::string handed_at;  // UTC timestamp
  int tries = 0;          // fetches that failed in a way worth trying again
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
  // The raw bytes compressed (zstd) by whoever built the document, off the
  // writer's thread; empty: the store compresses them. With it, `raw` may be
  // left empty, its size in raw_size.
  std::string raw_zstd;
  std::uint64_t raw_size = 0;
  // Fingerprints of the document's short paragraphs, counted per source for
  // learned boilerplate (see parsers/text/learned_boilerplate.h).
  std::vector<std::int64_t> line_fingerprints;
  // The drop-folder file or feed item it came from, remembered in the same
  // transaction.
  std::optional<FileOrigin> origin;
  std::optional<ItemOrigin> item;
  // The item was left for this node by another (HandedOffItem): its row in
  // item_handoffs, named by the item's url, goes in the same transaction.
  bool handed_off = false;
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

// What every writer goes through (the daemon, import, reprocess): the corpus,
// whichever database holds it. store/corpus_store.h is the SQLite file, the
// embedded default. The tables, their columns and what they mean are the
// same in every database: docs/corpus-schema.md.
//
// Not thread-safe: one thread owns a Corpus.
class Corpus {
 public:
  virtual ~Corpus() = default;

  // Where the corpus is, for messages: a file's path.
  virtual const std::string& path() const = 0;

  // Appends the batch in one transaction: every record is stored (or counted
  // as a duplicate) or, on error, none is and the corpus is as before.
  virtual Result<std::vector<AppendOutcome>> AppendBatch(
      const std::vector<PendingDocument>& batch) = 0;

  virtual Result<std::int64_t> CountDocuments() = 0;
  // In how many stored documents of `source` a line fingerprint occurs, and
  // how many documents the source has: what learned boilerplate is judged by.
  virtual Result<std::int64_t> DocumentsWithLine(const std::string& source,
                                                 std::int64_t fingerprint) = 0;
  virtual Result<std::int64_t> DocumentsOfSource(const std::string& source) = 0;
  // The raw input bytes kept for a document.
  virtual Result<std::string> RawInput(std::int64_t document_id) = 0;
  // A document stored from this URL (its `url` or `canonical_url`), or 0.
  virtual Result<std::int64_t> DocumentWithUrl(const std::string& url) = 0;

  // --- duplicate keys of documents stored before they existed ---
  // Up to `limit` documents without keys, in id order.
  virtual Result<std::vector<KeylessDocument>> DocumentsWithoutKeys(int limit) = 0;
  struct DocumentKeys {
    std::int64_t id = 0;
    std::string text_key_hash;
    minhash::Signature minhash;
  };
  // Records the keys of each document in one transaction, marking it a
  // near-duplicate of an earlier document where it is one.
  virtual Status SetKeys(const std::vector<DocumentKeys>& keys) = 0;

  // --- reprocessing ---
  // Up to `limit` documents with ids above `after_id`, in id order.
  virtual Result<std::vector<StoredRecord>> RecordsAfter(std::int64_t after_id, int limit) = 0;
  // Replaces each document's derived columns, removals, repairs, date
  // mentions, keys and near-duplicate mark with the record given, in one
  // transaction; the id and fetched_at stay. A record whose text would
  // repeat another document's is not applied.
  virtual Result<std::vector<ReplaceOutcome>> ReplaceBatch(
      const std::vector<StoredRecord>& batch, const std::vector<minhash::Signature>& keys) = 0;

  // --- the daemon's state ---
  // True when this path was dealt with at this size and modification time.
  virtual Result<bool> SeenFileAt(const std::string& source, const std::string& path,
                                  std::uint64_t size, std::int64_t mtime_ns) = 0;
  // True when this path was dealt with holding these bytes (then its size
  // and time are updated, so that the next look is the cheap one).
  virtual Result<bool> SeenFileContent(const FileOrigin& file, const std::string& seen_at) = 0;
  // Remembers a file that was refused ("rejected", with the reason), in its
  // own transaction. Stored files are remembered by AppendBatch.
  virtual Status RecordRejectedFile(const FileOrigin& file, const std::string& reason,
                                    const std::string& seen_at) = 0;
  virtual Result<SourceState> LoadSourceState(const std::string& source) = 0;
  virtual Status SaveSourceState(const std::string& source, const SourceState& state) = 0;
  // True when the source has dealt with this item (stored, duplicate or rejected).
  virtual Result<bool> SeenItem(const std::string& source, const std::string& key) = 0;
  // SeenItem and DocumentWithUrl for a whole poll's items at once: one round
  // trip each to a database server, where one per item added up.
  virtual Result<std::vector<bool>> SeenItems(const std::string& source,
                                              const std::vector<std::string>& keys) = 0;
  virtual Result<std::vector<std::int64_t>> DocumentsWithUrls(
      const std::vector<std::string>& urls) = 0;
  // Remembers an item that was refused, in its own transaction.
  virtual Status RecordRejectedItem(const ItemOrigin& item, const std::string& reason,
                                    const std::string& seen_at) = 0;
  // Remembers an item whose URL was already stored (by any source), with the
  // document and the reason "url", in its own transaction: it is not fetched.
  virtual Status RecordDuplicateItem(const ItemOrigin& item, std::int64_t document_id,
                                     const std::string& seen_at) = 0;
  virtual Result<HttpValidators> LoadValidators(const std::string& url) = 0;
  virtual Status SaveValidators(const std::string& url, const HttpValidators& validators,
                                const std::string& checked_at) = 0;

  // --- a fleet's hand-offs (item_handoffs) ---
  // Leaves an item for the node that owns its site, and remembers it as seen
  // by its source (outcome "handed_off"). An item already left stays as it is.
  virtual Status HandOffItem(const HandedOffItem& item) = 0;
  // Up to `limit` items left for node `owner` of `shards` and due at `now`
  // (a UTC timestamp), the longest waiting first.
  virtual Result<std::vector<HandedOffItem>> HandOffsFor(int owner, int shards,
                                                         const std::string& now, int limit) = 0;
  // Up to `limit` items left while the fleet had another number of nodes.
  virtual Result<std::vector<HandedOffItem>> HandOffsNotFor(int shards, int limit) = 0;
  // Gives a left item to another node (the fleet grew or shrank).
  virtual Status ReassignHandOff(const std::string& url, int owner, int shards) = 0;
  // Tries a left item again at `due_at` (a transient failure), counting the try.
  virtual Status PostponeHandOff(const std::string& url, const std::string& due_at) = 0;
  // Forgets a left item, once its owner has stored or refused it.
  virtual Status DropHandOff(const std::string& url) = 0;

  // --- held commits ---
  // While held, every write joins one transaction, opened by the first write
  // and committed by CommitHeld(): the daemon, whose polls each write a
  // little, commits a few times a second instead of three times per poll.
  // Each batch stays all or nothing (a savepoint inside the transaction), and
  // what it remembers (seen items and files, validators, schedules) commits
  // with it: a crash before the commit loses only work that the next poll
  // does again. Readers see the held writes when they are committed.
  virtual void HoldCommits(bool hold) = 0;
  // Commits the held writes; Ok when there are none. On failure they are
  // rolled back and the error says so.
  virtual Status CommitHeld() = 0;
  virtual bool HoldsWrites() const = 0;

  // --- a corpus file ---
  // False when the path no longer names the file opened (removed, or
  // replaced by another file): writes would go where no reader looks.
  virtual Result<bool> StillAtPath() const = 0;
  // Writes a whole, consistent copy of the corpus as this connection sees it
  // (held writes are committed first) to a new file: how a corpus moved or
  // replaced underneath is saved.
  virtual Status CopyTo(const std::string& path) = 0;
};

}  // namespace corpusd
