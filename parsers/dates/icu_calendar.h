// The calendar side of ICU for date parsing: time zone offsets from the IANA
// database, month and weekday names and the calendar patterns from CLDR
// locale data, and the case folding those names are matched with. Only
// icu_calendar.cc includes ICU's calendar, formatting and resource-bundle
// headers. Every function is thread-safe; only IanaZoneName keeps state
// between calls (ICU's zone names, read once).
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace corpusd {

// The UTC offset, in seconds east of Greenwich, that the IANA zone `zone`
// ("Europe/Sofia") has at a wall-clock time there. `local_seconds` counts
// seconds since 1970-01-01T00:00:00 of that wall clock, as if it were UTC. A
// wall time skipped by a DST change takes the offset before the change; one
// that occurs twice takes the later (standard time) one. Fails for a zone ICU
// does not know.
Result<int> ZoneOffsetAtLocalTime(std::string_view zone, std::int64_t local_seconds);

// The same for an instant: `utc_seconds` since the Unix epoch.
Result<int> ZoneOffsetAtInstant(std::string_view zone, std::int64_t utc_seconds);

// The IANA zone name ICU knows that `name` spells in any case
// ("europe/brussels" -> "Europe/Brussels"), links and old names included;
// empty when ICU knows none. Only names with a '/' are looked up, so that
// abbreviations ("EST") stay with the callers' own tables.
std::string IanaZoneName(std::string_view name);

// Month and weekday names one locale writes with the Gregorian calendar, as
// ICU's CLDR data has them (UTF-8, not case-folded, trailing dots kept):
// wide and abbreviated, in the format context (genitive where a language
// has one: "июля") and the stand-alone one (nominative: "июль").
struct LocaleDateNames {
  std::array<std::vector<std::string>, 12> months;         // wide; [0] is January
  std::array<std::vector<std::string>, 12> short_months;   // abbreviated
  std::array<std::vector<std::string>, 7> weekdays;        // wide; [0] is Monday
  std::array<std::vector<std::string>, 7> short_weekdays;  // abbreviated
  // Letters the locale's date formats write glued to a month name, before
  // it (Hebrew's "ב": "5 ביולי 2024") or after it (Basque's "ren":
  // "2024ko uztailaren 5a"; Mongolian's "ын"), from its CLDR patterns.
  std::vector<std::string> month_prefixes;
  std::vector<std::string> month_suffixes;
  // What its date-time patterns write between a date and its time ("at",
  // "um", "στις", "a les", "pukul", ", "), and around a time ("ч",
  // "बजे", "시"), as written: callers take the words out.
  std::vector<std::string> time_links;
  std::vector<std::string> time_words;
  // Whether its time formats put a dot between hour and minute ("15.30").
  bool dotted_times = false;
  // Its day periods: [0] before noon ("AM", "π.μ.", "오전"), [1] after.
  std::array<std::vector<std::string>, 2> day_periods;
};

// Fails when ICU has no data of its own for `locale` ("de_AT", "sr_Latn"),
// rather than handing back the root locale's placeholder names. `calendar`
// is a CLDR calendar type: "persian" gives the Solar Hijri month names.
Result<LocaleDateNames> LoadLocaleDateNames(std::string_view locale,
                                            std::string_view calendar = "gregorian");

// The day, counted from 1970-01-01, of a day of the Solar Hijri (Persian)
// calendar that Iran and Afghanistan write dates in: (1399, 2, 21) is
// 2020-05-10. Fails for a day that calendar does not have (30 Esfand of a
// common year).
Result<std::int64_t> DaysFromPersianDate(int year, int month, int day);

// Full Unicode case folding (ICU's default folding), as names are compared:
// "JÚLIUS" and "Július" both fold to "július". Invalid UTF-8 becomes U+FFFD.
std::string FoldCase(std::string_view utf8);

}  // namespace corpusd
