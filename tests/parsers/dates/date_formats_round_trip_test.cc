// Every date format CLDR gives the languages corpusd reads, read back: ICU
// writes 60 days from 1995 to 2027 in each locale's full, long, medium and
// short date format ("Κυριακή 1 Ιανουαρίου 1995", "1995(e)ko urtarrilaren
// 1(a)", "١‏/١‏/١٩٩٥"), and with a time of day ("Κυριακή 1 Ιανουαρίου
// 1995 στις 3:30 μ.μ.", "1995년 1월 1일 일요일 오후 3:30"), and NormalizeDate, told the locale's
// language, must give each day and time back. ICU is the oracle here, not a dependency of the code
// under test beyond its locale data.
#include <gtest/gtest.h>
#include <unicode/datefmt.h>
#include <unicode/locid.h>
#include <unicode/timezone.h>
#include <unicode/unistr.h>

#include <array>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>
#include <utility>

#include "parsers/dates/date_civil.h"
#include "parsers/dates/date_normalizer.h"

namespace corpusd {
namespace {

// Every locale whose names date_names.cc reads.
constexpr std::array<std::string_view, 82> kLocales = {
    "en", "de",  "fr", "es",      "it",    "pt",    "nl",    "ru", "uk", "pl", "cs", "sk",
    "sv", "da",  "nb", "nn",      "fi",    "hu",    "ro",    "bg", "el", "tr", "sl", "hr",
    "bs", "sr",  "mk", "be",      "lt",    "lv",    "et",    "ca", "gl", "eu", "sq", "id",
    "ms", "vi",  "af", "is",      "he",    "ar",    "fa",    "hi", "kk", "az", "ka", "hy",
    "sw", "fil", "th", "sr_Latn", "de_AT", "ar_SY", "fr_CA", "ur", "bn", "ta", "mr", "ne",
    "te", "kn",  "ml", "gu",      "pa",    "si",    "km",    "my", "uz", "ky", "tg", "tk",
    "mn", "ps",  "am", "cy",      "ga",    "mt",    "lb",    "zh", "ja", "ko"};

struct Style {
  icu::DateFormat::EStyle style;
  std::string_view name;
};
constexpr std::array<Style, 4> kStyles = {{{icu::DateFormat::kFull, "full"},
                                           {icu::DateFormat::kLong, "long"},
                                           {icu::DateFormat::kMedium, "medium"},
                                           {icu::DateFormat::kShort, "short"}}};

// Formats corpusd leaves unread, each for a reason that holds beyond the
// test: a two-digit year first ("95/7/31": Basque, Nepali and Korean short
// dates) is too often no date at all; Burmese abbreviates some months to one
// letter, and one letter is never read as a month; Mongolian's full format
// ends in a word after the weekday ("ням гараг"), and its medium one writes
// the month as a number with a suffix ("1-р сарын").
bool LeftUnread(std::string_view locale, std::string_view style) {
  if (style == "short") return locale == "eu" || locale == "ne" || locale == "ko";
  if (locale == "my") return style == "medium";
  if (locale == "mn") return style == "full" || style == "medium";
  return false;
}

constexpr int kDays = 60;

// Day `k` of the sample: from 1995-01-01 on, about 197 days apart, so every
// month, weekday and a run of years appears.
std::int64_t SampleDay(int k) {
  constexpr std::int64_t kFirstDay = 9131;  // 1995-01-01
  return kFirstDay + k * 197 + (k * 7919) % 31;
}

// Date-time formats corpusd reads only the day of, each for its reason: the
// Basque full, long and medium ones put the time in parentheses after the
// weekday ("igandea (15:30)"), Telugu's full and long ones glue a case
// ending to the day period ("3:30 PMకి").
bool TimeLeftUnread(std::string_view locale, std::string_view style) {
  if (locale == "eu") return style != "short";
  if (locale == "te") return style == "full" || style == "long";
  return false;
}

// How many of the sample days `locale`'s `style` format (in `calendar`)
// gives back, with the first failures in `failures`; with `with_time`, the
// date-time format, each at 15:30, must give the time back too.
int RoundTrips(std::string_view locale, std::string_view calendar, icu::DateFormat::EStyle style,
               std::string& failures, bool with_time = false) {
  const std::string id = std::string(locale) + "@calendar=" + std::string(calendar);
  const icu::Locale icu_locale(id.c_str());
  const std::unique_ptr<icu::DateFormat> format(
      with_time
          ? icu::DateFormat::createDateTimeInstance(style, icu::DateFormat::kShort, icu_locale)
          : icu::DateFormat::createDateInstance(style, icu_locale));
  if (format == nullptr) {
    failures += "no format for " + id;
    return 0;
  }
  format->setTimeZone(*icu::TimeZone::getGMT());
  int read = 0;
  for (int k = 0; k < kDays; ++k) {
    const std::int64_t day = SampleDay(k);
    constexpr double kMillisPerDay = 86400000.0;
    constexpr double kMillisPerHour = 3600000.0;
    const double hours = with_time ? 15.5 : 12;  // 15:30, after noon: day periods count
    icu::UnicodeString written;
    format->format(static_cast<double>(day) * kMillisPerDay + hours * kMillisPerHour, written);
    std::string text;
    written.toUTF8String(text);
    const civil::Date want = civil::CivilFromDays(day);
    char iso[24];
    std::snprintf(iso, sizeof iso, with_time ? "%04d-%02d-%02dT15:30" : "%04d-%02d-%02d", want.year,
                  want.month, want.day);
    const std::optional<NormalizedDate> got = NormalizeDate(text, {std::string(locale), ""});
    if (got && got->iso.starts_with(iso)) {
      ++read;
    } else if (failures.size() < 300) {
      failures += "\"" + text + "\" -> " + (got ? got->iso : "nothing") + ", want " + iso + "; ";
    }
  }
  return read;
}

TEST(DateFormatsRoundTrip, EveryCldrDateFormatOfEveryLocaleReadsBack) {
  for (const std::string_view locale : kLocales) {
    for (const Style& style : kStyles) {
      if (LeftUnread(locale, style.name)) continue;
      std::string failures;
      EXPECT_EQ(RoundTrips(locale, "gregorian", style.style, failures), kDays)
          << locale << " " << style.name << ": " << failures;
    }
  }
}

TEST(DateFormatsRoundTrip, EveryCldrDateTimeFormatOfEveryLocaleReadsBack) {
  for (const std::string_view locale : kLocales) {
    for (const Style& style : kStyles) {
      if (LeftUnread(locale, style.name) || TimeLeftUnread(locale, style.name)) continue;
      std::string failures;
      EXPECT_EQ(RoundTrips(locale, "gregorian", style.style, failures, /*with_time=*/true), kDays)
          << locale << " " << style.name << " with a time: " << failures;
    }
  }
}

// Thai pages date by the Buddhist Era ("1 มกราคม พ.ศ. 2538"), Iranian ones
// by the Solar Hijri calendar ("۱۱ دی ۱۳۷۳"): CLDR's default calendars there.
TEST(DateFormatsRoundTrip, ThaiAndPersianPagesOwnCalendarsReadBack) {
  for (const auto& [locale, calendar] :
       {std::pair<std::string_view, std::string_view>{"th", "buddhist"}, {"fa", "persian"}}) {
    for (const Style& style : kStyles) {
      // Thai short dates write two digits of the Buddhist year ("1/1/38"),
      // which read as the Gregorian 2038, as they would anywhere else.
      if (calendar == "buddhist" && style.name == "short") continue;
      std::string failures;
      EXPECT_EQ(RoundTrips(locale, calendar, style.style, failures), kDays)
          << locale << " " << calendar << " " << style.name << ": " << failures;
    }
  }
}

}  // namespace
}  // namespace corpusd
