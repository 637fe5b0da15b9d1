// A record as JSON, keyed by the corpus column names (`corpusd extract`).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/record.h"

namespace corpusd {

// One JSON object; `id` is null for a record that is not stored. Absent
// optional fields are null, as in the corpus.
// With `input`, an "input" key comes first: the path or URL the record was
// made from (`extract --format jsonl`). `indent` -1: one line.
std::string RecordToJson(const Record& record, std::optional<std::int64_t> id, int indent = 2,
                         std::string_view input = {});

// {"input": ..., "error": ...}: one line, for an input that made no record.
std::string ErrorToJsonLine(std::string_view input, std::string_view error);

}  // namespace corpusd
