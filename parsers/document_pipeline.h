// The pure part of the pipeline, the stages in order: read bytes (RawInput)
// -> sniff -> decode -> parse (HTML or text) -> repair characters -> clean ->
// lift metadata -> remove debris -> repair layout -> record (language, date
// mentions, hash). No I/O, no clock: the caller (daemon/ingest/, the one
// route every command and the service take) sets `fetched_at` and stores.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/minhash.h"
#include "core/record.h"
#include "core/status.h"
#include "parsers/dates/date_normalizer.h"
#include "parsers/text/boilerplate_rules.h"
#include "parsers/text/learned_boilerplate.h"

namespace corpusd {

// What the pipeline knows of the input's source. The pointed-to objects must
// outlive the call.
struct PipelineOptions {
  const BoilerplateRules* rules = nullptr;  // required: built-ins and the source's rules
  const LineMemory* memory = nullptr;       // the source's line counts; null: learn nothing
  LearnedThreshold learned;
  DateContext dates;  // the source's time zone and language hints
  // The input is an HTML fragment (a feed item's content:encoded), not a
  // page: all of its text is the content, and it has no head to read.
  bool html_fragment = false;
  // "YYYY-MM-DD": a page's dates after this day are not taken as its
  // publication or modification date (the caller passes the day after the
  // fetch; the pipeline never reads the clock). Empty: no bound.
  std::string not_after;
};

struct BuiltDocument {
  Record record;                                // `fetched_at` left empty for the caller
  std::vector<std::int64_t> line_fingerprints;  // to count when the record is stored
  minhash::Signature minhash;                   // for near-duplicates (parsers/text/text_key.h)
};

// Metadata fields are short by nature; a page (or feed) that puts megabytes
// in one is hostile or broken. Titles, authors, site names and datelines are
// cut to 1 KiB, descriptions to 4 KiB (at a character boundary); a URL
// longer than 8 KiB is dropped, since a cut one would be wrong. BuildDocument
// applies this; callers that add fields from a feed apply it again.
void CapMetadataFields(Record* record);

// Bumped whenever a change to the pipeline's code changes what it makes of
// an input. With the rules' own version it forms a record's `rules_version`
// ("p1-r0123abcd"): `corpusd reprocess` redoes the records of older ones.
inline constexpr int kPipelineVersion = 1;
std::string RulesVersion(const BoilerplateRules& rules);

// The record for one input, or why there is none (empty, binary, no text).
Result<BuiltDocument> BuildDocument(const RawInput& input, const PipelineOptions& options);

}  // namespace corpusd
