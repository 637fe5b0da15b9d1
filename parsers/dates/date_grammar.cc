#include "parsers/dates/date_grammar.h"

#include <algorithm>
#include <array>
#include <string>
#include <utility>

#include "parsers/dates/date_civil.h"
#include "parsers/dates/icu_calendar.h"
#include "parsers/text/language_tag.h"

namespace corpusd {
namespace {

using Tokens = DateTokens;

// Ordinal endings written onto a day number: "5th", "1er", "1º".
constexpr std::array<std::string_view, 11> kDaySuffixes = {"st", "nd",  "rd",  "th", "er", "re",
                                                           "e",  "eme", "ème", "º",  "ª"};

// Words written after a year: "2024 г.", "2024 року", "2024 r.", "2024 m.",
// "2024. gada", "2024. godine", Kazakh and Kyrgyz "2024 ж.", Armenian
// "2024 թ.", Basque "2024ko", Mongolian "2024 оны".
constexpr std::array<std::string_view, 21> kYearWords = {
    "г", "гг",   "год",  "года",   "году", "р",    "рік", "року", "r",  "rok", "roku",
    "m", "metų", "gada", "godine", "god",  "yılı", "ж",   "թ",    "ko", "оны"};

// Words between a day and its month, or a month and its year: "5 de julio
// de 2024", "the 5th of July", "5 d’abril", Maltese "5 ta’ Lulju",
// Vietnamese "ngày 5 tháng 7 năm 2024", Pashto "د".
constexpr std::array<std::string_view, 7> kLinkWords = {"de", "del", "of", "d", "ta", "năm", "د"};

// Month names of other languages that are English words or names, and so
// not read in running text unless the language hint is theirs: "the Mars
// 2020 rover" (French "mars"), "Mayo 2019" (Spanish), "Mac 5" (Malay).
constexpr std::array<std::string_view, 7> kEnglishLookalikes = {"mars", "mayo", "mai",  "mei",
                                                                "mac",  "mart", "julio"};

// The year a number states: four digits, or two ("24" is 2024, "85" is 1985)
// where allowed. 0 when it states none.
int YearOf(const DateToken& t, bool allow_two_digits) {
  if (t.kind != DateTokenKind::kNumber) return 0;
  if (t.digits == 4) return static_cast<int>(t.value);
  if (t.digits == 2 && allow_two_digits) {
    return static_cast<int>(t.value < 70 ? 2000 + t.value : 1900 + t.value);
  }
  return 0;
}

// Whether written parts make a real date; 29 February needs a leap year
// only when the year is written.
bool ValidParts(int year, int month, int day) {
  if (month < 1 || month > 12) return false;
  if (year != 0 && !civil::IsValidYear(year)) return false;
  if (day == 0) return year != 0;
  return day >= 1 && day <= civil::DaysInMonth(year != 0 ? year : 2000, month);
}

std::optional<CalendarDate> Make(int year, int month, int day, std::size_t end) {
  if (month > kPersianMonthOffset) {
    // A Solar Hijri date, placed in the Gregorian calendar; only a whole
    // one, as its months straddle two Gregorian ones.
    if (year == 0 || day == 0) return std::nullopt;
    const Result<std::int64_t> days = DaysFromPersianDate(year, month - kPersianMonthOffset, day);
    if (!days.ok()) return std::nullopt;
    const civil::Date d = civil::CivilFromDays(*days);
    year = d.year;
    month = d.month;
    day = d.day;
  }
  if (!ValidParts(year, month, day)) return std::nullopt;
  return CalendarDate{year, month, day, end};
}

// A year of the Buddhist Era on a Thai page ("5 มิถุนายน 2563" is
// 2020-06-05) as the Gregorian year; other years as they are.
constexpr int kBuddhistEraOffset = 543;

int GregorianYear(int year, const DateGrammarOptions& options) {
  constexpr int kFirstBuddhistYear = 2400;  // 1857
  constexpr int kLastBuddhistYear = 2700;
  if (year < kFirstBuddhistYear || year > kLastBuddhistYear) return year;
  if (PrimaryLanguage(options.names.language) != "th") return year;
  return year - kBuddhistEraOffset;
}

// The month of a numeric date as Make() takes it: a year of the Solar
// Hijri calendar on a Persian page ("1399/02/21") makes it that calendar's.
int NumericMonth(int year, int month, const DateGrammarOptions& options) {
  constexpr int kFirstPersianYear = 1300;  // 1921: Persian pages date nothing earlier this way
  constexpr int kLastPersianYear = 1499;
  if (year < kFirstPersianYear || year > kLastPersianYear || month < 1 || month > 12) return month;
  if (PrimaryLanguage(options.names.language) != "fa") return month;
  return month + kPersianMonthOffset;
}

// Past what is written onto a day number: "5th", "5.", "1º", "14-го",
// "5-én". `allow_dot` is false where a dot would more likely end the
// sentence ("on July 5.").
std::size_t SkipDaySuffix(Tokens t, std::size_t j, bool allow_dot) {
  if (j >= t.size() || t[j].space_before) return j;
  if (IsWordIn(t[j], kDaySuffixes)) {
    ++j;
    if (allow_dot && IsGluedSymbolAt(t, j, ".")) ++j;
    return j;
  }
  if (IsSymbol(t[j], "°")) return j + 1;
  if (allow_dot && IsSymbol(t[j], ".")) return j + 1;
  if (IsSymbol(t[j], "-") && j + 1 < t.size() && !t[j + 1].space_before &&
      t[j + 1].kind == DateTokenKind::kWord && t[j + 1].cp_end - t[j + 1].cp_begin <= 3) {
    return j + 2;
  }
  return j;
}

// Past a year word and its dot: "2024 г.", "2024. gada", and Basque's
// "2024(e)ko".
std::size_t SkipYearWord(Tokens t, std::size_t j) {
  if (IsGluedSymbolAt(t, j, "(") && j + 3 < t.size() && IsGluedSymbolAt(t, j + 2, ")") &&
      !t[j + 1].space_before && t[j + 1].kind == DateTokenKind::kWord && t[j + 1].text == "e" &&
      IsWordAt(t, j + 3, "ko")) {
    j += 3;
  }
  if (j < t.size() && IsWordIn(t[j], kYearWords)) {
    ++j;
    if (IsGluedSymbolAt(t, j, ".")) ++j;
  }
  return j;
}

// Past a link word: "de", "del", "of", "d’".
std::size_t SkipLinkWord(Tokens t, std::size_t j) {
  if (j >= t.size() || !IsWordIn(t[j], kLinkWords)) return j;
  if (t[j].text == "d" || t[j].text == "ta") {
    // Only the elided Catalan "d’abril" and Maltese "ta’ Lulju".
    if (IsGluedSymbolAt(t, j + 1, "’") || IsGluedSymbolAt(t, j + 1, "'")) return j + 2;
    return j;
  }
  return j + 1;
}

// A number is a year of a date unless it runs on as a bigger number
// ("2,022,000", "2022.5") or a time ("20:30").
bool RunsOn(Tokens t, std::size_t after) {
  if (after + 1 >= t.size() || t[after].space_before) return false;
  const DateToken& sep = t[after];
  const bool joins = IsSymbol(sep, ",") || IsSymbol(sep, ".") || IsSymbol(sep, ":");
  return joins && !t[after + 1].space_before && t[after + 1].kind == DateTokenKind::kNumber;
}

// A comma written right after the token before it: "July 5, 2024", the
// Arabic comma of Urdu's "5 جولائی، 2024", Burmese's "၊".
bool IsGluedCommaAt(Tokens t, std::size_t j) {
  return IsGluedSymbolAt(t, j, ",") || IsGluedSymbolAt(t, j, "،") || IsGluedSymbolAt(t, j, "၊");
}

// Past an era written before a year: Thai "ค.ศ." (of the Common Era) and
// "พ.ศ." (of the Buddhist Era: `buddhist` is set).
std::size_t SkipEra(Tokens t, std::size_t k, bool& buddhist) {
  buddhist = false;
  if (k + 3 >= t.size() || !IsGluedSymbolAt(t, k + 1, ".") || !IsGluedSymbolAt(t, k + 3, ".") ||
      t[k + 2].space_before || !IsWord(t[k + 2], "ศ")) {
    return k;
  }
  if (IsWord(t[k], "พ")) buddhist = true;
  return IsWord(t[k], "พ") || IsWord(t[k], "ค") ? k + 4 : k;
}

// True for a two-digit year marked as one by an apostrophe: "Feb 14 ’20".
bool IsApostropheYear(Tokens t, std::size_t k) {
  return k > 0 && k < t.size() && t[k].digits == 2 && !t[k].space_before &&
         (IsSymbol(t[k - 1], "’") || IsSymbol(t[k - 1], "'"));
}

// The token of a year written after a month ("July 5, 2024", "5 de julio de
// 2024", "14 октября 2022", "14 Feb ’20"), or 0 when none is; `buddhist` is
// set when the Buddhist Era is written before it ("พ.ศ. 2563").
std::size_t YearAfter(Tokens t, std::size_t j, const DateGrammarOptions& options, bool& buddhist) {
  std::size_t k = j;
  if (IsGluedCommaAt(t, k)) ++k;
  k = SkipLinkWord(t, k);
  k = SkipEra(t, k, buddhist);
  if (k < t.size() && (IsSymbol(t[k], "’") || IsSymbol(t[k], "'")) && IsApostropheYear(t, k + 1)) {
    ++k;
  }
  if (k >= t.size() || t[k].kind != DateTokenKind::kNumber) return 0;
  const bool two_digits = !options.running_text || IsApostropheYear(t, k);
  if (YearOf(t[k], two_digits) == 0 || RunsOn(t, k + 1)) return 0;
  return k;
}

// The date with the year written from tokens[j] on, or, when none is, the
// yearless date ending at `no_year_end`. A written year that does not fit
// ("February 29, 2023", "October 14, 1850") fails the whole date.
std::optional<CalendarDate> Finish(Tokens t, std::size_t j, std::size_t no_year_end, int month,
                                   int day, const DateGrammarOptions& options) {
  bool buddhist = false;
  if (const std::size_t k = YearAfter(t, j, options, buddhist); k != 0) {
    const bool two_digits = !options.running_text || IsApostropheYear(t, k);
    const int written = YearOf(t[k], two_digits);
    // A written era settles it, on a page of any language.
    const int year = buddhist ? written - kBuddhistEraOffset : GregorianYear(written, options);
    return Make(year, month, day, SkipYearWord(t, k + 1));
  }
  if (day == 0) return std::nullopt;
  return Make(0, month, day, no_year_end);
}

// "2024-07-05", "2024/07/05", "2024. 07. 05.", "05.07.2024", "5.7.24",
// "07/05/2024", and outside running text "2024-07" and "20240705".
std::optional<CalendarDate> ReadNumeric(Tokens t, std::size_t i,
                                        const DateGrammarOptions& options) {
  const DateToken& a = t[i];
  const bool strict = options.running_text;
  // ISO's basic format, alone or before a time: "20240705", "20240705T06:15".
  if (!strict && a.digits == 8 &&
      (i + 1 == t.size() || (IsWordAt(t, i + 1, "t") && !t[i + 1].space_before))) {
    const auto v = static_cast<int>(a.value);
    return Make(v / 10000, v / 100 % 100, v % 100, i + 1);
  }
  if (a.digits > 4 || i + 2 >= t.size()) return std::nullopt;
  const DateToken& sep = t[i + 1];
  const std::string_view s = sep.text;
  if (sep.space_before || sep.kind != DateTokenKind::kSymbol ||
      (s != "-" && s != "/" && s != ".")) {
    return std::nullopt;
  }
  // A dot may be followed by a space ("5. 7. 2024"); slashes and hyphens
  // hold their numbers tight.
  const auto part_ok = [&](std::size_t k) {
    return IsNumberAt(t, k, 1, 4) && (s == "." || !t[k].space_before);
  };
  const auto sep_ok = [&](std::size_t k) { return IsGluedSymbolAt(t, k, s); };
  if (strict && i >= 2 && !a.space_before && t[i - 1].kind == DateTokenKind::kSymbol &&
      t[i - 2].kind == DateTokenKind::kNumber) {
    return std::nullopt;  // the tail of something longer: "1.2.2024"
  }
  if (!part_ok(i + 2) || t[i + 2].digits > 2) return std::nullopt;
  const DateToken& b = t[i + 2];
  if (!sep_ok(i + 3) || !part_ok(i + 4)) {
    // Year and month only.
    if (strict || a.digits != 4 || s == "." || RunsOn(t, i + 3)) return std::nullopt;
    return Make(static_cast<int>(a.value), static_cast<int>(b.value), 0, i + 3);
  }
  const DateToken& c = t[i + 4];
  std::size_t end = i + 5;
  if (strict && RunsOn(t, end)) return std::nullopt;
  if (a.digits == 4) {
    if (c.digits > 2) return std::nullopt;
    if (s == "." && IsGluedSymbolAt(t, end, ".")) ++end;  // "2024. 07. 05."
    const int year = GregorianYear(static_cast<int>(a.value), options);
    return Make(year, NumericMonth(year, static_cast<int>(b.value), options),
                static_cast<int>(c.value), end);
  }
  if (a.digits > 2) return std::nullopt;
  const int year = GregorianYear(YearOf(c, !strict), options);
  if (year == 0) return std::nullopt;
  int first = static_cast<int>(a.value);
  int second = static_cast<int>(b.value);
  // Dots are day-first everywhere; slashes and hyphens follow the numbers
  // when one of them is over 12, and the language otherwise.
  bool month_first = false;
  if (s != ".") {
    if (first > 12) {
      month_first = false;
    } else if (second > 12) {
      month_first = true;
    } else {
      month_first = options.order == NumericOrder::kMonthFirst;
    }
  }
  if (month_first) std::swap(first, second);
  // "01.07.2024 г.": the year's word after it.
  return Make(year, NumericMonth(year, second, options), first, SkipYearWord(t, end));
}

bool IsCjk(const DateToken& t, std::string_view chinese, std::string_view korean) {
  return IsWord(t, chinese) || IsWord(t, korean);
}

// "2024年7月5日", "2024년 7월 5일", "7月5日", "2024年7月", "2024年".
std::optional<CalendarDate> ReadCjk(Tokens t, std::size_t i) {
  std::size_t j = i;
  int year = 0;
  if (t[j].digits == 4 && j + 1 < t.size() && IsCjk(t[j + 1], "年", "년")) {
    year = static_cast<int>(t[j].value);
    j += 2;
    if (!IsNumberAt(t, j, 1, 2) || j + 1 >= t.size() || !IsCjk(t[j + 1], "月", "월")) {
      if (!civil::IsValidYear(year)) return std::nullopt;
      return CalendarDate{year, 0, 0, j};
    }
  }
  if (!IsNumberAt(t, j, 1, 2) || j + 1 >= t.size() || !IsCjk(t[j + 1], "月", "월")) {
    return std::nullopt;
  }
  const int month = static_cast<int>(t[j].value);
  j += 2;
  if (IsNumberAt(t, j, 1, 2) && j + 1 < t.size() && IsCjk(t[j + 1], "日", "일")) {
    return Make(year, month, static_cast<int>(t[j].value), j + 2);
  }
  return Make(year, month, 0, j);
}

// Past the same month named again in a second calendar tradition, as Arabic
// news of the Levant writes it: "24 نيسان / أبريل 2020" (Nisan / April).
std::size_t SkipSameMonthAgain(Tokens t, std::size_t j, int month,
                               const DateGrammarOptions& options) {
  std::size_t end = 0;
  if (j + 1 < t.size() && IsSymbol(t[j], "/") && MonthAt(t, j + 1, options, end) == month) {
    return end;
  }
  return j;
}

// "5 July 2024", "5. Juli 2024", "5th of July", "5 de julio de 2024",
// "14 октября 2022 г.", "04 Jul 24" (RFC 822), "5 July".
std::optional<CalendarDate> ReadDayFirst(Tokens t, std::size_t i,
                                         const DateGrammarOptions& options) {
  if (t[i].digits > 2) return std::nullopt;
  // RFC 850 and cookies: "03-Jun-2003", "03-Jun-03".
  if (IsGluedSymbolAt(t, i + 1, "-") && i + 4 < t.size() && !t[i + 2].space_before &&
      IsGluedSymbolAt(t, i + 3, "-") && !t[i + 4].space_before) {
    if (const int month = MonthNamed(t[i + 2], options); month != 0) {
      const int year = YearOf(t[i + 4], /*allow_two_digits=*/!options.running_text);
      if (year != 0 && !RunsOn(t, i + 5)) {
        return Make(year, month, static_cast<int>(t[i].value), i + 5);
      }
    }
  }
  std::size_t j = i + 1;
  std::size_t month_end = 0;
  if (!options.running_text && IsGluedSymbolAt(t, j, "-") && j + 1 < t.size() &&
      !t[j + 1].space_before && MonthAt(t, j + 1, options, month_end) != 0) {
    // Uzbek and Kyrgyz join the day to its month: "5-iyul", "5-may". Not in
    // running text, where it is more often a name or an address
    // ("kabinett-5-september").
    ++j;
  } else {
    j = SkipDaySuffix(t, j, /*allow_dot=*/true);
    // Telugu writes a comma after the day: "5, జులై 2024".
    if (!options.running_text && IsGluedCommaAt(t, j)) ++j;
  }
  j = SkipLinkWord(t, j);
  if (j >= t.size()) return std::nullopt;
  const int month = MonthAt(t, j, options, j);
  if (month == 0) return std::nullopt;
  j = SkipSameMonthAgain(t, j, month, options);
  // "5 juil. 2024"; without a year the dot more likely ends the sentence.
  const std::size_t after_dot = IsGluedSymbolAt(t, j, ".") ? j + 1 : j;
  return Finish(t, after_dot, j, month, static_cast<int>(t[i].value), options);
}

// "2024. július 5.", "2024 m. liepos 5 d.", "2024. gada 5. jūlijs",
// "2024. július".
std::optional<CalendarDate> ReadYearFirst(Tokens t, std::size_t i,
                                          const DateGrammarOptions& options) {
  if (t[i].digits != 4) return std::nullopt;
  const int year = static_cast<int>(t[i].value);
  std::size_t j = i + 1;
  const bool dotted = IsGluedSymbolAt(t, j, ".");
  if (dotted || (!options.running_text && IsGluedCommaAt(t, j))) ++j;
  // Kyrgyz joins its year word: "2024-ж.".
  if (IsGluedSymbolAt(t, j, "-") && j + 1 < t.size() && !t[j + 1].space_before &&
      IsWordIn(t[j + 1], kYearWords)) {
    ++j;
  }
  const std::size_t before_word = j;
  j = SkipYearWord(t, j);
  if (!options.running_text && j > before_word && IsGluedCommaAt(t, j)) ++j;
  j = SkipLinkWord(t, j);  // Pashto "د ۲۰۲۴ د جولای ۵"
  // In running text a year is only followed by its month in the languages
  // that mark it so ("2024. július", "2024 m. liepos"), not in "the 2022
  // March Madness".
  if (j >= t.size() || (options.running_text && !dotted && j == before_word)) {
    return std::nullopt;
  }
  if (const int month = MonthAt(t, j, options, j); month != 0) {
    const std::size_t month_end = j;
    if (IsGluedSymbolAt(t, j, ".")) ++j;
    if (IsNumberAt(t, j, 1, 2) && !RunsOn(t, j + 1)) {
      std::size_t end = SkipDaySuffix(t, j + 1, /*allow_dot=*/!options.running_text);
      if (IsWordAt(t, end, "d")) {  // Lithuanian "5 d."
        ++end;
        if (IsGluedSymbolAt(t, end, ".")) ++end;
      }
      return Make(year, month, static_cast<int>(t[j].value), end);
    }
    return Make(year, month, 0, month_end);
  }
  // The day before the month: Latvian "2024. gada 5. jūlijs", Kazakh
  // "2024 ж. 5 шілде", Kyrgyz "2024-ж., 5-июль".
  if (IsNumberAt(t, j, 1, 2) && j + 1 < t.size()) {
    const bool joined = IsGluedSymbolAt(t, j + 1, ".") || IsGluedSymbolAt(t, j + 1, "-");
    const std::size_t k = joined ? j + 2 : j + 1;
    std::size_t end = 0;
    if (const int month = MonthAt(t, k, options, end); month != 0) {
      return Make(year, month, static_cast<int>(t[j].value), end);
    }
  }
  return std::nullopt;
}

// "July 5, 2024", "Jul 5th 2024", "Oct. 14", "July 2024", "július 5".
std::optional<CalendarDate> ReadMonthFirst(Tokens t, std::size_t month_end, int month,
                                           const DateGrammarOptions& options) {
  std::size_t j = month_end;
  if (IsGluedSymbolAt(t, j, ".")) ++j;
  if (IsNumberAt(t, j, 1, 2) && !RunsOn(t, j + 1)) {
    const int day = static_cast<int>(t[j].value);
    // A two-digit number right after the month is the day; outside running
    // text, "Jul 24 2024" still is. The dot after the day is left alone:
    // in "on July 5." it ends the sentence.
    const std::size_t k = SkipDaySuffix(t, j + 1, /*allow_dot=*/false);
    return Finish(t, k, k, month, day, options);
  }
  return Finish(t, j, j, month, 0, options);
}

}  // namespace

NumericOrder NumericOrderFor(std::string_view language) {
  const std::string primary = PrimaryLanguage(language);
  if (primary == "fil") return NumericOrder::kMonthFirst;
  if (primary != "en") return NumericOrder::kDayFirst;
  const std::string region = RegionSubtag(language);
  for (const std::string_view us : {"", "US", "PH", "CA", "UM", "AS", "GU", "MP", "PR", "VI"}) {
    if (region == us) return NumericOrder::kMonthFirst;
  }
  return NumericOrder::kDayFirst;
}

int MonthNamed(const DateToken& token, const DateGrammarOptions& options) {
  if (token.kind != DateTokenKind::kWord) return 0;
  const std::optional<DateNameMeaning> meaning = DateNames::Get().Month(token.text, options.names);
  if (!meaning) return 0;
  if (options.running_text) {
    if (meaning->language == DateNames::kEnglish && !token.capitalized) {
      return 0;  // "you may go", "they march"
    }
    if (meaning->language != DateNames::kEnglish && IsWordIn(token, kEnglishLookalikes) &&
        meaning->language != DateNames::Get().LanguageIndex(options.names.language)) {
      return 0;
    }
  }
  return meaning->value;
}

namespace {

// The longest name of several tokens from tokens[i] on, as a month
// (`weekday` false) or weekday; its meaning and one past its last token.
std::optional<std::pair<DateNameMeaning, std::size_t>> LongerNameAt(Tokens t, std::size_t i,
                                                                    bool weekday,
                                                                    const DateNamePolicy& policy) {
  const DateNames& names = DateNames::Get();
  if (i >= t.size() || t[i].kind != DateTokenKind::kWord || !names.StartsLongerName(t[i].text)) {
    return std::nullopt;
  }
  for (std::size_t n = std::min(kMaxDateNameTokens, t.size() - i); n >= 2; --n) {
    const std::string key = NameKey(t, i, n);
    if (key.empty()) continue;
    const std::optional<DateNameMeaning> meaning =
        weekday ? names.Weekday(key, policy) : names.Month(key, policy);
    if (meaning) return std::make_pair(*meaning, i + n);
  }
  return std::nullopt;
}

}  // namespace

int MonthAt(DateTokens tokens, std::size_t i, const DateGrammarOptions& options, std::size_t& end) {
  if (i >= tokens.size()) return 0;
  if (const auto longer = LongerNameAt(tokens, i, /*weekday=*/false, options.names)) {
    end = longer->second;
    return longer->first.value;
  }
  const int month = MonthNamed(tokens[i], options);
  if (month != 0) end = i + 1;
  return month;
}

std::size_t WeekdayNameEnd(DateTokens tokens, std::size_t i, std::string_view language) {
  // Another language's abbreviations are words here ("Die" is Albanian for
  // Sunday): read only when no language is known.
  const DateNamePolicy policy{language, /*any_language_wide=*/true,
                              /*any_language_short=*/language.empty()};
  if (const auto longer = LongerNameAt(tokens, i, /*weekday=*/true, policy)) return longer->second;
  if (i < tokens.size() && tokens[i].kind == DateTokenKind::kWord &&
      DateNames::Get().Weekday(tokens[i].text, policy)) {
    return i + 1;
  }
  return 0;
}

std::optional<CalendarDate> ReadCalendarDate(std::span<const DateToken> tokens, std::size_t i,
                                             const DateGrammarOptions& options) {
  if (i >= tokens.size()) return std::nullopt;
  const DateToken& first = tokens[i];
  if (first.kind == DateTokenKind::kNumber) {
    if (auto d = ReadCjk(tokens, i)) return d;
    if (auto d = ReadNumeric(tokens, i, options)) return d;
    if (auto d = ReadDayFirst(tokens, i, options)) return d;
    return ReadYearFirst(tokens, i, options);
  }
  std::size_t month_end = 0;
  if (const int month = MonthAt(tokens, i, options, month_end); month != 0) {
    return ReadMonthFirst(tokens, month_end, month, options);
  }
  return std::nullopt;
}

}  // namespace corpusd
