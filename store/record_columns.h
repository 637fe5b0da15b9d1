// A stored document's columns as reprocessing reads them back, in one order
// for both corpora (SQLite and PostgreSQL): the SELECT list, and the record
// filled from a row through the database's own column getters.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "store/corpus.h"

namespace corpusd {

inline constexpr const char* kRecordColumns =
    "id, source, url, title, author, published_at, fetched_at, language, text, content_hash,"
    " content_type, encoding, replaced_sequences, dateline, encoding_decided_by, modified_at,"
    " canonical_url, site_name, description, extraction, text_key_hash, rules_version";

// `optional(i)` gives column i as text or nullopt for NULL; `integer(i)` as
// an integer.
template <typename Optional, typename Integer>
StoredRecord StoredRecordFrom(const Optional& optional, const Integer& integer) {
  StoredRecord stored;
  stored.id = integer(0);
  Record& r = stored.record;
  int c = 1;
  auto text = [&] { return optional(c++).value_or(""); };
  auto maybe = [&] { return optional(c++); };
  r.source = text();
  r.url = maybe();
  r.title = maybe();
  r.author = maybe();
  r.published_at = maybe();
  r.fetched_at = text();
  r.language = maybe();
  r.text = text();
  r.content_hash = text();
  r.content_type = text();
  r.encoding = text();
  r.replaced_sequences = static_cast<std::size_t>(integer(c++));
  r.dateline = maybe();
  r.encoding_decided_by = text();
  r.modified_at = maybe();
  r.canonical_url = maybe();
  r.site_name = maybe();
  r.description = maybe();
  r.extraction = text();
  r.text_key_hash = text();
  r.rules_version = text();
  return stored;
}

}  // namespace corpusd
