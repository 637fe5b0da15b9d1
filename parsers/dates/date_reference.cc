#include "parsers/dates/date_reference.h"

#include <cstdio>

namespace corpusd {
namespace {

// The window a yearless date is placed in, around the publication date.
constexpr int kDaysBack = 273;
constexpr int kDaysAhead = 92;
constexpr int kMonthsBack = 9;
constexpr int kMonthsAhead = 2;

ResolvedDate Day(civil::Date d) { return {d, DatePrecision::kDay}; }

std::optional<ResolvedDate> Checked(ResolvedDate r) {
  if (!civil::IsValidYear(r.date.year)) return std::nullopt;
  return r;
}

}  // namespace

std::optional<ReferenceDate> ReferenceDate::From(const std::optional<NormalizedDate>& published) {
  if (!published) return std::nullopt;
  const std::string& iso = published->iso;
  // "YYYY", "YYYY-MM" or "YYYY-MM-DD..." as NormalizeDate writes them.
  const auto number = [&](std::size_t pos, std::size_t length) {
    int v = 0;
    for (std::size_t k = pos; k < pos + length; ++k) {
      if (k >= iso.size() || iso[k] < '0' || iso[k] > '9') return -1;
      v = v * 10 + (iso[k] - '0');
    }
    return v;
  };
  ReferenceDate ref;
  ref.date.year = number(0, 4);
  if (!civil::IsValidYear(ref.date.year)) return std::nullopt;
  ref.precision = DatePrecision::kYear;
  if (iso.size() >= 7 && iso[4] == '-') {
    ref.date.month = number(5, 2);
    if (ref.date.month < 1 || ref.date.month > 12) return std::nullopt;
    ref.precision = DatePrecision::kMonth;
  }
  if (iso.size() >= 10 && iso[7] == '-') {
    ref.date.day = number(8, 2);
    if (!civil::IsValidDate(ref.date.year, ref.date.month, ref.date.day)) return std::nullopt;
    ref.precision = DatePrecision::kDay;
  }
  return ref;
}

std::string ResolvedDate::ToIso() const {
  char buffer[16];
  if (precision == DatePrecision::kYear) {
    std::snprintf(buffer, sizeof buffer, "%04d", date.year);
  } else if (precision == DatePrecision::kMonth) {
    std::snprintf(buffer, sizeof buffer, "%04d-%02d", date.year, date.month);
  } else {
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date.year, date.month, date.day);
  }
  return buffer;
}

std::optional<ResolvedDate> DaysFrom(const ReferenceDate& ref, int days) {
  if (!ref.has_day()) return std::nullopt;
  return Checked(Day(civil::AddDays(ref.date, days)));
}

std::optional<ResolvedDate> MonthsFrom(const ReferenceDate& ref, int months) {
  if (!ref.has_month()) return std::nullopt;
  int year = ref.date.year;
  int month = ref.date.month;
  civil::AddMonths(year, month, months);
  return Checked({{year, month, 0}, DatePrecision::kMonth});
}

std::optional<ResolvedDate> YearsFrom(const ReferenceDate& ref, int years) {
  return Checked({{ref.date.year + years, 0, 0}, DatePrecision::kYear});
}

std::optional<ResolvedDate> WeekdayFrom(const ReferenceDate& ref, int weekday,
                                        WeekdayDirection direction) {
  if (!ref.has_day()) return std::nullopt;
  const int today = civil::Weekday(ref.date);
  int delta = 0;
  switch (direction) {
    case WeekdayDirection::kOnOrBefore:
      delta = -((today - weekday + 7) % 7);
      break;
    case WeekdayDirection::kBefore:
      delta = -((today - weekday + 6) % 7 + 1);
      break;
    case WeekdayDirection::kAfter:
      delta = (weekday - today + 6) % 7 + 1;
      break;
    case WeekdayDirection::kOnOrAfter:
      delta = (weekday - today + 7) % 7;
      break;
  }
  return DaysFrom(ref, delta);
}

std::optional<ResolvedDate> DayMonthFrom(const ReferenceDate& ref, int month, int day,
                                         YearChoice choice) {
  if (!ref.has_month()) return std::nullopt;
  if (!ref.has_day()) {
    const std::optional<ResolvedDate> m = MonthFrom(ref, month, choice);
    if (!m || !civil::IsValidDate(m->date.year, month, day)) return std::nullopt;
    return Day({m->date.year, month, day});
  }
  const std::int64_t reference = civil::DaysFromCivil(ref.date);
  const bool coming = choice == YearChoice::kComing;
  for (const int year : {ref.date.year, ref.date.year - 1, ref.date.year + 1}) {
    if (!civil::IsValidDate(year, month, day)) continue;  // 29 February
    const std::int64_t delta = civil::DaysFromCivil({year, month, day}) - reference;
    const bool in_window =
        coming ? delta >= 0 && delta < 366 : delta > -kDaysBack && delta <= kDaysAhead;
    if (in_window) return Checked(Day({year, month, day}));
  }
  // Only 29 February can miss the window: the nearest leap year back.
  for (int year = ref.date.year; year > ref.date.year - 8; --year) {
    if (civil::IsValidDate(year, month, day)) return Day({year, month, day});
  }
  return std::nullopt;
}

std::optional<ResolvedDate> MonthFrom(const ReferenceDate& ref, int month, YearChoice choice) {
  if (!ref.has_month()) return std::nullopt;
  const int delta = month - ref.date.month;  // -11 .. 11, within the same year
  int year = ref.date.year;
  switch (choice) {
    case YearChoice::kNear:
      if (delta > kMonthsAhead) --year;
      if (delta < -kMonthsBack) ++year;  // November's "in January" is the coming one
      break;
    case YearChoice::kComing:
      if (delta < 0) ++year;
      break;
    case YearChoice::kLast:
      if (delta >= 0) --year;
      break;
    case YearChoice::kNext:
      if (delta <= 0) ++year;
      break;
  }
  return Checked({{year, month, 0}, DatePrecision::kMonth});
}

}  // namespace corpusd
