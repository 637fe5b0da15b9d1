#include "parsers/dates/date_mentions.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "parsers/dates/date_reference.h"

namespace corpusd {
namespace {

// A mention reduced to what the tests compare: its text and value.
struct Seen {
  std::string text;
  std::string value;
  friend bool operator==(const Seen&, const Seen&) = default;
  friend std::ostream& operator<<(std::ostream& os, const Seen& s) {
    return os << "{\"" << s.text << "\", \"" << s.value << "\"}";
  }
};

std::optional<NormalizedDate> Published(const std::string& iso) {
  std::optional<NormalizedDate> d = NormalizeDate(iso, {});
  EXPECT_TRUE(d.has_value()) << iso;
  return d;
}

std::vector<Seen> Find(const std::string& text, const std::string& published = "2022-10-14",
                       const std::string& language = "") {
  const std::optional<NormalizedDate> pub = published.empty() ? std::nullopt : Published(published);
  std::vector<Seen> out;
  for (const DateMention& m : FindDateMentions(text, pub, {language, ""})) {
    out.push_back({m.text, m.value});
  }
  return out;
}

// From seed 004, published on Friday 2022-10-14.
constexpr char kSeed004[] =
    "Ukraine refuses to engage in peace talks, Russian President Vladimir Putin told journalists "
    "on Friday when asked about possible negotiations to end the conflict between the two "
    "countrieas.\n\n"
    "\u201CThe Kiev government had been saying that they wanted talks,\u201D he said during a "
    "press conference in Astana, Kazakhstan, on October 14.\n\n"
    "Earlier this month, Zelensky signed a decree forbidding any negotiations with Putin. Putin "
    "remarked that mediation by nations, including T\u00FCrkey, between Moscow and Kiev, might be "
    "required.\n\n"
    "During Turkey-mediated talks in late March, Putin recalled that Russia and Ukraine reached "
    "a preliminary agreement.\n\n"
    "Russia launched a special military operation in Ukraine at the end of February. The "
    "hostilities are about to enter the 9th month.\n\n"
    "We have other missions because I believe that out of the 29 targets set by the Ministry of "
    "Defense, only seven didn\u2019t hit.\n\n"
    "He has not yet decided whether to attend the G20 summit in Bali, Indonesia, next month or "
    "not.\n\n"
    "The Russian Foreign Ministry warned on October 11: \u201CMoscow will not hesitate.\u201D\n\n"
    "Russian President Vladimir Putin said that Russia\u2019s partial mobilization will end "
    "within the next two weeks.\n\n"
    "On September 21, he signed a decree to mobilize part of the reserve force. The partial "
    "mobilization he ordered last month had registered 222,000 of the 300,000 reservists. A "
    "total of 33,000 have joined military units, and 16,000 are deployed for combat.";

TEST(FindDateMentions, ResolvesSeed004AgainstItsPublicationDate) {
  EXPECT_EQ(Find(kSeed004), (std::vector<Seen>{
                                {"Friday", "2022-10-14"},
                                {"October 14", "2022-10-14"},
                                {"Earlier this month", "2022-10"},
                                {"late March", "2022-03"},
                                {"end of February", "2022-02"},
                                {"next month", "2022-11"},
                                {"October 11", "2022-10-11"},
                                {"September 21", "2022-09-21"},
                                {"last month", "2022-09"},
                            }));
}

TEST(FindDateMentions, PersianTextsSolarHijriDates) {
  EXPECT_EQ(Find("جلسه روز ۲۱ اردیبهشت ۱۳۹۹ برگزار شد و در اردیبهشت ادامه یافت.", "2020-05-11", "fa"),
            (std::vector<Seen>{{"۲۱ اردیبهشت ۱۳۹۹", "2020-05-10"}}));
}

TEST(FindDateMentions, ReportsPrecision) {
  const std::vector<DateMention> found = FindDateMentions(
      "on Friday, in late March, last year, on 2022-10-11", Published("2022-10-14"), {});
  ASSERT_EQ(found.size(), 4u);
  EXPECT_EQ(found[0].precision, DatePrecision::kDay);
  EXPECT_EQ(found[1].precision, DatePrecision::kMonth);
  EXPECT_EQ(found[2].precision, DatePrecision::kYear);
  EXPECT_EQ(found[3].precision, DatePrecision::kDay);
}

TEST(FindDateMentions, SpansCountCodePointsNotBytes) {
  // "Türkey" and the quotes are two and three bytes each, one code point.
  const std::string text =
      "\u201CT\u00FCrkey\u201D \u2014 \u0432\u0447\u0435\u0440\u0430 on October 14.";
  const std::vector<DateMention> found = FindDateMentions(text, Published("2022-10-14"), {});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].begin, 20u);
  EXPECT_EQ(found[0].end, 30u);
  EXPECT_EQ(found[0].text, "October 14");
}

TEST(FindDateMentions, SkipsRelativeMentionsWithoutAPublicationDate) {
  EXPECT_EQ(Find("on Friday, on October 14, last month, in late March, yesterday, on "
                 "October 14, 2022, in 2015",
                 ""),
            (std::vector<Seen>{{"October 14, 2022", "2022-10-14"}, {"2015", "2015"}}));
}

TEST(FindDateMentions, IgnoresWordsAndNumbersThatAreNotDates) {
  for (const char* text : {
           "Theresa May said so.",
           "you may go",
           "May's government fell.",
           "They march on.",
           "29 targets",
           "222,000 of the 300,000 reservists",
           "the 2015 Supreme Court's ruling",
           "the score was 3-1",
           "the 9th month",
           "28 29\n30 31",
           "Black Friday sales and Good Friday",
           "open Monday to Friday, Monday-Friday",
           "every Monday",
           "in the 1990s",
           "from 2000 to 3000 people",
           "it cost $2022.",
           "version 1.2.2024.5",
           "the next two weeks",
           "a few days ago",
           "last week",
           "I spoke to May and a letter from May",
           "increase to 2000 troops",
           "the Mars 2020 rover",
       }) {
    EXPECT_EQ(Find(text), std::vector<Seen>{}) << text;
  }
}

TEST(FindDateMentions, ReadsWrittenDates) {
  EXPECT_EQ(Find("October 14, 2022; 14 October 2022; Oct. 14, 2022; 14th of October 2022; "
                 "2022-10-14; 14.10.2022; 14/10/2022; Friday, October 14, 2022; Mar 3; March "
                 "3rd."),
            (std::vector<Seen>{{"October 14, 2022", "2022-10-14"},
                               {"14 October 2022", "2022-10-14"},
                               {"Oct. 14, 2022", "2022-10-14"},
                               {"14th of October 2022", "2022-10-14"},
                               {"2022-10-14", "2022-10-14"},
                               {"14.10.2022", "2022-10-14"},
                               {"14/10/2022", "2022-10-14"},
                               {"Friday, October 14, 2022", "2022-10-14"},
                               {"Mar 3", "2022-03-03"},
                               {"March 3rd", "2022-03-03"}}));
}

TEST(FindDateMentions, AWeekdaySettlesWhichNumberIsTheMonth) {
  // 7 June 2020 was a Sunday, 6 July a Monday; without a language hint
  // numeric dates are read day first.
  EXPECT_EQ(Find("Posted on Sun, 06/07/2020 by the editors."),
            (std::vector<Seen>{{"Sun, 06/07/2020", "2020-06-07"}}));
  EXPECT_EQ(Find("Posted on Mon, 06/07/2020 by the editors."),
            (std::vector<Seen>{{"Mon, 06/07/2020", "2020-07-06"}}));
  // A weekday that fits neither order changes nothing.
  EXPECT_EQ(Find("Posted on Fri, 06/07/2020 by the editors."),
            (std::vector<Seen>{{"Fri, 06/07/2020", "2020-07-06"}}));
}

TEST(FindDateMentions, ReadsMonthsWithAYearOrATimeWord) {
  EXPECT_EQ(Find("in March 2023, in May, since June, by mid-December, from March to May, "
                 "they march in May."),
            (std::vector<Seen>{{"March 2023", "2023-03"},
                               {"May", "2022-05"},
                               {"June", "2022-06"},
                               {"mid-December", "2022-12"},
                               {"March", "2022-03"},
                               {"May", "2022-05"},
                               {"May", "2022-05"}}));
}

TEST(FindDateMentions, ReadsYearsInDateContextsOnly) {
  EXPECT_EQ(Find("in 2022, since 2015, by 2030, the year 2000, between 2019 and 2021, from 2016 "
                 "to 2018, mid-2022, end of 2021, the 2015 Supreme Court's ruling, 2014 was, in "
                 "2012–2013"),
            (std::vector<Seen>{{"2022", "2022"},
                               {"2015", "2015"},
                               {"2030", "2030"},
                               {"2000", "2000"},
                               {"2019", "2019"},
                               {"2021", "2021"},
                               {"2016", "2016"},
                               {"2018", "2018"},
                               {"mid-2022", "2022"},
                               {"end of 2021", "2021"},
                               {"2012", "2012"},
                               {"2013", "2013"}}));
}

TEST(FindDateMentions, ResolvesRelativeDays) {
  // 2022-10-14 was a Friday.
  EXPECT_EQ(Find("yesterday, today, tonight, tomorrow, the day before yesterday, last night, "
                 "this morning, two days ago, 3 days ago, a week ago, three months ago, a year "
                 "ago"),
            (std::vector<Seen>{{"yesterday", "2022-10-13"},
                               {"today", "2022-10-14"},
                               {"tonight", "2022-10-14"},
                               {"tomorrow", "2022-10-15"},
                               {"the day before yesterday", "2022-10-12"},
                               {"last night", "2022-10-13"},
                               {"this morning", "2022-10-14"},
                               {"two days ago", "2022-10-12"},
                               {"3 days ago", "2022-10-11"},
                               {"a week ago", "2022-10-07"},
                               {"three months ago", "2022-07"},
                               {"a year ago", "2021"}}));
}

TEST(FindDateMentions, ResolvesRelativeMonthsAndYears) {
  EXPECT_EQ(Find("last month, next month, this month, Earlier this month, later this month, "
                 "last year, next year, this year, earlier this year, late last year, last "
                 "March, next March, last December, next September"),
            (std::vector<Seen>{{"last month", "2022-09"},
                               {"next month", "2022-11"},
                               {"this month", "2022-10"},
                               {"Earlier this month", "2022-10"},
                               {"later this month", "2022-10"},
                               {"last year", "2021"},
                               {"next year", "2023"},
                               {"this year", "2022"},
                               {"earlier this year", "2022"},
                               {"late last year", "2021"},
                               {"last March", "2022-03"},
                               {"next March", "2023-03"},
                               {"last December", "2021-12"},
                               {"next September", "2023-09"}}));
  // Months cross year ends.
  EXPECT_EQ(Find("last month and next month", "2023-01-05"),
            (std::vector<Seen>{{"last month", "2022-12"}, {"next month", "2023-02"}}));
}

TEST(FindDateMentions, WeekdaysAreTheMostRecentOnOrBeforePublication) {
  // Published on Friday 2022-10-14.
  EXPECT_EQ(Find("on Friday, on Thursday, on Saturday, Monday's talks, last Friday, this past "
                 "Sunday, next Monday, this Thursday, on Monday and Tuesday"),
            (std::vector<Seen>{{"Friday", "2022-10-14"},
                               {"Thursday", "2022-10-13"},
                               {"Saturday", "2022-10-08"},
                               {"Monday", "2022-10-10"},
                               {"last Friday", "2022-10-07"},
                               {"this past Sunday", "2022-10-09"},
                               {"next Monday", "2022-10-17"},
                               {"this Thursday", "2022-10-20"},
                               {"Monday", "2022-10-10"},
                               {"Tuesday", "2022-10-11"}}));
}

TEST(FindDateMentions, FutureSentencesLookForward) {
  EXPECT_EQ(Find("The vote will be held on Thursday. Putin said on Thursday that Russia will "
                 "respond. The US elections will be decided in February. Elections were held "
                 "in February."),
            (std::vector<Seen>{{"Thursday", "2022-10-20"},
                               {"Thursday", "2022-10-13"},
                               {"February", "2023-02"},
                               {"February", "2022-02"}}));
  // Seed 003: "will wait for the results of the US elections in November",
  // published in July.
  EXPECT_EQ(Find("Russia will wait for the results of the US elections in November.", "2024-07-05"),
            (std::vector<Seen>{{"November", "2024-11"}}));
}

TEST(FindDateMentions, PutsYearlessDatesNearThePublicationDate) {
  // Looking back up to about nine months, ahead up to about three.
  EXPECT_EQ(Find("on December 28", "2023-01-05"),
            (std::vector<Seen>{{"December 28", "2022-12-28"}}));
  EXPECT_EQ(Find("on January 5", "2022-12-20"), (std::vector<Seen>{{"January 5", "2023-01-05"}}));
  EXPECT_EQ(Find("on November 15", "2022-10-14"),
            (std::vector<Seen>{{"November 15", "2022-11-15"}}));
  EXPECT_EQ(Find("on February 20", "2022-10-14"),
            (std::vector<Seen>{{"February 20", "2022-02-20"}}));
  EXPECT_EQ(Find("in December", "2023-01-05"), (std::vector<Seen>{{"December", "2022-12"}}));
}

TEST(FindDateMentions, HandlesLeapDays) {
  EXPECT_EQ(Find("February 29, 2024 and February 29, 2023"),
            (std::vector<Seen>{{"February 29, 2024", "2024-02-29"}}));
  // Without a year: the nearest leap year back.
  EXPECT_EQ(Find("on February 29", "2022-10-14"),
            (std::vector<Seen>{{"February 29", "2020-02-29"}}));
  EXPECT_EQ(Find("on February 29", "2024-03-10"),
            (std::vector<Seen>{{"February 29", "2024-02-29"}}));
}

TEST(FindDateMentions, ReadsOtherLanguagesMonthNames) {
  EXPECT_EQ(Find("14 октября 2022 г. и 14 октября в 2021 году", "2022-10-14", "ru"),
            (std::vector<Seen>{{"14 октября 2022 г.", "2022-10-14"},
                               {"14 октября", "2022-10-14"},
                               {"2021 году", "2021"}}));
  EXPECT_EQ(Find("в марте и в марте 2021 года", "2022-10-14", "ru"),
            (std::vector<Seen>{{"марте", "2022-03"}, {"марте 2021 года", "2021-03"}}));
  EXPECT_EQ(Find("Am 5. Juli 2024 und im März", "2024-07-10", "de"),
            (std::vector<Seen>{{"5. Juli 2024", "2024-07-05"}, {"März", "2024-03"}}));
  EXPECT_EQ(Find("el 5 de julio de 2024", "2024-07-10", "es"),
            (std::vector<Seen>{{"5 de julio de 2024", "2024-07-05"}}));
  EXPECT_EQ(Find("le 5 juil. 2024", "2024-07-10", "fr"),
            (std::vector<Seen>{{"5 juil. 2024", "2024-07-05"}}));
  EXPECT_EQ(Find("2024. július 5-én", "2024-07-10", "hu"),
            (std::vector<Seen>{{"2024. július 5-én", "2024-07-05"}}));
  EXPECT_EQ(Find("2024年7月5日、7月3日に", "2024-07-10", "ja"),
            (std::vector<Seen>{{"2024年7月5日", "2024-07-05"}, {"7月3日", "2024-07-03"}}));
  EXPECT_EQ(Find("2024년 7월 5일", "2024-07-10", "ko"),
            (std::vector<Seen>{{"2024년 7월 5일", "2024-07-05"}}));
  EXPECT_EQ(Find("le 5 mars 2020", "2022-10-14", "fr"),
            (std::vector<Seen>{{"5 mars 2020", "2020-03-05"}}));
  // Without a hint, wide names of every language are read, short ones not.
  EXPECT_EQ(Find("le 5 juillet et le 6 juil."), (std::vector<Seen>{{"5 juillet", "2022-07-05"}}));
}

TEST(FindDateMentions, ReadsOtherLanguagesDayWordsWithTheirHint) {
  EXPECT_EQ(Find("вчера и сегодня", "2022-10-14", "ru"),
            (std::vector<Seen>{{"вчера", "2022-10-13"}, {"сегодня", "2022-10-14"}}));
  EXPECT_EQ(
      Find("gestern, am Donnerstag, Morgen früh, morgen", "2022-10-14", "de"),
      (std::vector<Seen>{
          {"gestern", "2022-10-13"}, {"Donnerstag", "2022-10-13"}, {"morgen", "2022-10-15"}}));
  EXPECT_EQ(Find("aujourd\u2019hui", "2022-10-14", "fr"),
            (std::vector<Seen>{{"aujourd\u2019hui", "2022-10-14"}}));
  EXPECT_EQ(Find("вчера", "2022-10-14", "en"), std::vector<Seen>{});
}

TEST(FindDateMentions, NeedsOnlyAMonthOfPrecisionForMonthMentions) {
  EXPECT_EQ(Find("last month, on Friday, in late March", "2022-10"),
            (std::vector<Seen>{{"last month", "2022-09"}, {"late March", "2022-03"}}));
}

TEST(DateReference, WeekdayDirections) {
  const ReferenceDate friday{{2022, 10, 14}, DatePrecision::kDay};
  const auto iso = [&](int weekday, WeekdayDirection direction) {
    const std::optional<ResolvedDate> r = WeekdayFrom(friday, weekday, direction);
    return r ? r->ToIso() : "";
  };
  EXPECT_EQ(iso(4, WeekdayDirection::kOnOrBefore), "2022-10-14");
  EXPECT_EQ(iso(4, WeekdayDirection::kBefore), "2022-10-07");
  EXPECT_EQ(iso(4, WeekdayDirection::kAfter), "2022-10-21");
  EXPECT_EQ(iso(4, WeekdayDirection::kOnOrAfter), "2022-10-14");
  EXPECT_EQ(iso(0, WeekdayDirection::kOnOrBefore), "2022-10-10");
  EXPECT_EQ(iso(0, WeekdayDirection::kOnOrAfter), "2022-10-17");
  EXPECT_EQ(iso(6, WeekdayDirection::kBefore), "2022-10-09");
}

TEST(DateReference, ReadsThePublicationDateAtItsPrecision) {
  const auto from = [](const char* iso) {
    return ReferenceDate::From(NormalizedDate{iso, DatePrecision::kDay, false});
  };
  ASSERT_TRUE(from("2022-10-14T23:30:00-05:00").has_value());
  EXPECT_EQ(from("2022-10-14T23:30:00-05:00")->date, (civil::Date{2022, 10, 14}));
  EXPECT_EQ(from("2022-10")->precision, DatePrecision::kMonth);
  EXPECT_EQ(from("2022")->precision, DatePrecision::kYear);
  EXPECT_FALSE(from("garbage").has_value());
  EXPECT_FALSE(ReferenceDate::From(std::nullopt).has_value());
}

}  // namespace
}  // namespace corpusd
