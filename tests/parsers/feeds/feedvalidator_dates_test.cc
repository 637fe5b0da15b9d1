// Cases ported from the Feed Validator's testcases (github.com/rubys/feedvalidator,
// testcases/...); inputs kept, expectations restated for what a reader should extract.
//
// The Feed Validator and its testcases are by Sam Ruby and Mark Pilgrim; each testcase file
// states its licence in its header ("License: Python").
//
// This file: dates. How inputs were kept or adapted: feedvalidator_rss_test.cc.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parsers/feeds/feed_parser.h"
#include "tests/support/feed_parsing.h"

namespace corpusd {
namespace {

using testing::Iso;
using testing::MustParse;
using testing::OnlyItem;

// For dates a reader may or may not manage to read: when one is read, it is of this day.
void ExpectDayIfRead(const std::optional<NormalizedDate>& date, std::string_view day) {
  if (date) {
    EXPECT_EQ(date->iso.substr(0, 10), day) << date->iso;
  }
}

// The document testcases/atom/3.3/published_*.xml share, differing only in the entry's
// <published> (published_bad_day.xml has it after <summary> rather than before).
std::string FeedWithPublished(std::string_view published) {
  return std::string(R"xml(<feed xmlns="http://www.w3.org/2005/Atom">

  <title>Example Feed</title>
  <link href="http://example.org/"/>
  <updated>2003-12-13T18:30:02.25Z</updated>
  <author>
    <name>John Doe</name>
  </author>
  <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>

  <entry>
    <title>Atom-Powered Robots Run Amok</title>
    <link href="http://example.org/2003/12/13/atom03"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <updated>2003-12-13T18:30:02Z</updated>
    <published>)xml") +
         std::string(published) + R"xml(</published>
    <summary>Some text.</summary>
  </entry>

</feed>
)xml";
}

// The entry of FeedWithPublished: its date as written, and its updated date read.
FeedItem EntryPublished(std::string_view published) {
  FeedItem item = OnlyItem(MustParse(FeedWithPublished(published)));
  EXPECT_EQ(item.published, std::string(published));
  EXPECT_EQ(Iso(item.updated_at), "2003-12-13T18:30:02Z");
  return item;
}

// The document testcases/rss20/data-types-datetime/*.xml share: a channel (its <title> and
// <description> vary) whose <pubDate> is the case. Feed has no channel date, so an item with
// the same <pubDate> is added after it.
FeedItem ItemWithChannelDate(std::string_view title, std::string_view description,
                             std::string_view date) {
  const std::string xml = "<rss version=\"2.0\">\n<channel>\n<title>" + std::string(title) +
                          "</title>\n<link>http://purl.org/rss/2.0/</link>\n<description>" +
                          std::string(description) + "</description>\n<pubDate>" +
                          std::string(date) + "</pubDate>\n<item><pubDate>" + std::string(date) +
                          "</pubDate></item>\n</channel>\n</rss>\n";
  FeedItem item = OnlyItem(MustParse(xml));
  EXPECT_EQ(item.published, std::string(date));
  return item;
}

// --- Dates: Atom (RFC 3339, and what feeds write instead) ---------------------------------

// testcases/atom/3.3/published_date_only.xml
TEST(FeedValidatorDates, AtomDateOnly) {
  EXPECT_EQ(Iso(EntryPublished("2003-07-01").published_at), "2003-07-01");
}

// testcases/atom/3.3/published_no_t.xml
TEST(FeedValidatorDates, AtomSpaceInPlaceOfT) {
  EXPECT_EQ(Iso(EntryPublished("2003-07-01 01:55:07-05:00").published_at),
            "2003-07-01T01:55:07-05:00");
}

// testcases/atom/3.3/published_no_hyphens.xml: ISO 8601's basic format for the date.
TEST(FeedValidatorDates, AtomDateWithoutHyphens) {
  EXPECT_EQ(Iso(EntryPublished("20021231T19:20:30.45+01:00").published_at),
            "2002-12-31T19:20:30+01:00");
}

// testcases/atom/3.3/published_no_timezone_colon.xml
TEST(FeedValidatorDates, AtomOffsetWithoutColon) {
  EXPECT_EQ(Iso(EntryPublished("2003-07-01T01:55:07-0500").published_at),
            "2003-07-01T01:55:07-05:00");
}

// testcases/atom/3.3/published_fractional_second.xml
TEST(FeedValidatorDates, AtomFractionalSecond) {
  EXPECT_EQ(Iso(EntryPublished("2002-12-31T19:20:30.45+01:00").published_at),
            "2002-12-31T19:20:30+01:00");
}

// testcases/atom/3.3/published_hours_minutes.xml
TEST(FeedValidatorDates, AtomHoursAndMinutes) {
  EXPECT_EQ(Iso(EntryPublished("2002-12-31T19:20+01:00").published_at),
            "2002-12-31T19:20:00+01:00");
}

// testcases/atom/3.3/published_year_and_month.xml
TEST(FeedValidatorDates, AtomYearAndMonth) {
  EXPECT_EQ(Iso(EntryPublished("2002-12").published_at), "2002-12");
}

// testcases/atom/3.3/published_year_only.xml
TEST(FeedValidatorDates, AtomYearOnly) {
  EXPECT_EQ(Iso(EntryPublished("2003").published_at), "2003");
}

// testcases/atom/3.3/published_bad_day.xml: 32 July.
TEST(FeedValidatorDates, AtomDayOutOfRange) {
  EXPECT_FALSE(EntryPublished("2003-07-32T15:51:30-05:00").published_at);
}

// testcases/atom/3.3/published_wrong_format.xml: an RFC 822 date where Atom wants RFC 3339.
TEST(FeedValidatorDates, AtomWithRfc822Date) {
  EXPECT_EQ(Iso(EntryPublished("Mon, 31 Dec 2002 14:20:20 GMT").published_at),
            "2002-12-31T14:20:20Z");
}

// --- Dates: RSS (RFC 822 and its variants) -------------------------------------------

// testcases/rss20/data-types-datetime/pubdate.xml
TEST(FeedValidatorDates, Rfc822WithWeekday) {
  FeedItem item =
      ItemWithChannelDate("Validity test", "valid pubDate", "Tue, 31 Dec 2002 14:20:20 GMT");
  EXPECT_EQ(Iso(item.published_at), "2002-12-31T14:20:20Z");
}

// testcases/rss20/data-types-datetime/pubdate_no_weekday.xml
TEST(FeedValidatorDates, Rfc822WithoutWeekday) {
  FeedItem item = ItemWithChannelDate("Validity test", "valid pubDate (no weekday)",
                                      "31 Dec 2002 14:20:20 GMT");
  EXPECT_EQ(Iso(item.published_at), "2002-12-31T14:20:20Z");
}

// testcases/rss20/data-types-datetime/pubdate_no_seconds.xml
TEST(FeedValidatorDates, Rfc822WithoutSecondsInEdt) {
  FeedItem item = ItemWithChannelDate("Validity test", "valid pubDate", "21 Oct 2002 06:45 EDT");
  EXPECT_EQ(Iso(item.published_at), "2002-10-21T06:45:00-04:00");
}

// testcases/rss20/data-types-datetime/pubdate_pre_y2k.xml: a two-digit year.
TEST(FeedValidatorDates, Rfc822TwoDigitYear) {
  FeedItem item = ItemWithChannelDate("Validity test", "discouraged pubDate (2-digit year)",
                                      "31 Dec 99 23:59:59 +0000");
  EXPECT_EQ(Iso(item.published_at), "1999-12-31T23:59:59+00:00");
}

// testcases/rss20/data-types-datetime/pubdate_z.xml: the military zone Z.
TEST(FeedValidatorDates, Rfc822ZoneZ) {
  FeedItem item =
      ItemWithChannelDate("Validity test", "valid pubDate (Z)", "31 Dec 2002 14:20:20 Z");
  EXPECT_EQ(Iso(item.published_at), "2002-12-31T14:20:20Z");
}

// testcases/rss20/data-types-datetime/pubdate_a.xml: the military zone A.
TEST(FeedValidatorDates, Rfc822MilitaryZoneA) {
  FeedItem item =
      ItemWithChannelDate("Validity test", "discouraged pubDate (A)", "31 Dec 2002 14:20:20 A");
  // RFC 1123 says to read the one-letter zones other than Z as unknown; a reader keeps the day.
  ExpectDayIfRead(item.published_at, "2002-12-31");
}

// testcases/rss20/data-types-datetime/pubdate_comments.xml: RFC 822 comments everywhere.
TEST(FeedValidatorDates, Rfc822WithComments) {
  FeedItem item = ItemWithChannelDate(
      "Validity test", "discouraged pubDate (comments)",
      "Thu (oh how I hate thursdays), 16(th) Feb(ruary) 2006 01:39 +0000 (GMT r0x0rz)");
  ExpectDayIfRead(item.published_at, "2006-02-16");
}

// testcases/rss20/data-types-datetime/invalid_pubdate_dow.xml: the wrong day of the week.
TEST(FeedValidatorDates, Rfc822WrongWeekdayKeepsTheDate) {
  FeedItem item = ItemWithChannelDate("Invalid date format", "pubDate must be RFC 2822 date format",
                                      "Thu, 19 Jul 2006 23:08:26 +1000");
  // 19 July 2006 was a Wednesday; the weekday is redundant, the date is what was meant.
  EXPECT_EQ(Iso(item.published_at), "2006-07-19T23:08:26+10:00");
}

// testcases/rss20/data-types-datetime/invalid_pubdate_day.xml: 31 June.
TEST(FeedValidatorDates, Rfc822DayOutOfRange) {
  FeedItem item = ItemWithChannelDate("Invalid date format", "pubDate must be RFC 2822 date format",
                                      "Sat, 31 Jun 2006 23:08:26 +1000");
  EXPECT_FALSE(item.published_at);
}

// testcases/rss20/data-types-datetime/invalid_pubdate_differential.xml: "-05:00" in RFC 822.
TEST(FeedValidatorDates, Rfc822ZoneWithColon) {
  FeedItem item = ItemWithChannelDate("Validity test", "invalid pubDate (with differential)",
                                      "Mon, 21 Oct 2002 14:04:23 -05:00");
  EXPECT_EQ(Iso(item.published_at), "2002-10-21T14:04:23-05:00");
}

// testcases/rss20/data-types-datetime/missing_space.xml: "Sat,29 Jul 2006".
TEST(FeedValidatorDates, Rfc822WithoutSpaceAfterWeekday) {
  FeedItem item = ItemWithChannelDate("Invalid date format", "pubDate must be RFC 2822 date format",
                                      "Sat,29 Jul 2006 00:03:02 +0000");
  EXPECT_EQ(Iso(item.published_at), "2006-07-29T00:03:02+00:00");
}

}  // namespace
}  // namespace corpusd
