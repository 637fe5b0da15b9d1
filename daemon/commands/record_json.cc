#include "daemon/commands/record_json.h"

#include <nlohmann/json.hpp>

namespace corpusd {
namespace {

nlohmann::json OrNull(const std::optional<std::string>& v) {
  return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

}  // namespace

std::string ErrorToJsonLine(std::string_view input, std::string_view error) {
  nlohmann::ordered_json j;
  j["input"] = std::string(input);
  j["error"] = std::string(error);
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string RecordToJson(const Record& r, std::optional<std::int64_t> id, int indent,
                         std::string_view input) {
  nlohmann::ordered_json j;
  if (!input.empty()) j["input"] = std::string(input);
  j["id"] = id ? nlohmann::json(*id) : nlohmann::json(nullptr);
  j["source"] = r.source;
  j["url"] = OrNull(r.url);
  j["title"] = OrNull(r.title);
  j["author"] = OrNull(r.author);
  j["published_at"] = OrNull(r.published_at);
  j["fetched_at"] = r.fetched_at;
  j["language"] = OrNull(r.language);
  j["text"] = r.text;
  j["content_hash"] = r.content_hash;
  j["content_type"] = r.content_type;
  j["encoding"] = r.encoding;
  j["replaced_sequences"] = r.replaced_sequences;
  j["encoding_decided_by"] = r.encoding_decided_by;
  j["dateline"] = OrNull(r.dateline);
  j["modified_at"] = OrNull(r.modified_at);
  j["canonical_url"] = OrNull(r.canonical_url);
  j["site_name"] = OrNull(r.site_name);
  j["description"] = OrNull(r.description);
  j["extraction"] = r.extraction;
  j["repairs"] = nlohmann::json::array();
  for (const Repair& repair : r.repairs) {
    j["repairs"].push_back({{"kind", repair.kind}, {"count", repair.count}});
  }
  j["removals"] = nlohmann::json::array();
  for (const Removal& removal : r.removals) {
    j["removals"].push_back({{"rule", removal.rule}, {"text", removal.text}});
  }
  j["date_mentions"] = nlohmann::json::array();
  for (const DateMention& m : r.date_mentions) {
    j["date_mentions"].push_back({{"start", m.begin},
                                  {"end", m.end},
                                  {"text", m.text},
                                  {"value", m.value},
                                  {"precision", DatePrecisionName(m.precision)}});
  }
  // Text is valid UTF-8 by construction; "replace" guards the impossible case.
  return j.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace corpusd
