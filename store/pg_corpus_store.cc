// PgCorpusStore: documents, their details and duplicates.
#include "store/pg_corpus_store.h"

#include <limits>
#include <string>

#include "store/compression.h"
#include "store/pg_schema.h"
#include "store/record_columns.h"

namespace corpusd {
namespace {

constexpr std::size_t kMaxRawSize = std::size_t{1} << 31;
constexpr int kCandidatesPerBand = 32;

// "{1,2,3}": a bigint[] parameter.
template <typename Ints>
PgParam IntArray(const Ints& values) {
  std::string out = "{";
  for (auto v : values) out += (out.size() > 1 ? "," : "") + std::to_string(v);
  return PgParam::Text(out + "}");
}

// {"a","b \"quoted\""}: a text[] parameter.
template <typename Strings>
PgParam TextArray(const Strings& values) {
  std::string out = "{";
  for (const auto& v : values) {
    if (out.size() > 1) out += ',';
    out += '"';
    for (char c : std::string_view(v)) {
      if (c == '"' || c == '\\') out += '\\';
      out += c;
    }
    out += '"';
  }
  return PgParam::Text(out + "}");
}

std::vector<std::int64_t> BandNumbers(std::size_t n) {
  std::vector<std::int64_t> bands;
  for (std::size_t band = 0; band < n; ++band) bands.push_back(static_cast<std::int64_t>(band));
  return bands;
}

}  // namespace

Result<std::unique_ptr<PgCorpusStore>> PgCorpusStore::Open(const std::string& url) {
  Result<std::unique_ptr<PgConnection>> db = PgConnection::Connect(url);
  if (!db.ok()) return db.status();
  if (Status s = EnsurePgSchema(**db); !s.ok()) {
    return s.WithContext("creating the corpus in " + RedactedUrl(url));
  }
  return std::unique_ptr<PgCorpusStore>(new PgCorpusStore(RedactedUrl(url), std::move(*db)));
}

Result<std::int64_t> PgCorpusStore::ExactDuplicateOf(const Record& record) {
  // The content hash first, then the duplicate key: one round trip.
  return db_->QueryInt(
      "SELECT coalesce((SELECT id FROM documents WHERE content_hash = $1),"
      " (SELECT id FROM documents WHERE text_key_hash = $2))",
      {PgParam::Text(record.content_hash), PgParam::OrNull(record.text_key_hash)});
}

Result<std::int64_t> PgCorpusStore::NearDuplicateOf(const minhash::Signature& signature,
                                                    std::int64_t before) {
  const std::vector<std::int64_t> buckets = minhash::Buckets(signature);
  if (buckets.empty()) return 0;
  const std::vector<std::int64_t> bands = BandNumbers(buckets.size());
  // Up to 32 earliest documents per band, as the SQLite corpus looks (an
  // index range per band that stops at 32, not every document sharing a
  // bucket), in one round trip.
  Result<PgRows> rows = db_->Exec(
      "SELECT DISTINCT c.document_id FROM unnest($1::bigint[], $2::bigint[]) AS w(band, bucket)"
      " CROSS JOIN LATERAL (SELECT b.document_id FROM minhash_bands b"
      "   WHERE b.band = w.band AND b.bucket = w.bucket AND b.document_id < $3"
      "   ORDER BY b.document_id LIMIT $4) c ORDER BY c.document_id",
      {IntArray(bands), IntArray(buckets), PgParam::Int(before), PgParam::Int(kCandidatesPerBand)});
  if (!rows.ok()) return rows.status();
  std::vector<std::int64_t> candidates, missing;
  for (int i = 0; i < rows->size(); ++i) {
    candidates.push_back(rows->Int(i, 0));
    if (!signatures_.count(candidates.back())) missing.push_back(candidates.back());
  }
  // A cluster of near-duplicates meets the same earliest members again and
  // again: their signatures are read once (bounded; emptied on rollback).
  if (!missing.empty()) {
    Result<PgRows> read = db_->Exec(
        "SELECT document_id, signature FROM minhash_signatures WHERE document_id = ANY($1)",
        {IntArray(missing)});
    if (!read.ok()) return read.status();
    if (signatures_.size() + missing.size() > kMaxCachedSignatures) signatures_.clear();
    for (int i = 0; i < read->size(); ++i) {
      Result<minhash::Signature> other = minhash::Unpack(read->Bytes(i, 1));
      if (other.ok()) signatures_[read->Int(i, 0)] = std::move(*other);  // damaged: no candidate
    }
  }
  std::int64_t best = 0;
  double best_similarity = 0;
  for (std::int64_t id : candidates) {  // ascending: ties go to the earliest
    auto cached = signatures_.find(id);
    if (cached == signatures_.end()) continue;
    const double similarity = minhash::Similarity(signature, cached->second);
    if (similarity >= minhash::kNearDuplicate && similarity > best_similarity) {
      best = id;
      best_similarity = similarity;
    }
  }
  return best;
}

Status PgCorpusStore::SaveSignature(std::int64_t id, const minhash::Signature& signature) {
  signatures_.erase(id);
  if (signature.empty()) return Status::Ok();
  Status s = db_->Exec(
                    "INSERT INTO minhash_signatures (document_id, signature) VALUES ($1, $2)"
                    " ON CONFLICT (document_id) DO UPDATE SET signature = excluded.signature",
                    {PgParam::Int(id), PgParam::Bytes(minhash::Pack(signature))})
                 .status();
  const std::vector<std::int64_t> buckets = minhash::Buckets(signature);
  if (s.ok()) {
    s = db_->Exec(
               "INSERT INTO minhash_bands (band, bucket, document_id)"
               " SELECT band, bucket, $3 FROM unnest($1::bigint[], $2::bigint[]) AS w(band, bucket)"
               " ON CONFLICT DO NOTHING",
               {IntArray(BandNumbers(buckets.size())), IntArray(buckets), PgParam::Int(id)})
            .status();
  }
  return s;
}

Result<AppendOutcome> PgCorpusStore::AppendOne(const PendingDocument& doc) {
  const Record& r = doc.record;
  auto duplicate = [&](std::int64_t earlier) -> Result<AppendOutcome> {
    Status s = db_->Exec("UPDATE documents SET duplicates_seen = duplicates_seen + 1 WHERE id = $1",
                         {PgParam::Int(earlier)})
                   .status();
    if (!s.ok()) return s;
    return AppendOutcome{.duplicate = true, .id = earlier};
  };
  Result<std::int64_t> earlier = ExactDuplicateOf(r);
  if (!earlier.ok()) return earlier.status();
  if (*earlier != 0) return duplicate(*earlier);
  Result<std::int64_t> near =
      NearDuplicateOf(doc.minhash, std::numeric_limits<std::int64_t>::max());
  if (!near.ok()) return near.status();

  std::string scratch;
  Result<std::string_view> packed = PackedRaw(doc, scratch);
  if (!packed.ok()) return packed.status();
  const std::vector<std::int64_t> buckets = minhash::Buckets(doc.minhash);
  // The document, its raw input, signature, bands and line counts in one
  // statement (one round trip); nothing of it when the text is taken.
  Result<PgRows> inserted = db_->Exec(
      "WITH d AS (INSERT INTO documents (source, url, title, author, published_at, fetched_at,"
      " language, text, content_hash, content_type, encoding, replaced_sequences, dateline,"
      " encoding_decided_by, modified_at, canonical_url, site_name, description, extraction,"
      " text_key_hash, near_duplicate_of, rules_version)"
      " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18,"
      " $19, $20, $21, $22) ON CONFLICT DO NOTHING RETURNING id),"
      " r AS (INSERT INTO raw_inputs (document_id, size, compression, data)"
      "  SELECT id, $23, 'zstd', $24 FROM d),"
      " s AS (INSERT INTO minhash_signatures (document_id, signature)"
      "  SELECT id, $25 FROM d WHERE $25::bytea IS NOT NULL),"
      " b AS (INSERT INTO minhash_bands (band, bucket, document_id)"
      "  SELECT w.band, w.bucket, d.id FROM d, unnest($26::bigint[], $27::bigint[]) AS w(band, "
      "bucket)"
      "  ON CONFLICT DO NOTHING),"
      " l AS (INSERT INTO line_fingerprints (source, fingerprint, documents)"
      "  SELECT $1, f, count(*) FROM d, unnest($28::bigint[]) AS f GROUP BY f"
      "  ON CONFLICT (source, fingerprint) DO UPDATE"
      "  SET documents = line_fingerprints.documents + excluded.documents)"
      " SELECT id FROM d",
      {PgParam::Text(r.source),
       PgParam::OrNull(r.url),
       PgParam::OrNull(r.title),
       PgParam::OrNull(r.author),
       PgParam::OrNull(r.published_at),
       PgParam::Text(r.fetched_at),
       PgParam::OrNull(r.language),
       PgParam::Text(r.text),
       PgParam::Text(r.content_hash),
       PgParam::Text(r.content_type),
       PgParam::Text(r.encoding),
       PgParam::Int(static_cast<std::int64_t>(r.replaced_sequences)),
       PgParam::OrNull(r.dateline),
       PgParam::Text(r.encoding_decided_by),
       PgParam::OrNull(r.modified_at),
       PgParam::OrNull(r.canonical_url),
       PgParam::OrNull(r.site_name),
       PgParam::OrNull(r.description),
       PgParam::Text(r.extraction),
       PgParam::OrNull(r.text_key_hash),
       PgParam::IdOrNull(*near),
       PgParam::OrNull(r.rules_version),
       PgParam::Int(RawSize(doc)),
       PgParam::Bytes(*packed),
       doc.minhash.empty() ? PgParam::Null() : PgParam::Bytes(minhash::Pack(doc.minhash)),
       IntArray(BandNumbers(buckets.size())),
       IntArray(buckets),
       IntArray(doc.line_fingerprints)});
  if (!inserted.ok()) return inserted.status();
  if (inserted->size() == 0) {
    // Another node stored the same text since the look above: the database
    // waited for its transaction and kept its row.
    Result<std::int64_t> theirs = ExactDuplicateOf(r);
    if (!theirs.ok()) return theirs.status();
    if (*theirs == 0) return Status::Internal("a conflicting document vanished");
    return duplicate(*theirs);
  }
  const std::int64_t id = inserted->Int(0, 0);
  signatures_.erase(id);
  if (Status s = AppendDetails(id, doc); !s.ok()) return s;
  return AppendOutcome{.duplicate = false, .id = id, .near_duplicate_of = *near};
}

Status PgCorpusStore::AppendDetails(std::int64_t id, const PendingDocument& doc) {
  const Record& r = doc.record;
  if (r.removals.empty() && r.repairs.empty() && r.date_mentions.empty()) return Status::Ok();
  std::vector<std::string> rules, removed, kinds, texts, values, precisions;
  std::vector<std::int64_t> counts, begins, ends;
  for (const Removal& removal : r.removals) {
    rules.push_back(removal.rule);
    removed.push_back(removal.text);
  }
  for (const Repair& repair : r.repairs) {
    kinds.push_back(repair.kind);
    counts.push_back(static_cast<std::int64_t>(repair.count));
  }
  for (const DateMention& m : r.date_mentions) {
    begins.push_back(static_cast<std::int64_t>(m.begin));
    ends.push_back(static_cast<std::int64_t>(m.end));
    texts.push_back(m.text);
    values.push_back(m.value);
    precisions.push_back(std::string(DatePrecisionName(m.precision)));
  }
  // One statement: removals in order (seq from 0), repairs summed by kind,
  // date mentions once per start.
  return db_
      ->Exec(
          "WITH rm AS (INSERT INTO removals (document_id, seq, rule, text)"
          "  SELECT $1, x.n - 1, x.rule, x.text"
          "  FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS x(rule, text, n)),"
          " rp AS (INSERT INTO repairs (document_id, kind, count)"
          "  SELECT $1, x.kind, sum(x.count) FROM unnest($4::text[], $5::bigint[])"
          "  AS x(kind, count) GROUP BY x.kind ON CONFLICT (document_id, kind) DO UPDATE"
          "  SET count = repairs.count + excluded.count)"
          " INSERT INTO date_mentions (document_id, start, \"end\", text, value, precision)"
          "  SELECT $1, x.b, x.e, x.t, x.v, x.p FROM unnest($6::bigint[], $7::bigint[],"
          "  $8::text[], $9::text[], $10::text[]) AS x(b, e, t, v, p) ON CONFLICT DO NOTHING",
          {PgParam::Int(id), TextArray(rules), TextArray(removed), TextArray(kinds),
           IntArray(counts), IntArray(begins), IntArray(ends), TextArray(texts), TextArray(values),
           TextArray(precisions)})
      .status();
}

Result<std::int64_t> PgCorpusStore::CountDocuments() {
  return db_->QueryInt("SELECT count(*) FROM documents");
}

Result<std::int64_t> PgCorpusStore::DocumentsWithLine(const std::string& source,
                                                      std::int64_t fingerprint) {
  return db_->QueryInt(
      "SELECT documents FROM line_fingerprints WHERE source = $1 AND fingerprint = $2",
      {PgParam::Text(source), PgParam::Int(fingerprint)});
}

Result<std::int64_t> PgCorpusStore::DocumentsOfSource(const std::string& source) {
  return db_->QueryInt("SELECT count(*) FROM documents WHERE source = $1", {PgParam::Text(source)});
}

Result<std::int64_t> PgCorpusStore::DocumentWithUrl(const std::string& url) {
  // Two index lookups (a prepared statement's generic plan for "url = $1 OR
  // canonical_url = $1" scanned more).
  return db_->QueryInt(
      "SELECT min(id) FROM (SELECT id FROM documents WHERE url = $1"
      " UNION ALL SELECT id FROM documents WHERE canonical_url = $1) AS found",
      {PgParam::Text(url)});
}

Result<std::vector<bool>> PgCorpusStore::SeenItems(const std::string& source,
                                                   const std::vector<std::string>& keys) {
  if (keys.empty()) return std::vector<bool>{};
  Result<PgRows> rows = db_->Exec(
      "SELECT EXISTS (SELECT 1 FROM seen_items WHERE source = $1 AND item_key = k)"
      " FROM unnest($2::text[]) WITH ORDINALITY AS given(k, n) ORDER BY n",
      {PgParam::Text(source), TextArray(keys)});
  if (!rows.ok()) return rows.status();
  std::vector<bool> out;
  for (int r = 0; r < rows->size(); ++r) out.push_back(rows->Text(r, 0) == "t");
  if (out.size() != keys.size()) return Status::Internal("an item lookup lost rows");
  return out;
}

Result<std::vector<std::int64_t>> PgCorpusStore::DocumentsWithUrls(
    const std::vector<std::string>& urls) {
  if (urls.empty()) return std::vector<std::int64_t>{};
  Result<PgRows> rows = db_->Exec(
      "SELECT (SELECT min(id) FROM (SELECT id FROM documents WHERE url = u"
      " UNION ALL SELECT id FROM documents WHERE canonical_url = u) AS found)"
      " FROM unnest($1::text[]) WITH ORDINALITY AS given(u, n) ORDER BY n",
      {TextArray(urls)});
  if (!rows.ok()) return rows.status();
  std::vector<std::int64_t> out;
  for (int r = 0; r < rows->size(); ++r) out.push_back(rows->Int(r, 0));
  if (out.size() != urls.size()) return Status::Internal("a URL lookup lost rows");
  return out;
}

Result<std::string> PgCorpusStore::RawInput(std::int64_t document_id) {
  Result<PgRows> rows = db_->Exec("SELECT compression, data FROM raw_inputs WHERE document_id = $1",
                                  {PgParam::Int(document_id)});
  if (!rows.ok()) return rows.status();
  if (rows->size() == 0) {
    return Status::NotFound("no raw input for document " + std::to_string(document_id));
  }
  if (rows->Text(0, 0) != "zstd") {
    return Status::Unsupported("raw input compressed with an unknown method");
  }
  return ZstdDecompress(rows->Bytes(0, 1), kMaxRawSize);
}

Result<std::vector<KeylessDocument>> PgCorpusStore::DocumentsWithoutKeys(int limit) {
  Result<PgRows> rows =
      db_->Exec("SELECT id, text FROM documents WHERE text_key_hash IS NULL ORDER BY id LIMIT $1",
                {PgParam::Int(limit)});
  if (!rows.ok()) return rows.status();
  std::vector<KeylessDocument> out;
  for (int i = 0; i < rows->size(); ++i) out.push_back({rows->Int(i, 0), rows->Text(i, 1)});
  return out;
}

Status PgCorpusStore::SetKeysOf(const DocumentKeys& k) {
  Result<std::int64_t> near = NearDuplicateOf(k.minhash, k.id);
  Status s = near.status();
  if (s.ok()) {
    s = db_->Exec("UPDATE documents SET text_key_hash = $2, near_duplicate_of = $3 WHERE id = $1",
                  {PgParam::Int(k.id), PgParam::OrNull(k.text_key_hash), PgParam::IdOrNull(*near)})
            .status();
  }
  if (s.ok()) s = SaveSignature(k.id, k.minhash);
  return s;
}

Result<std::vector<StoredRecord>> PgCorpusStore::RecordsAfter(std::int64_t after_id, int limit) {
  Result<PgRows> rows = db_->Exec(std::string("SELECT ") + kRecordColumns +
                                      " FROM documents WHERE id > $1 ORDER BY id LIMIT $2",
                                  {PgParam::Int(after_id), PgParam::Int(limit)});
  if (!rows.ok()) return rows.status();
  std::vector<StoredRecord> out;
  for (int i = 0; i < rows->size(); ++i) {
    out.push_back(StoredRecordFrom([&](int c) { return rows->OptionalText(i, c); },
                                   [&](int c) { return rows->Int(i, c); }));
  }
  return out;
}

Result<ReplaceOutcome> PgCorpusStore::ReplaceOne(const StoredRecord& stored,
                                                 const minhash::Signature& signature) {
  const Record& r = stored.record;
  Result<std::int64_t> clash = db_->QueryInt(
      "SELECT id FROM documents WHERE id != $1 AND (content_hash = $2 OR text_key_hash = $3)"
      " ORDER BY id LIMIT 1",
      {PgParam::Int(stored.id), PgParam::Text(r.content_hash), PgParam::OrNull(r.text_key_hash)});
  if (!clash.ok()) return clash.status();
  if (*clash != 0) return ReplaceOutcome{.replaced = false, .conflict_with = *clash};
  Result<std::int64_t> near = NearDuplicateOf(signature, stored.id);
  if (!near.ok()) return near.status();
  Status s =
      db_->Exec(
             "UPDATE documents SET url = $2, title = $3, author = $4, published_at = $5,"
             " language = $6, text = $7, content_hash = $8, content_type = $9, encoding = $10,"
             " replaced_sequences = $11, dateline = $12, encoding_decided_by = $13,"
             " modified_at = $14, canonical_url = $15, site_name = $16, description = $17,"
             " extraction = $18, text_key_hash = $19, rules_version = $20,"
             " near_duplicate_of = $21 WHERE id = $1",
             {PgParam::Int(stored.id),
              PgParam::OrNull(r.url),
              PgParam::OrNull(r.title),
              PgParam::OrNull(r.author),
              PgParam::OrNull(r.published_at),
              PgParam::OrNull(r.language),
              PgParam::Text(r.text),
              PgParam::Text(r.content_hash),
              PgParam::Text(r.content_type),
              PgParam::Text(r.encoding),
              PgParam::Int(static_cast<std::int64_t>(r.replaced_sequences)),
              PgParam::OrNull(r.dateline),
              PgParam::Text(r.encoding_decided_by),
              PgParam::OrNull(r.modified_at),
              PgParam::OrNull(r.canonical_url),
              PgParam::OrNull(r.site_name),
              PgParam::OrNull(r.description),
              PgParam::Text(r.extraction),
              PgParam::OrNull(r.text_key_hash),
              PgParam::OrNull(r.rules_version),
              PgParam::IdOrNull(*near)})
          .status();
  for (const char* table :
       {"removals", "repairs", "date_mentions", "minhash_bands", "minhash_signatures"}) {
    if (!s.ok()) break;
    s = db_->Exec(std::string("DELETE FROM ") + table + " WHERE document_id = $1",
                  {PgParam::Int(stored.id)})
            .status();
  }
  if (s.ok()) s = SaveSignature(stored.id, signature);
  PendingDocument details;  // no line fingerprints: those were counted at the first store
  details.record = r;
  if (s.ok()) s = AppendDetails(stored.id, details);
  if (!s.ok()) return s;
  return ReplaceOutcome{.replaced = true};
}

PgCorpusStore::~PgCorpusStore() {
  // Held writes are whole batches: kept, not rolled back by the close.
  CommitHeld();
}

Status PgCorpusStore::CopyTo(const std::string&) {
  return Status::Unsupported("a PostgreSQL corpus is not a file: copy it with pg_dump");
}

}  // namespace corpusd
