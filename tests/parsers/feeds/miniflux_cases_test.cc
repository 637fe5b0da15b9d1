// Cases ported from Miniflux's reader tests (github.com/miniflux/v2, internal/reader/...,
// Apache License 2.0, Copyright Frédéric Guillot); inputs kept, expectations restated for
// corpusd's fields. (The files' SPDX headers now read "Copyright The Miniflux Authors".)
//
// Ported from internal/reader/rss/parser_test.go, internal/reader/atom/atom_10_test.go,
// internal/reader/atom/atom_03_test.go, internal/reader/rdf/parser_test.go,
// internal/reader/json/parser_test.go and internal/reader/date/parser_test.go.
//
// Where Miniflux differs from corpusd by design, corpusd's answer is asserted: Miniflux
// falls back to the feed URL for a missing link and to the URL or the content for a
// missing title, hashes missing ids, converts times to UTC, strips tags from titles it
// keeps as HTML, and sanitizes content; corpusd leaves a missing field empty, keeps a
// date's offset as written, gives titles as plain text and HTML as the feed gives it.
// Not ported: enclosures, categories, comment URLs, icons, TTL, reading time, feed (self)
// URLs and entry languages, which have no corpusd field, and feedburner:origLink, which
// corpusd does not read. Inputs differ from Miniflux's only in indentation and in the
// white space Go's raw strings put before "<?xml"; cases marked "input adapted" say how.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parsers/dates/date_normalizer.h"
#include "parsers/feeds/feed_parser.h"

namespace corpusd {
namespace {

Feed MustParse(std::string_view bytes, std::string_view url = "https://example.com/feed.xml",
               DateContext dates = {}) {
  Result<Feed> feed = ParseFeed(bytes, url, dates);
  EXPECT_TRUE(feed.ok()) << feed.status().ToString();
  return feed.ok() ? *feed : Feed{};
}

std::string Iso(const std::optional<NormalizedDate>& date) { return date ? date->iso : "-"; }

// NormalizeDate's ISO form of `text` without hints; "-" when it reads no date.
std::string Normalized(std::string_view text) { return Iso(NormalizeDate(text, DateContext{})); }

// The same through an RSS item's pubDate.
std::string ViaPubDate(std::string_view date) {
  const std::string rss = "<rss version=\"2.0\"><channel><item><title>x</title><pubDate>" +
                          std::string(date) + "</pubDate></item></channel></rss>";
  Feed feed = MustParse(rss, "https://example.org/");
  return feed.items.size() == 1 ? Iso(feed.items[0].published_at) : "no item";
}

struct DateCase {
  std::string_view input;
  std::string_view iso;  // NormalizedDate::iso; "-" when no date may be read
};

void ExpectDates(const std::vector<DateCase>& cases) {
  for (const DateCase& c : cases) {
    SCOPED_TRACE("date: \"" + std::string(c.input) + "\"");
    EXPECT_EQ(Normalized(c.input), std::string(c.iso));
  }
}

// Only the day: for forms whose time or offset corpusd may settle otherwise.
void ExpectDays(const std::vector<DateCase>& cases) {
  for (const DateCase& c : cases) {
    SCOPED_TRACE("date: \"" + std::string(c.input) + "\"");
    EXPECT_EQ(Normalized(c.input).substr(0, 10), std::string(c.iso));
  }
}

void ExpectNotAFeed(std::string_view bytes, std::string_view url) {
  Result<Feed> feed = ParseFeed(bytes, url, {});
  ASSERT_FALSE(feed.ok());
  EXPECT_EQ(feed.status().code(), Status::Code::kInvalidInput);
  EXPECT_TRUE(feed.status().message().starts_with("not a feed")) << feed.status().message();
}

// --- internal/reader/rss/parser_test.go ----------------------------------------------
//
// Not ported besides the above: channel-level authors (webMaster, managingEditor,
// itunes:author, itunes:owner, googleplay:author) and item googleplay:author, atom:author
// inside an RSS item (Miniflux reads it; it is not among corpusd's RSS author sources),
// itunes:subtitle and googleplay:description as the entry text (not among corpusd's
// summary sources), TTL, enclosures, categories, comments URLs and itunes:duration.

TEST(MinifluxRss, Rss2Sample) {
  Feed feed = MustParse(R"(<?xml version="1.0"?>
<rss version="2.0">
<channel>
  <title>Liftoff News</title>
  <link>http://liftoff.msfc.nasa.gov/</link>
  <description>Liftoff to Space Exploration.</description>
  <image>
    <url>http://liftoff.msfc.nasa.gov/HomePageXtra/MeatBall.gif</url>
    <title>NASA</title>
    <link>http://liftoff.msfc.nasa.gov/</link>
  </image>
  <language>en-us</language>
  <pubDate>Tue, 10 Jun 2003 04:00:00 GMT</pubDate>
  <lastBuildDate>Tue, 10 Jun 2003 09:41:01 GMT</lastBuildDate>
  <docs>http://blogs.law.harvard.edu/tech/rss</docs>
  <generator>Weblog Editor 2.0</generator>
  <managingEditor>editor@example.com</managingEditor>
  <webMaster>webmaster@example.com</webMaster>
  <item>
    <title>Star City</title>
    <link>http://liftoff.msfc.nasa.gov/news/2003/news-starcity.asp</link>
    <description>How do Americans get ready to work with Russians aboard the International Space Station? They take a crash course in culture, language and protocol at Russia's &lt;a href="http://howe.iki.rssi.ru/GCTC/gctc_e.htm"&gt;Star City&lt;/a&gt;.</description>
    <pubDate>Tue, 03 Jun 2003 09:39:21 GMT</pubDate>
    <guid>http://liftoff.msfc.nasa.gov/2003/06/03.html#item573</guid>
  </item>
  <item>
    <description>Sky watchers in Europe, Asia, and parts of Alaska and Canada will experience a &lt;a href="http://science.nasa.gov/headlines/y2003/30may_solareclipse.htm"&gt;partial eclipse of the Sun&lt;/a&gt; on Saturday, May 31st.</description>
    <pubDate>Fri, 30 May 2003 11:06:42 GMT</pubDate>
    <guid>http://liftoff.msfc.nasa.gov/2003/05/30.html#item572</guid>
  </item>
  <item>
    <title>The Engine That Does More</title>
    <link>http://liftoff.msfc.nasa.gov/news/2003/news-VASIMR.asp</link>
    <description>Before man travels to Mars, NASA hopes to design new engines that will let us fly through the Solar System more quickly.  The proposed VASIMR engine would do that.</description>
    <pubDate>Tue, 27 May 2003 08:37:32 GMT</pubDate>
    <guid>http://liftoff.msfc.nasa.gov/2003/05/27.html#item571</guid>
  </item>
  <item>
    <title>Astronauts' Dirty Laundry</title>
    <link>http://liftoff.msfc.nasa.gov/news/2003/news-laundry.asp</link>
    <description>Compared to earlier spacecraft, the International Space Station has many luxuries, but laundry facilities are not one of them.  Instead, astronauts have other options.</description>
    <pubDate>Tue, 20 May 2003 08:56:02 GMT</pubDate>
    <guid>http://liftoff.msfc.nasa.gov/2003/05/20.html#item570</guid>
  </item>
</channel>
</rss>)",
                        "http://liftoff.msfc.nasa.gov/rss.xml");
  EXPECT_EQ(feed.format, "rss2.0");
  EXPECT_EQ(feed.title, "Liftoff News");
  EXPECT_EQ(feed.link, "http://liftoff.msfc.nasa.gov/");
  EXPECT_EQ(feed.language, "en-us");
  ASSERT_EQ(feed.items.size(), 4u);

  const FeedItem& first = feed.items[0];
  EXPECT_EQ(first.id, "http://liftoff.msfc.nasa.gov/2003/06/03.html#item573");
  EXPECT_EQ(first.title, "Star City");
  EXPECT_EQ(first.link, "http://liftoff.msfc.nasa.gov/news/2003/news-starcity.asp");
  EXPECT_EQ(first.published, "Tue, 03 Jun 2003 09:39:21 GMT");
  EXPECT_EQ(Iso(first.published_at), "2003-06-03T09:39:21Z");
  EXPECT_EQ(first.summary,
            "How do Americans get ready to work with Russians aboard the International Space "
            "Station? They take a crash course in culture, language and protocol at Russia's "
            "<a href=\"http://howe.iki.rssi.ru/GCTC/gctc_e.htm\">Star City</a>.");
  EXPECT_EQ(first.content_html, "");
  EXPECT_EQ(FeedItemKey(first), first.id);

  // No title and no link: the permalink guid is the link; the title stays empty.
  const FeedItem& second = feed.items[1];
  EXPECT_EQ(second.title, "");
  EXPECT_EQ(second.link, "http://liftoff.msfc.nasa.gov/2003/05/30.html#item572");
  EXPECT_EQ(second.id, "http://liftoff.msfc.nasa.gov/2003/05/30.html#item572");
  EXPECT_EQ(Iso(second.published_at), "2003-05-30T11:06:42Z");
  EXPECT_TRUE(second.summary.starts_with("Sky watchers in Europe")) << second.summary;

  EXPECT_EQ(feed.items[3].title, "Astronauts' Dirty Laundry");
  EXPECT_EQ(Iso(feed.items[3].published_at), "2003-05-20T08:56:02Z");
}

// Miniflux titles a feed without a title with its URL; corpusd leaves it empty.
TEST(MinifluxRss, FeedWithoutTitle) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0">
<channel>
  <link>https://example.org/</link>
</channel>
</rss>)",
                        "https://example.org/");
  EXPECT_EQ(feed.title, "");
  EXPECT_EQ(feed.link, "https://example.org/");
  EXPECT_TRUE(feed.items.empty());
}

TEST(MinifluxRss, FeedSiteUrlWithTrailingSpaceOrRelative) {
  Feed trailing = MustParse(R"(<?xml version="1.0"?>
<rss version="2.0">
<channel>
  <title>Example</title>
  <link>https://example.org/ </link>
  <item>
    <title>Test</title>
    <link>https://example.org/item</link>
  </item>
</channel>
</rss>)",
                            "https://example.org/");
  EXPECT_EQ(trailing.link, "https://example.org/");

  Feed relative = MustParse(R"(<?xml version="1.0"?>
<rss version="2.0">
<channel>
  <title>Example</title>
  <link>/example </link>
  <item>
    <title>Test</title>
    <link>https://example.org/item</link>
  </item>
</channel>
</rss>)",
                            "https://example.org/");
  EXPECT_EQ(relative.link, "https://example.org/example");
}

// The channel's atom:link rel="self" is the feed's own URL, never its site link.
TEST(MinifluxRss, FeedLinkIsNotTheSelfAtomLink) {
  Feed absolute = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<rss xmlns:atom="http://www.w3.org/2005/Atom" version="2.0">
<channel>
  <title>Example</title>
  <link>https://example.org/</link>
  <atom:link href="https://example.org/rss" type="application/rss+xml" rel="self"></atom:link>
</channel>
</rss>)",
                            "https://example.org/");
  EXPECT_EQ(absolute.title, "Example");
  EXPECT_EQ(absolute.link, "https://example.org/");

  Feed relative = MustParse(R"(<?xml version="1.0"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
  <title>Example</title>
  <link>https://example.org/</link>
  <atom:link href="/rss" type="application/rss+xml" rel="self"></atom:link>
  <item>
    <title>Test</title>
    <link>https://example.org/item</link>
  </item>
</channel>
</rss>)",
                            "https://example.org/");
  EXPECT_EQ(relative.link, "https://example.org/");
  ASSERT_EQ(relative.items.size(), 1u);
  EXPECT_EQ(relative.items[0].link, "https://example.org/item");
}

// Miniflux titles an entry without a title with its URL; corpusd leaves it empty.
TEST(MinifluxRss, EntryWithoutTitleAndDescription) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0">
<channel>
  <link>https://example.org/</link>
  <item>
    <link>https://example.org/item</link>
  </item>
</channel>
</rss>)",
                        "https://example.org/");
  ASSERT_EQ(feed.items.size(), 1u);
  EXPECT_EQ(feed.items[0].title, "");
  EXPECT_EQ(feed.items[0].link, "https://example.org/item");
  EXPECT_EQ(feed.items[0].id, "");
  EXPECT_EQ(feed.items[0].summary, "");
  EXPECT_EQ(FeedItemKey(feed.items[0]), "https://example.org/item");
}

// Miniflux titles it with the description; corpusd keeps the description as the summary.
TEST(MinifluxRss, EntryWithoutTitleButWithDescription) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0">
<channel>
  <link>https://example.org/</link>
  <item>
    <link>https://example.org/item</link>
    <description>
      This is the description
    </description>
  </item>
</channel>
</rss>)",
                        "https://example.org/");
  ASSERT_EQ(feed.items.size(), 1u);
  EXPECT_EQ(feed.items[0].title, "");
  EXPECT_EQ(feed.items[0].summary, "This is the description");
}

TEST(MinifluxRss, EntryWithMediaTitle) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/">
<channel>
  <link>https://example.org/</link>
  <item>
    <title>Entry Title</title>
    <link>https://example.org/item</link>
    <media:title>Media Title</media:title>
  </item>
</channel>
</rss>)",
                        "https://example.org/");
  ASSERT_EQ(feed.items.size(), 1u);
  EXPECT_EQ(feed.items[0].title, "Entry Title");
}

// Miniflux takes dc:title when there is no <title>; corpusd's RSS title is <title> only,
// so the title is not asserted here.
TEST(MinifluxRss, EntryWithDcTitleOnly) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <link>https://example.org/</link>
  <item>
    <dc:title>Entry Title</dc:title>
    <link>https://example.org/item</link>
  </item>
</channel>
</rss>)",
                        "https://example.org/");
  ASSERT_EQ(feed.items.size(), 1u);
  EXPECT_EQ(feed.items[0].link, "https://example.org/item");
}

// Miniflux links it to the feed URL and hashes the guid; corpusd has no link and the
// guid is the id.
TEST(MinifluxRss, EntryWithoutLink) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0">
<channel>
  <link>https://example.org/</link>
  <item>
    <guid isPermaLink="false">1234</guid>
  </item>
</channel>
</rss>)",
                        "https://example.org/");
  ASSERT_EQ(feed.items.size(), 1u);
  EXPECT_EQ(feed.items[0].link, "");
  EXPECT_EQ(feed.items[0].id, "1234");
  EXPECT_EQ(FeedItemKey(feed.items[0]), "1234");
}

TEST(MinifluxRss, EntryWithOnlyGuidPermalink) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0">
<channel>
  <link>https://example.org/</link>
  <item>
    <guid isPermaLink="true">https://example.org/some-article.html</guid>
  </item>
  <item>
    <guid>https://example.org/another-article.html</guid>
  </item>
</channel>
</rss>)",
                        "https://example.org/");
  ASSERT_EQ(feed.items.size(), 2u);
  EXPECT_EQ(feed.items[0].link, "https://example.org/some-article.html");
  EXPECT_EQ(feed.items[0].id, "https://example.org/some-article.html");
  EXPECT_EQ(feed.items[1].link, "https://example.org/another-article.html");
  EXPECT_EQ(feed.items[1].id, "https://example.org/another-article.html");
}

TEST(MinifluxRss, EntryWithAtomLink) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
  <link>https://example.org/</link>
  <item>
    <title>Test</title>
    <atom:link href="https://example.org/item" />
  </item>
</channel>
</rss>)",
                        "https://example.org/");
  ASSERT_EQ(feed.items.size(), 1u);
  EXPECT_EQ(feed.items[0].link, "https://example.org/item");
}

// Only the alternate atom:link is the page (the later version of Miniflux's input).
TEST(MinifluxRss, EntryWithMultipleAtomLinks) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
  <link>https://example.org/</link>
  <item>
    <title>Test</title>
    <atom:link rel="payment" href="https://example.org/a" />
    <atom:link rel="alternate" href="https://example.org/b" />
  </item>
</channel>
</rss>)",
                        "https://example.org/");
  ASSERT_EQ(feed.items.size(), 1u);
  EXPECT_EQ(feed.items[0].link, "https://example.org/b");
}

TEST(MinifluxRss, EntryWithAuthorAndInnerHtmlOrCdata) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<rss xmlns:atom="http://www.w3.org/2005/Atom" version="2.0">
<channel>
  <title>Example</title>
  <link>https://example.org/</link>
  <atom:link href="https://example.org/rss" type="application/rss+xml" rel="self"></atom:link>
  <item>
    <title>Test</title>
    <link>https://example.org/item</link>
    <author>by <a itemprop="url" class="author" rel="author" href="/author/foobar">Foo Bar</a></author>
  </item>
</channel>
</rss>)",
                        "https://example.org/");
  ASSERT_EQ(feed.items.size(), 1u);
  EXPECT_EQ(feed.items[0].author, "by Foo Bar");

  // TestParseEntryWithAuthorAndCDATA, both of Miniflux's inputs: CDATA after text, and
  // CDATA alone.
  for (std::string_view author : {"by <![CDATA[Foo Bar]]>", "<![CDATA[by Foo Bar]]>"}) {
    Feed cdata = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<rss xmlns:atom="http://www.w3.org/2005/Atom" version="2.0">
<channel>
  <title>Example</title>
  <link>https://example.org/</link>
  <atom:link href="https://example.org/rss" type="application/rss+xml" rel="self"></atom:link>
  <item>
    <title>Test</title>
    <link>https://example.org/item</link>
    <author>
      )" + std::string(author) +
                               R"(
    </author>
  </item>
</channel>
</rss>)",
                           "https://example.org/");
    ASSERT_EQ(cdata.items.size(), 1u) << author;
    EXPECT_EQ(cdata.items[0].author, "by Foo Bar") << author;
  }
}

// An <author> written as a structure: its name comes first. (The rest of its text follows
// in corpusd's field; only the start is asserted.)
TEST(MinifluxRss, EntryWithNonStandardAtomAuthor) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<rss xmlns:atom="http://www.w3.org/2005/Atom" version="2.0">
<channel>
  <title>Example</title>
  <link>https://example.org/</link>
  <atom:link href="https://example.org/rss" type="application/rss+xml" rel="self"></atom:link>
  <item>
    <title>Test</title>
    <link>https://example.org/item</link>
    <author xmlns:author="http://www.w3.org/2005/Atom">
      <name>Foo Bar</name>
      <title>Vice President</title>
      <department/>
      <company>FooBar Inc.</company>
    </author>
  </item>
</channel>
</rss>)",
                        "https://example.org/");
  ASSERT_EQ(feed.items.size(), 1u);
  EXPECT_EQ(feed.items[0].title, "Test");
  EXPECT_TRUE(feed.items[0].author.starts_with("Foo Bar")) << feed.items[0].author;
}

// dc:creator is taken as written ("Name (email)" is not RSS's "email (Name)").
TEST(MinifluxRss, EntryWithDublinCoreAuthor) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Example</title>
  <link>https://example.org/</link>
  <item>
    <title>Test</title>
    <link>https://example.org/item</link>
    <dc:creator>Me (me@example.com)</dc:creator>
  </item>
</channel>
</rss>)",
                        "https://example.org/");
  ASSERT_EQ(feed.items.size(), 1u);
  // Miniflux keeps "Me (me@example.com)"; corpusd reads dc:creator as it reads
  // <author>: the name of "Name (email)".
  EXPECT_EQ(feed.items[0].author, "Me");
}

TEST(MinifluxRss, EntryWithItunesAuthor) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">
<channel>
  <title>Example</title>
  <link>https://example.org/</link>
  <item>
    <title>Test</title>
    <link>https://example.org/item</link>
    <itunes:author>Someone</itunes:author>
  </item>
</channel>
</rss>)",
                        "https://example.org/");
  ASSERT_EQ(feed.items.size(), 1u);
  EXPECT_EQ(feed.items[0].author, "Someone");
}

TEST(MinifluxRss, EntryWithDublinCoreDate) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Example</title>
  <link>http://example.org/</link>
  <item>
    <title>Item 1</title>
    <link>http://example.org/item1</link>
    <description>Description.</description>
    <guid isPermaLink="false">UUID</guid>
    <dc:date>2002-09-29T23:40:06-05:00</dc:date>
  </item>
</channel>
</rss>)",
                        "https://example.org/");
  ASSERT_EQ(feed.items.size(), 1u);
  const FeedItem& item = feed.items[0];
  EXPECT_EQ(item.id, "UUID");
  EXPECT_EQ(item.link, "http://example.org/item1");
  EXPECT_EQ(item.summary, "Description.");
  EXPECT_EQ(item.published, "2002-09-29T23:40:06-05:00");
  EXPECT_EQ(Iso(item.published_at), "2002-09-29T23:40:06-05:00");  // not moved to UTC
}

TEST(MinifluxRss, EntryWithContentEncoded) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Example</title>
  <link>http://example.org/</link>
  <item>
    <title>Item 1</title>
    <link>http://example.org/item1</link>
    <description>Description.</description>
    <guid isPermaLink="false">UUID</guid>
    <content:encoded><![CDATA[<p><a href="http://www.example.org/">Example</a>.</p>]]></content:encoded>
  </item>
</channel>
</rss>)",
                        "https://example.org/");
  ASSERT_EQ(feed.items.size(), 1u);
  EXPECT_EQ(feed.items[0].content_html, R"(<p><a href="http://www.example.org/">Example</a>.</p>)");
  EXPECT_EQ(feed.items[0].summary, "Description.");
}

// https://www.rssboard.org/rss-encoding-examples, as Miniflux tests them: the description
// is HTML, escaped or in CDATA (TestParseEntryDescriptionWithEncodedHTMLTags and
// TestParseEntryWithDescriptionWithHTMLCDATA).
TEST(MinifluxRss, DescriptionWithEncodedOrCdataHtmlTags) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Example</title>
  <link>http://example.org/</link>
  <item>
    <title>Item 1</title>
    <link>http://example.org/item1</link>
    <description>this is &lt;b&gt;bold&lt;/b&gt;</description>
  </item>
</channel>
</rss>)",
                        "https://example.org/");
  ASSERT_EQ(feed.items.size(), 1u);
  EXPECT_EQ(feed.items[0].summary, "this is <b>bold</b>");

  Feed cdata = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Example</title>
  <link>http://example.org/</link>
  <item>
    <title>Item 1</title>
    <link>http://example.org/item1</link>
    <description><![CDATA[this is <b>bold</b>]]></description>
  </item>
</channel>
</rss>)",
                         "https://example.org/");
  ASSERT_EQ(cdata.items.size(), 1u);
  EXPECT_EQ(cdata.items[0].summary, "this is <b>bold</b>");
}

// Angle brackets meant as text: escaped twice, or escaped once inside CDATA. Either way
// the summary is the HTML "5 &lt; 8, ..." (...WithEncodingAngleBracketsInText and
// ...WithEncodingAngleBracketsWithinCDATASection).
TEST(MinifluxRss, DescriptionWithEncodedAngleBrackets) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Example</title>
  <link>http://example.org/</link>
  <item>
    <title>Item 1</title>
    <link>http://example.org/item1</link>
    <description>5 &amp;lt; 8, ticker symbol &amp;lt;BIGCO&amp;gt;</description>
  </item>
</channel>
</rss>)",
                        "https://example.org/");
  ASSERT_EQ(feed.items.size(), 1u);
  EXPECT_EQ(feed.items[0].summary, "5 &lt; 8, ticker symbol &lt;BIGCO&gt;");

  Feed cdata = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Example</title>
  <link>http://example.org/</link>
  <item>
    <title>Item 1</title>
    <link>http://example.org/item1</link>
    <description><![CDATA[5 &lt; 8, ticker symbol &lt;BIGCO&gt;]]></description>
  </item>
</channel>
</rss>)",
                         "https://example.org/");
  ASSERT_EQ(cdata.items.size(), 1u);
  EXPECT_EQ(cdata.items[0].summary, "5 &lt; 8, ticker symbol &lt;BIGCO&gt;");
}

// Skipped: TestParseEntryWithFeedBurnerLink (feedburner:origLink is not read by corpusd).

TEST(MinifluxRss, EntryTitleWithWhitespaces) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0">
<channel>
  <title>Example</title>
  <link>http://example.org</link>
  <item>
    <title>
      Some Title
    </title>
    <link>http://www.example.org/entries/1</link>
    <pubDate>Fri, 15 Jul 2005 00:00:00 -0500</pubDate>
  </item>
</channel>
</rss>)",
                        "https://example.org/");
  EXPECT_EQ(feed.link, "http://example.org/");
  ASSERT_EQ(feed.items.size(), 1u);
  EXPECT_EQ(feed.items[0].title, "Some Title");
  EXPECT_EQ(Iso(feed.items[0].published_at), "2005-07-15T00:00:00-05:00");
}

// TestParseEntryWithEnclosures: the enclosure is not ported, the item around it is.
TEST(MinifluxRss, PodcastEntryWithEnclosure) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0">
<channel>
<title>My Podcast Feed</title>
<link>http://example.org</link>
<author>some.email@example.org</author>
<item>
  <title>Podcasting with RSS</title>
  <link>http://www.example.org/entries/1</link>
  <description>An overview of RSS podcasting</description>
  <pubDate>Fri, 15 Jul 2005 00:00:00 -0500</pubDate>
  <guid isPermaLink="true">http://www.example.org/entries/1</guid>
  <enclosure url="http://www.example.org/myaudiofile.mp3"
      length="12345"
      type="audio/mpeg" />
</item>
</channel>
</rss>)",
                        "https://example.org/");
  ASSERT_EQ(feed.items.size(), 1u);
  const FeedItem& item = feed.items[0];
  EXPECT_EQ(item.title, "Podcasting with RSS");
  EXPECT_EQ(item.link, "http://www.example.org/entries/1");
  EXPECT_EQ(item.id, "http://www.example.org/entries/1");
  EXPECT_EQ(item.summary, "An overview of RSS podcasting");
  EXPECT_EQ(Iso(item.published_at), "2005-07-15T00:00:00-05:00");
}

// Miniflux titles the entry with its resolved URL; corpusd resolves the link only.
TEST(MinifluxRss, EntryWithRelativeUrl) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0">
<channel>
  <link>https://example.org/</link>
  <item>
    <link>item.html</link>
  </item>
</channel>
</rss>)",
                        "https://example.org/");
  ASSERT_EQ(feed.items.size(), 1u);
  EXPECT_EQ(feed.items[0].link, "https://example.org/item.html");
  EXPECT_EQ(feed.items[0].title, "");
}

// Input adapted (Miniflux has no xml:base test): TestParseEntryWithRelativeURL with an
// xml:base on the root and one on the item.
TEST(MinifluxRss, XmlBaseResolvesRelativeLinks) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xml:base="https://example.org/blog/">
<channel>
  <link>https://example.org/</link>
  <item>
    <link>item.html</link>
  </item>
  <item xml:base="/archive/">
    <link>item.html</link>
  </item>
</channel>
</rss>)",
                        "https://example.net/feed.xml");
  ASSERT_EQ(feed.items.size(), 2u);
  EXPECT_EQ(feed.items[0].link, "https://example.org/blog/item.html");
  EXPECT_EQ(feed.items[1].link, "https://example.org/archive/item.html");
}

TEST(MinifluxRss, InvalidXml) { ExpectNotAFeed("garbage", "https://example.org/"); }

// &nbsp; (HTML's, undeclared in XML) is read; the no-break spaces become plain spaces
// and collapse.
TEST(MinifluxRss, FeedTitleWithHtmlEntity) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:slash="http://purl.org/rss/1.0/modules/slash/">
<channel>
  <link>https://example.org/</link>
  <title>Example &nbsp; Feed</title>
</channel>
</rss>)",
                        "https://example.org/");
  EXPECT_EQ(feed.title, "Example Feed");
}

TEST(MinifluxRss, FeedTitleWithUnicodeEntityAndCdata) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:slash="http://purl.org/rss/1.0/modules/slash/">
<channel>
  <link>https://example.org/</link>
  <title><![CDATA[Jenny&#8217;s Newsletter]]></title>
</channel>
</rss>)",
                        "https://example.org/");
  EXPECT_EQ(feed.title, "Jenny’s Newsletter");
}

// An RSS title is read as HTML: "&lt;/example&gt;" is a stray end tag, which leaves no
// text. (Miniflux keeps "</example>".)
TEST(MinifluxRss, ItemTitleWithHtmlEntity) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:slash="http://purl.org/rss/1.0/modules/slash/">
<channel>
  <link>https://example.org/</link>
  <title>Example</title>
  <item>
    <title>&lt;/example&gt;</title>
    <link>http://www.example.org/entries/1</link>
  </item>
</channel>
</rss>)",
                        "https://example.org/");
  ASSERT_EQ(feed.items.size(), 1u);
  EXPECT_EQ(feed.items[0].title, "");
  EXPECT_EQ(feed.items[0].link, "http://www.example.org/entries/1");
}

TEST(MinifluxRss, ItemTitleWithNumericCharacterReference) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:slash="http://purl.org/rss/1.0/modules/slash/">
<channel>
  <link>https://example.org/</link>
  <title>Example</title>
  <item>
    <title>&#931; &#xDF;</title>
    <link>http://www.example.org/article.html</link>
  </item>
</channel>
</rss>)",
                        "https://example.org/");
  ASSERT_EQ(feed.items.size(), 1u);
  EXPECT_EQ(feed.items[0].title, "Σ ß");
}

TEST(MinifluxRss, ItemTitleWithDoubleEncodedEntities) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:slash="http://purl.org/rss/1.0/modules/slash/">
<channel>
  <link>https://example.org/</link>
  <title>Example</title>
  <item>
    <title>&amp;#39;Text&amp;#39;</title>
    <link>http://www.example.org/article.html</link>
  </item>
</channel>
</rss>)",
                        "https://example.org/");
  ASSERT_EQ(feed.items.size(), 1u);
  EXPECT_EQ(feed.items[0].title, "'Text'");
}

// A bare "&" is kept (and the feed noted as not well-formed).
TEST(MinifluxRss, FeedLinkWithInvalidCharacterEntity) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:slash="http://purl.org/rss/1.0/modules/slash/">
<channel>
  <link>https://example.org/a&b</link>
  <title>Example Feed</title>
</channel>
</rss>)",
                        "https://example.org/");
  EXPECT_EQ(feed.link, "https://example.org/a&b");
  EXPECT_EQ(feed.title, "Example Feed");
  EXPECT_FALSE(feed.xml_error.empty());
}

// No description: itunes:summary is the summary (Miniflux's "content").
TEST(MinifluxRss, EntryDescriptionFromItunesSummary) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">
  <channel>
    <title>Podcast Example</title>
    <link>http://www.example.com/index.html</link>
    <item>
      <title>Podcast Episode</title>
      <guid>http://example.com/episode.m4a</guid>
      <pubDate>Tue, 08 Mar 2016 12:00:00 GMT</pubDate>
      <itunes:subtitle>Episode Subtitle</itunes:subtitle>
      <itunes:summary>Episode Summary</itunes:summary>
    </item>
  </channel>
</rss>)",
                        "https://example.org/");
  ASSERT_EQ(feed.items.size(), 1u);
  const FeedItem& item = feed.items[0];
  EXPECT_EQ(item.summary, "Episode Summary");
  EXPECT_EQ(item.id, "http://example.com/episode.m4a");
  EXPECT_EQ(item.link, "http://example.com/episode.m4a");
  EXPECT_EQ(Iso(item.published_at), "2016-03-08T12:00:00Z");
}

TEST(MinifluxRss, EntryWithRssDescriptionAndMediaDescription) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/">
  <channel>
    <title>Podcast Example</title>
    <link>http://www.example.com/index.html</link>
    <item>
      <title>Entry Title</title>
      <link>http://www.example.com/entries/1</link>
      <description>Entry Description</description>
      <media:description type="plain">Media Description</media:description>
    </item>
  </channel>
</rss>)",
                        "https://example.org/");
  ASSERT_EQ(feed.items.size(), 1u);
  EXPECT_EQ(feed.items[0].summary, "Entry Description");
}

// Input adapted: the case above without its <description>, then with itunes:summary
// too (itunes:summary comes before media:description), then inside a media:group.
TEST(MinifluxRss, EntryWithMediaDescriptionOnly) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">
  <channel>
    <title>Podcast Example</title>
    <link>http://www.example.com/index.html</link>
    <item>
      <title>Entry Title</title>
      <link>http://www.example.com/entries/1</link>
      <media:description type="plain">Media Description</media:description>
    </item>
    <item>
      <title>Entry Title</title>
      <link>http://www.example.com/entries/2</link>
      <media:description type="plain">Media Description</media:description>
      <itunes:summary>Episode Summary</itunes:summary>
    </item>
    <item>
      <title>Entry Title</title>
      <link>http://www.example.com/entries/3</link>
      <media:group>
        <media:description type="plain">Media Description</media:description>
      </media:group>
    </item>
  </channel>
</rss>)",
                        "https://example.org/");
  ASSERT_EQ(feed.items.size(), 3u);
  EXPECT_EQ(feed.items[0].summary, "Media Description");
  EXPECT_EQ(feed.items[1].summary, "Episode Summary");
  EXPECT_EQ(feed.items[2].summary, "Media Description");
}

// --- internal/reader/atom/atom_10_test.go --------------------------------------------
//
// Not ported besides the above: subtitles (no field), categories, icons, enclosures,
// comments (rel="replies") URLs and entry languages.

TEST(MinifluxAtom10, AtomSample) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Example Feed</title>
  <link href="http://example.org/"/>
  <updated>2003-12-13T18:30:02Z</updated>
  <author>
    <name>John Doe</name>
  </author>
  <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
  <entry>
    <title>Atom-Powered Robots Run Amok</title>
    <link href="http://example.org/2003/12/13/atom03"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <updated>2003-12-13T18:30:02Z</updated>
    <summary>Some text.</summary>
  </entry>
</feed>)",
                        "http://example.org/feed.xml");
  EXPECT_EQ(feed.format, "atom1.0");
  EXPECT_EQ(feed.title, "Example Feed");
  EXPECT_EQ(feed.link, "http://example.org/");
  ASSERT_EQ(feed.items.size(), 1u);
  const FeedItem& item = feed.items[0];
  EXPECT_EQ(item.id, "urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a");
  EXPECT_EQ(item.title, "Atom-Powered Robots Run Amok");
  EXPECT_EQ(item.link, "http://example.org/2003/12/13/atom03");
  EXPECT_EQ(item.author, "John Doe");  // the feed's
  EXPECT_EQ(item.summary, "Some text.");
  EXPECT_EQ(item.content_html + item.content_text, "");
  // Miniflux dates the entry by <updated> when there is no <published>; corpusd keeps
  // the two apart.
  EXPECT_EQ(item.published, "");
  EXPECT_FALSE(item.published_at);
  EXPECT_EQ(item.updated, "2003-12-13T18:30:02Z");
  EXPECT_EQ(Iso(item.updated_at), "2003-12-13T18:30:02Z");
}

TEST(MinifluxAtom10, FeedWithoutTitle) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <link rel="alternate" type="text/html" href="https://example.org/"/>
  <link rel="self" type="application/atom+xml" href="https://example.org/feed"/>
  <updated>2003-12-13T18:30:02Z</updated>
</feed>)",
                        "https://example.org/");
  EXPECT_EQ(feed.title, "");
  EXPECT_EQ(feed.link, "https://example.org/");
}

// Miniflux titles such entries with the URL, the summary or the content's text; corpusd
// leaves the title empty and keeps each where it is.
TEST(MinifluxAtom10, EntryWithoutTitle) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Example Feed</title>
  <link href="http://example.org/"/>
  <updated>2003-12-13T18:30:02Z</updated>
  <author>
    <name>John Doe</name>
  </author>
  <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
  <entry>
    <link href="http://example.org/2003/12/13/atom03"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <updated>2003-12-13T18:30:02Z</updated>
  </entry>
  <entry>
    <link href="http://example.org/2003/12/13/atom03"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <updated>2003-12-13T18:30:02Z</updated>
    <summary>Some text.</summary>
  </entry>
  <entry>
    <link href="http://example.org/2003/12/13/atom03"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <updated>2003-12-13T18:30:02Z</updated>
    <content type="xhtml">
      <div xmlns="http://www.w3.org/1999/xhtml">AT&amp;T bought <b>by SBC</b>!</div>
    </content>
  </entry>
</feed>)",
                        "https://example.org/");
  ASSERT_EQ(feed.items.size(), 3u);
  for (const FeedItem& item : feed.items) {
    EXPECT_EQ(item.title, "");
    EXPECT_EQ(item.link, "http://example.org/2003/12/13/atom03");
  }
  EXPECT_EQ(feed.items[1].summary, "Some text.");
  EXPECT_EQ(feed.items[2].content_html, "AT&amp;T bought <b>by SBC</b>!");
}

// The alternate link is the site, rel="self" never is (TestParseFeedURL,
// TestParseFeedWithRelativeFeedURL, TestParseFeedWithFeedURLWithTrailingSpace).
TEST(MinifluxAtom10, FeedLinkIsNotTheSelfLink) {
  Feed absolute = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Example Feed</title>
  <link rel="alternate" type="text/html" href="https://example.org/"/>
  <link rel="self" type="application/atom+xml" href="https://example.org/feed"/>
  <updated>2003-12-13T18:30:02Z</updated>
</feed>)",
                            "https://example.org/");
  EXPECT_EQ(absolute.link, "https://example.org/");

  Feed relative = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Example Feed</title>
  <link rel="alternate" type="text/html" href="https://example.org/"/>
  <link rel="self" type="application/atom+xml" href="/feed"/>
  <updated>2003-12-13T18:30:02Z</updated>
</feed>)",
                            "https://example.org/");
  EXPECT_EQ(relative.link, "https://example.org/");

  Feed self_only = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <link href="/blog/atom.xml  " rel="self" type="application/atom+xml"/>
</feed>)",
                             "https://example.org/");
  EXPECT_EQ(self_only.link, "");
}

TEST(MinifluxAtom10, FeedWithRelativeSiteUrl) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Example Feed</title>
  <link href="/blog/atom.xml" rel="self" type="application/atom+xml"/>
  <link href="/blog "/>
  <entry>
    <title>Test</title>
    <link href="/blog/article.html"/>
    <link href="/blog/article.html" rel="alternate" type="text/html"/>
    <id>/blog/article.html</id>
    <updated>2003-12-13T18:30:02Z</updated>
    <summary>Some text.</summary>
  </entry>
</feed>)",
                        "https://example.org/");
  EXPECT_EQ(feed.link, "https://example.org/blog");
  ASSERT_EQ(feed.items.size(), 1u);
  EXPECT_EQ(feed.items[0].link, "https://example.org/blog/article.html");
  EXPECT_EQ(feed.items[0].id, "/blog/article.html");  // an id is not a link: as written
}

TEST(MinifluxAtom10, FeedSiteUrlWithTrailingSpace) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <link href="http://example.org "/>
</feed>)",
                        "https://example.org/");
  EXPECT_EQ(feed.link, "http://example.org/");
}

// Miniflux resolves against the site's link ("http://example.org/something.html");
// corpusd against xml:base and the feed's own URL.
TEST(MinifluxAtom10, EntryWithRelativeUrl) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Example Feed</title>
  <link href="http://example.org/"/>
  <entry>
    <title>Test</title>
    <link href="something.html"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <updated>2003-12-13T18:30:02Z</updated>
    <summary>Some text.</summary>
  </entry>
</feed>)",
                        "https://example.net/");
  ASSERT_EQ(feed.items.size(), 1u);
  EXPECT_EQ(feed.items[0].link, "https://example.net/something.html");
}

// Input adapted (Miniflux has no xml:base test): TestParseEntryWithRelativeURL with
// xml:base on the feed and on the entry.
TEST(MinifluxAtom10, EntryWithRelativeUrlAndXmlBase) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="http://example.org/">
  <title>Example Feed</title>
  <link href="http://example.org/"/>
  <entry>
    <title>Test</title>
    <link href="something.html"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <updated>2003-12-13T18:30:02Z</updated>
  </entry>
  <entry xml:base="2003/12/13/">
    <title>Test</title>
    <link href="atom03"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6b</id>
    <updated>2003-12-13T18:30:02Z</updated>
  </entry>
</feed>)",
                        "https://example.net/");
  ASSERT_EQ(feed.items.size(), 2u);
  EXPECT_EQ(feed.items[0].link, "http://example.org/something.html");
  EXPECT_EQ(feed.items[1].link, "http://example.org/2003/12/13/atom03");
}

// TestParseEntryURLWithTextHTMLType, ...WithNoRelAndNoType, ...WithAlternateRel.
TEST(MinifluxAtom10, EntryUrlWithTextHtmlTypeNoRelOrAlternateRel) {
  for (std::string_view link :
       {R"(<link href="http://example.org/something.html" type="text/html"/>)",
        R"(<link href="http://example.org/something.html"/>)",
        R"(<link href="http://example.org/something.html" rel="alternate"/>)"}) {
    Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Example Feed</title>
  <link href="http://example.org/"/>
  <entry>
    <title>Test</title>
    )" + std::string(link) + R"(
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <updated>2003-12-13T18:30:02Z</updated>
    <summary>Some text.</summary>
  </entry>
</feed>)",
                          "https://example.net/");
    ASSERT_EQ(feed.items.size(), 1u) << link;
    EXPECT_EQ(feed.items[0].link, "http://example.org/something.html") << link;
  }
}

TEST(MinifluxAtom10, EntryTitleWithWhitespaces) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Example Feed</title>
  <link href="http://example.org/"/>
  <entry>
    <title>
      Some Title
    </title>
    <link href="http://example.org/2003/12/13/atom03"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <updated>2003-12-13T18:30:02Z</updated>
    <summary>Some text.</summary>
  </entry>
</feed>)",
                        "https://example.org/");
  ASSERT_EQ(feed.items.size(), 1u);
  EXPECT_EQ(feed.items[0].title, "Some Title");
}

TEST(MinifluxAtom10, EntryWithPlainTextTitle) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Example Feed</title>
  <link href="http://example.org/"/>
  <entry>
    <title type="text">AT&amp;T bought by SBC!</title>
    <link href="http://example.org/2003/12/13/atom03"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <updated>2003-12-13T18:30:02Z</updated>
    <summary>Some text.</summary>
  </entry>
  <entry>
    <title>AT&amp;T bought by SBC!</title>
    <link href="http://example.org/2003/12/13/atom03"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <updated>2003-12-13T18:30:02Z</updated>
    <summary>Some text.</summary>
  </entry>
</feed>)",
                        "https://example.org/");
  ASSERT_EQ(feed.items.size(), 2u);
  EXPECT_EQ(feed.items[0].title, "AT&T bought by SBC!");
  EXPECT_EQ(feed.items[1].title, "AT&T bought by SBC!");
}

// Miniflux keeps an HTML title's tags ("<code>Code</code> Test"); corpusd's title is
// plain text.
TEST(MinifluxAtom10, EntryWithHtmlTitle) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Example Feed</title>
  <link href="http://example.org/"/>
  <entry>
    <title type="html">&lt;code&gt;Code&lt;/code&gt; Test</title>
    <link href="http://example.org/z"/>
  </entry>
  <entry>
    <title type="html"><![CDATA[Test with &#8220;unicode quote&#8221;]]></title>
    <link href="http://example.org/b"/>
  </entry>
  <entry>
    <title>
      <![CDATA[Entry title with space around CDATA]]>
    </title>
    <link href="http://example.org/c"/>
  </entry>
  <entry>
    <title type="html"><![CDATA[Test with self-closing &lt;tag&gt;]]></title>
    <link href="http://example.org/d"/>
  </entry>
</feed>)",
                        "https://example.org/");
  ASSERT_EQ(feed.items.size(), 4u);
  EXPECT_EQ(feed.items[0].title, "Code Test");
  EXPECT_EQ(feed.items[1].title, "Test with “unicode quote”");
  EXPECT_EQ(feed.items[2].title, "Entry title with space around CDATA");
  EXPECT_EQ(feed.items[3].title, "Test with self-closing <tag>");
}

TEST(MinifluxAtom10, EntryWithXhtmlTitles) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Example Feed</title>
  <link href="http://example.org/"/>
  <entry>
    <title type="xhtml">
      <div xmlns="http://www.w3.org/1999/xhtml">
        This is <b>XHTML</b> content.
      </div>
    </title>
    <link href="http://example.org/b"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <updated>2003-12-13T18:30:02Z</updated>
    <summary>Some text.</summary>
  </entry>
</feed>)",
                        "https://example.org/");
  ASSERT_EQ(feed.items.size(), 1u);
  EXPECT_EQ(feed.items[0].title, "This is XHTML content.");

  // TestParseEntryWithEmptyXHTMLTitle: Miniflux titles it with the URL; corpusd leaves
  // it empty.
  Feed empty = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Example Feed</title>
  <link href="http://example.org/"/>
  <entry>
    <title type="xhtml">
      <div xmlns="http://www.w3.org/1999/xhtml"/>
    </title>
    <link href="http://example.org/entry"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <updated>2003-12-13T18:30:02Z</updated>
  </entry>
</feed>)",
                         "https://example.org/");
  ASSERT_EQ(empty.items.size(), 1u);
  EXPECT_EQ(empty.items[0].title, "");
  EXPECT_EQ(empty.items[0].link, "http://example.org/entry");

  // TestParseEntryWithXHTMLTitleWithoutDiv.
  Feed without_div = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Example Feed</title>
  <link href="http://example.org/"/>
  <entry>
    <title type="xhtml">
      test
    </title>
    <link href="http://example.org/entry"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <updated>2003-12-13T18:30:02Z</updated>
  </entry>
</feed>)",
                               "https://example.org/");
  ASSERT_EQ(without_div.items.size(), 1u);
  EXPECT_EQ(without_div.items[0].title, "test");
}

TEST(MinifluxAtom10, EntryWithNumericCharacterReferenceTitle) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Example Feed</title>
  <link href="http://example.org/"/>
  <entry>
    <title>&#931; &#xDF;</title>
    <link href="http://example.org/2003/12/13/atom03"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <updated>2003-12-13T18:30:02Z</updated>
    <summary>Some text.</summary>
  </entry>
</feed>)",
                        "https://example.org/");
  ASSERT_EQ(feed.items.size(), 1u);
  EXPECT_EQ(feed.items[0].title, "Σ ß");
}

// A text title is never read as HTML: what is left after XML's decoding stays.
TEST(MinifluxAtom10, EntryWithDoubleEncodedEntitiesTitle) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Example Feed</title>
  <link href="http://example.org/"/>
  <entry>
    <title>&amp;#39;AT&amp;amp;T&amp;#39;</title>
    <link href="http://example.org/2003/12/13/atom03"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <updated>2003-12-13T18:30:02Z</updated>
    <summary>Some text.</summary>
  </entry>
</feed>)",
                        "https://example.org/");
  ASSERT_EQ(feed.items.size(), 1u);
  EXPECT_EQ(feed.items[0].title, "&#39;AT&amp;T&#39;");
}

TEST(MinifluxAtom10, EntryWithXhtmlSummary) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Example Feed</title>
  <link href="http://example.org/"/>
  <entry>
    <title type="xhtml">Example</title>
    <link href="http://example.org/2003/12/13/atom03"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <updated>2003-12-13T18:30:02Z</updated>
    <summary type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Test: <code>std::unique_ptr&lt;S&gt;</code></p></div></summary>
  </entry>
</feed>)",
                        "https://example.org/");
  ASSERT_EQ(feed.items.size(), 1u);
  EXPECT_EQ(feed.items[0].title, "Example");
  EXPECT_EQ(feed.items[0].summary, "<p>Test: <code>std::unique_ptr&lt;S&gt;</code></p>");
}

TEST(MinifluxAtom10, EntryWithHtmlSummary) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Example Feed</title>
  <link href="http://example.org/"/>
  <entry>
    <title type="html">Example 1</title>
    <link href="http://example.org/1"/>
    <summary type="html">&lt;code&gt;std::unique_ptr&amp;lt;S&amp;gt; myvar;&lt;/code&gt;</summary>
  </entry>
  <entry>
    <title type="html">Example 2</title>
    <link href="http://example.org/2"/>
    <summary type="text/html">&lt;code&gt;std::unique_ptr&amp;lt;S&amp;gt; myvar;&lt;/code&gt;</summary>
  </entry>
  <entry>
    <title type="html">Example 3</title>
    <link href="http://example.org/3"/>
    <summary type="html"><![CDATA[<code>std::unique_ptr&lt;S&gt; myvar;</code>]]></summary>
  </entry>
</feed>)",
                        "https://example.org/");
  ASSERT_EQ(feed.items.size(), 3u);
  for (const FeedItem& item : feed.items) {
    EXPECT_EQ(item.summary, "<code>std::unique_ptr&lt;S&gt; myvar;</code>") << item.link;
  }
  EXPECT_EQ(feed.items[1].title, "Example 2");
}

// A text summary is text: XML's escapes decoded, nothing more.
TEST(MinifluxAtom10, EntryWithTextSummary) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Example Feed</title>
  <link href="http://example.org/"/>
  <entry>
    <title type="html">Example</title>
    <link href="http://example.org/a"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <updated>2003-12-13T18:30:02Z</updated>
    <summary>AT&amp;T &lt;S&gt;</summary>
  </entry>
  <entry>
    <title type="html">Example</title>
    <link href="http://example.org/b"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <updated>2003-12-13T18:30:02Z</updated>
    <summary type="text">AT&amp;T &lt;S&gt;</summary>
  </entry>
  <entry>
    <title type="html">Example</title>
    <link href="http://example.org/c"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <updated>2003-12-13T18:30:02Z</updated>
    <summary type="text/plain">AT&amp;T &lt;S&gt;</summary>
  </entry>
  <entry>
    <title type="html">Example</title>
    <link href="http://example.org/d"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <updated>2003-12-13T18:30:02Z</updated>
    <summary type="text"><![CDATA[AT&T <S>]]></summary>
  </entry>
</feed>)",
                        "https://example.org/");
  ASSERT_EQ(feed.items.size(), 4u);
  for (const FeedItem& item : feed.items) EXPECT_EQ(item.summary, "AT&T <S>") << item.link;
}

TEST(MinifluxAtom10, EntryWithTextContent) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Example Feed</title>
  <link href="http://example.org/"/>
  <entry>
    <title type="html">Example</title>
    <link href="http://example.org/a"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <updated>2003-12-13T18:30:02Z</updated>
    <content>AT&amp;T &lt;strong&gt;Strong Element&lt;/strong&gt;</content>
  </entry>
  <entry>
    <title type="html">Example</title>
    <link href="http://example.org/b"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <updated>2003-12-13T18:30:02Z</updated>
    <content type="text">AT&amp;T &lt;strong&gt;Strong Element&lt;/strong&gt;</content>
  </entry>
  <entry>
    <title type="html">Example</title>
    <link href="http://example.org/c"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <updated>2003-12-13T18:30:02Z</updated>
    <content type="text/plain">AT&amp;T &lt;strong&gt;Strong Element&lt;/strong&gt;</content>
  </entry>
  <entry>
    <title type="html">Example</title>
    <link href="http://example.org/d"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <updated>2003-12-13T18:30:02Z</updated>
    <content><![CDATA[AT&T <strong>Strong Element</strong>]]></content>
  </entry>
</feed>)",
                        "https://example.org/");
  ASSERT_EQ(feed.items.size(), 4u);
  for (const FeedItem& item : feed.items) {
    EXPECT_EQ(item.content_text, "AT&T <strong>Strong Element</strong>") << item.link;
    EXPECT_EQ(item.content_html, "") << item.link;
  }
}

TEST(MinifluxAtom10, EntryWithHtmlContent) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Example Feed</title>
  <link href="http://example.org/"/>
  <entry>
    <title type="html">Example</title>
    <link href="http://example.org/a"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <updated>2003-12-13T18:30:02Z</updated>
    <content type="html">AT&amp;amp;T bought &lt;b&gt;by SBC&lt;/b&gt;!</content>
  </entry>
  <entry>
    <title type="html">Example</title>
    <link href="http://example.org/b"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <updated>2003-12-13T18:30:02Z</updated>
    <content type="text/html">AT&amp;amp;T bought &lt;b&gt;by SBC&lt;/b&gt;!</content>
  </entry>
  <entry>
    <title type="html">Example</title>
    <link href="http://example.org/c"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <updated>2003-12-13T18:30:02Z</updated>
    <content type="html"><![CDATA[AT&amp;T bought <b>by SBC</b>!]]></content>
  </entry>
</feed>)",
                        "https://example.org/");
  ASSERT_EQ(feed.items.size(), 3u);
  for (const FeedItem& item : feed.items) {
    EXPECT_EQ(item.content_html, "AT&amp;T bought <b>by SBC</b>!") << item.link;
    EXPECT_EQ(item.content_text, "") << item.link;
  }
}

TEST(MinifluxAtom10, EntryWithXhtmlContent) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Example Feed</title>
  <link href="http://example.org/"/>
  <entry>
    <title>Example</title>
    <link href="http://example.org/2003/12/13/atom03"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <updated>2003-12-13T18:30:02Z</updated>
    <content type="xhtml">
      <div xmlns="http://www.w3.org/1999/xhtml">AT&amp;T bought <b>by SBC</b>!</div>
    </content>
  </entry>
</feed>)",
                        "https://example.org/");
  ASSERT_EQ(feed.items.size(), 1u);
  EXPECT_EQ(feed.items[0].content_html, "AT&amp;T bought <b>by SBC</b>!");
}

// Author names only: an author with an email and no name gives no name (Miniflux takes
// the email).
TEST(MinifluxAtom10, EntryWithAuthorNameOrOnlyEmail) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Example Feed</title>
  <link href="http://example.org/"/>
  <entry>
    <link href="http://example.org/2003/12/13/atom03"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <updated>2003-12-13T18:30:02Z</updated>
    <summary>Some text.</summary>
    <author>
      <name>Me</name>
      <email>me@localhost</email>
    </author>
  </entry>
  <entry>
    <link href="http://example.org/2003/12/13/atom03"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <updated>2003-12-13T18:30:02Z</updated>
    <summary>Some text.</summary>
    <author>
      <name/>
      <email>me@localhost</email>
    </author>
  </entry>
</feed>)",
                        "https://example.org/");
  ASSERT_EQ(feed.items.size(), 2u);
  EXPECT_EQ(feed.items[0].author, "Me");
  EXPECT_EQ(feed.items[1].author, "");
}

TEST(MinifluxAtom10, EntryWithMultipleAuthors) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Example Feed</title>
  <link href="http://example.org/"/>
  <entry>
    <link href="http://example.org/2003/12/13/atom03"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <updated>2003-12-13T18:30:02Z</updated>
    <summary>Some text.</summary>
    <author>
      <name>Alice</name>
    </author>
    <author>
      <name>Bob</name>
    </author>
  </entry>
</feed>)",
                        "https://example.org/");
  ASSERT_EQ(feed.items.size(), 1u);
  EXPECT_EQ(feed.items[0].author, "Alice, Bob");
}

// TestParseFeedWithEntryWithoutAuthor, TestParseFeedWithMultipleAuthors and
// TestParseFeedWithoutAuthor: the feed's authors are the entry's when it names none.
TEST(MinifluxAtom10, FeedLevelAuthors) {
  Feed one = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Example Feed</title>
  <link href="http://example.org/"/>
  <author>
    <name>John Doe</name>
  </author>
  <entry>
    <link href="http://example.org/2003/12/13/atom03"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <updated>2003-12-13T18:30:02Z</updated>
    <summary>Some text.</summary>
  </entry>
</feed>)",
                       "https://example.org/");
  ASSERT_EQ(one.items.size(), 1u);
  EXPECT_EQ(one.items[0].author, "John Doe");

  Feed several = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Example Feed</title>
  <link href="http://example.org/"/>
  <author>
    <name>Alice</name>
  </author>
  <author>
    <name>Bob</name>
  </author>
  <author>
    <name>Bob</name>
  </author>
  <entry>
    <link href="http://example.org/2003/12/13/atom03"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <updated>2003-12-13T18:30:02Z</updated>
    <summary>Some text.</summary>
  </entry>
</feed>)",
                           "https://example.org/");
  ASSERT_EQ(several.items.size(), 1u);
  // Miniflux drops the repeated "Bob"; whether corpusd does is not asserted.
  EXPECT_TRUE(several.items[0].author.starts_with("Alice, Bob")) << several.items[0].author;

  Feed none = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Example Feed</title>
  <link href="http://example.org/"/>
  <entry>
    <link href="http://example.org/2003/12/13/atom03"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <updated>2003-12-13T18:30:02Z</updated>
    <summary>Some text.</summary>
  </entry>
</feed>)",
                        "https://example.org/");
  ASSERT_EQ(none.items.size(), 1u);
  EXPECT_EQ(none.items[0].author, "");
}

// TestParseEntryWithEnclosures: rel="enclosure" links are never the page.
TEST(MinifluxAtom10, EntryWithEnclosures) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>http://www.example.org/myfeed</id>
  <title>My Podcast Feed</title>
  <updated>2005-07-15T12:00:00Z</updated>
  <author>
  <name>John Doe</name>
  </author>
  <link href="http://example.org" />
  <link rel="self" href="http://example.org/myfeed" />
  <entry>
    <id>http://www.example.org/entries/1</id>
    <title>Atom 1.0</title>
    <updated>2005-07-15T12:00:00Z</updated>
    <link href="http://www.example.org/entries/1" />
    <summary>An overview of Atom 1.0</summary>
    <link rel="enclosure"
        type="audio/mpeg"
        title="MP3"
        href="http://www.example.org/myaudiofile.mp3"
        length="1234" />
    <link rel="enclosure"
        type="application/x-bittorrent"
        title="BitTorrent"
        href="http://www.example.org/myaudiofile.torrent"
        length="4567" />
    <content type="xhtml">
      <div xmlns="http://www.w3.org/1999/xhtml">
      <h1>Show Notes</h1>
      <ul>
        <li>00:01:00 -- Introduction</li>
        <li>00:15:00 -- Talking about Atom 1.0</li>
        <li>00:30:00 -- Wrapping up</li>
      </ul>
      </div>
    </content>
  </entry>
</feed>)",
                        "https://example.org/");
  EXPECT_EQ(feed.link, "http://example.org/");
  ASSERT_EQ(feed.items.size(), 1u);
  const FeedItem& item = feed.items[0];
  EXPECT_EQ(item.link, "http://www.example.org/entries/1");
  EXPECT_EQ(item.id, "http://www.example.org/entries/1");
  EXPECT_EQ(item.author, "John Doe");
  EXPECT_EQ(item.summary, "An overview of Atom 1.0");
  EXPECT_TRUE(item.content_html.starts_with("<h1>Show Notes</h1>")) << item.content_html;
  EXPECT_NE(item.content_html.find("<li>00:15:00 -- Talking about Atom 1.0</li>"),
            std::string::npos)
      << item.content_html;
}

// TestParseEntryWithoutEnclosureURL: xhtml content written without its <div>.
TEST(MinifluxAtom10, EntryWithXhtmlContentWithoutDiv) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>http://www.example.org/myfeed</id>
  <title>My Podcast Feed</title>
  <updated>2005-07-15T12:00:00Z</updated>
  <link href="http://example.org" />
  <link rel="self" href="http://example.org/myfeed" />
  <entry>
    <id>http://www.example.org/entries/1</id>
    <title>Atom 1.0</title>
    <updated>2005-07-15T12:00:00Z</updated>
    <link href="http://www.example.org/entries/1" />
    <summary>An overview of Atom 1.0</summary>
    <link rel="enclosure" href="" length="0" />
    <content type="xhtml">Test</content>
  </entry>
</feed>)",
                        "https://example.org/");
  ASSERT_EQ(feed.items.size(), 1u);
  EXPECT_EQ(feed.items[0].link, "http://www.example.org/entries/1");
  EXPECT_EQ(feed.items[0].content_html, "Test");
}

// TestParseEntryWithPublished and TestParseEntryWithPublishedAndUpdated.
TEST(MinifluxAtom10, EntryWithPublishedAndUpdated) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Example Feed</title>
  <link href="http://example.org/"/>
  <entry>
    <link href="http://example.org/2003/12/13/atom03"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <published>2003-12-13T18:30:02Z</published>
    <summary>Some text.</summary>
  </entry>
  <entry>
    <link href="http://example.org/2003/12/13/atom03"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <published>2002-11-12T18:30:02Z</published>
    <updated>2003-12-13T18:30:02Z</updated>
    <summary>Some text.</summary>
  </entry>
</feed>)",
                        "https://example.org/");
  ASSERT_EQ(feed.items.size(), 2u);
  EXPECT_EQ(feed.items[0].published, "2003-12-13T18:30:02Z");
  EXPECT_EQ(Iso(feed.items[0].published_at), "2003-12-13T18:30:02Z");
  EXPECT_FALSE(feed.items[0].updated_at);
  EXPECT_EQ(Iso(feed.items[1].published_at), "2002-11-12T18:30:02Z");
  EXPECT_EQ(Iso(feed.items[1].updated_at), "2003-12-13T18:30:02Z");
}

TEST(MinifluxAtom10, InvalidXml) { ExpectNotAFeed("garbage", "https://example.org/"); }

// TestParseTitleWithSingleQuote, ...WithEncodedSingleQuote, ...WithSingleQuoteAndHTMLType
// and TestParseWithHTMLEntity.
TEST(MinifluxAtom10, FeedTitlesWithQuotesAndEntities) {
  struct Case {
    std::string_view title_element;
    std::string_view title;
  };
  for (const Case& c : {
           Case{"<title>' or ’</title>", "' or ’"},
           Case{R"(<title type="html">Test&#39;s Blog</title>)", "Test's Blog"},
           Case{R"(<title type="html">O’Hara</title>)", "O’Hara"},
           Case{"<title>Example &nbsp; Feed</title>", "Example Feed"},
       }) {
    Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  )" + std::string(c.title_element) +
                              R"(
  <link href="http://example.org/"/>
</feed>
)",
                          "https://example.org/");
    EXPECT_EQ(feed.title, std::string(c.title)) << c.title_element;
  }
}

TEST(MinifluxAtom10, LinkWithInvalidCharacterEntity) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Example Feed</title>
  <link href="http://example.org/a&b"/>
</feed>
)",
                        "https://example.org/");
  EXPECT_EQ(feed.link, "http://example.org/a&b");
  EXPECT_EQ(feed.title, "Example Feed");
}

// A YouTube-style entry whose text is only in media:group's media:description: that is
// the summary. (Miniflux turns its text into HTML with a <br> and a link.)
TEST(MinifluxAtom10, MediaGroupDescription) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">
  <id>https://www.example.org/myfeed</id>
  <title>My Video Feed</title>
  <updated>2005-07-15T12:00:00Z</updated>
  <link href="https://example.org" />
  <link rel="self" href="https://example.org/myfeed" />
  <entry>
    <id>https://www.example.org/entries/1</id>
    <title>Some Video</title>
    <updated>2005-07-15T12:00:00Z</updated>
    <link href="https://www.example.org/entries/1" />
    <media:group>
      <media:title>Another title</media:title>
      <media:content url="https://www.youtube.com/v/abcd" type="application/x-shockwave-flash" width="640" height="390"/>
      <media:content url="   /v/efg  " type="application/x-shockwave-flash" width="640" height="390"/>
      <media:content url="     " type="application/x-shockwave-flash" width="640" height="390"/>
      <media:thumbnail url="https://www.example.org/duplicate-thumbnail.jpg" width="480" height="360"/>
      <media:thumbnail url="https://www.example.org/duplicate-thumbnail.jpg" width="480" height="360"/>
      <media:thumbnail url=" /thumbnail2.jpg   " width="480" height="360"/>
      <media:thumbnail url="    " width="480" height="360"/>
      <media:description>Some description
A website: http://example.org/</media:description>
    </media:group>
  </entry>
</feed>)",
                        "https://example.org/");
  ASSERT_EQ(feed.items.size(), 1u);
  const FeedItem& item = feed.items[0];
  EXPECT_EQ(item.title, "Some Video");
  EXPECT_EQ(item.link, "https://www.example.org/entries/1");
  EXPECT_TRUE(item.summary.starts_with("Some description")) << item.summary;
  EXPECT_NE(item.summary.find("A website: http://example.org/"), std::string::npos) << item.summary;
}

// The same with the media elements straight in the entry.
TEST(MinifluxAtom10, MediaElementsDescription) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">
  <id>https://www.example.org/myfeed</id>
  <title>My Video Feed</title>
  <updated>2005-07-15T12:00:00Z</updated>
  <link href="https://example.org" />
  <link rel="self" href="https://example.org/myfeed" />
  <entry>
    <id>https://www.example.org/entries/1</id>
    <title>Some Video</title>
    <updated>2005-07-15T12:00:00Z</updated>
    <link href="https://www.example.org/entries/1" />
    <media:title>Another title</media:title>
    <media:content url="https://www.youtube.com/v/abcd" type="application/x-shockwave-flash" width="640" height="390"/>
    <media:content url="   /relative/media.mp4   " type="application/x-shockwave-flash" width="640" height="390"/>
    <media:content url="      " type="application/x-shockwave-flash" width="640" height="390"/>
    <media:thumbnail url="https://example.org/duplicated-thumbnail.jpg" width="480" height="360"/>
    <media:thumbnail url="  https://example.org/duplicated-thumbnail.jpg  " width="480" height="360"/>
    <media:thumbnail url="    " width="480" height="360"/>
    <media:peerLink type="application/x-bittorrent" href="   http://www.example.org/sampleFile.torrent   " />
    <media:peerLink type="application/x-bittorrent" href=" /sampleFile2.torrent" />
    <media:peerLink type="application/x-bittorrent" href=" " />
    <media:description>Some description
A website: http://example.org/</media:description>
  </entry>
</feed>)",
                        "https://example.org/");
  ASSERT_EQ(feed.items.size(), 1u);
  const FeedItem& item = feed.items[0];
  EXPECT_EQ(item.title, "Some Video");
  EXPECT_EQ(item.link, "https://www.example.org/entries/1");
  EXPECT_TRUE(item.summary.starts_with("Some description")) << item.summary;
}

// TestParseRepliesLinkRelationWithHTMLType: rel="replies" links are never the page.
TEST(MinifluxAtom10, RepliesLinksAreNotThePage) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"
  xmlns:thr="http://purl.org/syndication/thread/1.0">
<id>http://www.example.org/myfeed</id>
<title>My Example Feed</title>
<updated>2005-07-28T12:00:00Z</updated>
<link href="http://www.example.org/myfeed" />
<author><name>James</name></author>
<entry>
  <id>tag:entries.com,2005:1</id>
  <title>My original entry</title>
  <updated>2006-03-01T12:12:12Z</updated>
  <link href="http://www.example.org/entries/1" />
  <link rel="replies"
    type="application/atom+xml"
    href="http://www.example.org/mycommentsfeed.xml"
    thr:count="10" thr:updated="2005-07-28T12:10:00Z" />
  <link rel="replies"
    type="text/html"
    href="http://www.example.org/comments.html"
    thr:count="10" thr:updated="2005-07-28T12:10:00Z" />
  <summary>This is my original entry</summary>
</entry>
</feed>)",
                        "https://example.org/");
  ASSERT_EQ(feed.items.size(), 1u);
  const FeedItem& item = feed.items[0];
  EXPECT_EQ(item.id, "tag:entries.com,2005:1");
  EXPECT_EQ(item.link, "http://www.example.org/entries/1");
  EXPECT_EQ(item.author, "James");
  EXPECT_EQ(item.summary, "This is my original entry");
  EXPECT_EQ(Iso(item.updated_at), "2006-03-01T12:12:12Z");
}

// Miniflux takes an http id as the URL and falls back to the site for the rest; corpusd
// links neither: an entry without a link element has no link.
TEST(MinifluxAtom10, EntryWithIdAsUrl) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Example Feed</title>
  <link href="http://example.org/"/>
  <link href="http://example.org/atom" rel="self"/>
  <entry>
    <id>http://www.example.org/entries/1</id>
  </entry>
  <entry>
    <id>mailto:john.doe@example.org</id>
  </entry>
</feed>)",
                        "https://example.org/");
  ASSERT_EQ(feed.items.size(), 2u);
  EXPECT_EQ(feed.items[0].id, "http://www.example.org/entries/1");
  EXPECT_EQ(feed.items[0].link, "");
  EXPECT_EQ(feed.items[1].id, "mailto:john.doe@example.org");
  EXPECT_EQ(feed.items[1].link, "");
}

// xml:lang as written (Miniflux lowercases it).
TEST(MinifluxAtom10, FeedWithAndWithoutLanguage) {
  Feed with = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr-CA">
  <title>Example Feed</title>
  <link href="http://example.org/"/>
  <updated>2003-12-13T18:30:02Z</updated>
  <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
</feed>)",
                        "http://example.org/feed.xml");
  EXPECT_EQ(with.language, "fr-CA");

  Feed without = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Example Feed</title>
  <link href="http://example.org/"/>
  <updated>2003-12-13T18:30:02Z</updated>
  <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
</feed>)",
                           "http://example.org/feed.xml");
  EXPECT_EQ(without.language, "");
}

// --- internal/reader/atom/atom_03_test.go --------------------------------------------

TEST(MinifluxAtom03, Atom03Sample) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<feed version="0.3" xmlns="http://purl.org/atom/ns#">
  <title>dive into mark</title>
  <link rel="alternate" type="text/html" href="http://diveintomark.org/"/>
  <modified>2003-12-13T18:30:02Z</modified>
  <author><name>Mark Pilgrim</name></author>
  <entry>
    <title>Atom 0.3 snapshot</title>
    <link rel="alternate" type="text/html" href="http://diveintomark.org/2003/12/13/atom03"/>
    <id>tag:diveintomark.org,2003:3.2397</id>
    <issued>2003-12-13T08:29:29-04:00</issued>
    <modified>2003-12-13T18:30:02Z</modified>
    <summary type="text/plain">It&apos;s a test</summary>
    <content type="text/html" mode="escaped"><![CDATA[<p>HTML content</p>]]></content>
  </entry>
</feed>)",
                        "http://diveintomark.org/");
  EXPECT_EQ(feed.format, "atom0.3");
  EXPECT_EQ(feed.title, "dive into mark");
  EXPECT_EQ(feed.link, "http://diveintomark.org/");
  ASSERT_EQ(feed.items.size(), 1u);
  const FeedItem& item = feed.items[0];
  EXPECT_EQ(item.id, "tag:diveintomark.org,2003:3.2397");
  EXPECT_EQ(item.title, "Atom 0.3 snapshot");
  EXPECT_EQ(item.link, "http://diveintomark.org/2003/12/13/atom03");
  EXPECT_EQ(item.author, "Mark Pilgrim");
  EXPECT_EQ(item.published, "2003-12-13T08:29:29-04:00");
  EXPECT_EQ(Iso(item.published_at), "2003-12-13T08:29:29-04:00");  // not moved to UTC
  EXPECT_EQ(Iso(item.updated_at), "2003-12-13T18:30:02Z");
  EXPECT_EQ(item.summary, "It's a test");
  EXPECT_EQ(item.content_html, "<p>HTML content</p>");
}

TEST(MinifluxAtom03, WithoutFeedTitle) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<feed version="0.3" xmlns="http://purl.org/atom/ns#">
  <link rel="alternate" type="text/html" href="http://diveintomark.org/"/>
  <modified>2003-12-13T18:30:02Z</modified>
  <author><name>Mark Pilgrim</name></author>
  <entry>
    <title>Atom 0.3 snapshot</title>
    <link rel="alternate" type="text/html" href="http://diveintomark.org/2003/12/13/atom03"/>
    <id>tag:diveintomark.org,2003:3.2397</id>
  </entry>
</feed>)",
                        "http://diveintomark.org/");
  EXPECT_EQ(feed.title, "");
  EXPECT_EQ(feed.link, "http://diveintomark.org/");
  ASSERT_EQ(feed.items.size(), 1u);
  EXPECT_EQ(feed.items[0].title, "Atom 0.3 snapshot");
}

TEST(MinifluxAtom03, WithoutEntryTitleButWithLink) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<feed version="0.3" xmlns="http://purl.org/atom/ns#">
  <title>dive into mark</title>
  <link rel="alternate" type="text/html" href="http://diveintomark.org/"/>
  <modified>2003-12-13T18:30:02Z</modified>
  <author><name>Mark Pilgrim</name></author>
  <entry>
    <link rel="alternate" type="text/html" href="http://diveintomark.org/2003/12/13/atom03"/>
    <id>tag:diveintomark.org,2003:3.2397</id>
  </entry>
</feed>)",
                        "http://diveintomark.org/");
  ASSERT_EQ(feed.items.size(), 1u);
  EXPECT_EQ(feed.items[0].title, "");
  EXPECT_EQ(feed.items[0].link, "http://diveintomark.org/2003/12/13/atom03");
}

TEST(MinifluxAtom03, WithoutEntryTitleButWithSummary) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<feed version="0.3" xmlns="http://purl.org/atom/ns#">
  <title>dive into mark</title>
  <link rel="alternate" type="text/html" href="http://diveintomark.org/"/>
  <modified>2003-12-13T18:30:02Z</modified>
  <author><name>Mark Pilgrim</name></author>
  <entry>
    <link rel="alternate" type="text/html" href="http://diveintomark.org/2003/12/13/atom03"/>
    <id>tag:diveintomark.org,2003:3.2397</id>
    <summary type="text/plain">It&apos;s a test</summary>
  </entry>
</feed>)",
                        "http://diveintomark.org/");
  ASSERT_EQ(feed.items.size(), 1u);
  EXPECT_EQ(feed.items[0].title, "");
  EXPECT_EQ(feed.items[0].summary, "It's a test");
}

TEST(MinifluxAtom03, WithoutEntryTitleButWithXmlContent) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<feed version="0.3" xmlns="http://purl.org/atom/ns#">
  <title>dive into mark</title>
  <link rel="alternate" type="text/html" href="http://diveintomark.org/"/>
  <modified>2003-12-13T18:30:02Z</modified>
  <author><name>Mark Pilgrim</name></author>
  <entry>
    <link rel="alternate" type="text/html" href="http://diveintomark.org/2003/12/13/atom03"/>
    <id>tag:diveintomark.org,2003:3.2397</id>
    <content mode="xml" type="text/html"><p>Some text.</p></content>
  </entry>
</feed>)",
                        "http://diveintomark.org/");
  ASSERT_EQ(feed.items.size(), 1u);
  EXPECT_EQ(feed.items[0].title, "");
  EXPECT_EQ(feed.items[0].content_html, "<p>Some text.</p>");
}

// The summary is text as given (Miniflux escapes it: "It&#39;s a test").
TEST(MinifluxAtom03, WithSummaryOnly) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<feed version="0.3" xmlns="http://purl.org/atom/ns#">
  <title>dive into mark</title>
  <link rel="alternate" type="text/html" href="http://diveintomark.org/"/>
  <modified>2003-12-13T18:30:02Z</modified>
  <author><name>Mark Pilgrim</name></author>
  <entry>
    <title>Atom 0.3 snapshot</title>
    <link rel="alternate" type="text/html" href="http://diveintomark.org/2003/12/13/atom03"/>
    <id>tag:diveintomark.org,2003:3.2397</id>
    <issued>2003-12-13T08:29:29-04:00</issued>
    <modified>2003-12-13T18:30:02Z</modified>
    <summary type="text/plain">It&apos;s a test</summary>
  </entry>
</feed>)",
                        "http://diveintomark.org/");
  ASSERT_EQ(feed.items.size(), 1u);
  EXPECT_EQ(feed.items[0].summary, "It's a test");
  EXPECT_EQ(feed.items[0].content_html + feed.items[0].content_text, "");
}

TEST(MinifluxAtom03, WithXmlContent) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<feed version="0.3" xmlns="http://purl.org/atom/ns#">
  <title>dive into mark</title>
  <link rel="alternate" type="text/html" href="http://diveintomark.org/"/>
  <modified>2003-12-13T18:30:02Z</modified>
  <author><name>Mark Pilgrim</name></author>
  <entry>
    <title>Atom 0.3 snapshot</title>
    <link rel="alternate" type="text/html" href="http://diveintomark.org/2003/12/13/atom03"/>
    <id>tag:diveintomark.org,2003:3.2397</id>
    <issued>2003-12-13T08:29:29-04:00</issued>
    <modified>2003-12-13T18:30:02Z</modified>
    <content mode="xml" type="text/html"><p>Some text.</p></content>
  </entry>
</feed>)",
                        "http://diveintomark.org/");
  ASSERT_EQ(feed.items.size(), 1u);
  EXPECT_EQ(feed.items[0].content_html, "<p>Some text.</p>");
}

TEST(MinifluxAtom03, WithBase64Content) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<feed version="0.3" xmlns="http://purl.org/atom/ns#">
  <title>dive into mark</title>
  <link rel="alternate" type="text/html" href="http://diveintomark.org/"/>
  <modified>2003-12-13T18:30:02Z</modified>
  <author><name>Mark Pilgrim</name></author>
  <entry>
    <title>Atom 0.3 snapshot</title>
    <link rel="alternate" type="text/html" href="http://diveintomark.org/2003/12/13/atom03"/>
    <id>tag:diveintomark.org,2003:3.2397</id>
    <issued>2003-12-13T08:29:29-04:00</issued>
    <modified>2003-12-13T18:30:02Z</modified>
    <content mode="base64" type="text/html">PHA+U29tZSB0ZXh0LjwvcD4=</content>
  </entry>
</feed>)",
                        "http://diveintomark.org/");
  ASSERT_EQ(feed.items.size(), 1u);
  EXPECT_EQ(feed.items[0].content_html, "<p>Some text.</p>");
}

// --- internal/reader/rdf/parser_test.go ----------------------------------------------
//
// Not ported besides the above: dc:description and dc:title as the item's text and title
// and the channel's dc:creator as the items' author (not among corpusd's sources).

TEST(MinifluxRdf, RdfSample) {
  Feed feed = MustParse(R"(<?xml version="1.0"?>

<rdf:RDF
  xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
  xmlns="http://purl.org/rss/1.0/"
>

  <channel rdf:about="http://www.xml.com/xml/news.rss">
    <title>XML.com</title>
    <link>http://xml.com/pub</link>
    <description>
      XML.com features a rich mix of information and services
      for the XML community.
    </description>

    <image rdf:resource="http://xml.com/universal/images/xml_tiny.gif" />

    <items>
      <rdf:Seq>
        <rdf:li resource="http://xml.com/pub/2000/08/09/xslt/xslt.html" />
        <rdf:li resource="http://xml.com/pub/2000/08/09/rdfdb/index.html" />
      </rdf:Seq>
    </items>

    <textinput rdf:resource="http://search.xml.com" />

  </channel>

  <image rdf:about="http://xml.com/universal/images/xml_tiny.gif">
    <title>XML.com</title>
    <link>http://www.xml.com</link>
    <url>http://xml.com/universal/images/xml_tiny.gif</url>
  </image>

  <item rdf:about="http://xml.com/pub/2000/08/09/xslt/xslt.html">
    <title>Processing Inclusions with XSLT</title>
    <link>http://xml.com/pub/2000/08/09/xslt/xslt.html</link>
    <description>
     Processing document inclusions with general XML tools can be
     problematic. This article proposes a way of preserving inclusion
     information through SAX-based processing.
    </description>
  </item>

  <item rdf:about="http://xml.com/pub/2000/08/09/rdfdb/index.html">
    <title>Putting RDF to Work</title>
    <link>http://xml.com/pub/2000/08/09/rdfdb/index.html</link>
    <description>
     Tool and API support for the Resource Description Framework
     is slowly coming of age. Edd Dumbill takes a look at RDFDB,
     one of the most exciting new RDF toolkits.
    </description>
  </item>

  <textinput rdf:about="http://search.xml.com">
    <title>Search XML.com</title>
    <description>Search XML.com's XML collection</description>
    <name>s</name>
    <link>http://search.xml.com</link>
  </textinput>

</rdf:RDF>)",
                        "http://xml.com/pub/rdf.xml");
  EXPECT_EQ(feed.format, "rss1.0");
  EXPECT_EQ(feed.title, "XML.com");
  EXPECT_EQ(feed.link, "http://xml.com/pub");
  ASSERT_EQ(feed.items.size(), 2u);
  EXPECT_EQ(feed.items[0].id, "http://xml.com/pub/2000/08/09/xslt/xslt.html");
  const FeedItem& second = feed.items[1];
  EXPECT_EQ(second.id, "http://xml.com/pub/2000/08/09/rdfdb/index.html");
  EXPECT_EQ(second.link, "http://xml.com/pub/2000/08/09/rdfdb/index.html");
  EXPECT_EQ(second.title, "Putting RDF to Work");
  EXPECT_TRUE(second.summary.starts_with("Tool and API support")) << second.summary;
  // Miniflux dates an undated item now; corpusd leaves it undated.
  EXPECT_EQ(second.published, "");
  EXPECT_FALSE(second.published_at);
}

TEST(MinifluxRdf, RdfSampleWithDublinCore) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>

<rdf:RDF
  xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
  xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
  xmlns:co="http://purl.org/rss/1.0/modules/company/"
  xmlns:ti="http://purl.org/rss/1.0/modules/textinput/"
  xmlns="http://purl.org/rss/1.0/"
>

  <channel rdf:about="http://meerkat.oreillynet.com/?_fl=rss1.0">
    <title>Meerkat</title>
    <link>http://meerkat.oreillynet.com</link>
    <description>Meerkat: An Open Wire Service</description>
    <dc:publisher>The O'Reilly Network</dc:publisher>
    <dc:creator>Rael Dornfest (mailto:rael@oreilly.com)</dc:creator>
    <dc:rights>Copyright &#169; 2000 O'Reilly &amp; Associates, Inc.</dc:rights>
    <dc:date>2000-01-01T12:00+00:00</dc:date>
    <sy:updatePeriod>hourly</sy:updatePeriod>
    <sy:updateFrequency>2</sy:updateFrequency>
    <sy:updateBase>2000-01-01T12:00+00:00</sy:updateBase>

    <image rdf:resource="http://meerkat.oreillynet.com/icons/meerkat-powered.jpg" />

    <items>
      <rdf:Seq>
        <rdf:li resource="http://c.moreover.com/click/here.pl?r123" />
      </rdf:Seq>
    </items>

    <textinput rdf:resource="http://meerkat.oreillynet.com" />

  </channel>

  <image rdf:about="http://meerkat.oreillynet.com/icons/meerkat-powered.jpg">
    <title>Meerkat Powered!</title>
    <url>http://meerkat.oreillynet.com/icons/meerkat-powered.jpg</url>
    <link>http://meerkat.oreillynet.com</link>
  </image>

  <item rdf:about="http://c.moreover.com/click/here.pl?r123">
    <title>XML: A Disruptive Technology</title>
    <link>http://c.moreover.com/click/here.pl?r123</link>
    <dc:description>
      XML is placing increasingly heavy loads on the existing technical
      infrastructure of the Internet.
    </dc:description>
    <dc:publisher>The O'Reilly Network</dc:publisher>
    <dc:creator>Simon St.Laurent (mailto:simonstl@simonstl.com)</dc:creator>
    <dc:rights>Copyright &#169; 2000 O'Reilly &amp; Associates, Inc.</dc:rights>
    <dc:subject>XML</dc:subject>
    <co:name>XML.com</co:name>
    <co:market>NASDAQ</co:market>
    <co:symbol>XML</co:symbol>
  </item>

  <textinput rdf:about="http://meerkat.oreillynet.com">
    <title>Search Meerkat</title>
    <description>Search Meerkat's RSS Database...</description>
    <name>s</name>
    <link>http://meerkat.oreillynet.com/</link>
    <ti:function>search</ti:function>
    <ti:inputType>regex</ti:inputType>
  </textinput>

</rdf:RDF>)",
                        "http://meerkat.oreillynet.com/feed.rdf");
  EXPECT_EQ(feed.title, "Meerkat");
  EXPECT_EQ(feed.link, "http://meerkat.oreillynet.com/");
  ASSERT_EQ(feed.items.size(), 1u);
  const FeedItem& item = feed.items[0];
  EXPECT_EQ(item.id, "http://c.moreover.com/click/here.pl?r123");
  EXPECT_EQ(item.link, "http://c.moreover.com/click/here.pl?r123");
  EXPECT_EQ(item.title, "XML: A Disruptive Technology");
  EXPECT_EQ(item.author, "Simon St.Laurent");  // the name of "Name (mailto:email)"
  EXPECT_EQ(item.published, "");               // the channel's dc:date is not the item's
}

// TestParseRDFFeedWithEmptyTitle, ...WithEmptyLink and ...WithRelativeLink: Miniflux
// fills an empty title or link with the feed URL; corpusd leaves them empty.
TEST(MinifluxRdf, ChannelTitleAndLink) {
  Feed no_title = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF
  xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
  xmlns="http://purl.org/rss/1.0/">
  <channel>
    <link>http://example.org/item</link>
  </channel>
  <item>
    <title>Example</title>
    <link>http://example.org/item</link>
    <description>Test</description>
  </item>
</rdf:RDF>)",
                            "http://example.org/feed");
  EXPECT_EQ(no_title.title, "");
  EXPECT_EQ(no_title.link, "http://example.org/item");
  ASSERT_EQ(no_title.items.size(), 1u);
  EXPECT_EQ(no_title.items[0].summary, "Test");

  Feed no_link = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF
  xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
  xmlns="http://purl.org/rss/1.0/">
  <channel>
    <title>Example Feed</title>
  </channel>
  <item>
    <title>Example</title>
    <link>http://example.org/item</link>
    <description>Test</description>
  </item>
</rdf:RDF>)",
                           "http://example.org/feed");
  EXPECT_EQ(no_link.title, "Example Feed");
  EXPECT_EQ(no_link.link, "");

  Feed relative = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF
  xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
  xmlns="http://purl.org/rss/1.0/">
  <channel>
    <title>Example Feed</title>
    <link>/test/index.html</link>
  </channel>
  <item>
    <title>Example</title>
    <link>http://example.org/item</link>
    <description>Test</description>
  </item>
</rdf:RDF>)",
                            "http://example.org/feed");
  EXPECT_EQ(relative.link, "http://example.org/test/index.html");
}

// Miniflux links the item to the feed URL; corpusd has no link, and rdf:about is the id.
TEST(MinifluxRdf, ItemWithoutLink) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>

<rdf:RDF
  xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
  xmlns="http://purl.org/rss/1.0/"
>

  <channel rdf:about="http://meerkat.oreillynet.com/?_fl=rss1.0">
    <title>Meerkat</title>
    <link>http://meerkat.oreillynet.com</link>
  </channel>

  <item rdf:about="http://c.moreover.com/click/here.pl?r123">
    <title>Title</title>
    <description>Test</description>
  </item>
</rdf:RDF>)",
                        "http://meerkat.oreillynet.com");
  ASSERT_EQ(feed.items.size(), 1u);
  EXPECT_EQ(feed.items[0].link, "");
  EXPECT_EQ(feed.items[0].id, "http://c.moreover.com/click/here.pl?r123");
  EXPECT_EQ(FeedItemKey(feed.items[0]), "http://c.moreover.com/click/here.pl?r123");
}

// Miniflux resolves against the channel's link ("http://example.org/something.html");
// corpusd against the feed's own URL, and against the channel's link only without one.
TEST(MinifluxRdf, ItemRelativeUrl) {
  constexpr std::string_view kRdf = R"(<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
  <channel>
    <title>Example</title>
    <link>http://example.org</link>
  </channel>

  <item>
    <title>Title</title>
    <description>Test</description>
    <link>something.html</link>
  </item>
</rdf:RDF>)";
  Feed feed = MustParse(kRdf, "http://meerkat.oreillynet.com");
  ASSERT_EQ(feed.items.size(), 1u);
  EXPECT_EQ(feed.items[0].link, "http://meerkat.oreillynet.com/something.html");

  Feed without_url = MustParse(kRdf, "");
  ASSERT_EQ(without_url.items.size(), 1u);
  EXPECT_EQ(without_url.items[0].link, "http://example.org/something.html");
}

TEST(MinifluxRdf, FeedWithUrlWrappedInSpaces) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns:admin="http://webns.net/mvcb/" xmlns="http://purl.org/rss/1.0/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:prism="http://purl.org/rss/1.0/modules/prism/" xmlns:taxo="http://purl.org/rss/1.0/modules/taxonomy/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:syn="http://purl.org/rss/1.0/modules/syndication/">
<channel rdf:about="http://biorxiv.org">
  <title>bioRxiv Subject Collection: Bioengineering</title>
  <link>http://biorxiv.org</link>
  <description>
    This feed contains articles for bioRxiv Subject Collection "Bioengineering"
  </description>
  <items>
    <rdf:Seq>
      <rdf:li rdf:resource="http://biorxiv.org/cgi/content/short/857789v1?rss=1"/>
    </rdf:Seq>
  </items>
  <prism:eIssn/>
  <prism:publicationName>bioRxiv</prism:publicationName>
  <prism:issn/>
  <image rdf:resource=""/>
</channel>
<image rdf:about="">
  <title>bioRxiv</title>
  <url/>
  <link>http://biorxiv.org</link>
</image>
<item rdf:about="http://biorxiv.org/cgi/content/short/857789v1?rss=1">
  <title>
    <![CDATA[
    Microscale Collagen and Fibroblast Interactions Enhance Primary Human Hepatocyte Functions in 3-Dimensional Models
    ]]>
  </title>
  <link>
    http://biorxiv.org/cgi/content/short/857789v1?rss=1
  </link>
  <description><![CDATA[
  Human liver models that are 3-dimensional (3D) in architecture are proving to be indispensable for diverse applications, including compound metabolism and toxicity screening during preclinical drug development, to model human liver diseases for the discovery of novel therapeutics, and for cell-based therapies in the clinic; however, further development of such models is needed to maintain high levels of primary human hepatocyte (PHH) functions for weeks to months in vitro. Therefore, here we determined how microscale 3D collagen-I presentation and fibroblast interaction could affect the long-term functions of PHHs. High-throughput droplet microfluidics was utilized to rapidly generate reproducibly-sized (~300 micron diameter) microtissues containing PHHs encapsulated in collagen-I +/- supportive fibroblasts, namely 3T3-J2 murine embryonic fibroblasts or primary human hepatic stellate cells (HSCs); self-assembled spheroids and bulk collagen gels (macrogels) containing PHHs served as gold-standard controls. Hepatic functions (e.g. albumin and cytochrome-P450 or CYP activities) and gene expression were subsequently measured for up to 6 weeks. We found that collagen-based 3D microtissues rescued PHH functions within static multi-well plates at 2- to 30-fold higher levels than self-assembled spheroids or macrogels. Further coating of PHH microtissues with 3T3-J2s led to higher hepatic functions than when the two cell types were either coencapsulated together or when HSCs were used for the coating instead. Additionally, the 3T3-J2-coated PHH microtissues displayed 6+ weeks of relatively stable hepatic gene expression and function at levels similar to freshly thawed PHHs. Lastly, microtissues responded in a clinically-relevant manner to drug-mediated CYP induction or hepatotoxicity. In conclusion, fibroblast-coated collagen microtissues containing PHHs display hepatic functions for 6+ weeks without any fluid perfusion at higher levels than spheroids and macrogels, and such microtissues can be used to assess drug-mediated CYP induction and hepatotoxicity. Ultimately, microtissues may find broader utility for modeling liver diseases and as building blocks for cell-based therapies.
  ]]></description>
  <dc:creator><![CDATA[ Kukla, D., Crampton, A., Wood, D., Khetani, S. ]]></dc:creator>
  <dc:date>2019-11-29</dc:date>
  <dc:identifier>doi:10.1101/857789</dc:identifier>
  <dc:title><![CDATA[Microscale Collagen and Fibroblast Interactions Enhance Primary Human Hepatocyte Functions in 3-Dimensional Models]]></dc:title>
  <dc:publisher>Cold Spring Harbor Laboratory</dc:publisher>
  <prism:publicationDate>2019-11-29</prism:publicationDate>
  <prism:section></prism:section>
</item>
</rdf:RDF>)",
                        "http://biorxiv.org");
  EXPECT_EQ(feed.link, "http://biorxiv.org/");
  ASSERT_EQ(feed.items.size(), 1u);
  const FeedItem& item = feed.items[0];
  EXPECT_EQ(item.link, "http://biorxiv.org/cgi/content/short/857789v1?rss=1");
  EXPECT_EQ(item.id, "http://biorxiv.org/cgi/content/short/857789v1?rss=1");
  EXPECT_EQ(item.title,
            "Microscale Collagen and Fibroblast Interactions Enhance Primary Human Hepatocyte "
            "Functions in 3-Dimensional Models");
  EXPECT_EQ(item.author, "Kukla, D., Crampton, A., Wood, D., Khetani, S.");
  EXPECT_EQ(item.published, "2019-11-29");
  EXPECT_EQ(Iso(item.published_at), "2019-11-29");
  EXPECT_TRUE(item.summary.starts_with("Human liver models")) << item.summary;
}

// Miniflux titles it with the link; corpusd leaves it empty.
TEST(MinifluxRdf, ItemWithEmptyTitleElement) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF
  xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
  xmlns="http://purl.org/rss/1.0/">
  <channel>
    <title>Example Feed</title>
    <link>http://example.org/</link>
  </channel>
  <item>
    <title> </title>
    <link>http://example.org/item</link>
    <description>Test</description>
  </item>
</rdf:RDF>)",
                        "http://example.org/");
  ASSERT_EQ(feed.items.size(), 1u);
  EXPECT_EQ(feed.items[0].title, "");
  EXPECT_EQ(feed.items[0].link, "http://example.org/item");
}

TEST(MinifluxRdf, ItemWithDuplicateTitleElement) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF
  xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
  xmlns="http://purl.org/rss/1.0/"
  xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>Example Feed</title>
    <link>http://example.org/</link>
  </channel>
  <item>
    <title>Item Title</title>
    <dc:title/>
    <link>http://example.org/</link>
    <description>Test</description>
  </item>
</rdf:RDF>)",
                        "http://example.org/");
  ASSERT_EQ(feed.items.size(), 1u);
  EXPECT_EQ(feed.items[0].title, "Item Title");
}

TEST(MinifluxRdf, ItemWithEncodedHtmlTitle) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
  <channel>
    <title>Example</title>
    <link>http://example.org</link>
  </channel>

  <item>
    <title>AT&amp;amp;T</title>
    <description>Test</description>
    <link>http://example.org/test.html</link>
  </item>
</rdf:RDF>)",
                        "http://example.org");
  ASSERT_EQ(feed.items.size(), 1u);
  EXPECT_EQ(feed.items[0].title, "AT&T");
}

TEST(MinifluxRdf, WithContentEncoded) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF
  xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
  xmlns="http://purl.org/rss/1.0/"
  xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>Example Feed</title>
    <link>http://example.org/</link>
  </channel>
  <item>
    <title>Item Title</title>
    <link>http://example.org/</link>
    <content:encoded><![CDATA[<p>Test</p>]]></content:encoded>
  </item>
</rdf:RDF>)",
                        "http://example.org/");
  ASSERT_EQ(feed.items.size(), 1u);
  EXPECT_EQ(feed.items[0].content_html, "<p>Test</p>");
  EXPECT_EQ(feed.items[0].summary, "");
}

TEST(MinifluxRdf, WithEncodedHtmlDescription) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF
  xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
  xmlns="http://purl.org/rss/1.0/"
  xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>Example Feed</title>
    <link>http://example.org/</link>
  </channel>
  <item>
    <title>Item Title</title>
    <link>http://example.org/</link>
    <description>AT&amp;amp;T &lt;img src="https://example.org/img.png"&gt;&lt;/a&gt;</description>
  </item>
</rdf:RDF>)",
                        "http://example.org/");
  ASSERT_EQ(feed.items.size(), 1u);
  EXPECT_EQ(feed.items[0].summary, R"(AT&amp;T <img src="https://example.org/img.png"></a>)");
}

// TestParseItemWithDublicCoreDate (sic).
TEST(MinifluxRdf, ItemWithDublinCoreDate) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:slash="http://purl.org/rss/1.0/modules/slash/">
  <channel>
    <title>Example</title>
    <link>http://example.org</link>
  </channel>

  <item>
    <title>Title</title>
    <description>Test</description>
    <link>http://example.org/test.html</link>
    <dc:creator>Tester</dc:creator>
    <dc:date>2018-04-10T05:00:00+00:00</dc:date>
  </item>
</rdf:RDF>)",
                        "http://example.org");
  ASSERT_EQ(feed.items.size(), 1u);
  EXPECT_EQ(feed.items[0].author, "Tester");
  EXPECT_EQ(feed.items[0].published, "2018-04-10T05:00:00+00:00");
  EXPECT_EQ(Iso(feed.items[0].published_at), "2018-04-10T05:00:00+00:00");
}

// Miniflux finds no date in "20-04-10T05:00:00+00:00" and dates the item now. Whether
// NormalizeDate should read it (day-first with a two-digit year: 2010-04-20) is not
// asserted; the string is kept as written either way.
TEST(MinifluxRdf, ItemWithInvalidDublinCoreDate) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:slash="http://purl.org/rss/1.0/modules/slash/">
  <channel>
    <title>Example</title>
    <link>http://example.org</link>
  </channel>

  <item>
    <title>Title</title>
    <description>Test</description>
    <link>http://example.org/test.html</link>
    <dc:creator>Tester</dc:creator>
    <dc:date>20-04-10T05:00:00+00:00</dc:date>
  </item>
</rdf:RDF>)",
                        "http://example.org");
  ASSERT_EQ(feed.items.size(), 1u);
  EXPECT_EQ(feed.items[0].published, "20-04-10T05:00:00+00:00");
}

// Both names are kept (whether the escaped <a> tags around them are taken out of the
// author is not asserted; Miniflux takes them out).
TEST(MinifluxRdf, ItemWithEncodedHtmlInDcCreatorField) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:slash="http://purl.org/rss/1.0/modules/slash/">
  <channel>
    <title>Example</title>
    <link>http://example.org</link>
  </channel>

  <item>
    <title>Title</title>
    <description>Test</description>
    <link>http://example.org/test.html</link>
    <dc:creator>&lt;a href=&quot;http://example.org/author1&quot;>Author 1&lt;/a&gt; (University 1), &lt;a href=&quot;http://example.org/author2&quot;>Author 2&lt;/a&gt; (University 2)</dc:creator>
    <dc:date>2018-04-10T05:00:00+00:00</dc:date>
  </item>
</rdf:RDF>)",
                        "http://example.org");
  ASSERT_EQ(feed.items.size(), 1u);
  const std::string& author = feed.items[0].author;
  EXPECT_NE(author.find("Author 1"), std::string::npos) << author;
  EXPECT_NE(author.find("Author 2 (University 2)"), std::string::npos) << author;
}

TEST(MinifluxRdf, InvalidXml) { ExpectNotAFeed("garbage", "http://example.org"); }

// TestParseFeedWithHTMLEntity and TestParseFeedWithInvalidCharacterEntity.
TEST(MinifluxRdf, FeedWithHtmlEntityOrBareAmpersand) {
  Feed entity = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
  <channel>
    <title>Example &nbsp; Feed</title>
    <link>http://example.org</link>
  </channel>
</rdf:RDF>)",
                          "http://example.org");
  EXPECT_EQ(entity.format, "rss1.0");
  EXPECT_EQ(entity.title, "Example Feed");

  Feed ampersand = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
  <channel>
    <title>Example Feed</title>
    <link>http://example.org/a&b</link>
  </channel>
</rdf:RDF>)",
                             "http://example.org");
  EXPECT_EQ(ampersand.link, "http://example.org/a&b");
}

// --- internal/reader/json/parser_test.go ---------------------------------------------
//
// Not ported besides the above: feed_url, icon and favicon, attachments and tags.

TEST(MinifluxJson, JsonFeedVersion1) {
  Feed feed = MustParse(R"({
  "version": "https://jsonfeed.org/version/1",
  "title": "My Example Feed",
  "icon": "https://micro.blog/jsonfeed/avatar.jpg",
  "favicon": "https://micro.blog/jsonfeed/favicon.png",
  "home_page_url": "https://example.org/",
  "feed_url": "https://example.org/feed.json",
  "items": [
    {
      "id": "2",
      "content_text": "This is a second item.",
      "url": "https://example.org/second-item"
    },
    {
      "id": "1",
      "content_html": "<p>Hello, world!</p>",
      "url": "https://example.org/initial-post"
    }
  ]
})",
                        "https://example.org/feed.json");
  EXPECT_EQ(feed.format, "jsonfeed1.0");
  EXPECT_EQ(feed.title, "My Example Feed");
  EXPECT_EQ(feed.link, "https://example.org/");
  ASSERT_EQ(feed.items.size(), 2u);
  // Miniflux titles both items with their text; corpusd leaves the titles empty.
  EXPECT_EQ(feed.items[0].id, "2");
  EXPECT_EQ(feed.items[0].link, "https://example.org/second-item");
  EXPECT_EQ(feed.items[0].title, "");
  EXPECT_EQ(feed.items[0].content_text, "This is a second item.");
  EXPECT_EQ(feed.items[0].content_html, "");
  EXPECT_EQ(feed.items[1].id, "1");
  EXPECT_EQ(feed.items[1].link, "https://example.org/initial-post");
  EXPECT_EQ(feed.items[1].content_html, "<p>Hello, world!</p>");
  EXPECT_EQ(feed.items[1].content_text, "");
}

TEST(MinifluxJson, Podcast) {
  Feed feed = MustParse(R"({
  "version": "https://jsonfeed.org/version/1",
  "user_comment": "This is a podcast feed. You can add this feed to your podcast client using the following URL: http://therecord.co/feed.json",
  "title": "The Record",
  "home_page_url": "http://therecord.co/",
  "feed_url": "http://therecord.co/feed.json",
  "items": [
    {
      "id": "http://therecord.co/chris-parrish",
      "title": "Special #1 - Chris Parrish",
      "url": "http://therecord.co/chris-parrish",
      "content_text": "Chris has worked at Adobe and as a founder of Rogue Sheep, which won an Apple Design Award for Postage. Chris’s new company is Aged & Distilled with Guy English — which shipped Napkin, a Mac app for visual collaboration. Chris is also the co-host of The Record. He lives on Bainbridge Island, a quick ferry ride from Seattle.",
      "content_html": "Chris has worked at <a href=\"http://adobe.com/\">Adobe</a> and as a founder of Rogue Sheep, which won an Apple Design Award for Postage. Chris’s new company is Aged & Distilled with Guy English — which shipped <a href=\"http://aged-and-distilled.com/napkin/\">Napkin</a>, a Mac app for visual collaboration. Chris is also the co-host of The Record. He lives on <a href=\"http://www.ci.bainbridge-isl.wa.us/\">Bainbridge Island</a>, a quick ferry ride from Seattle.",
      "summary": "Brent interviews Chris Parrish, co-host of The Record and one-half of Aged & Distilled.",
      "date_published": "2014-05-09T14:04:00-07:00",
      "attachments": [
        {
          "url": "http://therecord.co/downloads/The-Record-sp1e1-ChrisParrish.m4a",
          "mime_type": "audio/x-m4a",
          "size_in_bytes": 89970236,
          "duration_in_seconds": 6629
        }
      ]
    }
  ]
})",
                        "http://therecord.co/feed.json");
  EXPECT_EQ(feed.title, "The Record");
  EXPECT_EQ(feed.link, "http://therecord.co/");
  ASSERT_EQ(feed.items.size(), 1u);
  const FeedItem& item = feed.items[0];
  EXPECT_EQ(item.id, "http://therecord.co/chris-parrish");
  EXPECT_EQ(item.link, "http://therecord.co/chris-parrish");
  EXPECT_EQ(item.title, "Special #1 - Chris Parrish");
  EXPECT_TRUE(
      item.content_html.starts_with(R"(Chris has worked at <a href="http://adobe.com/">Adobe</a>)"))
      << item.content_html;
  EXPECT_NE(item.content_html.find("Chris’s new company is Aged & Distilled with Guy English — "),
            std::string::npos);
  EXPECT_TRUE(item.content_text.starts_with("Chris has worked at Adobe and as a founder"))
      << item.content_text;
  EXPECT_EQ(item.summary,
            "Brent interviews Chris Parrish, co-host of The Record and one-half of Aged & "
            "Distilled.");
  EXPECT_EQ(item.published, "2014-05-09T14:04:00-07:00");
  EXPECT_EQ(Iso(item.published_at), "2014-05-09T14:04:00-07:00");  // not moved to UTC
}

// TestParseFeedSiteURLWithTrailingSpace and TestParseFeedWithRelativeSiteURL.
TEST(MinifluxJson, SiteUrlWithTrailingSpaceOrRelative) {
  Feed trailing = MustParse(R"({
  "version": "https://jsonfeed.org/version/1",
  "title": "My Example Feed",
  "home_page_url": "https://example.org/ ",
  "feed_url": "https://example.org/feed.json",
  "items": []
})",
                            "https://example.org/feed.json");
  EXPECT_EQ(trailing.link, "https://example.org/");
  EXPECT_TRUE(trailing.items.empty());

  Feed relative = MustParse(R"({
  "version": "https://jsonfeed.org/version/1",
  "title": "My Example Feed",
  "home_page_url": "/home ",
  "feed_url": "https://example.org/feed.json",
  "items": []
})",
                            "https://example.org/feed.json");
  EXPECT_EQ(relative.link, "https://example.org/home");
}

// TestParseFeedWithoutTitle, ...WithoutHomePage and ...WithoutFeedURL: Miniflux fills
// the title and the site URL from the URLs it has; corpusd leaves them empty.
TEST(MinifluxJson, FeedWithoutTitleOrHomePage) {
  Feed no_title = MustParse(R"({
  "version": "https://jsonfeed.org/version/1",
  "home_page_url": "https://example.org/",
  "feed_url": "https://example.org/feed.json",
  "items": [
    {
      "id": "2347259",
      "url": "https://example.org/2347259",
      "content_text": "Cats are neat. \n\nhttps://example.org/cats",
      "date_published": "2016-02-09T14:22:00-07:00"
    }
  ]
})",
                            "https://example.org/feed.json");
  EXPECT_EQ(no_title.title, "");
  EXPECT_EQ(no_title.link, "https://example.org/");
  ASSERT_EQ(no_title.items.size(), 1u);
  EXPECT_EQ(no_title.items[0].content_text, "Cats are neat. \n\nhttps://example.org/cats");
  EXPECT_EQ(Iso(no_title.items[0].published_at), "2016-02-09T14:22:00-07:00");

  Feed no_home_page = MustParse(R"({
  "version": "https://jsonfeed.org/version/1",
  "feed_url": "https://example.org/feed.json",
  "title": "Some test",
  "items": [
    {
      "id": "2347259",
      "url": "https://example.org/2347259",
      "content_text": "Cats are neat. \n\nhttps://example.org/cats",
      "date_published": "2016-02-09T14:22:00-07:00"
    }
  ]
})",
                                "https://example.org/feed.json");
  EXPECT_EQ(no_home_page.title, "Some test");
  EXPECT_EQ(no_home_page.link, "");

  Feed no_feed_url = MustParse(R"({
  "version": "https://jsonfeed.org/version/1",
  "title": "Some test",
  "items": [
    {
      "id": "2347259",
      "url": "https://example.org/2347259",
      "content_text": "Cats are neat. \n\nhttps://example.org/cats",
      "date_published": "2016-02-09T14:22:00-07:00"
    }
  ]
})",
                               "https://example.org/feed.json");
  EXPECT_EQ(no_feed_url.link, "");
  ASSERT_EQ(no_feed_url.items.size(), 1u);
  EXPECT_EQ(no_feed_url.items[0].link, "https://example.org/2347259");
}

TEST(MinifluxJson, ItemWithRelativeUrl) {
  Feed feed = MustParse(R"({
  "version": "https://jsonfeed.org/version/1",
  "title": "Example",
  "home_page_url": "https://example.org/",
  "feed_url": "https://example.org/feed.json",
  "items": [
    {
      "id": "2347259",
      "url": "something.html",
      "date_published": "2016-02-09T14:22:00-07:00"
    }
  ]
})",
                        "https://example.org/feed.json");
  ASSERT_EQ(feed.items.size(), 1u);
  EXPECT_EQ(feed.items[0].link, "https://example.org/something.html");
}

// Version 1's feed-level "author" object.
TEST(MinifluxJson, ItemWithLegacyAuthorField) {
  Feed feed = MustParse(R"({
  "version": "https://jsonfeed.org/version/1",
  "user_comment": "This is a microblog feed. You can add this to your feed reader using the following URL: https://example.org/feed.json",
  "title": "Brent Simmons’s Microblog",
  "home_page_url": "https://example.org/",
  "feed_url": "https://example.org/feed.json",
  "author": {
    "name": "Brent Simmons",
    "url": "http://example.org/",
    "avatar": "https://example.org/avatar.png"
  },
  "items": [
    {
      "id": "2347259",
      "url": "https://example.org/2347259",
      "content_text": "Cats are neat. \n\nhttps://example.org/cats",
      "date_published": "2016-02-09T14:22:00-07:00"
    }
  ]
})",
                        "https://example.org/feed.json");
  EXPECT_EQ(feed.title, "Brent Simmons’s Microblog");
  ASSERT_EQ(feed.items.size(), 1u);
  EXPECT_EQ(feed.items[0].author, "Brent Simmons");
}

// Version 1.1's "authors" array, when there is one, is read instead of the deprecated
// "author" object (Miniflux joins both: "Brent Simmons, Deprecated Author Field").
TEST(MinifluxJson, ItemWithMultipleAuthorFields) {
  Feed feed = MustParse(R"({
  "version": "https://jsonfeed.org/version/1.1",
  "user_comment": "This is a microblog feed. You can add this to your feed reader using the following URL: https://example.org/feed.json",
  "title": "Brent Simmons’s Microblog",
  "home_page_url": "https://example.org/",
  "feed_url": "https://example.org/feed.json",
  "author": {
    "name": "Deprecated Author Field",
    "url": "http://example.org/",
    "avatar": "https://example.org/avatar.png"
  },
  "authors": [
    {
      "name": "Brent Simmons",
      "url": "http://example.org/",
      "avatar": "https://example.org/avatar.png"
    }
  ],
  "items": [
    {
      "id": "2347259",
      "url": "https://example.org/2347259",
      "content_text": "Cats are neat. \n\nhttps://example.org/cats",
      "date_published": "2016-02-09T14:22:00-07:00"
    }
  ]
})",
                        "https://example.org/feed.json");
  EXPECT_EQ(feed.format, "jsonfeed1.1");
  ASSERT_EQ(feed.items.size(), 1u);
  EXPECT_EQ(feed.items[0].author, "Brent Simmons");
}

// Miniflux sorts and de-duplicates ("Author A, Author B"); only that both names are
// there is asserted.
TEST(MinifluxJson, ItemWithMultipleDuplicateAuthors) {
  Feed feed = MustParse(R"({
  "version": "https://jsonfeed.org/version/1.1",
  "title": "Example",
  "home_page_url": "https://example.org/",
  "feed_url": "https://example.org/feed.json",
  "items": [
    {
      "id": "2347259",
      "url": "https://example.org/2347259",
      "content_text": "Cats are neat. \n\nhttps://example.org/cats",
      "date_published": "2016-02-09T14:22:00-07:00",
      "authors": [
        {
          "name": "Author B",
          "url": "http://example.org/",
          "avatar": "https://example.org/avatar.png"
        },
        {
          "name": "Author A",
          "url": "http://example.org/",
          "avatar": "https://example.org/avatar.png"
        },
        {
          "name": "Author B",
          "url": "http://example.org/",
          "avatar": "https://example.org/avatar.png"
        }
      ]
    }
  ]
})",
                        "https://example.org/feed.json");
  ASSERT_EQ(feed.items.size(), 1u);
  const std::string& author = feed.items[0].author;
  EXPECT_NE(author.find("Author A"), std::string::npos) << author;
  EXPECT_NE(author.find("Author B"), std::string::npos) << author;
}

// Miniflux dates the item now; corpusd keeps the string and reads no date.
TEST(MinifluxJson, ItemWithInvalidDate) {
  Feed feed = MustParse(R"({
  "version": "https://jsonfeed.org/version/1",
  "title": "My Example Feed",
  "home_page_url": "https://example.org/",
  "feed_url": "https://example.org/feed.json",
  "items": [
    {
      "id": "2347259",
      "url": "https://example.org/2347259",
      "content_text": "Cats are neat. \n\nhttps://example.org/cats",
      "date_published": "Tomorrow"
    }
  ]
})",
                        "https://example.org/feed.json");
  ASSERT_EQ(feed.items.size(), 1u);
  EXPECT_EQ(feed.items[0].published, "Tomorrow");
  EXPECT_FALSE(feed.items[0].published_at);
}

// TestParseItemWithoutTitleButWithURL and ...WithSummary: Miniflux titles such items
// with the URL or the summary; corpusd leaves the title empty.
TEST(MinifluxJson, ItemWithoutTitleButWithUrlOrSummary) {
  Feed with_url = MustParse(R"({
  "version": "https://jsonfeed.org/version/1",
  "title": "My Example Feed",
  "home_page_url": "https://example.org/",
  "feed_url": "https://example.org/feed.json",
  "items": [
    {
      "url": "https://example.org/item"
    }
  ]
})",
                            "https://example.org/feed.json");
  ASSERT_EQ(with_url.items.size(), 1u);
  EXPECT_EQ(with_url.items[0].title, "");
  EXPECT_EQ(with_url.items[0].link, "https://example.org/item");
  EXPECT_EQ(with_url.items[0].id, "");

  Feed with_summary = MustParse(R"({
  "version": "https://jsonfeed.org/version/1",
  "title": "My Example Feed",
  "home_page_url": "https://example.org/",
  "feed_url": "https://example.org/feed.json",
  "items": [
    {
      "summary": "This is some text content."
    }
  ]
})",
                                "https://example.org/feed.json");
  ASSERT_EQ(with_summary.items.size(), 1u);
  EXPECT_EQ(with_summary.items[0].title, "");
  EXPECT_EQ(with_summary.items[0].summary, "This is some text content.");
}

// TestParseItemWithoutTitleButWithHTMLContent and ...WithTextContent: Miniflux titles
// them with the (truncated) text; corpusd leaves the title empty and the content whole.
TEST(MinifluxJson, ItemWithoutTitleButWithContent) {
  Feed html = MustParse(R"({
  "version": "https://jsonfeed.org/version/1",
  "title": "My Example Feed",
  "home_page_url": "https://example.org/",
  "feed_url": "https://example.org/feed.json",
  "items": [
    {
      "content_html": "This is <strong>HTML</strong>."
    }
  ]
})",
                        "https://example.org/feed.json");
  ASSERT_EQ(html.items.size(), 1u);
  EXPECT_EQ(html.items[0].title, "");
  EXPECT_EQ(html.items[0].content_html, "This is <strong>HTML</strong>.");

  const std::string long_text(200, 'a');
  Feed text = MustParse(R"({
  "version": "https://jsonfeed.org/version/1",
  "title": "My Example Feed",
  "home_page_url": "https://example.org/",
  "feed_url": "https://example.org/feed.json",
  "items": [
    {
      "content_text": ")" + long_text +
                            R"("
    }
  ]
})",
                        "https://example.org/feed.json");
  ASSERT_EQ(text.items.size(), 1u);
  EXPECT_EQ(text.items[0].title, "");
  EXPECT_EQ(text.items[0].content_text, long_text);
}

// The title is kept whole (110 bytes, 93 code points, ending in a ZWJ emoji sequence).
TEST(MinifluxJson, ItemWithTooLongUnicodeTitle) {
  const std::string title =
      "I’m riding my electric bike and came across this castle. It’s called “Schloss "
      "Richmond”. \xF0\x9F\x9A\xB4\xE2\x80\x8D\xE2\x99\x82\xEF\xB8\x8F";
  ASSERT_EQ(title.size(), 110u);
  Feed feed = MustParse(R"({
  "version": "https://jsonfeed.org/version/1",
  "title": "My Example Feed",
  "home_page_url": "https://example.org/",
  "feed_url": "https://example.org/feed.json",
  "items": [
    {
      "title": ")" + title + R"("
    }
  ]
})",
                        "https://example.org/feed.json");
  ASSERT_EQ(feed.items.size(), 1u);
  EXPECT_EQ(feed.items[0].title, title);
}

// A JSON Feed title is plain text: "</example>" is not markup.
TEST(MinifluxJson, ItemTitleWithXmlTags) {
  Feed feed = MustParse(R"({
  "version": "https://jsonfeed.org/version/1",
  "title": "My Example Feed",
  "home_page_url": "https://example.org/",
  "feed_url": "https://example.org/feed.json",
  "items": [
    {
      "title": "</example>"
    }
  ]
})",
                        "https://example.org/feed.json");
  ASSERT_EQ(feed.items.size(), 1u);
  EXPECT_EQ(feed.items[0].title, "</example>");
}

// Miniflux hashes the content for an id; corpusd leaves the id empty, and its item key
// is then a hash of the content.
TEST(MinifluxJson, ItemWithoutId) {
  Feed feed = MustParse(R"({
  "version": "https://jsonfeed.org/version/1",
  "title": "My Example Feed",
  "home_page_url": "https://example.org/",
  "feed_url": "https://example.org/feed.json",
  "items": [
    {
      "content_text": "Some text."
    }
  ]
})",
                        "https://example.org/feed.json");
  ASSERT_EQ(feed.items.size(), 1u);
  EXPECT_EQ(feed.items[0].id, "");
  EXPECT_EQ(feed.items[0].content_text, "Some text.");
  EXPECT_TRUE(FeedItemKey(feed.items[0]).starts_with("sha256:"));
}

TEST(MinifluxJson, InvalidJson) { ExpectNotAFeed("garbage", "https://example.org/feed.json"); }

// --- internal/reader/date/parser_test.go ---------------------------------------------
//
// Miniflux converts to a time.Time (and so to an instant); corpusd keeps the local date,
// time and offset as written. Each case is the Miniflux input with the ISO form corpusd
// gives it.

TEST(MinifluxDates, EmptyAndInvalidDates) {
  ExpectDates({
      {"  ", "-"},
      {"invalid", "-"},
  });
}

// TestParseAtomDate, TestParseRSSDateGMT, TestParseRSSDatePST, TestParseRSSDateEST and
// TestParseRSSDateOffset. US zone names give their standard or daylight offset as
// written (Miniflux places them in America/Los_Angeles or America/New_York).
TEST(MinifluxDates, AtomAndRssDates) {
  ExpectDates({
      {"2017-12-22T22:09:49+00:00", "2017-12-22T22:09:49+00:00"},
      {"Tue, 03 Jun 2003 09:39:21 GMT", "2003-06-03T09:39:21Z"},
      {"Wed, 26 Dec 2018 10:00:54 PST", "2018-12-26T10:00:54-08:00"},
      {"Wed, 10 Feb 2021 22:46:00 EST", "2021-02-10T22:46:00-05:00"},
      {"Sun, 28 Oct 2018 13:48:00 +0100", "2018-10-28T13:48:00+01:00"},
  });
}

// RFC 822's zones (input adapted: Miniflux's RSS sample date with each zone), RFC 822's
// military "Z", and the offset spellings of Miniflux's layouts
// ("MST -0700", "GMT-0700", "-07:00", "-07", "15:04:05MST").
TEST(MinifluxDates, Rfc822Zones) {
  ExpectDates({
      {"Tue, 03 Jun 2003 09:39:21 UT", "2003-06-03T09:39:21Z"},
      {"Tue, 03 Jun 2003 09:39:21 UTC", "2003-06-03T09:39:21Z"},
      {"Tue, 03 Jun 2003 09:39:21 Z", "2003-06-03T09:39:21Z"},
      {"Tue, 03 Jun 2003 09:39:21 EST", "2003-06-03T09:39:21-05:00"},
      {"Tue, 03 Jun 2003 09:39:21 EDT", "2003-06-03T09:39:21-04:00"},
      {"Tue, 03 Jun 2003 09:39:21 CST", "2003-06-03T09:39:21-06:00"},
      {"Tue, 03 Jun 2003 09:39:21 CDT", "2003-06-03T09:39:21-05:00"},
      {"Tue, 03 Jun 2003 09:39:21 MST", "2003-06-03T09:39:21-07:00"},
      {"Tue, 03 Jun 2003 09:39:21 MDT", "2003-06-03T09:39:21-06:00"},
      {"Tue, 03 Jun 2003 09:39:21 PST", "2003-06-03T09:39:21-08:00"},
      {"Tue, 03 Jun 2003 09:39:21 PDT", "2003-06-03T09:39:21-07:00"},
      {"Tue, 03 Jun 2003 09:39:21 -0700 MST", "2003-06-03T09:39:21-07:00"},
      {"Tue, 03 Jun 2003 09:39:21 GMT-0700", "2003-06-03T09:39:21-07:00"},
      {"Tue, 03 Jun 2003 09:39:21 -07:00", "2003-06-03T09:39:21-07:00"},
      {"Tue, 03 Jun 2003 09:39:21 -07", "2003-06-03T09:39:21-07:00"},
      {"Tue, 03 Jun 2003 09:39:21PST", "2003-06-03T09:39:21-08:00"},
      {"Tue, 03 Jun 2003 09:39:21 -0000", "2003-06-03T09:39:21Z"},
  });
}

// Input adapted from Miniflux's layouts: no seconds, no weekday, no time, a one-digit
// day, a two-digit year, odd commas; Go's ANSIC, UnixDate and RubyDate layouts.
TEST(MinifluxDates, Rfc822Variants) {
  ExpectDates({
      {"Tue, 03 Jun 2003 09:39 GMT", "2003-06-03T09:39:00Z"},
      {"03 Jun 2003 09:39:21 GMT", "2003-06-03T09:39:21Z"},
      {"3 Jun 2003 09:39:21 +0000", "2003-06-03T09:39:21+00:00"},
      {"Tue, 3 Jun 2003", "2003-06-03"},
      {"Tue, 03 Jun 03 09:39:21 GMT", "2003-06-03T09:39:21Z"},
      {"Thu, 03 Jun 99 09:39:21 +0100", "1999-06-03T09:39:21+01:00"},
      {"Tue,03 Jun 2003 09:39:21 -0700", "2003-06-03T09:39:21-07:00"},
      {"Tue , 03 Jun 2003 09:39:21 GMT", "2003-06-03T09:39:21Z"},
      {"Tue Jun  3 09:39:21 2003", "2003-06-03T09:39:21"},
      {"Tue Jun  3 09:39:21 GMT 2003", "2003-06-03T09:39:21Z"},
      {"Tue Jun 03 09:39:21 -0700 2003", "2003-06-03T09:39:21-07:00"},
  });
}

// W3C-DTF (RFC 3339's profile of ISO 8601) and its partial forms, as feeds write them.
// Input adapted from the RSS sample's date.
TEST(MinifluxDates, W3cDtfForms) {
  ExpectDates({
      {"2003", "2003"},
      {"2003-12", "2003-12"},
      {"2003-12-13", "2003-12-13"},
      {"2003-12-13T18:30Z", "2003-12-13T18:30:00Z"},
      {"2003-12-13T18:30+01:00", "2003-12-13T18:30:00+01:00"},
      {"2003-12-13T18:30:02Z", "2003-12-13T18:30:02Z"},
      {"2003-12-13T18:30:02.25Z", "2003-12-13T18:30:02Z"},
      {"2003-12-13T18:30:02.25+01:00", "2003-12-13T18:30:02+01:00"},
      {"2003-12-13T18:30:02-0500", "2003-12-13T18:30:02-05:00"},
      {"2003-12-13 18:30:02Z", "2003-12-13T18:30:02Z"},
      {"2003-12-13 at 18:30:02", "2003-12-13T18:30:02"},
      {"2003-6-3", "2003-06-03"},
      {"2003/06/03", "2003-06-03"},
      {"3.6.2003 09:39:21", "2003-06-03T09:39:21"},
  });
}

// TestParseWeirdDateFormat, the English forms.
TEST(MinifluxDates, WeirdFormats) {
  ExpectDates({
      {"Sun, 17 Dec 2017 1:55 PM EST", "2017-12-17T13:55:00-05:00"},
      {"9 Dec 2016 12:00 GMT", "2016-12-09T12:00:00Z"},
      {"Friday, December 22, 2017 - 3:09pm", "2017-12-22T15:09:00"},
      {"Friday, December 8, 2017 - 3:07pm", "2017-12-08T15:07:00"},
      {"Mon, 09 Apr 2018, 16:04", "2018-04-09T16:04:00"},
      {"1520932969", "2018-03-13T09:22:49Z"},
      {"Tue 16 Feb 2016, 23:16:00 EDT", "2016-02-16T23:16:00-04:00"},
      {"Tue, 16 Feb 2016 23:16:00 EDT", "2016-02-16T23:16:00-04:00"},
      {"Tue, Feb 16 2016 23:16:00 EDT", "2016-02-16T23:16:00-04:00"},
      {"March 30 2020 07:02:38 PM", "2020-03-30T19:02:38"},
      {"Mon, 30 Mar 2020 19:53 +0000", "2020-03-30T19:53:00+00:00"},
      {"Mon, 03/30/2020 - 19:19", "2020-03-30T19:19:00"},
      {"2018-12-12T12:12", "2018-12-12T12:12:00"},
      {"2020-11-08T16:20:00-05:00Z", "2020-11-08T16:20:00-05:00"},
      {"Nov. 16, 2020, 10:57 a.m.", "2020-11-16T10:57:00"},
      {"Friday 06 November 2020", "2020-11-06"},
      {"Mon, November 16, 2020, 11:12 PM EST", "2020-11-16T23:12:00-05:00"},
      {"Thu Nov 12 2020 17:00:00 GMT+0000 (Coordinated Universal Time)",
       "2020-11-12T17:00:00+00:00"},
      {"Mon, 16th Nov 2020 13:16:28 GMT", "2020-11-16T13:16:28Z"},
      {"Nov. 2020", "2020-11"},
      {"Fri, 26/06/2020", "2020-06-26"},
      {"Thu, 29 Oct 2020 07:36:03 GMT-07:00", "2020-10-29T07:36:03-07:00"},
      {"Jan. 4, 2016, 12:37 p.m.", "2016-01-04T12:37:00"},
      {"2018-10-23 04:07:42 +00:00", "2018-10-23T04:07:42+00:00"},
      {"5 August, 2019", "2019-08-05"},
      {"Thurs, 15 Oct 2020 00:00:39 +0000", "2020-10-15T00:00:39+00:00"},
      {"Thur, 19 Nov 2020 00:00:39 +0000", "2020-11-19T00:00:39+00:00"},
      {"26 Sep 2022 GMT", "2022-09-26"},
      {"Thu, June 22, 2023 at 01:11 PM EDT", "2023-06-22T13:11:00-04:00"},
      {"Apr 16, 2023 08:01 GMT", "2023-04-16T08:01:00Z"},
      {"Jun 23, 2023 19:00 GMT", "2023-06-23T19:00:00Z"},
      {"09/15/2014 4:20 pm PST", "2014-09-15T16:20:00-08:00"},
      {"Fri, 23rd Jun 2023 09:32:20 GMT", "2023-06-23T09:32:20Z"},
      {"Sat, Oct 28 2023 08:28:28 PM", "2023-10-28T20:28:28"},
      {"Monday, October 6, 2023 - 16:29\n", "2023-10-06T16:29:00"},
      {"10/30/23 21:55:58", "2023-10-30T21:55:58"},
      {"30.10.23", "2023-10-30"},
  });
}

// TestParseWeirdDateFormat, the German and French forms (Miniflux rewrites a fixed list
// of them into English; corpusd reads the names from CLDR).
TEST(MinifluxDates, WeirdFormatsWithGermanAndFrenchNames) {
  ExpectDates({
      {"Di, 23 Jan 2018 00:00:00 +0100", "2018-01-23T00:00:00+01:00"},
      {"Do, 29 Mär 2018 00:00:00 +0200", "2018-03-29T00:00:00+02:00"},
      {"mer, 9 avr 2018 00:00:00 +0200", "2018-04-09T00:00:00+02:00"},
      {"Lundi, 16. Novembre 2020 - 15:54", "2020-11-16T15:54:00"},
      {"ven., 03 juil. 2020 15:09:58 +0000", "2020-07-03T15:09:58+00:00"},
      {"jeu., 02 avril 2020 00:00:00 +0200", "2020-04-02T00:00:00+02:00"},
      {"mar., 01 déc. 2020 16:11:02 +0000", "2020-12-01T16:11:02+00:00"},
  });
}

// Miniflux reads "11 04 2020" month-first (4 November); numbers separated by spaces
// alone say nothing of their order, and corpusd reads no date from them.
TEST(MinifluxDates, SpaceSeparatedNumericDateIsNotRead) {
  ExpectDates({{"Sat, 11 04 2020 08:51:49 +0100", "-"}});
}

// TestParseDateWithTimezoneOutOfRange: Miniflux resets an offset outside -12:00..+14:00
// to UTC. -13:00 is within what corpusd reads (up to 14 hours either way); only the day
// is asserted, as the offset kept for it is corpusd's choice.
TEST(MinifluxDates, TimezoneOutOfRange) {
  ExpectDays({{"2023-05-29 00:00:00-13:00", "2023-05-29"}});
}

// The same dates through a feed: an RSS item's pubDate gives what NormalizeDate gives.
TEST(MinifluxDates, ThroughAnRssPubDate) {
  for (std::string_view date : {
           "2017-12-22T22:09:49+00:00",
           "Tue, 03 Jun 2003 09:39:21 GMT",
           "Wed, 26 Dec 2018 10:00:54 PST",
           "Sun, 28 Oct 2018 13:48:00 +0100",
           "Sun, 17 Dec 2017 1:55 PM EST",
           "Thu Nov 12 2020 17:00:00 GMT+0000 (Coordinated Universal Time)",
           "mar., 01 déc. 2020 16:11:02 +0000",
           "Monday, October 6, 2023 - 16:29\n",
           "1520932969",
           "invalid",
       }) {
    SCOPED_TRACE("date: \"" + std::string(date) + "\"");
    EXPECT_EQ(ViaPubDate(date), Normalized(date));
  }
  EXPECT_EQ(ViaPubDate("Tue, 03 Jun 2003 09:39:21 GMT"), "2003-06-03T09:39:21Z");
}

// Forms that corpusd, by a reading of date_normalizer.cc, does not read yet. Miniflux
// reads all but the military letters: IANA zone names after the time (its test inputs),
// an offset out of corpusd's range (its test input), then, after its layouts, one-digit
// minutes and seconds, a zone name then a spaced offset, RFC 850's "03-Jun-03" and a
// time before a dotted date with an offset. RFC 822's military zone letters other than
// Z are added: RFC 1123 found their signs reversed and RFC 2822 says to take them as
// -0000, so only the day is meant. Disabled until it is settled whether corpusd should
// read them; run with --gtest_also_run_disabled_tests.
TEST(MinifluxDates, Rfc850MilitaryZonesAndOffsetsAfterAZoneOrADate) {
  ExpectDays({
      {"Tuesday, 03-Jun-03 09:39:21 GMT", "2003-06-03"},
      {"Tue, 03 Jun 2003 09:39:21 A", "2003-06-03"},
      {"Tue, 03 Jun 2003 09:39:21 N", "2003-06-03"},
      {"Tue, 03 Jun 2003 09:39:21 Y", "2003-06-03"},
      {"Tue, 03 Jun 2003 09:39:21 PDT -07:00", "2003-06-03"},
      {"09:39 03.06.2003 -0700", "2003-06-03"},
  });
}

// Forms corpusd does not read yet: IANA zone names after the time, offsets past
// +14:00, one-digit minutes.
TEST(MinifluxDates, DISABLED_FormsNotReadYet) {
  ExpectDays({
      {"Thu, 25 Feb 2016 00:00:00 Europe/Brussels", "2016-02-25"},
      {"Fri, 31 Mar 2023 20:19:00 America/Los_Angeles", "2023-03-31"},
      {"2023-05-29 00:00:00+15:00", "2023-05-29"},
      {"Tue, 3 Jun 2003 09:5:1 GMT", "2003-06-03"},
  });
}

}  // namespace
}  // namespace corpusd
