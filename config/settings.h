// Typed settings with their embedded defaults. The command line's flags and
// the TOML config file (daemon_config.h) fill the same structs, and each
// component receives only its own part.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace corpusd {

// Where the corpus lives.
struct StoreSettings {
  std::string database = "corpus.db";
};

// A source's own debris rule: a paragraph that equals `pattern` (literal,
// case-insensitive, white space collapsed) or that the regular expression
// matches as a whole is removed.
struct BoilerplateRuleSpec {
  std::string pattern;
  bool regex = false;
};

// How inputs become records.
struct ImportSettings {
  std::string source = "local";  // the source name recorded with each document
  std::string time_zone;         // IANA zone for naive local times; empty: keep them naive
  std::string language;          // a hint (BCP 47) for dates and language id; may be empty
  std::vector<BoilerplateRuleSpec> boilerplate;  // the source's own debris rules
  // A short paragraph seen in at least this many of the source's stored
  // documents, and in at least `learned_share` of them, is learned debris.
  std::int64_t learned_min_documents = 5;
  double learned_share = 0.02;
  // Larger inputs are refused with a reason rather than read into memory.
  std::uint64_t max_document_bytes = std::uint64_t{64} << 20;
  // A batch is committed when it holds this many documents, this many raw
  // bytes, or has waited this long, whichever comes first: readers see
  // progress at least that often, and a transaction stays short.
  std::size_t batch_documents = 256;
  std::size_t batch_bytes = std::size_t{32} << 20;
  std::chrono::milliseconds batch_delay{1000};
};

}  // namespace corpusd
