// The calendar-date grammar shared by the whole-string normalizer and the
// running-text scanner: numeric dates ("2024-07-05", "05.07.2024",
// "07/05/2024"), dates with month names in any language the name table
// knows ("July 5, 2024", "5. Juli 2024", "5 de julio de 2024", "2024. július
// 5.", "14 октября"), and CJK ones ("2024年7月5日", "2024년 7월 5일"). Times,
// zones, weekdays and surrounding words are the callers' business. Pure and
// thread-safe.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string_view>

#include "parsers/dates/date_names.h"
#include "parsers/dates/date_tokens.h"

namespace corpusd {

// A calendar date as written; a part that was not written is 0. Always one
// of: year-month-day, month-day (no year: "5 July"), year-month ("July
// 2024"), or year alone ("2024年"). Written parts are valid together
// (29 February only in leap years, or without a year).
struct CalendarDate {
  int year = 0;
  int month = 0;
  int day = 0;
  std::size_t end = 0;  // one past the date's last token
};

// How "07/05/2024" reads when both numbers could be the month.
enum class NumericOrder { kDayFirst, kMonthFirst };

// Month-first for US-style English ("en", "en-US", "en-PH", "en-CA") and
// Filipino; day-first for every other language and for no hint.
NumericOrder NumericOrderFor(std::string_view language);

struct DateGrammarOptions {
  DateNamePolicy names;
  NumericOrder order = NumericOrder::kDayFirst;
  // Running text, where numbers and words are mostly not dates: numeric
  // dates need a four-digit year and must not be part of a longer run of
  // numbers ("1.2.2024.5"), year-month ("2024-07") and eight-digit dates
  // are not read, and English month names must be capitalized ("may" is a
  // verb). Whole date strings ask for none of this.
  bool running_text = false;
};

// The date expression that starts at tokens[i], or nullopt.
std::optional<CalendarDate> ReadCalendarDate(std::span<const DateToken> tokens, std::size_t i,
                                             const DateGrammarOptions& options);

// The month a word token names under `options` (1-12; 13-24 for the Solar
// Hijri calendar's, see kPersianMonthOffset), or 0.
int MonthNamed(const DateToken& token, const DateGrammarOptions& options);

// The month named from tokens[i] on, by one word or by several ("tháng 7",
// "كانون الثاني"), or 0; `end` gets one past the name's last token (and is
// left alone when none is named).
int MonthAt(DateTokens tokens, std::size_t i, const DateGrammarOptions& options, std::size_t& end);

// One past the last token of a weekday name of one or more words ("Friday",
// "bazar ertəsi") that starts at tokens[i], in any language the table lends
// to the `language` hint (BCP 47; may be empty), abbreviations only in that
// language and English when it is given; 0 when none does.
std::size_t WeekdayNameEnd(DateTokens tokens, std::size_t i, std::string_view language);

}  // namespace corpusd
