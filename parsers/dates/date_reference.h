// Resolving dates written relative to a publication date: "on Thursday",
// "October 14" without a year, "last month", "two days ago". The rules say
// what news writing means by them; they are documented at each function.
// Pure and thread-safe.
#pragma once

#include <optional>
#include <string>

#include "core/record.h"
#include "parsers/dates/date_civil.h"
#include "parsers/dates/date_normalizer.h"

namespace corpusd {

// The publication date mentions are resolved against, at its precision.
struct ReferenceDate {
  civil::Date date;  // month and day are 0 when not known
  DatePrecision precision = DatePrecision::kDay;

  // From a normalized date; nullopt when there is none. Its time and offset
  // are not used: the local date is the date the text was written on.
  static std::optional<ReferenceDate> From(const std::optional<NormalizedDate>& published);

  bool has_month() const { return precision >= DatePrecision::kMonth; }
  bool has_day() const { return precision >= DatePrecision::kDay; }
};

// A resolved date at its precision (year, month or day).
struct ResolvedDate {
  civil::Date date;  // parts below `precision` are 0
  DatePrecision precision = DatePrecision::kDay;

  // "2022", "2022-10", "2022-10-14".
  std::string ToIso() const;
};

// `days` days from the reference day ("yesterday" is -1). Needs a day.
std::optional<ResolvedDate> DaysFrom(const ReferenceDate& ref, int days);

// `months` months from the reference month ("last month" is -1). Needs a
// month.
std::optional<ResolvedDate> MonthsFrom(const ReferenceDate& ref, int months);

// `years` years from the reference year ("last year" is -1).
std::optional<ResolvedDate> YearsFrom(const ReferenceDate& ref, int years);

// How a weekday name is meant relative to the publication day.
enum class WeekdayDirection {
  kOnOrBefore,  // "on Thursday", "Thursday": the most recent one, perhaps today
  kBefore,      // "last Thursday", "this past Thursday": strictly before
  kAfter,       // "next Thursday", "this coming Thursday": strictly after
  kOnOrAfter,   // "this Thursday": the coming one, perhaps today
};

// The day a weekday (0 Monday .. 6 Sunday) names. Needs a day.
std::optional<ResolvedDate> WeekdayFrom(const ReferenceDate& ref, int weekday,
                                        WeekdayDirection direction);

// Which year a day or month written without one belongs to.
enum class YearChoice {
  // The occurrence from about nine months before the publication date to
  // about three after it (for a month alone: nine months back to two
  // ahead). News looks back more than forward, but does announce what comes
  // ("the G20 summit on November 15", written in October).
  kNear,
  // The first occurrence on or after the publication date: the sentence
  // speaks of the future ("will be held on November 15").
  kComing,
  kLast,  // "last March": strictly before the publication month
  kNext,  // "next March": strictly after it
};

// The day a day and month without a year name ("October 14"). kNear and
// kComing only. Needs a month; without a day the month decides.
std::optional<ResolvedDate> DayMonthFrom(const ReferenceDate& ref, int month, int day,
                                         YearChoice choice);

// The month a month name alone names ("in late March", "last March").
std::optional<ResolvedDate> MonthFrom(const ReferenceDate& ref, int month, YearChoice choice);

}  // namespace corpusd
