// Cases ported from the Feed Validator's testcases (github.com/rubys/feedvalidator,
// testcases/...); inputs kept, expectations restated for what a reader should extract.
//
// The Feed Validator and its testcases are by Sam Ruby and Mark Pilgrim; each testcase file
// states its licence in its header ("License: Python").
//
// This file: encodings. How inputs were kept or adapted: feedvalidator_rss_test.cc.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parsers/feeds/feed_parser.h"
#include "tests/support/feed_parsing.h"

namespace corpusd {
namespace {

using testing::MustParse;
using testing::npos;
using testing::OnlyItem;

// `utf8` with each code point below U+0100 as one byte: ISO-8859-1 (and windows-1252).
std::string Latin1(std::string_view utf8) {
  std::string out;
  for (std::size_t i = 0; i < utf8.size(); ++i) {
    const auto c = static_cast<unsigned char>(utf8[i]);
    if ((c == 0xC2 || c == 0xC3) && i + 1 < utf8.size()) {
      const auto next = static_cast<unsigned char>(utf8[++i]);
      out += static_cast<char>(((c & 0x1F) << 6) | (next & 0x3F));
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

// `utf8` (Basic Multilingual Plane only) as UTF-16LE after a byte-order mark.
std::string Utf16LeWithBom(std::string_view utf8) {
  std::string out = "\xFF\xFE";
  for (std::size_t i = 0; i < utf8.size();) {
    const auto lead = static_cast<unsigned char>(utf8[i]);
    auto at = [&](std::size_t k) { return static_cast<unsigned>(utf8[k]) & 0x3Fu; };
    unsigned cp;
    if (lead < 0x80) {
      cp = lead;
      i += 1;
    } else if (lead < 0xE0) {
      cp = ((lead & 0x1Fu) << 6) | at(i + 1);
      i += 2;
    } else {
      cp = ((lead & 0x0Fu) << 12) | (at(i + 1) << 6) | at(i + 2);
      i += 3;
    }
    out += static_cast<char>(cp & 0xFF);
    out += static_cast<char>(cp >> 8);
  }
  return out;
}

// --- Encodings ---------------------------------------------------------------------

// testcases/xml/xml_declares_wrong_encoding.xml: a "£" under encoding="us-ascii", as UTF-8
// (as the file is stored) and as the one byte of ISO-8859-1.
TEST(FeedValidatorEncodings, NonAsciiUnderUsAsciiDeclaration) {
  const std::string utf8 = R"xml(<?xml version="1.0" encoding="us-ascii"?>

<rss>
 <channel>
  <title>£</title>
 </channel>
</rss>
)xml";
  for (const std::string& bytes : {utf8, Latin1(utf8)}) {
    Feed feed = MustParse(bytes);
    EXPECT_EQ(feed.format, "rss2.0");  // no version: the current one
    EXPECT_EQ(feed.title, "\xC2\xA3");
    EXPECT_TRUE(feed.items.empty());
  }
}

// testcases/rss/should/xml_obscure_encoding_gb2312.xml: GB2312, declared on three lines. The
// index this was ported from holds the file's bytes read as Mac Roman; these are the GB2312
// bytes they stand for ("编程技术：").
TEST(FeedValidatorEncodings, Gb2312DeclaredOverSeveralLines) {
  const std::string text =
      "\xB1\xE0\xB3\xCC\xBC\xBC\xCA\xF5\xA3\xBA"
      "java,python,delphi,j2ee,web framework, dinamica, etc";
  const std::string declaration = "<?xml\n\tversion=\"1.0\"\n  \t\t encoding=\"gb2312\"?>\n\n";
  Feed feed = MustParse(declaration + "<rss>\n <channel>\n  <description>" + text +
                        "</description>\n </channel>\n</rss>\n");
  EXPECT_EQ(feed.format, "rss2.0");
  EXPECT_TRUE(feed.items.empty());
  // The channel's description is not in Feed; the same text as an item's title shows how it
  // is decoded.
  Feed with_item = MustParse(declaration + "<rss>\n <channel>\n  <item><title>" + text +
                             "</title></item>\n </channel>\n</rss>\n");
  EXPECT_EQ(OnlyItem(with_item).title,
            "编程技术：java,python,delphi,j2ee,web framework, dinamica, etc");
}

// testcases/rss/must/rss91n_entity.xml, re-encoded: the document with an XML declaration
// naming `encoding`.
std::string SockenbaerFeed(std::string_view encoding) {
  return "<?xml version=\"1.0\" encoding=\"" + std::string(encoding) + "\"?>\n" +
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
)xml";
}

void ExpectSockenbaerFeed(const Feed& feed) {
  EXPECT_EQ(feed.format, "rss0.9x");
  EXPECT_EQ(feed.title, "Sockenbärs Logbuch");
  FeedItem item = OnlyItem(feed);
  EXPECT_EQ(item.title, "Und tschüss.");
  EXPECT_EQ(item.summary, "Apple verkauft keine 17\" G5 iMacs mehr im Online-Laden.");
}

// testcases/rss/must/rss91n_entity.xml in ISO-8859-1.
TEST(FeedValidatorEncodings, Iso88591Declared) {
  const std::string bytes = Latin1(SockenbaerFeed("iso-8859-1"));
  ASSERT_NE(bytes.find("Sockenb\xE4rs"), npos);
  ExpectSockenbaerFeed(MustParse(bytes));
}

// testcases/rss/must/rss91n_entity.xml in windows-1252.
TEST(FeedValidatorEncodings, Windows1252Declared) {
  ExpectSockenbaerFeed(MustParse(Latin1(SockenbaerFeed("windows-1252"))));
}

// testcases/rss/must/rss91n_entity.xml in UTF-16 (little-endian, with a byte-order mark).
TEST(FeedValidatorEncodings, Utf16WithByteOrderMark) {
  ExpectSockenbaerFeed(MustParse(Utf16LeWithBom(SockenbaerFeed("utf-16"))));
}

}  // namespace
}  // namespace corpusd
