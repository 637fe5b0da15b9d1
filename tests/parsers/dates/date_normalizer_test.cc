#include "parsers/dates/date_normalizer.h"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

namespace corpusd {
namespace {

struct Case {
  std::string input;
  std::string expected;  // ISO 8601; empty when no date may be read
  DatePrecision precision = DatePrecision::kDay;
};

// Runs each case under `context`, naming the failing input.
void ExpectAll(const std::vector<Case>& cases, const DateContext& context = {}) {
  for (const Case& c : cases) {
    SCOPED_TRACE("input: \"" + c.input + "\" language: \"" + context.language + "\" zone: \"" +
                 context.time_zone + "\"");
    const std::optional<NormalizedDate> got = NormalizeDate(c.input, context);
    if (c.expected.empty()) {
      EXPECT_FALSE(got.has_value()) << "read as " << got->iso;
      continue;
    }
    ASSERT_TRUE(got.has_value());
    EXPECT_EQ(got->iso, c.expected);
    EXPECT_EQ(got->precision, c.precision);
    const bool offset = c.expected.size() > 19;
    EXPECT_EQ(got->has_offset, offset);
  }
}

constexpr auto kYear = DatePrecision::kYear;
constexpr auto kMonth = DatePrecision::kMonth;
constexpr auto kDay = DatePrecision::kDay;
constexpr auto kHour = DatePrecision::kHour;
constexpr auto kMinute = DatePrecision::kMinute;
constexpr auto kSecond = DatePrecision::kSecond;

TEST(NormalizeDate, ReadsTheSeedsHeaderLines) {
  ExpectAll({
      {"date 2024-07-04", "2024-07-04", kDay},
      {" date 2024-07-04", "2024-07-04", kDay},
      {"2024-07-05 06:15:31", "2024-07-05T06:15:31", kSecond},
  });
}

TEST(NormalizeDate, RefusesASentenceThatStartsWithADate) {
  ExpectAll({
      {"date 2024-07-04 President Putin says ceasefire in Ukraine impossible", ""},
      {"2024-07-05 06:15:31 Russian President Vladimir Putin said", ""},
      {"July 5, 2024 was a Friday", ""},
  });
}

TEST(NormalizeDate, ReadsIsoAndRfc3339) {
  ExpectAll({
      {"2024-07-05", "2024-07-05", kDay},
      {"2024-07-05T06:15:31", "2024-07-05T06:15:31", kSecond},
      {"2024-07-05T06:15:31Z", "2024-07-05T06:15:31Z", kSecond},
      {"2024-07-05t06:15:31z", "2024-07-05T06:15:31Z", kSecond},
      {"2024-07-05T06:15:31.123456Z", "2024-07-05T06:15:31Z", kSecond},
      {"2024-07-05T06:15:31.000+03:00", "2024-07-05T06:15:31+03:00", kSecond},
      {"2024-07-05T06:15:31,5+03:00", "2024-07-05T06:15:31+03:00", kSecond},
      {"2024-07-05T06:15:31+0300", "2024-07-05T06:15:31+03:00", kSecond},
      {"2024-07-05T06:15:31+03", "2024-07-05T06:15:31+03:00", kSecond},
      {"2024-07-05T06:15:31-04:00", "2024-07-05T06:15:31-04:00", kSecond},
      {"2024-07-05T06:15:31+05:30", "2024-07-05T06:15:31+05:30", kSecond},
      {"2024-07-05 06:15:31 +03:00", "2024-07-05T06:15:31+03:00", kSecond},
      {"2024-07-05T06:15", "2024-07-05T06:15:00", kMinute},
      {"2024-07-05T06:15+02:00", "2024-07-05T06:15:00+02:00", kMinute},
      {"2024-07", "2024-07", kMonth},
      {"2024", "2024", kYear},
      {"20240705", "2024-07-05", kDay},
  });
}

TEST(NormalizeDate, ReadsTheSloppyIsoOfRealMetaTags) {
  // Shapes seen in the dates devset's meta tags and JSON-LD.
  ExpectAll({
      {"20201123T11:02:35Z", "2020-11-23T11:02:35Z", kSecond},
      {"2023-11-02T20-59-53Z", "2023-11-02T20:59:53Z", kSecond},
      {"2020-12-05T23:15:0Z", "2020-12-05T23:15:00Z", kSecond},
      {"2024-07-05T06:15:31+02:00CET", "2024-07-05T06:15:31+02:00", kSecond},
      {"So, 12 Feb 2017 19:49:11 CET+0100", "2017-02-12T19:49:11+01:00", kSecond},
      {"22 Sep,2021 1632hrs IST", "2021-09-22T16:32:00", kMinute},
      // IST is India's, Ireland's or Israel's: no offset is taken from it.
      {"Mar 28, 2020, 06:15 PM IST", "2020-03-28T18:15:00", kMinute},
      {"04:25:06 PM IST Apr 08, 2020", "2020-04-08T16:25:06", kSecond},
      // ET, CT and PT are standard or daylight time by the date: no offset.
      {"July 5, 2024 at 10:32 a.m. ET", "2024-07-05T10:32:00", kMinute},
      {"Jul 5, 2024, 4:05 PM PT", "2024-07-05T16:05:00", kMinute},
      // A dot between hour and minute before a zone ("10.32 BST").
      {"Fri 5 Jul 2024 10.32 BST", "2024-07-05T10:32:00+01:00", kMinute},
      {"Di., 25.01.2022 - 14:45", "2022-01-25T14:45:00", kMinute},
      {"11.Jan.17", "2017-01-11", kDay},
  });
  // A year of another calendar (Solar Hijri 1399) is not a Gregorian one.
  ExpectAll({{"۱۳۹۹/۰۲/۲۱ - ۱۸:۵۹", ""}});
}

TEST(NormalizeDate, ReadsFeedDates) {
  ExpectAll({
      {"Thu, 04 Jul 2024 06:15:31 +0300", "2024-07-04T06:15:31+03:00", kSecond},
      {"Thu, 04 Jul 2024 06:15:31 GMT", "2024-07-04T06:15:31Z", kSecond},
      {"Thu, 04 Jul 2024 06:15:31 UT", "2024-07-04T06:15:31Z", kSecond},
      {"Thu, 04 Jul 2024 06:15:31 EST", "2024-07-04T06:15:31-05:00", kSecond},
      {"Thu, 04 Jul 2024 06:15:31 PDT", "2024-07-04T06:15:31-07:00", kSecond},
      {"Thu, 4 Jul 2024 06:15 +0000", "2024-07-04T06:15:00+00:00", kMinute},
      // RFC 2822: -0000 is UTC with the local offset unknown.
      {"Thu, 04 Jul 2024 06:15:31 -0000", "2024-07-04T06:15:31Z", kSecond},
      // RFC 822's two-digit years.
      {"Thu, 04 Jul 24 06:15:31 +0200", "2024-07-04T06:15:31+02:00", kSecond},
      // asctime and JavaScript's Date.toString().
      {"Thu Jul  4 06:15:31 2024", "2024-07-04T06:15:31", kSecond},
      {"Thu Jul 04 2024 06:15:31 GMT+0300 (Eastern European Summer Time)",
       "2024-07-04T06:15:31+03:00", kSecond},
      // RFC 822's military zones: their signs were defined backwards (RFC 2822
      // §4.3), so the offset is taken as unknown and the time left naive.
      {"Thu, 04 Jul 2024 06:15:31 A", "2024-07-04T06:15:31", kSecond},
      {"Thu, 04 Jul 2024 06:15:31 Y", "2024-07-04T06:15:31", kSecond},
      {"Thu, 04 Jul 2024 06:15:31 Z", "2024-07-04T06:15:31Z", kSecond},
      // RFC 850 and cookie dates.
      {"Thursday, 04-Jul-24 06:15:31 GMT", "2024-07-04T06:15:31Z", kSecond},
      {"Thu, 04-Jul-2024 06:15:31 GMT", "2024-07-04T06:15:31Z", kSecond},
      // ISO 8601's basic format.
      {"20240704T061531Z", "2024-07-04T06:15:31Z", kSecond},
      {"20240704T0615+0200", "2024-07-04T06:15:00+02:00", kMinute},
      // W3C-DTF's reduced precisions.
      {"2024-07", "2024-07", kMonth},
      {"2024-07-04T06:15Z", "2024-07-04T06:15:00Z", kMinute},
  });
}

TEST(NormalizeDate, ReadsNumericDates) {
  ExpectAll({
      {"2024/07/05", "2024-07-05", kDay},
      {"2024.07.05", "2024-07-05", kDay},
      {"2024. 07. 05.", "2024-07-05", kDay},
      {"05.07.2024", "2024-07-05", kDay},
      {"5.7.2024", "2024-07-05", kDay},
      {"5. 7. 2024", "2024-07-05", kDay},
      {"05.07.24", "2024-07-05", kDay},
      {"13/05/2024", "2024-05-13", kDay},  // 13 can only be the day
      {"05/13/2024", "2024-05-13", kDay},
  });
}

TEST(NormalizeDate, ReadsAmbiguousNumericDatesByTheLanguage) {
  // Day first without a hint and for every language but US-style English.
  ExpectAll({{"07/05/2024", "2024-05-07", kDay}});
  ExpectAll({{"07/05/2024", "2024-05-07", kDay}, {"07-05-2024", "2024-05-07", kDay}},
            {"en-GB", ""});
  ExpectAll({{"07/05/2024", "2024-05-07", kDay}}, {"fr", ""});
  ExpectAll({{"07/05/2024", "2024-07-05", kDay}, {"7/5/24", "2024-07-05", kDay}}, {"en", ""});
  ExpectAll({{"07/05/2024", "2024-07-05", kDay}}, {"en-US", ""});
  // Dots are day-first even in US English.
  ExpectAll({{"07.05.2024", "2024-05-07", kDay}}, {"en-US", ""});
}

TEST(NormalizeDate, ReadsSolarHijriDatesOfPersianPages) {
  ExpectAll(
      {
          {"۲۱ اردیبهشت ۱۳۹۹", "2020-05-10", kDay},
          {"يکشنبه ۲۱ ارديبهشت ۱۳۹۹ - ۱۸:۵۹", "2020-05-10T18:59:00", kMinute},  // Arabic yeh
          {"2 تیر 1399", "2020-06-22", kDay},
          {"1399/02/21", "2020-05-10", kDay},
          {"۱۴۰۲/۰۸/۱۰", "2023-11-01", kDay},
          {"30 اسفند 1399", "2021-03-20", kDay},  // a leap year's last day
          {"30 اسفند 1398", ""},                  // a common year has 29
          {"۲۱ ثور ۱۳۹۹", "2020-05-10", kDay},    // Dari's name of the second month
          {"اردیبهشت ۱۳۹۹", ""},  // a month alone straddles two Gregorian ones
          {"۲۱ ژوئن ۲۰۲۰", "2020-06-21", kDay},  // Gregorian, in Persian
      },
      {"fa", ""});
  // Only a Persian page's numeric dates are of that calendar.
  ExpectAll({{"1399/02/21", ""}}, {"ar", ""});
}

TEST(NormalizeDate, ReadsBuddhistEraYearsOfThaiPages) {
  ExpectAll(
      {
          {"5 มิถุนายน 2563", "2020-06-05", kDay},
          {"วันที่ 5 มิถุนายน 2563", "2020-06-05", kDay},
          {"05/06/2563", "2020-06-05", kDay},
          {"5 มิถุนายน 2020", "2020-06-05", kDay},  // Gregorian, in Thai
      },
      {"th", ""});
  // Only a Thai page's years are of the Buddhist Era.
  ExpectAll({{"05/06/2563", ""}}, {"en-GB", ""});
}

TEST(NormalizeDate, ReadsEnglishMonthNames) {
  ExpectAll({
      {"July 5, 2024", "2024-07-05", kDay},
      {"5 July 2024", "2024-07-05", kDay},
      {"Jul 5th, 2024", "2024-07-05", kDay},
      {"Jul. 5, 2024", "2024-07-05", kDay},
      {"Sept. 21, 2022", "2022-09-21", kDay},
      {"the 5th of July 2024", "2024-07-05", kDay},
      {"Friday, July 5, 2024", "2024-07-05", kDay},
      {"JULY 5, 2024", "2024-07-05", kDay},
      {"july 5 2024", "2024-07-05", kDay},
      {"July 2024", "2024-07", kMonth},
      {"July, 2024", "2024-07", kMonth},
      // A two-digit year marked by an apostrophe.
      {"14 Feb ’20", "2020-02-14", kDay},
      {"Feb 14 '20", "2020-02-14", kDay},
      {"veröffentlicht am 14 Feb ’20", "2020-02-14", kDay},
  });
}

TEST(NormalizeDate, ReadsMonthNamesInManyLanguages) {
  ExpectAll({
      {"5. Juli 2024", "2024-07-05", kDay},
      {"03.Mär.19", "2019-03-03", kDay},  // German's usual short forms, not CLDR's
      {"3. Mrz 2019", "2019-03-03", kDay},
      {"5 июля 2024 г.", "2024-07-05", kDay},
      {"5 июля 2024 года", "2024-07-05", kDay},
      {"5 липня 2024 р.", "2024-07-05", kDay},
      {"2024. július 5.", "2024-07-05", kDay},
      {"2024. júl. 5.", "2024-07-05", kDay},
      {"5 de julio de 2024", "2024-07-05", kDay},
      {"5 de julho de 2024", "2024-07-05", kDay},
      {"5 juillet 2024", "2024-07-05", kDay},
      {"1er juillet 2024", "2024-07-01", kDay},
      {"5 juil. 2024", "2024-07-05", kDay},
      {"5 luglio 2024", "2024-07-05", kDay},
      {"1º luglio 2024", "2024-07-01", kDay},
      {"5 juli 2024", "2024-07-05", kDay},
      {"5 lipca 2024 r.", "2024-07-05", kDay},
      {"5. července 2024", "2024-07-05", kDay},
      {"5. heinäkuuta 2024", "2024-07-05", kDay},
      {"14 Ekim 2024", "2024-10-14", kDay},
      {"5 Ιουλίου 2024", "2024-07-05", kDay},
      {"5 юли 2024 г.", "2024-07-05", kDay},
      {"5 iulie 2024", "2024-07-05", kDay},
      {"5. srpnja 2024.", "2024-07-05", kDay},
      {"2024 m. liepos 5 d.", "2024-07-05", kDay},
      {"2024. gada 5. jūlijs", "2024-07-05", kDay},
      {"5 Jänner 2024", "2024-01-05", kDay},
      {"5. јула 2024.", "2024-07-05", kDay},  // Serbian genitives, missing from CLDR
      {"5. jula 2024.", "2024-07-05", kDay},
      {"в марте 2024 года", "2024-03", kMonth},  // Russian locative
      {"2024. gada 5. jūlijā", "2024-07-05", kDay},
      {"5 Juli 2024", "2024-07-05", kDay},  // Indonesian, German, Dutch
      {"2024年7月5日", "2024-07-05", kDay},
      {"2024年07月05日", "2024-07-05", kDay},
      {"2024年7月", "2024-07", kMonth},
      {"2024년 7월 5일", "2024-07-05", kDay},
      {"２０２４年７月５日", "2024-07-05", kDay},  // full-width digits
      {"5 يوليو 2024", "2024-07-05", kDay},
      {"5 تموز 2024", "2024-07-05", kDay},            // the Levant's names
      {"24 نيسان / أبريل 2020", "2020-04-24", kDay},  // both names of one month
  });
}

TEST(NormalizeDate, TheLanguageHintSettlesClashingMonthNames) {
  // "listopad" is November in Polish and Czech, October in Croatian.
  ExpectAll({{"5 listopada 2024", "2024-11-05", kDay}});
  ExpectAll({{"5 listopada 2024", "2024-11-05", kDay}}, {"pl", ""});
  ExpectAll({{"5. listopada 2024.", "2024-10-05", kDay}}, {"hr", ""});
}

TEST(NormalizeDate, AllowsWordsAroundTheDate) {
  ExpectAll({
      {"Published: July 5, 2024", "2024-07-05", kDay},
      {"Updated on 5 July 2024", "2024-07-05", kDay},
      {"Posted 5 July 2024 at 10:32", "2024-07-05T10:32:00", kMinute},
      {"Posted 5 July 2024 at 10:32 PM", "2024-07-05T22:32:00", kMinute},
      {"Posted July 5, 2024 at 12:05 a.m.", "2024-07-05T00:05:00", kMinute},
      {"10:32 AM EDT, Fri July 5, 2024", "2024-07-05T10:32:00-04:00", kMinute},
      {"Zuletzt aktualisiert am 05.07.2024 um 10:32 Uhr", "2024-07-05T10:32:00", kMinute},
      {"05.07.2024, 10 Uhr", "2024-07-05T10:00:00", kHour},
      {"Опубликовано: 5 июля 2024 г. в 10:32", "2024-07-05T10:32:00", kMinute},
      {"Publié le 5 juillet 2024 à 10h32", "2024-07-05T10:32:00", kMinute},
      {"5. heinäkuuta 2024 klo 10.32", "2024-07-05T10:32:00", kMinute},
      {"2024年7月5日 10時32分", "2024-07-05T10:32:00", kMinute},
      {"2024年7月5日（金）", "2024-07-05", kDay},
      {"5 July 2024, Friday", "2024-07-05", kDay},
      {"(5 July 2024)", "2024-07-05", kDay},
  });
}

TEST(NormalizeDate, RefusesTextThatStatesNoDate) {
  ExpectAll({
      {"", ""},
      {"   ", ""},
      {"Theresa May said", ""},
      {"you may go", ""},
      {"29 targets", ""},
      {"222,000", ""},
      {"3-1", ""},
      {"5 July", ""},  // no year, and nothing to take one from
      {"July", ""},
      {"Posted 3 hours ago", ""},
      {"Page 2024 of 3000", ""},
      {"12345", ""},
      {"123456789", ""},  // nine digits: not a timestamp
  });
}

TEST(NormalizeDate, RefusesImpossibleDatesAndTimes) {
  ExpectAll({
      {"2024-02-30", ""},
      {"2023-02-29", ""},
      {"February 29, 2023", ""},
      {"31.04.2024", ""},
      {"2024-13-01", ""},
      {"2024-00-10", ""},
      {"13/13/2024", ""},
      {"2024-07-05T24:00:00", ""},
      {"2024-07-05T23:60:00", ""},
      {"2024-07-05 13:00 PM", ""},
      {"24 نيسان / مايو 2020", ""},  // two names that disagree
      {"04-Jul-20245", ""},
      {"20240704T2561", ""},
  });
}

TEST(NormalizeDate, AcceptsLeapDaysOfLeapYearsOnly) {
  ExpectAll({
      {"2024-02-29", "2024-02-29", kDay},
      {"2000-02-29", "2000-02-29", kDay},  // divisible by 400
      {"29 February 2024", "2024-02-29", kDay},
      {"1900-02-29", ""},  // divisible by 100
      {"2100-02-29", ""},
  });
}

TEST(NormalizeDate, RefusesYearsOutside1900To2100) {
  ExpectAll({
      {"1900-01-01", "1900-01-01", kDay},
      {"2100-12-31", "2100-12-31", kDay},
      {"1899-12-31", ""},
      {"2101-01-01", ""},
      {"October 14, 1850", ""},
      {"1850", ""},
  });
}

TEST(NormalizeDate, KeepsOffsetsAsWrittenWithoutShiftingTheLocalDate) {
  ExpectAll({
      {"2024-07-05T23:30:00-05:00", "2024-07-05T23:30:00-05:00", kSecond},
      {"2024-07-05T00:30:00+09:00", "2024-07-05T00:30:00+09:00", kSecond},
      {"Fri, 05 Jul 2024 23:30:00 -0500", "2024-07-05T23:30:00-05:00", kSecond},
  });
  // A zone from the caller does not move a time whose offset is written.
  ExpectAll({{"2024-07-05T23:30:00-05:00", "2024-07-05T23:30:00-05:00", kSecond}},
            {"", "Europe/Sofia"});
}

TEST(NormalizeDate, GivesNaiveTimesTheOffsetOfTheSourcesZone) {
  const DateContext sofia{"", "Europe/Sofia"};
  ExpectAll(
      {
          {"2024-07-05 06:15:31", "2024-07-05T06:15:31+03:00", kSecond},  // summer time
          {"2024-01-05 06:15:31", "2024-01-05T06:15:31+02:00", kSecond},
          // Skipped by the spring change: the offset before it.
          {"2024-03-31 03:30:00", "2024-03-31T03:30:00+02:00", kSecond},
          // Twice in the autumn: the later, standard offset.
          {"2024-10-27 03:30:00", "2024-10-27T03:30:00+02:00", kSecond},
          {"2024-07-05", "2024-07-05", kDay},  // a date alone has no offset
      },
      sofia);
  ExpectAll({{"2024-07-05 06:15", "2024-07-05T06:15:00+05:30", kMinute}}, {"", "Asia/Kolkata"});
  ExpectAll({{"2024-07-05 06:15", "2024-07-05T06:15:00-04:00", kMinute}},
            {"en-US", "America/New_York"});
  // An unknown zone leaves the time naive rather than losing the date.
  ExpectAll({{"2024-07-05 06:15:31", "2024-07-05T06:15:31", kSecond}}, {"", "Mars/Olympus"});
}

TEST(NormalizeDate, ReadsTheIanaZoneNamedAfterTheTime) {
  ExpectAll({
      // Its offset at that wall time: winter and summer in Brussels.
      {"Thu, 25 Feb 2016 10:00:00 Europe/Brussels", "2016-02-25T10:00:00+01:00", kSecond},
      {"Mon, 25 Jul 2016 10:00:00 Europe/Brussels", "2016-07-25T10:00:00+02:00", kSecond},
      {"2024-07-05 06:15 Asia/Kolkata", "2024-07-05T06:15:00+05:30", kMinute},
      // Any case; old names and POSIX's reversed signs as ICU has them.
      {"2024-07-05 06:15 AMERICA/NEW_YORK", "2024-07-05T06:15:00-04:00", kMinute},
      {"2024-07-05 06:15 Asia/Calcutta", "2024-07-05T06:15:00+05:30", kMinute},
      {"2024-07-05 06:15 Etc/GMT+5", "2024-07-05T06:15:00-05:00", kMinute},
      // A slash that names no zone is no zone.
      {"2024-07-05 06:15 and/or", "", kMinute},
  });
  // The page's zone over the source's.
  ExpectAll({{"2024-07-05 06:15 Asia/Tokyo", "2024-07-05T06:15:00+09:00", kMinute}},
            {"", "Europe/Sofia"});
}

TEST(NormalizeDate, TakesNoOffsetThatNoZoneHasButKeepsTheDate) {
  ExpectAll({
      {"2023-05-29 00:00:00+15:00", "2023-05-29T00:00:00", kSecond},
      {"2023-05-29T10:00:00-23:00", "2023-05-29T10:00:00", kSecond},
      {"2023-05-29T10:00:00+14:00", "2023-05-29T10:00:00+14:00", kSecond},
  });
}

TEST(NormalizeDate, ReadsOneDigitMinutesOnlyBeforeSeconds) {
  ExpectAll({
      {"Tue, 3 Jun 2003 09:5:1 GMT", "2003-06-03T09:05:01Z", kSecond},
      {"3 Jun 2003 9:5", "", kDay},
  });
}

TEST(NormalizeDate, ReadsUnixTimestamps) {
  ExpectAll({
      {"1720062931", "2024-07-04T03:15:31Z", kSecond},
      {"1720062931000", "2024-07-04T03:15:31Z", kSecond},
      {" 1720062931 ", "2024-07-04T03:15:31Z", kSecond},
      {"9999999999", ""},  // 2286
  });
  ExpectAll({{"1720062931", "2024-07-04T06:15:31+03:00", kSecond}}, {"", "Europe/Sofia"});
}

TEST(NormalizeDate, ReadsCompactDatesAndTimes) {
  ExpectAll({
      {"20210820", "2021-08-20", kDay},
      {"202108200306", "2021-08-20T03:06:00", kMinute},
      {"20210820030646", "2021-08-20T03:06:46", kSecond},
      {"20211320", ""},        // no 13th month
      {"20210230", ""},        // no 30 February
      {"18991231", ""},        // before the web: another number
      {"20210820250000", ""},  // no 25th hour
  });
  ExpectAll({{"20210820030646", "2021-08-20T03:06:46+09:00", kSecond}}, {"", "Asia/Seoul"});
}

TEST(NormalizeDate, AWeekdayRightBeforeAnAmbiguousDateSettlesItsOrder) {
  ExpectAll({
      {"Sun, 06/07/2020", "2020-06-07", kDay},  // 7 June 2020 was a Sunday
      {"Mon, 06/07/2020", "2020-07-06", kDay},  // 6 July a Monday
      {"Submitted by admin on Sun, 06/07/2020 - 10:00", "2020-06-07T10:00:00", kMinute},
      {"Wed, 06/07/2020", "2020-07-06", kDay},  // neither: the context's order
      {"Sun, 13/07/2020", "2020-07-13", kDay},  // not ambiguous: the weekday is wrong
  });
  ExpectAll({{"Mon, 06/07/2020", "2020-07-06", kDay}}, {"en-US", ""});
}

TEST(NormalizeDate, BuildsItsNameTablesOnceAcrossThreads) {
  // The first calls race to build the month tables; all must see them whole.
  std::vector<std::thread> threads;
  std::vector<std::string> results(4);
  for (std::size_t n = 0; n < results.size(); ++n) {
    threads.emplace_back([n, &results] {
      const std::optional<NormalizedDate> d = NormalizeDate("5 июля 2024 г.", {});
      results[n] = d ? d->iso : "";
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (const std::string& r : results) EXPECT_EQ(r, "2024-07-05");
}

}  // namespace
}  // namespace corpusd
