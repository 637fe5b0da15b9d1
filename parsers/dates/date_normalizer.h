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
//
// How the unclear cases read:
//  - up to six words may come before the date; after it only a time, a zone,
//    weekday, hour and year words ("Uhr", "г.") and anything in parentheses.
//    "date 2024-07-04 President Putin says ..." is not a date string.
//  - "07/05/2024" (both numbers 12 or less) is month-first for US-style
//    English ("en", "en-US", "en-CA", "en-PH") and Filipino, day-first for
//    any other language and for no language. A number over 12 settles it
//    either way. Dotted dates ("07.05.2024") are always day-first.
//  - two-digit years are 2000-2069 and 1970-1999 ("05.07.24", RFC 822).
//  - a month name that means different months in different languages
//    ("listopad") takes the hint language's meaning, else the most used
//    language's.
//  - "-00:00" / "-0000" mean UTC with the local offset unknown: written "Z".
//    Zone names with one meaning ("EST", "CEST", "MSK") give their offset;
//    "IST" and "GST" (several zones each) and American "ET", "CT", "PT"
//    (standard or daylight time by the date) give none.
//  - a bare number of 10 or 13 digits is a Unix timestamp in seconds or
//    milliseconds: UTC ("Z"), or the local time and offset of `time_zone`.
//  - a year alone ("2024") is a date of year precision only when nothing
//    else is written; "2024-07" and "July 2024" are of month precision.
//  - a naive wall time that a DST change skips takes the offset before the
//    change; one that occurs twice takes the later (standard-time) offset.
std::optional<NormalizedDate> NormalizeDate(std::string_view text, const DateContext& context);

}  // namespace corpusd
