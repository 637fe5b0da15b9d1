#include "parsers/dates/date_normalizer.h"

#include <array>
#include <cstdint>
#include <cstdio>
#include <span>
#include <vector>

#include "parsers/dates/date_civil.h"
#include "parsers/dates/date_grammar.h"
#include "parsers/dates/date_names.h"
#include "parsers/dates/date_tokens.h"
#include "parsers/dates/icu_calendar.h"

namespace corpusd {
namespace {

using Tokens = DateTokens;

// A wall-clock time as written.
struct WallTime {
  int hour = 0;
  int minute = 0;
  int second = 0;
  DatePrecision precision = DatePrecision::kMinute;
  std::size_t end = 0;
};

// A UTC offset as written: "Z", "+03:00", "+0300", "GMT+3", "EST".
struct WrittenOffset {
  int minutes = 0;
  bool zulu = false;       // UTC written as "Z", "UTC", "GMT" or the unknown-local "-00:00"
  bool ambiguous = false;  // a zone name that means several offsets ("IST"), or an offset no
                           // zone has ("+15:00"): none is taken
  std::size_t end = 0;
  std::string zone;  // an IANA zone ("Europe/Brussels"): its offset at the wall time is taken
};

// How a time may be written, from what comes before it.
struct TimeStyle {
  bool dotted = false;   // "10.32", after "kl." or "klo", or in a language that writes it
  bool hyphens = false;  // "20-59-53", after ISO's "T" (seen in meta tags)
};

// The most a string may say before its date: "Published on", "Zuletzt
// aktualisiert am", "Опубликовано:".
constexpr int kMaxLeadingWords = 6;

// Zone abbreviations feeds and pages write (RFC 822 and the common ones).
// IST (India, Ireland, Israel) and GST (Gulf, South Georgia) are read as
// zones whose offset is unknown.
struct ZoneAbbreviation {
  std::string_view name;
  int minutes;
};
constexpr std::array<ZoneAbbreviation, 26> kZoneAbbreviations = {{
    {"est", -300}, {"edt", -240}, {"cst", -360},  {"cdt", -300},  {"mst", -420}, {"mdt", -360},
    {"pst", -480}, {"pdt", -420}, {"akst", -540}, {"akdt", -480}, {"hst", -600}, {"ast", -240},
    {"wet", 0},    {"west", 60},  {"bst", 60},    {"cet", 60},    {"cest", 120}, {"mez", 60},
    {"mesz", 120}, {"eet", 120},  {"eest", 180},  {"msk", 180},   {"jst", 540},  {"kst", 540},
    {"aest", 600}, {"aedt", 660},
}};
// American news writes "ET", "CT", "PT" (Eastern, Central, Pacific Time)
// for either standard or daylight time: read as zones whose offset is unknown.
constexpr std::array<std::string_view, 5> kAmbiguousZones = {"ist", "gst", "et", "ct", "pt"};

// Words between a date and its time: ISO's "T", "at", "um", "à", "a las",
// "alle ore", "om", "às", "kl.", "klo", "o godz.", "в", "u", "saat".
constexpr std::array<std::string_view, 19> kTimeLinks = {
    "t",  "at",  "um",    "à", "a",    "las", "alle", "ore", "om",  "às",
    "kl", "klo", "kello", "o", "godz", "в",   "о",    "u",   "saat"};

// Words that may follow a date or time: hour words ("10 Uhr", "10 ч"), year
// words, "local time".
constexpr std::array<std::string_view, 22> kTrailingWords = {
    "uhr", "h",    "hrs", "hs",   "horas", "óra",  "ч",   "г",     "гг",   "года", "год",
    "р",   "року", "r",   "roku", "m",     "gada", "god", "local", "time", "hora", "heure"};

// CJK weekday characters that may follow a CJK date: "星期五", "(金)", "금요일".
constexpr std::string_view kCjkWeekdayChars =
    "星期周週一二三四五六日天曜月火水木金土요일월화수목금토";

// One of kCjkWeekdayChars, alone ("星期五" is three of them).
bool IsCjkWeekdayChar(const DateToken& t) {
  return t.kind == DateTokenKind::kWord && t.cp_end - t.cp_begin == 1 &&
         kCjkWeekdayChars.find(t.text) != std::string_view::npos;
}

int Value(const DateToken& t) { return static_cast<int>(t.value); }

// A day period of CLDR's at `j` ("μ.μ.", "오후", "e pasdites", "ص"): 0
// before noon, 12 after, -1 for none; `j` moves past it.
int ReadDayPeriod(Tokens t, std::size_t& j) {
  if (j >= t.size() || t[j].kind == DateTokenKind::kSymbol) return -1;
  for (std::size_t n = std::min(kMaxDateNameTokens, t.size() - j); n >= 1; --n) {
    const std::string key = NameKey(t, j, n);
    if (key.empty()) continue;
    if (const int hours = DateNames::Get().DayPeriod(key); hours >= 0) {
      j += n;
      if (IsGluedSymbolAt(t, j, ".")) ++j;
      return hours;
    }
  }
  return -1;
}

// "am"/"pm" or "a.m."/"p.m." at `j`, or a day period of CLDR's: 0 for am,
// 12 for pm, -1 for neither; `j` moves past it.
int ReadMeridiem(Tokens t, std::size_t& j) {
  if (j >= t.size() || t[j].kind != DateTokenKind::kWord) return -1;
  if (t[j].text == "am" || t[j].text == "pm") {
    const int result = t[j].text == "pm" ? 12 : 0;
    ++j;
    return result;
  }
  if ((t[j].text == "a" || t[j].text == "p") && IsGluedSymbolAt(t, j + 1, ".") &&
      j + 2 < t.size() && !t[j + 2].space_before && IsWord(t[j + 2], "m")) {
    const int result = t[j].text == "p" ? 12 : 0;
    j += 3;
    if (IsGluedSymbolAt(t, j, ".")) ++j;
    return result;
  }
  return ReadDayPeriod(t, j);
}

std::optional<WrittenOffset> ReadOffset(Tokens t, std::size_t i);

// A zone's name of two letters or more at tokens[i] ("BST", "CEST", "GMT"):
// a dotted number before it is a time ("10.32 BST").
bool IsZoneNameAt(Tokens t, std::size_t i) {
  return i < t.size() && t[i].kind == DateTokenKind::kWord && t[i].text.size() >= 2 &&
         ReadOffset(t, i).has_value();
}

// A time at tokens[i]: "06:15", "06:15:31.123", "6:15 PM", "10h32", "10 Uhr",
// "10 am", "1632hrs", "10时32分", "10시 32분", "10.32" after "kl."/"klo", in
// a language that writes it, or before "Uhr" or a zone ("10.32 BST"),
// "20-59-53" after "T".
std::optional<WallTime> ReadTime(Tokens t, std::size_t i, TimeStyle style) {
  WallTime time;
  // Military time: "1632hrs".
  if (IsNumberAt(t, i, 4, 4) && i + 1 < t.size() && !t[i + 1].space_before &&
      (IsWord(t[i + 1], "hrs") || IsWord(t[i + 1], "hr"))) {
    time.hour = Value(t[i]) / 100;
    time.minute = Value(t[i]) % 100;
    time.end = i + 2;
    if (time.hour > 23 || time.minute > 59) return std::nullopt;
    return time;
  }
  // ISO's basic format after its "T": "20240705T061531Z", "T0615".
  if (style.hyphens && (IsNumberAt(t, i, 4, 4) || IsNumberAt(t, i, 6, 6))) {
    const int v = Value(t[i]);
    const bool seconds = t[i].digits == 6;
    time.hour = seconds ? v / 10000 : v / 100;
    time.minute = seconds ? v / 100 % 100 : v % 100;
    time.second = seconds ? v % 100 : 0;
    time.precision = seconds ? DatePrecision::kSecond : DatePrecision::kMinute;
    time.end = i + 1;
    if (time.hour > 23 || time.minute > 59 || time.second > 59) return std::nullopt;
    return time;
  }
  if (!IsNumberAt(t, i, 1, 2)) return std::nullopt;
  time.hour = Value(t[i]);
  std::size_t j = i + 1;
  const auto separated = [&](std::string_view separator) {
    return IsGluedSymbolAt(t, j, separator) && IsNumberAt(t, j + 1, 2, 2) && !t[j + 1].space_before;
  };
  // One-digit minutes only with seconds after them, as some feeds write
  // "09:5:1": "9:5" alone is as likely a score or a ratio.
  const bool short_minutes = IsGluedSymbolAt(t, j, ":") && IsNumberAt(t, j + 1, 1, 1) &&
                             !t[j + 1].space_before && IsGluedSymbolAt(t, j + 2, ":") &&
                             IsNumberAt(t, j + 3, 1, 2) && !t[j + 3].space_before;
  std::string_view separator;
  if (separated(":") || short_minutes) {
    separator = ":";
  } else if (separated(".") && (style.dotted || (j + 2 < t.size() && IsWord(t[j + 2], "uhr")) ||
                                IsZoneNameAt(t, j + 2))) {
    separator = ".";
  } else if (style.hyphens && separated("-")) {
    separator = "-";
  }
  // "10h32", and Canadian French "10 h 32".
  const bool french = j + 1 < t.size() && IsWord(t[j], "h") && IsNumberAt(t, j + 1, 2, 2) &&
                      t[j].space_before == t[j + 1].space_before;
  const bool cjk = j < t.size() && (IsWord(t[j], "時") || IsWord(t[j], "时") || IsWord(t[j], "시"));
  if (!separator.empty() || french) {
    time.minute = Value(t[j + 1]);
    j += 2;
    // Seconds, sometimes written with one digit ("23:15:0Z").
    if ((separator == ":" || separator == "-") && IsGluedSymbolAt(t, j, separator) &&
        IsNumberAt(t, j + 1, 1, 2) && !t[j + 1].space_before) {
      time.second = Value(t[j + 1]);
      time.precision = DatePrecision::kSecond;
      j += 2;
      // A fraction of a second is read and dropped.
      if ((IsGluedSymbolAt(t, j, ".") || IsGluedSymbolAt(t, j, ",")) && j + 1 < t.size() &&
          t[j + 1].kind == DateTokenKind::kNumber && !t[j + 1].space_before) {
        j += 2;
      }
    }
  } else if (cjk) {
    j += 1;
    time.precision = DatePrecision::kHour;
    if (IsNumberAt(t, j, 1, 2) && j + 1 < t.size() &&
        (IsWord(t[j + 1], "分") || IsWord(t[j + 1], "분"))) {
      time.minute = Value(t[j]);
      time.precision = DatePrecision::kMinute;
      j += 2;
      if (IsNumberAt(t, j, 1, 2) && j + 1 < t.size() &&
          (IsWord(t[j + 1], "秒") || IsWord(t[j + 1], "초"))) {
        time.second = Value(t[j]);
        time.precision = DatePrecision::kSecond;
        j += 2;
      }
    }
  } else {
    time.precision = DatePrecision::kHour;  // "10 Uhr", "10 am", "10h"
    if (!(j < t.size() && (IsWord(t[j], "uhr") || IsWord(t[j], "h") || IsWord(t[j], "am") ||
                           IsWord(t[j], "pm") || IsWord(t[j], "a") || IsWord(t[j], "p")))) {
      return std::nullopt;
    }
  }
  std::size_t k = j;
  const int meridiem = ReadMeridiem(t, k);
  if (meridiem >= 0) {
    if (time.hour < 1 || time.hour > 12) return std::nullopt;
    time.hour = time.hour % 12 + meridiem;
    j = k;
  } else if (time.precision == DatePrecision::kHour && !cjk) {
    if (!IsWord(t[j], "uhr") && !IsWord(t[j], "h")) return std::nullopt;
    ++j;
  }
  if (time.hour > 23 || time.minute > 59 || time.second > 59) return std::nullopt;
  time.end = j;
  return time;
}

// A time with its day period written first, as Korean and Chinese write it
// ("오후 3:30", "下午3:30").
std::optional<WallTime> ReadTimeAfterDayPeriod(Tokens t, std::size_t i, TimeStyle style) {
  std::size_t j = i;
  const int period = ReadDayPeriod(t, j);
  if (period < 0) return std::nullopt;
  std::optional<WallTime> time = ReadTime(t, j, style);
  if (!time || time->hour < 1 || time->hour > 12) return std::nullopt;
  time->hour = time->hour % 12 + period;
  return time;
}

// "+03:00", "+0300", "+03", "-5" (after GMT) at tokens[i]; `minutes` gets
// the signed offset.
bool ReadSignedOffset(Tokens t, std::size_t i, std::size_t& end, int& minutes, bool& negative) {
  if (i + 1 >= t.size() || t[i].kind != DateTokenKind::kSymbol || t[i + 1].space_before) {
    return false;
  }
  const std::string_view sign = t[i].text;
  if (sign != "+" && sign != "-" && sign != "\u2212") return false;
  negative = sign != "+";
  std::size_t j = i + 1;
  int hours = 0;
  int mins = 0;
  if (IsNumberAt(t, j, 4, 4)) {
    hours = Value(t[j]) / 100;
    mins = Value(t[j]) % 100;
    ++j;
  } else if (IsNumberAt(t, j, 1, 2)) {
    hours = Value(t[j]);
    ++j;
    if (IsGluedSymbolAt(t, j, ":") && IsNumberAt(t, j + 1, 2, 2) && !t[j + 1].space_before) {
      mins = Value(t[j + 1]);
      j += 2;
    }
  } else {
    return false;
  }
  // Up to 23 hours is read, so that the date before an offset no zone has
  // ("+15:00") is not lost; ReadOffset takes no offset from it.
  if (hours > 23 || mins > 59) return false;
  minutes = (negative ? -1 : 1) * (hours * 60 + mins);
  end = j;
  return true;
}

// The most any zone is ahead of or behind UTC (Kiribati's +14:00).
constexpr int kMaxOffsetMinutes = 14 * 60;

// An IANA zone name at tokens[i] ("Europe/Brussels", "America/Los_Angeles",
// "Etc/GMT+5"): its words and the symbols between them, glued; the longest
// that ICU knows.
std::optional<WrittenOffset> ReadIanaZone(Tokens t, std::size_t i) {
  std::size_t end = i + 1;
  bool slash = false;
  while (end < t.size() && !t[end].space_before &&
         (t[end].kind != DateTokenKind::kSymbol || t[end].text == "/" || t[end].text == "_" ||
          t[end].text == "-" || t[end].text == "+")) {
    slash = slash || t[end].text == "/";
    ++end;
  }
  if (!slash) return std::nullopt;
  for (; end > i + 2; --end) {
    std::string name;
    for (std::size_t k = i; k < end; ++k) name += t[k].text;
    if (std::string zone = IanaZoneName(name); !zone.empty()) {
      WrittenOffset offset;
      offset.end = end;
      offset.zone = std::move(zone);
      return offset;
    }
  }
  return std::nullopt;
}

std::optional<WrittenOffset> ReadWrittenOffset(Tokens t, std::size_t i) {
  if (i >= t.size()) return std::nullopt;
  WrittenOffset offset;
  bool negative = false;
  if (t[i].kind == DateTokenKind::kWord) {
    const std::string_view w = t[i].text;
    if (w == "z" || w == "utc" || w == "gmt" || w == "ut") {
      offset.end = i + 1;
      offset.zulu = true;
      if (w != "z" && ReadSignedOffset(t, i + 1, offset.end, offset.minutes, negative)) {
        offset.zulu = false;  // "GMT+3"
      }
      return offset;
    }
    if (IsWordIn(t[i], kAmbiguousZones)) return WrittenOffset{0, false, true, i + 1};
    // RFC 822's military zones ("A" to "Y" but "J"): RFC 2822 says their
    // signs were defined backwards and to take them as an unknown offset.
    if (w.size() == 1 && w[0] >= 'a' && w[0] <= 'y' && w[0] != 'j') {
      return WrittenOffset{0, false, true, i + 1};
    }
    for (const ZoneAbbreviation& zone : kZoneAbbreviations) {
      if (w != zone.name) continue;
      offset = WrittenOffset{zone.minutes, false, false, i + 1};
      // "CET+0100", "PDT -07:00": the number is the more exact.
      ReadSignedOffset(t, i + 1, offset.end, offset.minutes, negative);
      return offset;
    }
    return ReadIanaZone(t, i);
  }
  if (!ReadSignedOffset(t, i, offset.end, offset.minutes, negative)) return std::nullopt;
  // RFC 2822 and RFC 3339: "-00:00" is UTC with the local offset unknown.
  offset.zulu = offset.minutes == 0 && negative;
  return offset;
}

std::optional<WrittenOffset> ReadOffset(Tokens t, std::size_t i) {
  std::optional<WrittenOffset> offset = ReadWrittenOffset(t, i);
  if (offset && (offset->minutes > kMaxOffsetMinutes || offset->minutes < -kMaxOffsetMinutes)) {
    offset->minutes = 0;
    offset->ambiguous = true;
  }
  return offset;
}

// Past the words and symbols between a date and a time.
std::size_t SkipTimeLinks(Tokens t, std::size_t j, std::string_view language) {
  while (j < t.size()) {
    const DateToken& tok = t[j];
    if (tok.kind == DateTokenKind::kNumber) break;
    if (tok.kind == DateTokenKind::kSymbol) {
      if (tok.text == "+" || tok.text == "(" || tok.text == "\u2212") break;
      ++j;
      continue;
    }
    if (const std::size_t end = WeekdayNameEnd(t, j, language); end != 0) {
      j = end;
      continue;
    }
    if (!IsWordIn(tok, kTimeLinks) && !DateNames::Get().IsTimeLink(tok.text) &&
        !IsCjkWeekdayChar(tok)) {
      break;
    }
    ++j;
  }
  return j;
}

// Whether everything from tokens[j] on may follow a date: symbols, zone and
// hour words, weekday names, and anything in parentheses.
bool OnlyTrailing(Tokens t, std::size_t j, std::string_view language) {
  int depth = 0;
  for (; j < t.size(); ++j) {
    const DateToken& tok = t[j];
    if (tok.kind == DateTokenKind::kSymbol) {
      if (tok.text == "(" || tok.text == "（" || tok.text == "[") ++depth;
      if ((tok.text == ")" || tok.text == "）" || tok.text == "]") && depth > 0) --depth;
      continue;
    }
    if (depth > 0) continue;
    if (tok.kind == DateTokenKind::kNumber) return false;
    if (const std::size_t end = WeekdayNameEnd(t, j, language); end != 0) {
      j = end - 1;
      continue;
    }
    if (IsWordIn(tok, kTrailingWords) || DateNames::Get().IsTimeWord(tok.text) ||
        ReadOffset(t, j).has_value()) {
      continue;
    }
    if (IsCjkWeekdayChar(tok)) continue;
    return false;
  }
  return true;
}

std::string TwoDigits(int v) {
  char buffer[4];
  std::snprintf(buffer, sizeof buffer, "%02d", v);
  return buffer;
}

std::string FormatOffset(int minutes) {
  const char sign = minutes < 0 ? '-' : '+';
  if (minutes < 0) minutes = -minutes;
  return sign + TwoDigits(minutes / 60) + ":" + TwoDigits(minutes % 60);
}

std::string FormatDate(int year, int month, int day) {
  std::string out = std::to_string(year);
  if (month != 0) out += "-" + TwoDigits(month);
  if (day != 0) out += "-" + TwoDigits(day);
  return out;
}

// The ISO form of a parsed date and time; a naive time gets `time_zone`'s
// offset at that wall time when the zone is known.
NormalizedDate Format(const CalendarDate& date, const std::optional<WallTime>& time,
                      const std::optional<WrittenOffset>& offset, std::string_view time_zone) {
  NormalizedDate out;
  out.iso = FormatDate(date.year, date.month, date.day);
  out.precision = date.month == 0 ? DatePrecision::kYear
                  : date.day == 0 ? DatePrecision::kMonth
                                  : DatePrecision::kDay;
  if (!time || date.day == 0) return out;
  out.precision = time->precision;
  out.iso +=
      "T" + TwoDigits(time->hour) + ":" + TwoDigits(time->minute) + ":" + TwoDigits(time->second);
  if (offset && !offset->ambiguous && offset->zone.empty()) {
    out.iso += offset->zulu ? "Z" : FormatOffset(offset->minutes);
    out.has_offset = true;
    return out;
  }
  if (offset && !offset->zone.empty()) time_zone = offset->zone;  // the page's own zone first
  if (!time_zone.empty()) {
    const std::int64_t local = civil::DaysFromCivil({date.year, date.month, date.day}) * 86400 +
                               time->hour * 3600 + time->minute * 60 + time->second;
    // An unknown zone leaves the time naive rather than losing the date.
    if (const Result<int> seconds = ZoneOffsetAtLocalTime(time_zone, local); seconds.ok()) {
      out.iso += FormatOffset(*seconds / 60);
      out.has_offset = true;
    }
  }
  return out;
}

// A Unix timestamp in seconds (10 digits) or milliseconds (13), as meta
// tags sometimes carry: UTC, or the local time of `time_zone`.
std::optional<NormalizedDate> FromTimestamp(std::string_view digits, std::string_view time_zone) {
  std::int64_t seconds = 0;
  for (const char c : digits) seconds = seconds * 10 + (c - '0');
  if (digits.size() == 13) seconds /= 1000;
  int offset_minutes = 0;
  std::optional<WrittenOffset> offset = WrittenOffset{0, true, false, 0};
  if (!time_zone.empty()) {
    if (const Result<int> zone = ZoneOffsetAtInstant(time_zone, seconds); zone.ok()) {
      offset_minutes = *zone / 60;
      offset = WrittenOffset{offset_minutes, false, false, 0};
    }
  }
  const std::int64_t local = seconds + offset_minutes * 60;
  const std::int64_t days = local >= 0 ? local / 86400 : (local - 86399) / 86400;
  const std::int64_t in_day = local - days * 86400;
  const civil::Date d = civil::CivilFromDays(days);
  if (!civil::IsValidYear(d.year)) return std::nullopt;
  WallTime time;
  time.hour = static_cast<int>(in_day / 3600);
  time.minute = static_cast<int>(in_day / 60 % 60);
  time.second = static_cast<int>(in_day % 60);
  time.precision = DatePrecision::kSecond;
  return Format({d.year, d.month, d.day, 0}, time, offset, "");
}

// The whole date and time that starts at tokens[i], with only trailing
// words after it.
std::optional<NormalizedDate> ReadFrom(Tokens t, std::size_t i, const DateGrammarOptions& options,
                                       std::string_view time_zone) {
  std::optional<CalendarDate> date = ReadCalendarDate(t, i, options);
  std::optional<WallTime> time;
  std::optional<WrittenOffset> offset;
  std::size_t j;
  if (date) {
    j = date->end;
    const std::size_t k = SkipTimeLinks(t, j, options.names.language);
    TimeStyle style;
    style.dotted = DateNames::Get().WritesDottedTimes(options.names.language);
    if (k > j) {
      const std::size_t word = IsSymbol(t[k - 1], ".") && k - 1 > j ? k - 2 : k - 1;
      style.dotted = style.dotted || IsWord(t[word], "kl") || IsWord(t[word], "klo");
      style.hyphens = IsWord(t[k - 1], "t") && !t[k - 1].space_before;
    }
    if ((time = ReadTime(t, k, style)) || (time = ReadTimeAfterDayPeriod(t, k, style))) {
      j = time->end;
      if ((offset = ReadOffset(t, j))) j = offset->end;
      // asctime and JavaScript write the year after the time:
      // "Thu Jul  4 06:15:31 2024".
      if (date->year == 0 && IsNumberAt(t, j, 4, 4)) {
        date->year = Value(t[j]);
        if (!civil::IsValidDate(date->year, date->month, date->day)) return std::nullopt;
        ++j;
        if (!offset && (offset = ReadOffset(t, j))) j = offset->end;
      }
    }
  } else {
    // The time first: "10:32 AM EDT, Fri July 5, 2024".
    time = ReadTime(t, i, {});
    if (!time) return std::nullopt;
    j = time->end;
    if ((offset = ReadOffset(t, j))) j = offset->end;
    j = SkipTimeLinks(t, j, options.names.language);
    if (j < t.size() && IsWord(t[j], "on")) ++j;
    date = ReadCalendarDate(t, j, options);
    if (!date) return std::nullopt;
    j = date->end;
    // "09:39 03.06.2003 -0700": the offset after the date.
    if (!offset && (offset = ReadOffset(t, j))) j = offset->end;
  }
  if (date->year == 0 || !OnlyTrailing(t, j, options.names.language)) return std::nullopt;
  return Format(*date, time, offset, time_zone);
}

// "20210820", "202108200306", "20210820030646": a date and time written
// without separators, as some sites' meta tags carry them; years before the
// web or after this century are other numbers.
std::optional<NormalizedDate> FromCompact(std::string_view digits, std::string_view time_zone) {
  const auto number = [&](std::size_t at, std::size_t n) {
    int v = 0;
    for (std::size_t i = at; i < at + n; ++i) v = v * 10 + (digits[i] - '0');
    return v;
  };
  const CalendarDate date{number(0, 4), number(4, 2), number(6, 2), 0};
  if (date.year < 1990 || date.year > 2099 || date.month < 1 || date.month > 12 || date.day < 1 ||
      date.day > civil::DaysInMonth(date.year, date.month)) {
    return std::nullopt;
  }
  if (digits.size() == 8) return Format(date, std::nullopt, std::nullopt, time_zone);
  WallTime time;
  time.hour = number(8, 2);
  time.minute = number(10, 2);
  time.second = digits.size() == 14 ? number(12, 2) : 0;
  if (time.hour > 23 || time.minute > 59 || time.second > 59) return std::nullopt;
  time.precision = digits.size() == 14 ? DatePrecision::kSecond : DatePrecision::kMinute;
  return Format(date, time, std::nullopt, time_zone);
}

// "Sun, 06/07/2020": when the day and the month could be either number, a
// weekday written before the date says which order is meant (7 June 2020
// was a Sunday, 6 July a Monday). `read` is the date read from tokens[i] in
// the context's order; the other order is taken only when its weekday is
// the one written and this one's is not.
std::optional<NormalizedDate> SettledByWeekday(Tokens t, std::size_t i,
                                               std::optional<NormalizedDate> read,
                                               const DateGrammarOptions& options,
                                               std::string_view time_zone) {
  if (!read || read->precision < DatePrecision::kDay) return read;
  // The word right before the date, past a comma or full stop ("Sun.,").
  std::size_t k = i;
  while (k > 0 && t[k - 1].kind == DateTokenKind::kSymbol) --k;
  if (k == 0 || t[k - 1].kind != DateTokenKind::kWord) return read;
  const std::optional<DateNameMeaning> named = DateNames::Get().Weekday(t[k - 1].text, {});
  const auto weekday_of = [](const NormalizedDate& d) {
    const auto field = [&](std::size_t at, std::size_t n) {
      return std::stoi(d.iso.substr(at, n));
    };
    return civil::Weekday({field(0, 4), field(5, 2), field(8, 2)});
  };
  if (!named || weekday_of(*read) == named->value) return read;
  DateGrammarOptions other = options;
  other.order = options.order == NumericOrder::kDayFirst ? NumericOrder::kMonthFirst
                                                         : NumericOrder::kDayFirst;
  std::optional<NormalizedDate> swapped = ReadFrom(t, i, other, time_zone);
  if (swapped && swapped->precision >= DatePrecision::kDay && swapped->iso != read->iso &&
      weekday_of(*swapped) == named->value) {
    return swapped;
  }
  return read;
}

}  // namespace

std::optional<NormalizedDate> NormalizeDate(std::string_view text, const DateContext& context) {
  // Trimmed of ASCII space: a bare number may be a Unix timestamp.
  std::size_t b = 0;
  std::size_t e = text.size();
  while (b < e && (text[b] == ' ' || (text[b] >= '\t' && text[b] <= '\r'))) ++b;
  while (e > b && (text[e - 1] == ' ' || (text[e - 1] >= '\t' && text[e - 1] <= '\r'))) --e;
  const std::string_view trimmed = text.substr(b, e - b);
  bool all_digits = !trimmed.empty();
  for (const char c : trimmed) all_digits = all_digits && c >= '0' && c <= '9';
  if (all_digits && (trimmed.size() == 10 || trimmed.size() == 13)) {
    return FromTimestamp(trimmed, context.time_zone);
  }
  if (all_digits && (trimmed.size() == 8 || trimmed.size() == 12 || trimmed.size() == 14)) {
    return FromCompact(trimmed, context.time_zone);
  }

  const std::vector<DateToken> tokens = TokenizeForDates(trimmed);
  const Tokens t(tokens);
  // A year alone ("2024") is a date of year precision only when nothing
  // else is written.
  if (t.size() == 1 && IsNumberAt(t, 0, 4, 4) && civil::IsValidYear(Value(t[0]))) {
    return NormalizedDate{std::string(t[0].text), DatePrecision::kYear, false};
  }
  DateGrammarOptions options;
  options.names.language = context.language;
  options.order = NumericOrderFor(context.language);
  int words = 0;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (t[i].kind == DateTokenKind::kSymbol) continue;
    if (t[i].kind == DateTokenKind::kNumber) {
      return SettledByWeekday(t, i, ReadFrom(t, i, options, context.time_zone), options,
                              context.time_zone);
    }
    // A month name may start the date; any other word is a leading word.
    if (std::size_t end = 0; MonthAt(t, i, options, end) != 0) {
      if (auto date = ReadFrom(t, i, options, context.time_zone)) return date;
    }
    if (++words > kMaxLeadingWords) return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace corpusd
