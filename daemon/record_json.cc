#include "daemon/record_json.h"

#include <nlohmann/json.hpp>

namespace corpusd {
namespace {

nlohmann::json OrNull(const std::optional<std::string>& v) {
  return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

}  // namespace

std::string RecordToJson(const Record& r, std::optional<std::int64_t> id, int indent) {
  nlohmann::ordered_json j;
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
  // Text is valid UTF-8 by construction; "replace" guards the impossible case.
  return j.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace corpusd
