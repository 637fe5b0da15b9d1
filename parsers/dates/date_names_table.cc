#include "parsers/dates/date_names_table.h"

#include <array>
#include <charconv>

namespace corpusd {
namespace {

// The first line; a change of the format changes it.
constexpr std::string_view kHeader = "corpusd date names 1";

// A meaning's kind: month or weekday, wide or abbreviated.
constexpr std::string_view kKinds[] = {"month", "month-abbr", "weekday", "weekday-abbr"};

// A line's tab-separated fields; a line of more than kMaxFields reads as
// having none, which no tag accepts.
constexpr std::size_t kMaxFields = 5;
struct Fields {
  std::array<std::string_view, kMaxFields> at;
  std::size_t size = 0;
};

Fields SplitTabs(std::string_view line) {
  Fields fields;
  while (true) {
    if (fields.size == kMaxFields) return {};
    const std::size_t tab = line.find('\t');
    fields.at[fields.size++] = line.substr(0, tab);
    if (tab == std::string_view::npos) return fields;
    line.remove_prefix(tab + 1);
  }
}

bool ReadNumber(std::string_view field, int min, int max, int& out) {
  const char* end = field.data() + field.size();
  const auto [ptr, ec] = std::from_chars(field.data(), end, out);
  return ec == std::errc() && ptr == end && out >= min && out <= max;
}

}  // namespace

std::string WriteDateNamesTable(const DateNamesTable& table) {
  std::string out(kHeader);
  out += '\n';
  const auto line = [&](std::initializer_list<std::string_view> fields) {
    bool first = true;
    for (const std::string_view field : fields) {
      if (!first) out += '\t';
      out += field;
      first = false;
    }
    out += '\n';
  };
  for (const std::string& language : table.languages) line({"language", language});
  line({"hint-only-from", std::to_string(table.first_hint_only)});
  for (const DateNameEntry& e : table.entries) {
    const std::string_view kind = kKinds[(e.meaning.weekday ? 2 : 0) + e.meaning.abbreviated];
    line({"name", e.name, std::to_string(e.meaning.value), kind,
          std::to_string(e.meaning.language)});
  }
  for (const std::string& word : table.first_words) line({"first-word", word});
  for (const std::string& word : table.time_links) line({"time-link", word});
  for (const std::string& word : table.time_words) line({"time-word", word});
  for (const auto& [key, hours] : table.day_periods) {
    line({"day-period", key, std::to_string(hours)});
  }
  for (std::size_t i = 0; i < table.dotted_times.size(); ++i) {
    if (table.dotted_times[i]) line({"dotted-times", std::to_string(i)});
  }
  return out;
}

Result<DateNamesTable> ReadDateNamesTable(std::string_view text) {
  DateNamesTable table;
  std::size_t line_number = 0;
  bool header_read = false;
  bool hint_only_read = false;
  while (!text.empty()) {
    const std::size_t newline = text.find('\n');
    if (newline == std::string_view::npos) {
      return Status::InvalidInput("date names table: the last line has no line end");
    }
    const std::string_view line = text.substr(0, newline);
    text.remove_prefix(newline + 1);
    ++line_number;
    const auto fail = [&](std::string_view why) {
      return Status::InvalidInput("date names table, line " + std::to_string(line_number) + ": " +
                                  std::string(why));
    };
    if (!header_read) {
      if (line != kHeader) return fail("not a date names table of this version");
      header_read = true;
      continue;
    }
    const Fields fields = SplitTabs(line);
    const auto& f = fields.at;
    const std::size_t n = fields.size;
    const std::string_view tag = f[0];
    const int languages = static_cast<int>(table.languages.size());
    int a = 0;
    int b = 0;
    if (tag == "language" && n == 2 && !f[1].empty()) {
      table.languages.emplace_back(f[1]);
    } else if (tag == "hint-only-from" && n == 2 && ReadNumber(f[1], 0, languages, a)) {
      table.first_hint_only = static_cast<std::size_t>(a);
      hint_only_read = true;
    } else if (tag == "name" && n == 5 && !f[1].empty()) {
      int kind = 0;
      while (kind < 4 && kKinds[kind] != f[3]) ++kind;
      const bool weekday = kind >= 2;
      if (kind == 4 ||
          !ReadNumber(f[2], weekday ? 0 : 1, weekday ? 6 : 12 + kPersianMonthOffset, a) ||
          !ReadNumber(f[4], 0, languages - 1, b)) {
        return fail("a name's meaning is not one this table can hold");
      }
      if (!table.entries.empty() && f[1] < table.entries.back().name) {
        return fail("names are out of order");
      }
      table.entries.push_back(
          {std::string(f[1]),
           {static_cast<std::uint8_t>(a), weekday, kind % 2 == 1, static_cast<std::uint8_t>(b)}});
    } else if (tag == "first-word" && n == 2 && !f[1].empty()) {
      table.first_words.emplace_back(f[1]);
    } else if (tag == "time-link" && n == 2 && !f[1].empty()) {
      table.time_links.emplace_back(f[1]);
    } else if (tag == "time-word" && n == 2 && !f[1].empty()) {
      table.time_words.emplace_back(f[1]);
    } else if (tag == "day-period" && n == 3 && !f[1].empty() && ReadNumber(f[2], 0, 12, a) &&
               (a == 0 || a == 12)) {
      table.day_periods.emplace_back(std::string(f[1]), a);
    } else if (tag == "dotted-times" && n == 2 && ReadNumber(f[1], 0, languages - 1, a)) {
      if (table.dotted_times.size() <= static_cast<std::size_t>(a)) {
        table.dotted_times.resize(static_cast<std::size_t>(a) + 1, false);
      }
      table.dotted_times[static_cast<std::size_t>(a)] = true;
    } else {
      return fail("unknown or malformed line");
    }
  }
  if (!header_read) return Status::InvalidInput("date names table: empty");
  if (table.languages.empty() || !hint_only_read) {
    return Status::InvalidInput("date names table: no languages, or no hint-only-from line");
  }
  table.dotted_times.resize(table.languages.size(), false);
  return table;
}

}  // namespace corpusd
