#include "parsers/dates/date_mentions.h"

#include <array>
#include <string>

#include "parsers/dates/date_civil.h"
#include "parsers/dates/date_grammar.h"
#include "parsers/dates/date_names.h"
#include "parsers/dates/date_reference.h"
#include "parsers/dates/date_tokens.h"
#include "parsers/dates/icu_calendar.h"
#include "parsers/text/language_tag.h"

// What counts as a mention in running text, where most numbers and many
// month names are not dates:
//  - a written date: "October 14, 2022", "14 October", "Oct. 14", "2022-10-14",
//    "14.10.2022", "14 октября", "2024年7月5日"; a weekday before it joins it
//    ("Friday, October 14"). English month names must be capitalized.
//  - a month alone only after a time word or with a qualifier: "in March",
//    "since May", "late March", "mid-March", "end of February", "last March".
//    "Theresa May", "May's", "you may go", "they march" are not dates.
//  - a year alone only after a time word ("in 2022", "since 2015", "by
//    2030", "the year 2000", "в 2022"), with a qualifier ("mid-2022", "end
//    of 2022"), before a year word ("2022 году", "2022年"), or in a range
//    ("between 2019 and 2022", "from 2016 to 2018", "in 2019–2022"). "2015
//    Supreme Court's ruling", "29 targets", "222,000", "3-1", "1990s" are
//    not.
//  - relative expressions (English; the day words of some other languages
//    when the language hint names them): "yesterday", "today", "tomorrow",
//    "on Thursday", "last Friday", "two days ago", "last month", "earlier
//    this year". Weeks have no precision of their own, so "last week" is not
//    reported; "a week ago" is seven days back. A sentence that speaks of
//    the future ("will", "scheduled", and no "said" in between) turns
//    "on Thursday" and yearless dates forward (see date_reference.h).
// Spans cover the date expression and its qualifiers ("late March",
// "Earlier this month"), not the preposition before it ("on", "in").

namespace corpusd {
namespace {

using Tokens = DateTokens;

// Words before a month or year that make it a time: "in March", "since
// 2015". "from" and "between" count only with the range's other end
// ("from March to May"): "a letter from May", "from 2000 to 3000 people".
constexpr std::array<std::string_view, 34> kTimePrepositions = {
    "in",    "since", "by",  "until", "till", "through", "throughout", "during", "before",
    "after", "circa", "im",  "seit",  "bis",  "ab",      "sinds",      "en",     "depuis",
    "desde", "hasta", "nel", "dal",   "em",   "até",     "в",          "во",     "с",
    "до",    "у",     "od",  "w",     "we",   "v",       "ve"};

// Nouns after which a number is a year: "the year 2000", "im Jahr 2022".
constexpr std::array<std::string_view, 10> kYearNouns = {"year", "jahr", "jahres", "année", "an",
                                                         "año",  "anno", "ano",    "jaar",  "roce"};

// Words after a number that make it a year: "2022 году", "2022 r.", "2022年".
constexpr std::array<std::string_view, 14> kYearWords = {"г",      "год",  "года", "году",   "р",
                                                         "рік",    "року", "r",    "roku",   "gada",
                                                         "godine", "年",   "년",   "yılında"};

// Hungarian suffixes on a year: "2022-ben", "2022-től".
constexpr std::array<std::string_view, 10> kYearSuffixes = {"ben", "ban", "től", "tól", "ig",
                                                            "re",  "ra",  "es",  "as",  "ös"};

// Qualifiers that belong to the month or year they come before: "late
// March", "earlier this month". Two-word ones end in "of": "end of 2022".
constexpr std::array<std::string_view, 10> kQualifiers = {
    "early", "late", "earlier", "later", "anfang", "ende", "mitte", "début", "fin", "mid"};
constexpr std::array<std::string_view, 9> kQualifierNouns = {
    "end", "beginning", "start", "middle", "spring", "summer", "autumn", "fall", "winter"};

// Words that join two parts of a range: "from March to May"; dashes do too.
constexpr std::array<std::string_view, 5> kRangeWords = {"to", "and", "through", "until", "till"};

bool IsRangeLink(const DateToken& t) {
  return IsWordIn(t, kRangeWords) || IsSymbol(t, "-") || IsSymbol(t, "–") || IsSymbol(t, "—");
}

// Words before a weekday that make it a name, not a date: "Black Friday".
constexpr std::array<std::string_view, 16> kHolidayWords = {
    "black",  "good",   "cyber",  "super",  "ash",    "holy",  "easter", "palm",
    "maundy", "shrove", "giving", "boxing", "bloody", "every", "each",   "fat"};

// Words that put the rest of an English sentence in the future: "the
// elections will be held in November". A reporting verb between them and
// the date ends their reach: "the talks will go on, he said on Friday".
constexpr std::array<std::string_view, 6> kFutureWords = {"will",     "shall",     "ll",
                                                          "upcoming", "scheduled", "planned"};
constexpr std::array<std::string_view, 14> kReportingVerbs = {
    "said",     "says",  "told",     "announced", "stated",  "added",     "noted",
    "reported", "wrote", "recalled", "confirmed", "claimed", "explained", "warned"};

// English numbers for "two days ago".
constexpr std::array<std::string_view, 13> kNumberWords = {
    "",      "one",   "two",  "three", "four",   "five",  "six",
    "seven", "eight", "nine", "ten",   "eleven", "twelve"};

// Day words of other languages, used when the language hint names them.
struct DayWord {
  std::string_view language;
  std::string_view word;  // lower case; folded before use
  int days;
};
constexpr DayWord kDayWords[] = {
    {"de", "vorgestern", -2}, {"de", "gestern", -1},    {"de", "heute", 0},
    {"de", "morgen", 1},      {"de", "übermorgen", 2},  {"fr", "hier", -1},
    {"fr", "demain", 1},      {"es", "anteayer", -2},   {"es", "ayer", -1},
    {"es", "hoy", 0},         {"it", "ieri", -1},       {"it", "oggi", 0},
    {"it", "domani", 1},      {"pt", "ontem", -1},      {"pt", "hoje", 0},
    {"pt", "amanhã", 1},      {"nl", "gisteren", -1},   {"nl", "vandaag", 0},
    {"ru", "позавчера", -2},  {"ru", "вчера", -1},      {"ru", "сегодня", 0},
    {"ru", "завтра", 1},      {"ru", "послезавтра", 2}, {"uk", "вчора", -1},
    {"uk", "учора", -1},      {"uk", "сьогодні", 0},    {"uk", "завтра", 1},
    {"bg", "вчера", -1},      {"bg", "днес", 0},        {"bg", "утре", 1},
    {"pl", "wczoraj", -1},    {"pl", "dzisiaj", 0},     {"pl", "dziś", 0},
    {"pl", "jutro", 1},       {"cs", "včera", -1},      {"cs", "dnes", 0},
    {"cs", "zítra", 1},       {"sk", "včera", -1},      {"sk", "dnes", 0},
    {"sk", "zajtra", 1},      {"hu", "tegnap", -1},     {"hu", "ma", 0},
    {"hu", "holnap", 1},      {"hr", "jučer", -1},      {"hr", "danas", 0},
    {"hr", "sutra", 1},       {"sr", "juče", -1},       {"sr", "јуче", -1},
    {"sr", "danas", 0},       {"sr", "данас", 0},       {"ro", "ieri", -1},
    {"ro", "azi", 0},         {"ro", "astăzi", 0},      {"ro", "mâine", 1},
    {"sv", "igår", -1},       {"sv", "idag", 0},        {"sv", "imorgon", 1},
    {"fi", "eilen", -1},      {"fi", "tänään", 0},      {"fi", "huomenna", 1},
    {"tr", "dün", -1},        {"tr", "bugün", 0},       {"tr", "yarın", 1},
    {"el", "χθες", -1},       {"el", "σήμερα", 0},      {"el", "αύριο", 1},
};

// kDayWords with the words case-folded as tokens are, built once.
struct FoldedDayWord {
  std::string_view language;
  std::string word;
  int days;
};
const std::vector<FoldedDayWord>& FoldedDayWords() {
  static const std::vector<FoldedDayWord>* const words = [] {
    auto* out = new std::vector<FoldedDayWord>();  // shared, never destroyed
    for (const DayWord& w : kDayWords) out->push_back({w.language, FoldCase(w.word), w.days});
    return out;
  }();
  return *words;
}

// A date found, before it becomes a DateMention.
struct Found {
  std::size_t begin = 0;  // token span, end exclusive
  std::size_t end = 0;
  ResolvedDate date;
};

class MentionScanner {
 public:
  MentionScanner(Tokens tokens, const std::optional<ReferenceDate>& ref, const DateContext& context)
      : t_(tokens), ref_(ref), language_(PrimaryLanguage(context.language)) {
    options_.names.language = context.language;
    // Without a hint, wide names of every language are read; short ones
    // ("mar", "set") only in English and the hint's language.
    options_.names.any_language_wide = context.language.empty();
    options_.names.any_language_short = false;
    options_.order = NumericOrderFor(context.language);
    options_.running_text = true;
  }

  // The mention that starts at tokens[i], if any.
  std::optional<Found> At(std::size_t i) {
    const std::size_t k = QualifierEnd(i);
    std::optional<Found> found;
    if ((k == i && (found = WeekdayAndDate(i))) || (found = Written(k)) ||
        (found = Relative(k, k != i)) || (found = BareMonth(k, k != i)) ||
        (found = Year(k, k != i))) {
      found->begin = i;
      last_ = found;
      return found;
    }
    return std::nullopt;
  }

 private:
  const DateToken* Before(std::size_t k) const { return k > 0 ? &t_[k - 1] : nullptr; }

  // Whether the sentence before tokens[k] speaks of the future.
  bool Future(std::size_t k) const {
    for (std::size_t n = 0; k > 0 && n < 40; ++n) {
      const DateToken& tok = t_[--k];
      if (IsSymbol(tok, ".") || IsSymbol(tok, "!") || IsSymbol(tok, "?")) return false;
      if (IsWordIn(tok, kReportingVerbs)) return false;
      if (IsWordIn(tok, kFutureWords)) return true;
      if (tok.line_before) return false;
    }
    return false;
  }

  YearChoice Choice(std::size_t k) const {
    return Future(k) ? YearChoice::kComing : YearChoice::kNear;
  }

  bool AfterTimeWord(std::size_t k) const {
    const DateToken* b = Before(k);
    return b != nullptr && (IsWordIn(*b, kTimePrepositions) || IsWordIn(*b, kYearNouns));
  }

  // Directly after an earlier mention by a range word: "2019–2022",
  // "between March and May".
  bool ContinuesRange(std::size_t k) const {
    if (!last_ || k < 2 || last_->end != k - 1) return false;
    return IsRangeLink(t_[k - 1]);
  }

  // Past a qualifier at tokens[i] ("late", "mid-", "end of"), or i.
  std::size_t QualifierEnd(std::size_t i) const {
    if (i >= t_.size()) return i;
    if (IsWord(t_[i], "mid") && IsGluedSymbolAt(t_, i + 1, "-")) return i + 2;
    if (IsWordIn(t_[i], kQualifiers)) return i + 1;
    if (IsWordIn(t_[i], kQualifierNouns) && IsWordAt(t_, i + 1, "of")) return i + 2;
    return i;
  }

  // The month a word names in running text, with short forms only when
  // `allow_short`; 0 for none.
  int Month(std::size_t k, bool allow_short) const {
    if (k >= t_.size() || t_[k].kind != DateTokenKind::kWord) return 0;
    const auto m = DateNames::Get().Month(t_[k].text, options_.names);
    if (!m || (m->abbreviated && !allow_short)) return 0;
    if (m->language == DateNames::kEnglish && !t_[k].capitalized) return 0;
    // A Persian month alone straddles two Gregorian ones: no month to name.
    if (m->value > kPersianMonthOffset) return 0;
    return m->value;
  }

  // The weekday a word names (wide forms; English capitalized), or -1.
  int Weekday(std::size_t k, bool allow_short) const {
    if (k >= t_.size() || t_[k].kind != DateTokenKind::kWord) return -1;
    const auto d = DateNames::Get().Weekday(t_[k].text, {options_.names.language, false, false});
    if (!d || (d->abbreviated && !allow_short)) return -1;
    if (d->language == DateNames::kEnglish && !t_[k].capitalized) return -1;
    return d->value;
  }

  // A written date (resolved against the publication date when it has no
  // year).
  std::optional<Found> Written(std::size_t k) const { return Written(k, options_); }
  std::optional<Found> Written(std::size_t k, const DateGrammarOptions& options) const {
    const std::optional<CalendarDate> d = ReadCalendarDate(t_, k, options);
    if (!d) return std::nullopt;
    std::optional<ResolvedDate> r;
    if (d->year != 0 && d->month != 0 && d->day != 0) {
      r = ResolvedDate{{d->year, d->month, d->day}, DatePrecision::kDay};
    } else if (d->year == 0) {
      if (ref_) r = DayMonthFrom(*ref_, d->month, d->day, Choice(k));
    } else if (d->month != 0) {
      r = ResolvedDate{{d->year, d->month, 0}, DatePrecision::kMonth};
    } else {
      r = ResolvedDate{{d->year, 0, 0}, DatePrecision::kYear};
    }
    if (!r) return std::nullopt;
    return Found{k, d->end, *r};
  }

  // "Friday, October 14", "Fri 14 Oct 2022".
  // When the day and the month could be either number ("Sun, 06/07/2020"),
  // the weekday says which order is meant, if only one order gives it.
  std::optional<Found> WeekdayAndDate(std::size_t i) const {
    const int weekday = Weekday(i, /*allow_short=*/true);
    if (weekday < 0) return std::nullopt;
    std::size_t k = i + 1;
    if (IsGluedSymbolAt(t_, k, ",")) ++k;
    std::optional<Found> found = Written(k);
    if (!found || found->date.precision != DatePrecision::kDay) return std::nullopt;
    if (civil::Weekday(found->date.date) != weekday) {
      DateGrammarOptions other = options_;
      other.order = options_.order == NumericOrder::kDayFirst ? NumericOrder::kMonthFirst
                                                              : NumericOrder::kDayFirst;
      std::optional<Found> swapped = Written(k, other);
      if (swapped && swapped->date.precision == DatePrecision::kDay &&
          civil::Weekday(swapped->date.date) == weekday) {
        found = swapped;
      }
    }
    found->begin = i;
    return found;
  }

  // A month alone: "in March", "late March", "from March to May".
  std::optional<Found> BareMonth(std::size_t k, bool qualified) const {
    const int month = Month(k, /*allow_short=*/false);
    if (month == 0 || !ref_) return std::nullopt;
    // A number after it was the written grammar's to take; when that
    // refused ("February 29, 2023") the month alone is no date either.
    if (IsNumberAt(t_, k + 1, 1, 4)) return std::nullopt;
    if (!qualified && !AfterTimeWord(k) && !ContinuesRange(k) &&
        !StartsRange(k, [&](std::size_t end) { return Month(end, false) != 0; })) {
      return std::nullopt;
    }
    // "May's government", "May’s".
    if ((IsGluedSymbolAt(t_, k + 1, "'") || IsGluedSymbolAt(t_, k + 1, "’")) &&
        IsWordAt(t_, k + 2, "s")) {
      return std::nullopt;
    }
    const std::optional<ResolvedDate> r = MonthFrom(*ref_, month, Choice(k));
    if (!r) return std::nullopt;
    return Found{k, k + 1, *r};
  }

  // A year alone, in the contexts listed at the top of this file.
  std::optional<Found> Year(std::size_t k, bool qualified) const {
    if (!IsNumberAt(t_, k, 4, 4) || !civil::IsValidYear(static_cast<int>(t_[k].value))) {
      return std::nullopt;
    }
    // Part of a bigger number or a price: "2,022,000", "2022.5", "$2022",
    // "1990s", "2022%".
    const DateToken* before = Before(k);
    if (before != nullptr && !t_[k].space_before && before->kind == DateTokenKind::kSymbol &&
        !IsSymbol(*before, "-") && !IsSymbol(*before, "–") && !IsSymbol(*before, "(")) {
      return std::nullopt;
    }
    if (k + 1 < t_.size() && !t_[k + 1].space_before) {
      const DateToken& next = t_[k + 1];
      const bool joins_number =
          (IsSymbol(next, ",") || IsSymbol(next, ".") || IsSymbol(next, ":")) &&
          IsNumberAt(t_, k + 2, 1, 99) && !t_[k + 2].space_before;
      if (joins_number || IsWord(next, "s") || IsSymbol(next, "%")) return std::nullopt;
    }
    std::size_t end = k + 1;
    bool year_word = false;
    if (end < t_.size() && IsWordIn(t_[end], kYearWords)) {
      year_word = true;
      ++end;
      if (IsGluedSymbolAt(t_, end, ".")) ++end;
    } else if (IsGluedSymbolAt(t_, end, "-") && end + 1 < t_.size() && !t_[end + 1].space_before &&
               IsWordIn(t_[end + 1], kYearSuffixes)) {
      year_word = true;
      end += 2;
    }
    if (!qualified && !year_word && !ContinuesRange(k) && !YearContext(k)) return std::nullopt;
    return Found{k, end, {{static_cast<int>(t_[k].value), 0, 0}, DatePrecision::kYear}};
  }

  // Whether the word before a year makes it one.
  bool YearContext(std::size_t k) const {
    return AfterTimeWord(k) || StartsRange(k, [&](std::size_t end) {
             return IsNumberAt(t_, end, 4, 4) &&
                    civil::IsValidYear(static_cast<int>(t_[end].value));
           });
  }

  // "from March to May", "between 2019 and 2022": tokens[k] after "from" or
  // "between", and `other_end(k + 2)` true of the token after the range word.
  template <typename OtherEnd>
  bool StartsRange(std::size_t k, OtherEnd other_end) const {
    const DateToken* before = Before(k);
    if (before == nullptr || !(IsWord(*before, "from") || IsWord(*before, "between"))) {
      return false;
    }
    return k + 2 < t_.size() && IsRangeLink(t_[k + 1]) && other_end(k + 2);
  }

  // A count for "two days ago": digits, "a", "an", "one" .. "twelve".
  int CountAt(std::size_t k) const {
    if (IsNumberAt(t_, k, 1, 2)) return static_cast<int>(t_[k].value);
    if (k >= t_.size() || t_[k].kind != DateTokenKind::kWord) return 0;
    if (t_[k].text == "a" || t_[k].text == "an") return 1;
    for (std::size_t n = 1; n < kNumberWords.size(); ++n) {
      if (t_[k].text == kNumberWords[n]) return static_cast<int>(n);
    }
    return 0;
  }

  std::optional<Found> Make(std::size_t k, std::size_t end,
                            const std::optional<ResolvedDate>& r) const {
    if (!r) return std::nullopt;
    return Found{k, end, *r};
  }

  // Relative expressions; all need the publication date.
  std::optional<Found> Relative(std::size_t k, bool qualified) const {
    if (!ref_ || k >= t_.size() || t_[k].kind == DateTokenKind::kSymbol) return std::nullopt;
    const ReferenceDate& ref = *ref_;
    const std::string_view w = t_[k].text;
    if (!qualified) {
      if (w == "yesterday") return Make(k, k + 1, DaysFrom(ref, -1));
      if (w == "today" || w == "tonight") return Make(k, k + 1, DaysFrom(ref, 0));
      if (w == "tomorrow") return Make(k, k + 1, DaysFrom(ref, 1));
      if (w == "the" && IsWordAt(t_, k + 1, "day")) {
        if (IsWordAt(t_, k + 2, "before") && IsWordAt(t_, k + 3, "yesterday")) {
          return Make(k, k + 4, DaysFrom(ref, -2));
        }
        if (IsWordAt(t_, k + 2, "after") && IsWordAt(t_, k + 3, "tomorrow")) {
          return Make(k, k + 4, DaysFrom(ref, 2));
        }
      }
      if (w == "last" && IsWordAt(t_, k + 1, "night")) return Make(k, k + 2, DaysFrom(ref, -1));
      if (w == "this" && (IsWordAt(t_, k + 1, "morning") || IsWordAt(t_, k + 1, "afternoon") ||
                          IsWordAt(t_, k + 1, "evening"))) {
        return Make(k, k + 2, DaysFrom(ref, 0));
      }
      if (auto found = Ago(k)) return found;
      if (auto found = RelativeWeekday(k)) return found;
      if (auto found = OtherLanguageDay(k)) return found;
    }
    // "last month", "earlier this year", "next March".
    int step = 0;
    if (w == "last") {
      step = -1;
    } else if (w == "next") {
      step = 1;
    } else if (w != "this") {
      return std::nullopt;
    }
    if (IsWordAt(t_, k + 1, "month")) return Make(k, k + 2, MonthsFrom(ref, step));
    if (IsWordAt(t_, k + 1, "year")) return Make(k, k + 2, YearsFrom(ref, step));
    if (const int month = Month(k + 1, false); month != 0) {
      const YearChoice choice = step < 0   ? YearChoice::kLast
                                : step > 0 ? YearChoice::kNext
                                           : YearChoice::kNear;
      return Make(k, k + 2, MonthFrom(ref, month, choice));
    }
    return std::nullopt;
  }

  // "two days ago", "a week ago" (7 days), "three months ago", "a year ago".
  std::optional<Found> Ago(std::size_t k) const {
    const int n = CountAt(k);
    if (n == 0 || k + 2 >= t_.size() || !IsWord(t_[k + 2], "ago")) return std::nullopt;
    const std::string_view unit = t_[k + 1].text;
    const ReferenceDate& ref = *ref_;
    if (unit == "day" || unit == "days") return Make(k, k + 3, DaysFrom(ref, -n));
    if (unit == "week" || unit == "weeks") return Make(k, k + 3, DaysFrom(ref, -7 * n));
    if (unit == "month" || unit == "months") return Make(k, k + 3, MonthsFrom(ref, -n));
    if (unit == "year" || unit == "years") return Make(k, k + 3, YearsFrom(ref, -n));
    return std::nullopt;
  }

  // "Thursday", "last Friday", "this past Sunday", "next Monday".
  std::optional<Found> RelativeWeekday(std::size_t k) const {
    std::size_t d = k;
    WeekdayDirection direction = WeekdayDirection::kOnOrBefore;
    const std::string_view w = t_[k].text;
    if (w == "this" && (IsWordAt(t_, k + 1, "past") || IsWordAt(t_, k + 1, "coming"))) {
      direction = t_[k + 1].text == "past" ? WeekdayDirection::kBefore : WeekdayDirection::kAfter;
      d = k + 2;
    } else if (w == "last" || w == "past" || w == "previous") {
      direction = WeekdayDirection::kBefore;
      d = k + 1;
    } else if (w == "next" || w == "coming") {
      direction = WeekdayDirection::kAfter;
      d = k + 1;
    } else if (w == "this") {
      direction = WeekdayDirection::kOnOrAfter;
      d = k + 1;
    }
    const int weekday = Weekday(d, /*allow_short=*/false);
    if (weekday < 0) return std::nullopt;
    if (d == k && Future(k))
      direction = WeekdayDirection::kOnOrAfter;  // "they will meet on Thursday"
    if (d == k && Before(k) != nullptr && IsWordIn(*Before(k), kHolidayWords)) {
      return std::nullopt;  // "Black Friday", "every Monday"
    }
    // Opening hours and schedules: "Monday to Friday", "Monday-Friday";
    // "on Monday and Tuesday" are two days.
    const auto schedule = [&](const DateToken& link) {
      return IsRangeLink(link) && !IsWord(link, "and");
    };
    const bool range_after = d + 2 < t_.size() && schedule(t_[d + 1]) && Weekday(d + 2, false) >= 0;
    const bool range_before = k >= 2 && schedule(t_[k - 1]) && Weekday(k - 2, false) >= 0;
    if (range_after || range_before) return std::nullopt;
    return Make(k, d + 1, WeekdayFrom(*ref_, weekday, direction));
  }

  // "gestern", "вчера", "aujourd'hui" when the language hint names them.
  std::optional<Found> OtherLanguageDay(std::size_t k) const {
    if (language_.empty() || language_ == "en") return std::nullopt;
    if (language_ == "fr" && IsWord(t_[k], "aujourd") && k + 2 < t_.size() &&
        (IsSymbol(t_[k + 1], "'") || IsSymbol(t_[k + 1], "’")) && IsWord(t_[k + 2], "hui")) {
      return Make(k, k + 3, DaysFrom(*ref_, 0));
    }
    for (const FoldedDayWord& day : FoldedDayWords()) {
      if (day.language != language_ || t_[k].text != day.word) continue;
      // German "Morgen" is the morning; "morgen" is tomorrow.
      if (day.word == "morgen" && t_[k].capitalized) return std::nullopt;
      return Make(k, k + 1, DaysFrom(*ref_, day.days));
    }
    return std::nullopt;
  }

  Tokens t_;
  const std::optional<ReferenceDate>& ref_;
  std::string language_;
  DateGrammarOptions options_;
  std::optional<Found> last_;  // the previous mention, for ranges
};

}  // namespace

std::vector<DateMention> FindDateMentions(std::string_view text,
                                          const std::optional<NormalizedDate>& published,
                                          const DateContext& context) {
  const std::vector<DateToken> tokens = TokenizeForDates(text);
  const std::optional<ReferenceDate> ref = ReferenceDate::From(published);
  MentionScanner scanner(tokens, ref, context);
  std::vector<DateMention> mentions;
  for (std::size_t i = 0; i < tokens.size();) {
    const std::optional<Found> found = scanner.At(i);
    if (!found) {
      ++i;
      continue;
    }
    const DateToken& first = tokens[found->begin];
    const DateToken& last = tokens[found->end - 1];
    DateMention m;
    m.begin = first.cp_begin;
    m.end = last.cp_end;
    m.text.assign(text.substr(first.byte_begin, last.byte_end - first.byte_begin));
    m.value = found->date.ToIso();
    m.precision = found->date.precision;
    mentions.push_back(std::move(m));
    i = found->end;
  }
  return mentions;
}

}  // namespace corpusd
