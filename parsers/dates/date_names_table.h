// The month and weekday names table as plain data: what DateNames
// (date_names.h) indexes. It is made from ICU's CLDR data when corpusd is
// built (date_names_cldr.h; date_names_snapshot_main.cc writes it into the
// binary as text) and read back when first needed. Reading CLDR in every
// process instead cost 48 M instructions and 4 MB of ICU's data pages.
// Pure: no ICU, no state.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/status.h"

namespace corpusd {

// Month values above this are months of the Solar Hijri (Persian) calendar:
// 13 is Farvardin, 24 Esfand.
inline constexpr int kPersianMonthOffset = 12;

// One meaning of a folded name: "juli" is July in German, Dutch, Swedish...
struct DateNameMeaning {
  std::uint8_t value = 0;     // month 1-12 (13-24: Persian), or weekday 0 (Monday) - 6 (Sunday)
  bool weekday = false;       // a weekday name, not a month name
  bool abbreviated = false;   // only an abbreviated form ("jul", "juil", "окт")
  std::uint8_t language = 0;  // index into DateNamesTable::languages
  bool operator==(const DateNameMeaning&) const = default;
};

// The most tokens a name has ("tháng 7", "كانون الثاني", "ม.ค").
inline constexpr std::size_t kMaxDateNameTokens = 3;

struct DateNameEntry {
  std::string name;  // its NameKey: "juli", "tháng 7", "ม.ค"
  DateNameMeaning meaning;
  bool operator==(const DateNameEntry&) const = default;
};

struct DateNamesTable {
  // Primary language subtags ("en", "de", "sr"), English first.
  std::vector<std::string> languages;
  // Languages from this index on lend their names only to their own hint.
  std::size_t first_hint_only = 0;
  // Sorted by name; one entry per name, language and meaning.
  std::vector<DateNameEntry> entries;
  // The first words of the names of more than one word ("tháng").
  std::vector<std::string> first_words;
  // Words CLDR's date-time patterns write between a date and its time
  // ("at", "um", "στις"), and around a time ("ч", "बजे"), folded.
  std::vector<std::string> time_links;
  std::vector<std::string> time_words;
  // Day periods by NameKey: 0 before noon, 12 after.
  std::vector<std::pair<std::string, int>> day_periods;
  // By language index: whether it writes its times with a dot ("15.30").
  std::vector<bool> dotted_times;
  bool operator==(const DateNamesTable&) const = default;
};

// The table as lines of text, and back. Reading fails, with the line, on
// text WriteDateNamesTable would not write.
std::string WriteDateNamesTable(const DateNamesTable& table);
Result<DateNamesTable> ReadDateNamesTable(std::string_view text);

// The table CLDR gave when this binary was built, as WriteDateNamesTable
// wrote it (defined in a source file the build generates).
extern const std::string_view kBuiltDateNamesTable;

}  // namespace corpusd
