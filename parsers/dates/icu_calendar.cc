#include "parsers/dates/icu_calendar.h"

#include <unicode/calendar.h>
#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>
#include <unicode/stringoptions.h>
#include <unicode/timezone.h>
#include <unicode/ucal.h>
#include <unicode/unistr.h>
#include <unicode/utypes.h>

#include <cmath>
#include <memory>

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

}  // namespace

Result<int> ZoneOffsetAtLocalTime(std::string_view zone, std::int64_t local_seconds) {
  return ZoneOffset(zone, local_seconds, /*local=*/true);
}

Result<int> ZoneOffsetAtInstant(std::string_view zone, std::int64_t utc_seconds) {
  return ZoneOffset(zone, utc_seconds, /*local=*/false);
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
