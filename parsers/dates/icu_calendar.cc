#include "parsers/dates/icu_calendar.h"

#include <unicode/calendar.h>
#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>
#include <unicode/strenum.h>
#include <unicode/stringoptions.h>
#include <unicode/timezone.h>
#include <unicode/ucal.h>
#include <unicode/unistr.h>
#include <unicode/ures.h>
#include <unicode/utypes.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <unordered_map>

#include "parsers/ascii.h"
#include "parsers/text/icu_chars.h"
#include "parsers/utf8.h"

namespace corpusd {
namespace {

std::string ToUtf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

// The zone named `zone`, or an error for a name the IANA database (as ICU
// ships it) does not have. ICU answers an unknown name with "Etc/Unknown"
// (behaving as GMT) instead of failing, so that is checked here.
Result<std::unique_ptr<icu::TimeZone>> CreateZone(std::string_view zone) {
  if (zone.empty()) return Status::InvalidInput("empty time zone name");
  const icu::UnicodeString id = icu::UnicodeString::fromUTF8(
      icu::StringPiece(zone.data(), static_cast<int32_t>(zone.size())));
  std::unique_ptr<icu::TimeZone> tz(icu::TimeZone::createTimeZone(id));
  if (tz == nullptr) return Status::Internal("ICU could not create a time zone");
  icu::UnicodeString resolved;
  tz->getID(resolved);
  if (resolved == icu::UnicodeString(UCAL_UNKNOWN_ZONE_ID)) {
    return Status::InvalidInput("unknown time zone: " + std::string(zone));
  }
  return tz;
}

Result<int> ZoneOffset(std::string_view zone, std::int64_t seconds, bool local) {
  Result<std::unique_ptr<icu::TimeZone>> tz = CreateZone(zone);
  if (!tz.ok()) return tz.status();
  UErrorCode status = U_ZERO_ERROR;
  int32_t raw = 0;
  int32_t dst = 0;
  const UDate date = static_cast<UDate>(seconds) * 1000.0;
  (*tz)->getOffset(date, local, raw, dst, status);
  if (U_FAILURE(status)) {
    return Status::Internal(std::string("ICU time zone offset: ") + u_errorName(status));
  }
  return (raw + dst) / 1000;
}

// Appends the non-empty names of one ICU symbol array.
void AppendNames(const icu::UnicodeString* names, int32_t count, int32_t first, int32_t wanted,
                 std::vector<std::string>* out, int index_shift) {
  if (names == nullptr) return;
  for (int32_t i = first; i < count && i < first + wanted; ++i) {
    if (names[i].isEmpty()) continue;
    out[(i - first + index_shift) % wanted].push_back(ToUtf8(names[i]));
  }
}

// One part of a date pattern: a field ("MMMM": letter 'M', width 4) or
// literal text (letter 0).
struct PatternPart {
  char16_t letter = 0;
  int width = 0;
  icu::UnicodeString literal;
};

// A CLDR date pattern in its parts: ASCII letters are fields, text in
// single quotes and every other character is literal, "''" is a quote.
std::vector<PatternPart> SplitPattern(const icu::UnicodeString& pattern) {
  std::vector<PatternPart> parts;
  const auto literal = [&]() -> icu::UnicodeString& {
    if (parts.empty() || parts.back().letter != 0) parts.emplace_back();
    return parts.back().literal;
  };
  bool quoted = false;
  for (int32_t i = 0; i < pattern.length(); ++i) {
    const char16_t c = pattern.charAt(i);
    if (c == u'\'') {
      if (i + 1 < pattern.length() && pattern.charAt(i + 1) == u'\'') {
        literal() += c;
        ++i;
      } else {
        quoted = !quoted;
      }
    } else if (!quoted && ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'))) {
      if (!parts.empty() && parts.back().letter == c) {
        ++parts.back().width;
      } else {
        parts.push_back({c, 1, {}});
      }
    } else {
      literal() += c;
    }
  }
  return parts;
}

// The letters at the start (`from_end` false) or end of a literal, or none
// when a space or a sign stands there.
std::string LettersAtEdge(const icu::UnicodeString& literal, bool from_end) {
  const std::string text = ToUtf8(literal);
  std::size_t run = 0;  // where the last run of letters starts
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t length = 0;
    if (!chars::IsLetter(utf8::DecodeAt(text, pos, length))) {
      if (!from_end) return text.substr(0, pos);
      run = pos + length;
    }
    pos += length;
  }
  return from_end ? text.substr(run) : text;
}

// Adds `text` to `out` unless it is empty or there already.
void AddOnce(std::string text, std::vector<std::string>& out) {
  if (text.empty()) return;
  for (const std::string& have : out) {
    if (have == text) return;
  }
  out.push_back(std::move(text));
}

void AddOnce(const icu::UnicodeString& s, std::vector<std::string>& out) {
  AddOnce(ToUtf8(s), out);
}

// The strings of a resource: a string alone, or each string of an array
// (whose entries may be arrays of a pattern and its overrides: the first).
std::vector<icu::UnicodeString> ResourceStrings(const UResourceBundle* resource) {
  std::vector<icu::UnicodeString> out;
  if (resource == nullptr) return out;
  const auto one = [&](const UResourceBundle* r) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t length = 0;
    const UChar* text = ures_getType(r) == URES_ARRAY
                            ? ures_getStringByIndex(r, 0, &length, &status)
                            : ures_getString(r, &length, &status);
    out.emplace_back(U_SUCCESS(status) ? icu::UnicodeString(text, length) : icu::UnicodeString());
  };
  if (ures_getType(resource) != URES_ARRAY) {
    one(resource);
    return out;
  }
  for (int32_t i = 0; i < ures_getSize(resource); ++i) {
    UErrorCode status = U_ZERO_ERROR;
    UResourceBundle* item = ures_getByIndex(resource, i, nullptr, &status);
    if (U_SUCCESS(status)) {
      one(item);
    } else {
      out.emplace_back();
    }
    ures_close(item);
  }
  return out;
}

// One calendar's data of a locale and of its parents ("de_AT", then "de"),
// each resource bundle opened once: a key the locale lacks is its parent's.
class CalendarData {
 public:
  CalendarData(std::string locale, const char* calendar) {
    for (;;) {
      UErrorCode status = U_ZERO_ERROR;
      UResourceBundle* bundle = ures_open(nullptr, locale.c_str(), &status);
      UResourceBundle* calendars = ures_getByKey(bundle, "calendar", nullptr, &status);
      UResourceBundle* table = ures_getByKey(calendars, calendar, nullptr, &status);
      ures_close(calendars);
      if (U_SUCCESS(status)) {
        levels_.push_back({bundle, table});
      } else {
        ures_close(table);
        ures_close(bundle);
      }
      const std::size_t cut = locale.rfind('_');
      if (cut == std::string::npos) break;
      locale.resize(cut);
    }
  }
  ~CalendarData() {
    for (const Level& level : levels_) {
      ures_close(level.table);
      ures_close(level.bundle);
    }
  }
  CalendarData(const CalendarData&) = delete;
  CalendarData& operator=(const CalendarData&) = delete;

  // The strings of `key` ("DateTimePatterns", "AmPmMarkers") at the first
  // level that has it.
  std::vector<icu::UnicodeString> Strings(const char* key) const {
    for (const Level& level : levels_) {
      UErrorCode status = U_ZERO_ERROR;
      UResourceBundle* resource = ures_getByKey(level.table, key, nullptr, &status);
      std::vector<icu::UnicodeString> out;
      if (U_SUCCESS(status)) out = ResourceStrings(resource);
      ures_close(resource);
      if (!out.empty()) return out;
    }
    return {};
  }

 private:
  struct Level {
    UResourceBundle* bundle;
    UResourceBundle* table;
  };
  std::vector<Level> levels_;
};

// The literal text of a pattern that joins a date ({1}) and a time ({0}),
// quotes taken away: between them, and after the second.
struct JoinParts {
  icu::UnicodeString between;
  icu::UnicodeString after;
};

JoinParts SplitJoin(const icu::UnicodeString& pattern) {
  icu::UnicodeString text;
  for (const PatternPart& part : SplitPattern(pattern)) {
    if (part.letter == 0) {
      text += part.literal;
    } else {
      for (int i = 0; i < part.width; ++i) text += part.letter;
    }
  }
  const int32_t first = std::min(text.indexOf(u"{0}"), text.indexOf(u"{1}"));
  const int32_t second = std::max(text.indexOf(u"{0}"), text.indexOf(u"{1}"));
  if (first < 0) return {};
  return {icu::UnicodeString(text, first + 3, second - first - 3),
          icu::UnicodeString(text, second + 3)};
}

// What the locale's calendar patterns say about how its dates are written,
// into `out`: the letters the full, long and medium date patterns glue to a
// month name, the words between a date and its time, the words around a
// time, and the day periods. Read from the locale's resource bundle (CLDR's
// "DateTimePatterns": times at 0-3, dates at 4-7, joins at 8-12): building a
// date format for them cost more than all of the locale's names.
void ReadPatterns(const std::string& locale, const char* calendar, LocaleDateNames& out) {
  constexpr std::size_t kFirstDate = 4;
  constexpr std::size_t kMediumDate = 6;
  constexpr std::size_t kFirstJoin = 8;
  const CalendarData data(locale, calendar);
  const std::vector<icu::UnicodeString> patterns = data.Strings("DateTimePatterns");
  for (std::size_t i = 0; i < patterns.size(); ++i) {
    if (i >= kFirstJoin) {
      const JoinParts join = SplitJoin(patterns[i]);
      AddOnce(join.between, out.time_links);
      AddOnce(join.after, out.time_words);
      continue;
    }
    const std::vector<PatternPart> parts = SplitPattern(patterns[i]);
    if (i < kFirstDate) {  // a time: its literal words ("ч", "Uhr", "시")
      for (std::size_t k = 0; k < parts.size(); ++k) {
        if (parts[k].letter != 0) continue;
        AddOnce(parts[k].literal, out.time_words);
        const bool after_hour =
            k > 0 && (parts[k - 1].letter == u'H' || parts[k - 1].letter == u'h');
        if (after_hour && parts[k].literal == icu::UnicodeString(u".")) out.dotted_times = true;
      }
      continue;
    }
    if (i > kMediumDate) continue;
    for (std::size_t k = 0; k < parts.size(); ++k) {
      if ((parts[k].letter != u'M' && parts[k].letter != u'L') || parts[k].width < 3) continue;
      if (k > 0 && parts[k - 1].letter == 0) {
        AddOnce(LettersAtEdge(parts[k - 1].literal, /*from_end=*/true), out.month_prefixes);
      }
      if (k + 1 < parts.size() && parts[k + 1].letter == 0) {
        AddOnce(LettersAtEdge(parts[k + 1].literal, /*from_end=*/false), out.month_suffixes);
      }
    }
  }
  // "{1} 'at' {0}": the join the full and long date-time formats use.
  for (const icu::UnicodeString& join : data.Strings("DateTimePatterns%atTime")) {
    const JoinParts parts = SplitJoin(join);
    AddOnce(parts.between, out.time_links);
    AddOnce(parts.after, out.time_words);
  }
  for (const char* key : {"AmPmMarkers", "AmPmMarkersAbbr", "AmPmMarkersNarrow"}) {
    const std::vector<icu::UnicodeString> markers = data.Strings(key);
    if (markers.size() != 2 || markers[0] == markers[1]) continue;
    AddOnce(markers[0], out.day_periods[0]);
    AddOnce(markers[1], out.day_periods[1]);
  }
}

}  // namespace

Result<int> ZoneOffsetAtLocalTime(std::string_view zone, std::int64_t local_seconds) {
  return ZoneOffset(zone, local_seconds, /*local=*/true);
}

Result<int> ZoneOffsetAtInstant(std::string_view zone, std::int64_t utc_seconds) {
  return ZoneOffset(zone, utc_seconds, /*local=*/false);
}

std::string IanaZoneName(std::string_view name) {
  if (name.find('/') == std::string_view::npos) return {};
  // Every zone ID ICU has, by its lower-case form: built on the first name
  // looked up (feeds rarely write one, so most processes never build it).
  static const std::unordered_map<std::string, std::string>* const ids = [] {
    auto* out = new std::unordered_map<std::string, std::string>();
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::StringEnumeration> all(icu::TimeZone::createEnumeration(status));
    if (U_FAILURE(status) || all == nullptr) return out;
    while (const icu::UnicodeString* id = all->snext(status)) {
      if (U_FAILURE(status)) break;
      std::string utf8 = ToUtf8(*id);
      if (utf8.find('/') == std::string::npos) continue;
      out->emplace(AsciiLowerCopy(utf8), std::move(utf8));
    }
    return out;
  }();
  const auto it = ids->find(AsciiLowerCopy(name));
  return it == ids->end() ? std::string() : it->second;
}

Result<LocaleDateNames> LoadLocaleDateNames(std::string_view locale, std::string_view calendar) {
  const icu::Locale loc(std::string(locale).c_str());
  if (loc.isBogus()) return Status::InvalidInput("bad locale name: " + std::string(locale));
  UErrorCode status = U_ZERO_ERROR;
  const icu::DateFormatSymbols symbols(loc, std::string(calendar).c_str(), status);
  if (U_FAILURE(status)) {
    return Status::Internal("ICU date symbols for " + std::string(locale) + ": " +
                            u_errorName(status));
  }
  // Without data of its own the locale falls back to root, whose month
  // names are "M01".."M12".
  if (status == U_USING_DEFAULT_WARNING) {
    return Status::NotFound("ICU has no date symbols for " + std::string(locale));
  }

  LocaleDateNames out;
  using Symbols = icu::DateFormatSymbols;
  for (const Symbols::DtContextType context : {Symbols::FORMAT, Symbols::STANDALONE}) {
    for (const Symbols::DtWidthType width : {Symbols::WIDE, Symbols::ABBREVIATED}) {
      int32_t count = 0;
      const bool wide = width == Symbols::WIDE;
      const icu::UnicodeString* months = symbols.getMonths(count, context, width);
      AppendNames(months, count, 0, 12, (wide ? out.months : out.short_months).data(), 0);
      // Weekday arrays are indexed by UCAL_SUNDAY (1) .. UCAL_SATURDAY (7);
      // shifting by 6 puts Monday first.
      const icu::UnicodeString* weekdays = symbols.getWeekdays(count, context, width);
      AppendNames(weekdays, count, 1, 7, (wide ? out.weekdays : out.short_weekdays).data(), 6);
    }
  }
  ReadPatterns(std::string(locale), std::string(calendar).c_str(), out);
  return out;
}

Result<std::int64_t> DaysFromPersianDate(int year, int month, int day) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Calendar> calendar(icu::Calendar::createInstance(
      icu::TimeZone::createTimeZone("UTC"), icu::Locale("fa_IR@calendar=persian"), status));
  if (U_FAILURE(status) || calendar == nullptr) {
    return Status::Internal(std::string("ICU Persian calendar: ") + u_errorName(status));
  }
  calendar->setLenient(false);  // 31 Esfand fails rather than rolling over
  calendar->clear();
  calendar->set(year, month - 1, day);
  const UDate millis = calendar->getTime(status);
  if (U_FAILURE(status)) return Status::InvalidInput("no such day in the Persian calendar");
  constexpr double kMillisPerDay = 86400000.0;
  return static_cast<std::int64_t>(std::floor(millis / kMillisPerDay));
}

std::string FoldCase(std::string_view utf8) {
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  s.foldCase(U_FOLD_CASE_DEFAULT);
  return ToUtf8(s);
}

}  // namespace corpusd
