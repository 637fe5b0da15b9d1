// A record as JSON, keyed by the corpus column names (`corpusd extract`).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/record.h"

namespace corpusd {

// One JSON object; `id` is null for a record that is not stored. Absent
// optional fields are null, as in the corpus.
std::string RecordToJson(const Record& record, std::optional<std::int64_t> id, int indent = 2);

}  // namespace corpusd
