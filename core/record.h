// The record: one document as corpusd stores it. Field names are the column
// names of the `documents` table (see README, "The corpus file"); other tools
// depend on them.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace corpusd {

// What is known about a document's bytes before corpusd looks inside them.
struct RawInput {
  std::string bytes;
  std::string name;          // for messages: a path, a URL or "standard input"
  std::string url;           // file:// URI or http(s) URL; empty when unknown
  std::string content_type;  // declared by the transport or caller; may be empty
  std::string source;        // the configured source name
};

// One piece of debris the cleaning removed, and the rule that removed it, so
// that a user can ask "what did you remove from document 42, and why?".
struct Removal {
  std::string rule;  // e.g. "builtin:copy-protection", "source:inbox:2", "learned"
  std::string text;  // what was removed, as it stood in the decoded input
};

// One kind of repair made to the text's characters, and how often.
struct Repair {
  std::string kind;  // e.g. "mojibake:windows-1252", "mojibake:cp1251", "html-entities"
  std::size_t count = 0;
};

// How exact a date is.
enum class DatePrecision { kYear, kMonth, kDay, kHour, kMinute, kSecond };

// "year", "month", "day", "hour", "minute", "second": as stored in the corpus.
inline const char* DatePrecisionName(DatePrecision p) {
  static constexpr const char* kNames[] = {"year", "month", "day", "hour", "minute", "second"};
  return kNames[static_cast<int>(p)];
}

// A date mentioned in the text ("on Thursday", "October 14", "last month"),
// resolved against the publication date where there is one.
struct DateMention {
  std::size_t begin = 0;  // span in the record's text, in code points (as
  std::size_t end = 0;    // Python's str indexes it), end exclusive
  std::string text;       // as written
  std::string value;      // ISO 8601 at its precision: "2024", "2024-07", "2024-07-04", ...
  DatePrecision precision = DatePrecision::kDay;
};

struct Record {
  std::string source;
  std::optional<std::string> url;
  std::optional<std::string> title;
  std::optional<std::string> author;
  std::optional<std::string> published_at;  // ISO 8601 in the source's local time
  std::string fetched_at;                   // UTC, YYYY-MM-DDTHH:MM:SSZ
  std::optional<std::string> language;      // BCP 47
  std::optional<std::string> dateline;      // "ASTANA (Sputnik)", lifted from the text
  std::optional<std::string> modified_at;   // as published_at, for the last update
  std::optional<std::string> canonical_url;  // the page's own idea of its URL
  std::optional<std::string> site_name;
  std::optional<std::string> description;
  std::string extraction;  // how the text was chosen: "text", "main-content", "whole-page", "fragment"
  std::string text;                         // clean NFC UTF-8, paragraphs separated by "\n\n"
  std::string content_hash;                 // lowercase hex SHA-256 of `text`
  std::string text_key_hash;  // SHA-256 of the text's duplicate key (parsers/text/text_key.h)
  std::string rules_version;  // the cleaning that made the record (document_pipeline.h)
  std::string content_type;            // what corpusd parsed the input as: text/html, text/plain
  std::string encoding;                // the input's character encoding (WHATWG name)
  std::size_t replaced_sequences = 0;  // invalid byte sequences turned into U+FFFD
  std::string encoding_decided_by;     // "bom", "declared", "meta", "detected", ...
  std::vector<Repair> repairs;         // character repairs made (mojibake, entities)
  std::vector<Removal> removals;       // debris removed, in text order
  std::vector<DateMention> date_mentions;
};

}  // namespace corpusd
