// Proleptic Gregorian calendar arithmetic for date parsing: validity, day
// counts, weekdays and month steps. Header-only and constexpr; no clock and
// no time zones (see icu_calendar.h for those).
#pragma once

#include <cstdint>

namespace corpusd::civil {

// The years corpusd accepts as dates; anything else is a number.
inline constexpr int kMinYear = 1900;
inline constexpr int kMaxYear = 2100;

struct Date {
  int year = 0;
  int month = 0;  // 1-12
  int day = 0;    // 1-31
  friend constexpr bool operator==(const Date&, const Date&) = default;
};

constexpr bool IsLeapYear(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

constexpr int DaysInMonth(int year, int month) {
  constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && IsLeapYear(year) ? 29 : kDays[month - 1];
}

constexpr bool IsValidYear(int year) { return year >= kMinYear && year <= kMaxYear; }

// A real day (no 30 February) in the accepted years.
constexpr bool IsValidDate(int year, int month, int day) {
  return IsValidYear(year) && day >= 1 && day <= DaysInMonth(year, month);
}

// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
constexpr std::int64_t DaysFromCivil(Date d) {
  const int y = d.month <= 2 ? d.year - 1 : d.year;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;
  const int mp = (d.month + 9) % 12;
  const int doy = (153 * mp + 2) / 5 + d.day - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return static_cast<std::int64_t>(era) * 146097 + doe - 719468;
}

// The inverse of DaysFromCivil.
constexpr Date CivilFromDays(std::int64_t days) {
  days += 719468;
  const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const int doe = static_cast<int>(days - era * 146097);
  const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int mp = (5 * doy + 2) / 153;
  const int day = doy - (153 * mp + 2) / 5 + 1;
  const int month = mp < 10 ? mp + 3 : mp - 9;
  const int year = static_cast<int>(yoe + era * 400) + (month <= 2 ? 1 : 0);
  return Date{year, month, day};
}

// 0 for Monday .. 6 for Sunday (ISO order).
constexpr int Weekday(Date d) {
  const std::int64_t days = DaysFromCivil(d);  // 1970-01-01 was a Thursday (3)
  return static_cast<int>(((days % 7) + 7 + 3) % 7);
}

constexpr Date AddDays(Date d, std::int64_t n) { return CivilFromDays(DaysFromCivil(d) + n); }

// The year and month `n` months after (before, when negative) `year`-`month`.
constexpr void AddMonths(int& year, int& month, int n) {
  const int index = year * 12 + (month - 1) + n;
  year = index / 12;
  month = index % 12 + 1;
}

static_assert(DaysFromCivil({1970, 1, 1}) == 0);
static_assert(CivilFromDays(DaysFromCivil({2024, 2, 29})) == Date{2024, 2, 29});
static_assert(Weekday({2022, 10, 14}) == 4);  // a Friday

}  // namespace corpusd::civil
