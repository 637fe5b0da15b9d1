// Publication dates to ISO 8601, from whatever a source writes: text header
// lines ("date 2024-07-04", "2024-07-05 06:15:31", "July 5, 2024",
// "5. Juli 2024", "5 июля 2024 г."), HTML meta and JSON-LD values, feed dates
// (RFC 822, RFC 3339). Month and weekday names in many languages come from
// ICU's locale data. A time zone is never invented: a naive local time stays
// naive unless the caller gives the source's IANA time zone. Pure and
// thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/record.h"

namespace corpusd {

struct DateContext {
  std::string language;   // BCP 47 hint for month names and day/month order; may be empty
  std::string time_zone;  // IANA zone ("Europe/Budapest") for naive times; may be empty
};

struct NormalizedDate {
  // "YYYY-MM-DD" when only the date is known; "YYYY-MM-DDTHH:MM:SS" when no
  // offset is known; "...+03:00" or "...Z" when one is. Never shifted to
  // another zone: the local date stays as published.
  std::string iso;
  DatePrecision precision = DatePrecision::kDay;
  bool has_offset = false;
};

// The date a whole string states (surrounding words such as "date",
// "Published:", "Updated on" allowed), or nullopt when it states none or an
// impossible one (2024-02-30). Years outside 1900-2100 are refused.
std::optional<NormalizedDate> NormalizeDate(std::string_view text, const DateContext& context);

}  // namespace corpusd
