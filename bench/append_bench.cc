// Append throughput: corpusd's store (CorpusStore::AppendBatch: duplicate
// keys, MinHash LSH near-duplicate lookup, zstd raw input, FTS5 index,
// details) against plain SQLite inserts of the same rows (the same
// `documents` columns and the raw bytes, prepared statements, the same
// transactions, WAL, synchronous=NORMAL), and against those plain inserts
// with the same FTS5 index kept by a trigger, in the same run, on the same
// disk.
//
//   build/bench/append_bench [DOCUMENTS] [BATCH] [DIR]
//
// APPEND_BENCH_KEEP=1 leaves the three corpus files in DIR.
// Defaults: 20000 documents, 256 per transaction, a temporary folder in
// /tmp. Documents are synthetic news-like texts of 300-700 words from a
// 6000-word vocabulary (no two alike), each with an HTML raw input around it.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "core/content_hash.h"
#include "parsers/text/text_key.h"
#include "store/corpus_store.h"
#include "store/sqlite.h"

namespace {

using corpusd::PendingDocument;
using Clock = std::chrono::steady_clock;

std::vector<PendingDocument> MakeDocuments(int n) {
  std::mt19937 random(42);
  std::vector<std::string> vocabulary;
  std::uniform_int_distribution<int> length(2, 10), letter(0, 25);
  for (int i = 0; i < 6000; ++i) {
    std::string w;
    for (int k = length(random); k > 0; --k) w.push_back(static_cast<char>('a' + letter(random)));
    vocabulary.push_back(w);
  }
  // Zipf-like: common words come up often, as in real text.
  std::vector<double> weights;
  for (int i = 0; i < 6000; ++i) weights.push_back(1.0 / (i + 1));
  std::discrete_distribution<int> word(weights.begin(), weights.end());
  std::uniform_int_distribution<int> words(300, 700);
  std::vector<PendingDocument> docs(n);
  for (int i = 0; i < n; ++i) {
    std::string text;
    const int count = words(random);
    for (int w = 0; w < count; ++w) {
      text += vocabulary[word(random)];
      text += (w % 60 == 59) ? ".\n\n" : " ";
    }
    text += "report " + std::to_string(i) + ".";
    PendingDocument& d = docs[i];
    corpusd::Record& r = d.record;
    r.source = "bench";
    r.url = "https://news.example/articles/" + std::to_string(i) + ".html";
    r.title = "Article " + std::to_string(i);
    r.published_at = "2026-12-01T10:00:00Z";
    r.fetched_at = "2026-12-02T10:00:00Z";
    r.language = "en";
    r.content_type = "text/html";
    r.encoding = "UTF-8";
    r.encoding_decided_by = "meta";
    r.extraction = "main-content";
    r.rules_version = "p1-rbench";
    r.content_hash = corpusd::Sha256Hex(text);
    d.raw = "<html><head><title>" + *r.title + "</title></head><body><nav>Home | News</nav>" +
            "<article><p>" + text + "</p></article><footer>Copyright</footer></body></html>";
    r.removals.push_back({"builtin:share", "Share this"});
    r.text = std::move(text);
    corpusd::TextKeys keys = corpusd::KeysOf(r.text);
    r.text_key_hash = std::move(keys.key_hash);
    d.minhash = std::move(keys.minhash);
  }
  return docs;
}

void Check(const corpusd::Status& s, const char* what) {
  if (!s.ok()) {
    std::fprintf(stderr, "append_bench: %s: %s\n", what, s.ToString().c_str());
    std::exit(1);
  }
}

double RunCorpusd(const std::vector<PendingDocument>& docs, std::size_t batch,
                  const std::string& path) {
  auto store = corpusd::CorpusStore::Open(path);
  Check(store.status(), "opening the corpus");
  const auto start = Clock::now();
  for (std::size_t i = 0; i < docs.size(); i += batch) {
    std::vector<PendingDocument> chunk(docs.begin() + i,
                                       docs.begin() + std::min(docs.size(), i + batch));
    auto outcomes = (*store)->AppendBatch(chunk);
    Check(outcomes.status(), "appending");
  }
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// The same FTS5 index as the corpus's (store/schema.cc, migration 6).
constexpr const char* kFullText =
    "CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content=\"documents\","
    " content_rowid=\"id\", tokenize='unicode61 remove_diacritics 2');"
    "CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN"
    " INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END;";

double RunPlainSqlite(const std::vector<PendingDocument>& docs, std::size_t batch,
                      const std::string& path, bool full_text) {
  using corpusd::SqliteDatabase;
  auto db = SqliteDatabase::Open(path, SqliteDatabase::Mode::kReadWriteCreate);
  Check(db.status(), "opening");
  SqliteDatabase& conn = **db;
  Check(conn.Exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"
                  "CREATE TABLE documents (id INTEGER PRIMARY KEY, source TEXT NOT NULL, url TEXT,"
                  " title TEXT, published_at TEXT, fetched_at TEXT NOT NULL, language TEXT,"
                  " text TEXT NOT NULL, content_hash TEXT NOT NULL UNIQUE, content_type TEXT,"
                  " encoding TEXT, rules_version TEXT);"
                  "CREATE TABLE raw_inputs (document_id INTEGER PRIMARY KEY, data BLOB NOT NULL);"),
        "creating");
  if (full_text) Check(conn.Exec(kFullText), "creating the full-text index");
  auto insert = conn.Prepare(
      "INSERT INTO documents (source, url, title, published_at, fetched_at, language, text,"
      " content_hash, content_type, encoding, rules_version)"
      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
  Check(insert.status(), "preparing");
  auto raw = conn.Prepare("INSERT INTO raw_inputs (document_id, data) VALUES (?1, ?2)");
  Check(raw.status(), "preparing");
  const auto start = Clock::now();
  for (std::size_t i = 0; i < docs.size(); i += batch) {
    Check(conn.Exec("BEGIN IMMEDIATE"), "begin");
    for (std::size_t k = i; k < std::min(docs.size(), i + batch); ++k) {
      const corpusd::Record& r = docs[k].record;
      Check(insert->Run(r.source, r.url, r.title, r.published_at, r.fetched_at, r.language, r.text,
                        r.content_hash, r.content_type, r.encoding, r.rules_version),
            "insert");
      Check(raw->BindAll(conn.LastInsertRowId()), "bind");
      Check(raw->BindBlob(2, docs[k].raw), "bind");
      Check(raw->Step().status(), "insert raw");
    }
    Check(conn.Exec("COMMIT"), "commit");
  }
  return std::chrono::duration<double>(Clock::now() - start).count();
}

}  // namespace

int main(int argc, char** argv) {
  const int n = argc > 1 ? std::atoi(argv[1]) : 20000;
  const std::size_t batch = argc > 2 ? std::strtoul(argv[2], nullptr, 10) : 256;
  namespace fs = std::filesystem;
  const fs::path dir = argc > 3 ? fs::path(argv[3]) : fs::temp_directory_path() / "append_bench";
  fs::remove_all(dir);
  fs::create_directories(dir);

  const auto made = Clock::now();
  const std::vector<PendingDocument> docs = MakeDocuments(n);
  double text_mb = 0, raw_mb = 0;
  for (const PendingDocument& d : docs) {
    text_mb += static_cast<double>(d.record.text.size()) / 1e6;
    raw_mb += static_cast<double>(d.raw.size()) / 1e6;
  }
  std::printf("%d documents, %zu per transaction: %.1f MB of text, %.1f MB of raw input\n", n,
              batch, text_mb, raw_mb);
  const double keys_s = std::chrono::duration<double>(Clock::now() - made).count();
  std::printf("(making them, keys included: %.1f s)\n\n", keys_s);

  const double plain = RunPlainSqlite(docs, batch, (dir / "plain.db").string(), false);
  const double plain_fts = RunPlainSqlite(docs, batch, (dir / "plain_fts.db").string(), true);
  const double ours = RunCorpusd(docs, batch, (dir / "corpus.db").string());
  auto line = [&](const char* name, double seconds, const fs::path& file) {
    std::uintmax_t bytes = fs::file_size(file);
    std::error_code ec;
    const std::uintmax_t wal = fs::file_size(file.string() + "-wal", ec);
    if (!ec) bytes += wal;
    std::printf("%-20s %7.2f s %9.0f docs/s %7.1f MB/s text %7.1f MB/s raw %8.1f MB on disk\n",
                name, seconds, n / seconds, text_mb / seconds, raw_mb / seconds,
                static_cast<double>(bytes) / 1e6);
  };
  line("plain SQLite inserts", plain, dir / "plain.db");
  line("plain + FTS5 index", plain_fts, dir / "plain_fts.db");
  line("corpusd AppendBatch", ours, dir / "corpus.db");
  std::printf("\ncorpusd takes %.2fx the time of plain inserts, %.2fx that of plain + FTS5\n",
              ours / plain, ours / plain_fts);
  if (std::getenv("APPEND_BENCH_KEEP") == nullptr) fs::remove_all(dir);
  return 0;
}
