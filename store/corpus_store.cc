#include "store/corpus_store.h"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <limits>
#include <thread>
#include <utility>

#include "store/compression.h"
#include "store/schema.h"

namespace corpusd {
namespace {

constexpr int kBusyTimeoutMs = 10000;
constexpr std::size_t kMaxRawSize = std::size_t{1} << 31;
constexpr int kLockedRetryMs = 20;

bool IsLocked(const Status& status) {
  return status.message().find("database is locked") != std::string::npos;
}

// A reason a path cannot hold a corpus that SQLite would only describe as
// "unable to open database file".
Status ExplainOpenFailure(const std::string& path, const Status& sqlite_error) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::path p(path);
  const fs::path dir = p.has_parent_path() ? p.parent_path() : fs::path(".");
  if (fs::is_directory(p, ec)) return Status::InvalidInput("is a directory");
  if (!fs::exists(dir, ec))
    return Status::NotFound("directory " + dir.string() + " does not exist");
  if (access(dir.c_str(), W_OK) != 0) {
    return Status::IoError("directory " + dir.string() +
                           " is not writable (the corpus needs its -wal and -shm files beside it)");
  }
  if (fs::exists(p, ec) && access(p.c_str(), R_OK | W_OK) != 0) {
    return Status::IoError("file is not readable and writable");
  }
  return sqlite_error;
}

Status Step(SqliteStatement& stmt) {
  Result<bool> r = stmt.Step();
  return r.ok() ? Status::Ok() : r.status();
}

}  // namespace

CorpusStore::CorpusStore(std::string path, std::unique_ptr<SqliteDatabase> db)
    : path_(std::move(path)), db_(std::move(db)) {}

CorpusStore::~CorpusStore() {
  // Held writes are whole batches: kept, not rolled back by the close.
  CommitHeld();
  // Statements must be finalized before the connection closes.
  insert_document_.reset();
  insert_raw_.reset();
  find_by_hash_.reset();
}

Result<std::unique_ptr<CorpusStore>> CorpusStore::Open(const std::string& path) {
  Result<std::unique_ptr<SqliteDatabase>> db =
      SqliteDatabase::Open(path, SqliteDatabase::Mode::kReadWriteCreate);
  if (!db.ok()) return ExplainOpenFailure(path, db.status());
  SqliteDatabase& conn = **db;
  if (Status s = conn.SetBusyTimeout(kBusyTimeoutMs); !s.ok()) return s;

  // The first read of the file: SQLite checks its header here, before any
  // write, so a file that is not a database is refused untouched.
  Result<std::int64_t> schema = conn.QueryInt64("PRAGMA schema_version");
  if (!schema.ok()) {
    if (schema.status().code() == Status::Code::kCorruption) {
      return Status::Corruption("not a SQLite database");
    }
    return ExplainOpenFailure(path, schema.status());
  }
  // Two processes creating one corpus at once (the nodes of a fleet, started
  // together): the switch to WAL needs the file to itself, and SQLite says
  // "locked" at once rather than calling the busy handler. Tried again, up to
  // the busy timeout.
  Result<std::string> mode = conn.QueryText("PRAGMA journal_mode = WAL");
  for (int waited = 0; !mode.ok() && IsLocked(mode.status()) && waited < kBusyTimeoutMs;
       waited += kLockedRetryMs) {
    std::this_thread::sleep_for(std::chrono::milliseconds(kLockedRetryMs));
    mode = conn.QueryText("PRAGMA journal_mode = WAL");
  }
  if (!mode.ok()) return ExplainOpenFailure(path, mode.status().WithContext("switching to WAL"));
  if (*mode != "wal") {
    return Status::IoError("cannot switch the corpus to WAL mode (journal_mode is " + *mode + ")");
  }
  const std::string checkpoint =
      "PRAGMA wal_autocheckpoint = " + std::to_string(CorpusStore::kCheckpointPages);
  for (const char* pragma :
       {"PRAGMA synchronous = NORMAL", "PRAGMA foreign_keys = ON", checkpoint.c_str()}) {
    if (Status s = conn.Exec(pragma); !s.ok()) return s;
  }
  if (Status s = MigrateSchema(conn, CurrentSchemaVersion()); !s.ok())
    return ExplainOpenFailure(path, s);

  std::unique_ptr<CorpusStore> store(new CorpusStore(path, std::move(*db)));
  if (Status s = store->Prepare(); !s.ok()) return s;
  struct stat st {};
  if (stat(path.c_str(), &st) == 0) {
    store->device_ = st.st_dev;
    store->inode_ = st.st_ino;
  }
  return store;
}

Status CorpusStore::Prepare() {
  struct Want {
    std::unique_ptr<SqliteStatement>* slot;
    const char* sql;
  };
  const Want wants[] = {
      {&insert_document_,
       "INSERT INTO documents (source, url, title, author, published_at, fetched_at, language,"
       " text, content_hash, content_type, encoding, replaced_sequences, dateline,"
       " encoding_decided_by, modified_at, canonical_url, site_name, description, extraction,"
       " text_key_hash, near_duplicate_of, rules_version)"
       " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,"
       " ?18, ?19, ?20, ?21, ?22)"},
      {&insert_raw_,
       "INSERT INTO raw_inputs (document_id, size, compression, data) VALUES (?1, ?2, ?3, ?4)"},
      {&find_by_hash_, "SELECT id FROM documents WHERE content_hash = ?1"},
      {&index_range_,
       "INSERT INTO documents_fts (rowid, title, text)"
       " SELECT id, title, text FROM documents WHERE id BETWEEN ?1 AND ?2"},
      {&find_by_key_, "SELECT min(id) FROM documents WHERE text_key_hash = ?1"},
      {&count_duplicate_,
       "UPDATE documents SET duplicates_seen = duplicates_seen + 1 WHERE id = ?1"},
      {&insert_signature_,
       "INSERT OR REPLACE INTO minhash_signatures (document_id, signature) VALUES (?1, ?2)"},
      {&insert_band_,
       "INSERT OR IGNORE INTO minhash_bands (band, bucket, document_id) VALUES (?1, ?2, ?3)"},
      {&find_band_,
       "SELECT document_id FROM minhash_bands WHERE band = ?1 AND bucket = ?2"
       " AND document_id < ?3 ORDER BY document_id LIMIT 32"},
      {&load_signature_, "SELECT signature FROM minhash_signatures WHERE document_id = ?1"},
      {&insert_removal_,
       "INSERT INTO removals (document_id, seq, rule, text) VALUES (?1, ?2, ?3, ?4)"},
      {&insert_repair_,
       "INSERT INTO repairs (document_id, kind, count) VALUES (?1, ?2, ?3)"
       " ON CONFLICT DO UPDATE SET count = count + excluded.count"},
      {&insert_mention_,
       "INSERT OR IGNORE INTO date_mentions (document_id, start, end, text, value, precision)"
       " VALUES (?1, ?2, ?3, ?4, ?5, ?6)"},
      {&count_line_,
       "INSERT INTO line_fingerprints (source, fingerprint, documents) VALUES (?1, ?2, 1)"
       " ON CONFLICT DO UPDATE SET documents = documents + 1"},
      {&find_line_,
       "SELECT documents FROM line_fingerprints WHERE source = ?1 AND fingerprint = ?2"},
      {&count_source_, "SELECT count(*) FROM documents WHERE source = ?1"},
      {&remember_file_,
       "INSERT INTO seen_files (source, path, size, mtime_ns, content_hash, outcome, reason,"
       " document_id, seen_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"
       " ON CONFLICT DO UPDATE SET size = excluded.size, mtime_ns = excluded.mtime_ns,"
       " outcome = excluded.outcome, reason = excluded.reason,"
       " document_id = excluded.document_id, seen_at = excluded.seen_at"},
      {&seen_file_at_,
       "SELECT 1 FROM seen_files WHERE source = ?1 AND path = ?2 AND size = ?3 AND mtime_ns = ?4"
       " LIMIT 1"},
      {&seen_file_content_,
       "UPDATE seen_files SET size = ?4, mtime_ns = ?5, seen_at = ?6"
       " WHERE source = ?1 AND path = ?2 AND content_hash = ?3"},
      {&remember_item_,
       "INSERT INTO seen_items (source, item_key, url, outcome, reason, document_id, seen_at)"
       " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT DO UPDATE SET outcome = excluded.outcome,"
       " reason = excluded.reason, document_id = excluded.document_id, seen_at = excluded.seen_at"},
      {&seen_item_, "SELECT 1 FROM seen_items WHERE source = ?1 AND item_key = ?2"},
      {&load_state_,
       "SELECT last_run_at, next_due_at, last_error, failures, url, parked FROM source_state"
       " WHERE source = ?1"},
      {&save_state_,
       "INSERT INTO source_state (source, last_run_at, next_due_at, last_error, failures, url,"
       " parked) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (source) DO UPDATE SET"
       " last_run_at = excluded.last_run_at, next_due_at = excluded.next_due_at,"
       " last_error = excluded.last_error, failures = excluded.failures, url = excluded.url,"
       " parked = excluded.parked"},
      {&load_validators_, "SELECT etag, last_modified FROM http_validators WHERE url = ?1"},
      {&save_validators_,
       "INSERT INTO http_validators (url, etag, last_modified, checked_at) VALUES (?1, ?2, ?3, ?4)"
       " ON CONFLICT (url) DO UPDATE SET etag = excluded.etag,"
       " last_modified = excluded.last_modified, checked_at = excluded.checked_at"},
      {&document_with_url_, "SELECT min(id) FROM documents WHERE url = ?1 OR canonical_url = ?1"},
      {&raw_input_, "SELECT compression, data FROM raw_inputs WHERE document_id = ?1"},
      {&set_keys_, "UPDATE documents SET text_key_hash = ?2, near_duplicate_of = ?3 WHERE id = ?1"},
  };
  for (const Want& want : wants) {
    Result<SqliteStatement> stmt = db_->Prepare(want.sql);
    if (!stmt.ok()) return stmt.status();
    *want.slot = std::make_unique<SqliteStatement>(std::move(*stmt));
  }
  return Status::Ok();
}

Result<AppendOutcome> CorpusStore::AppendOne(const PendingDocument& doc) {
  const Record& r = doc.record;
  Result<std::int64_t> earlier = ExactDuplicateOf(r);
  if (!earlier.ok()) return earlier.status();
  if (*earlier != 0) {
    if (Status s = count_duplicate_->Run(*earlier); !s.ok()) return s;
    return AppendOutcome{.duplicate = true, .id = *earlier};
  }
  Result<std::int64_t> near =
      NearDuplicateOf(doc.minhash, std::numeric_limits<std::int64_t>::max());
  if (!near.ok()) return near.status();

  Status s = insert_document_->BindAll(
      r.source, r.url, r.title, r.author, r.published_at, r.fetched_at, r.language, r.text,
      r.content_hash, r.content_type, r.encoding, static_cast<std::int64_t>(r.replaced_sequences),
      r.dateline, r.encoding_decided_by, r.modified_at, r.canonical_url, r.site_name, r.description,
      r.extraction);
  // Bound apart: empty means NULL here, and an id of 0 is no document.
  if (s.ok() && !r.text_key_hash.empty()) s = insert_document_->BindText(20, r.text_key_hash);
  if (s.ok() && *near != 0) s = insert_document_->BindInt64(21, *near);
  if (s.ok() && !r.rules_version.empty()) s = insert_document_->BindText(22, r.rules_version);
  if (s.ok()) s = Step(*insert_document_);
  if (!s.ok()) return s;

  const std::int64_t id = db_->LastInsertRowId();
  std::string scratch;
  Result<std::string_view> packed = PackedRaw(doc, scratch);
  if (!packed.ok()) return packed.status();
  // The blob is bound apart: BindAll binds strings as text.
  s = insert_raw_->BindAll(id, RawSize(doc), "zstd");
  if (s.ok()) s = insert_raw_->BindBlob(4, *packed);
  if (s.ok()) s = Step(*insert_raw_);
  if (s.ok()) s = SaveSignature(id, doc.minhash);
  if (s.ok()) s = AppendDetails(id, doc);
  if (!s.ok()) return s;
  return AppendOutcome{.duplicate = false, .id = id, .near_duplicate_of = *near};
}

Status CorpusStore::AppendDetails(std::int64_t id, const PendingDocument& doc) {
  const Record& r = doc.record;
  std::int64_t seq = 0;
  for (const Removal& removal : r.removals) {
    if (Status s = insert_removal_->Run(id, seq++, removal.rule, removal.text); !s.ok()) return s;
  }
  for (const Repair& repair : r.repairs) {
    Status s = insert_repair_->Run(id, repair.kind, static_cast<std::int64_t>(repair.count));
    if (!s.ok()) return s;
  }
  for (const DateMention& m : r.date_mentions) {
    Status s = insert_mention_->Run(id, static_cast<std::int64_t>(m.begin),
                                    static_cast<std::int64_t>(m.end), m.text, m.value,
                                    DatePrecisionName(m.precision));
    if (!s.ok()) return s;
  }
  for (std::int64_t fingerprint : doc.line_fingerprints) {
    if (Status s = count_line_->Run(r.source, fingerprint); !s.ok()) return s;
  }
  return Status::Ok();
}

Status CorpusStore::AfterAppends(const std::vector<AppendOutcome>& outcomes) {
  std::int64_t first = 0, last = 0;
  for (const AppendOutcome& o : outcomes) {
    if (o.duplicate) continue;
    if (first == 0 || o.id < first) first = o.id;
    last = std::max(last, o.id);
  }
  if (first == 0) return Status::Ok();
  // The batch's new rows have the ids first..last and no others do: ids only
  // grow, and this transaction is the only writer.
  return index_range_->Run(first, last);
}

Result<bool> CorpusStore::StillAtPath() const {
  struct stat st {};
  if (stat(path_.c_str(), &st) != 0) {
    if (errno == ENOENT) return false;
    return Status::IoError(path_ + ": " + std::strerror(errno));
  }
  return static_cast<std::uint64_t>(st.st_dev) == device_ &&
         static_cast<std::uint64_t>(st.st_ino) == inode_;
}

Status CorpusStore::CopyTo(const std::string& path) {
  if (Status s = CommitHeld(); !s.ok()) return s;  // VACUUM runs outside a transaction
  Result<SqliteStatement> vacuum = db_->Prepare("VACUUM INTO ?1");
  if (!vacuum.ok()) return vacuum.status();
  return vacuum->Run(path);
}

void CorpusStore::OnHold() {
  // A batch's savepoint journals the pages it changes: kept in memory (it
  // holds one batch's pages), not in a temporary file written for every
  // batch (1.1 GB of writes in a 2,000-feed cycle). And a page cache that
  // holds a second of writes, so that they are not spilled into the WAL
  // before the commit (SQLite's default is 2 MiB). A 10,000-feed cycle:
  // 26.9 s with the default, 21.8 s with this, 8 MiB more memory.
  db_->Exec("PRAGMA temp_store = MEMORY");
  db_->Exec("PRAGMA cache_size = -" + std::to_string(kHeldCacheKib));
}

Result<std::int64_t> CorpusStore::CountDocuments() {
  return db_->QueryInt64("SELECT count(*) FROM documents");
}

Result<std::int64_t> CorpusStore::DocumentsWithLine(const std::string& source,
                                                    std::int64_t fingerprint) {
  if (Status s = find_line_->BindAll(source, fingerprint); !s.ok()) return s;
  return find_line_->StepOneInt64();
}

Result<std::int64_t> CorpusStore::DocumentsOfSource(const std::string& source) {
  if (Status s = count_source_->BindAll(source); !s.ok()) return s;
  return count_source_->StepOneInt64();
}

Result<std::int64_t> CorpusStore::DocumentWithUrl(const std::string& url) {
  if (Status s = document_with_url_->BindAll(url); !s.ok()) return s;
  return document_with_url_->StepOneInt64();
}

Result<std::string> CorpusStore::RawInput(std::int64_t document_id) {
  SqliteStatement* stmt = raw_input_.get();
  ResetOnExit reset(*stmt);
  if (Status s = stmt->BindAll(document_id); !s.ok()) return s;
  Result<bool> row = stmt->Step();
  if (!row.ok()) return row.status();
  if (!*row) return Status::NotFound("no raw input for document " + std::to_string(document_id));
  if (stmt->ColumnText(0).value_or("") != "zstd") {
    return Status::Unsupported("raw input compressed with an unknown method");
  }
  return ZstdDecompress(stmt->ColumnBlob(1), kMaxRawSize);
}

std::string DescribeOutcome(const AppendOutcome& outcome) {
  if (outcome.duplicate) return "duplicate of document " + std::to_string(outcome.id);
  std::string text = "document " + std::to_string(outcome.id);
  if (outcome.near_duplicate_of != 0) {
    text += " (near duplicate of " + std::to_string(outcome.near_duplicate_of) + ")";
  }
  return text;
}

}  // namespace corpusd
