// The record: one document as corpusd stores it. Field names are the column
// names of the `documents` table (see README, "The corpus file"); other tools
// depend on them.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

namespace corpusd {

// What is known about a document's bytes before corpusd looks inside them.
struct RawInput {
  std::string bytes;
  std::string name;          // for messages: a path, a URL or "standard input"
  std::string url;           // file:// URI or http(s) URL; empty when unknown
  std::string content_type;  // declared by the transport or caller; may be empty
  std::string source;        // the configured source name
};

struct Record {
  std::string source;
  std::optional<std::string> url;
  std::optional<std::string> title;
  std::optional<std::string> author;
  std::optional<std::string> published_at;  // ISO 8601 in the source's local time
  std::string fetched_at;                   // UTC, YYYY-MM-DDTHH:MM:SSZ
  std::optional<std::string> language;      // BCP 47
  std::string text;                         // clean NFC UTF-8, paragraphs separated by "\n\n"
  std::string content_hash;                 // lowercase hex SHA-256 of `text`
  std::string content_type;            // what corpusd parsed the input as: text/html, text/plain
  std::string encoding;                // the input's character encoding (WHATWG name)
  std::size_t replaced_sequences = 0;  // invalid byte sequences turned into U+FFFD
};

}  // namespace corpusd
