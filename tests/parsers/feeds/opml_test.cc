#include "parsers/feeds/opml.h"

#include <gtest/gtest.h>

#include <string>

namespace corpusd {
namespace {

OpmlList MustParse(std::string_view bytes) {
  Result<OpmlList> list = ParseOpml(bytes);
  EXPECT_TRUE(list.ok()) << list.status().ToString();
  return list.ok() ? *list : OpmlList{};
}

std::string Describe(const OpmlFeed& f) {
  return f.title + " | " + f.xml_url + " | " + f.html_url + " | " + f.category;
}

// What `newsboat -e` writes: flat, one outline per feed.
constexpr std::string_view kNewsboatExport = R"(<?xml version="1.0"?>
<opml version="1.0">
  <head>
    <title>newsboat - Exported Feeds</title>
  </head>
  <body>
    <outline type="rss" xmlUrl="https://lwn.net/headlines/rss" htmlUrl="https://lwn.net" title="LWN.net"/>
    <outline type="rss" xmlUrl="https://example.org/feed.xml" htmlUrl="" title="Tom &amp; Jerry &quot;news&quot;"/>
  </body>
</opml>)";

// What Miniflux exports: feeds in one level of category outlines.
constexpr std::string_view kMinifluxExport = R"(<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head>
    <title>Miniflux</title>
    <dateCreated>Mon, 07 Dec 2026 10:00:00 UTC</dateCreated>
  </head>
  <body>
    <outline text="All">
      <outline title="Feed 1" text="Feed 1" xmlUrl="http://example.org/feed/1" htmlUrl="http://example.org/1"></outline>
    </outline>
    <outline text="Tech">
      <outline title="Feed 2" text="Feed 2" xmlUrl="http://example.org/feed/2" htmlUrl="http://example.org/2"></outline>
      <outline title="Feed 3" text="Feed 3" xmlUrl="http://example.org/feed/3" htmlUrl="http://example.org/3"></outline>
    </outline>
  </body>
</opml>)";

TEST(Opml, ReadsNewsboatsExport) {
  OpmlList list = MustParse(kNewsboatExport);
  EXPECT_EQ(list.title, "newsboat - Exported Feeds");
  ASSERT_EQ(list.feeds.size(), 2u);
  EXPECT_EQ(Describe(list.feeds[0]),
            "LWN.net | https://lwn.net/headlines/rss | https://lwn.net | ");
  EXPECT_EQ(Describe(list.feeds[1]), "Tom & Jerry \"news\" | https://example.org/feed.xml |  | ");
}

TEST(Opml, ReadsMinifluxsExportWithItsCategories) {
  OpmlList list = MustParse(kMinifluxExport);
  ASSERT_EQ(list.feeds.size(), 3u);
  EXPECT_EQ(Describe(list.feeds[0]),
            "Feed 1 | http://example.org/feed/1 | http://example.org/1 | All");
  EXPECT_EQ(list.feeds[1].category, "Tech");
  EXPECT_EQ(list.feeds[2].category, "Tech");
}

TEST(Opml, NestedGroupsBecomeACategoryPath) {
  OpmlList list = MustParse(R"(<opml version="2.0"><body>
    <outline text="News"><outline title="World">
      <outline text="Wire" xmlUrl="https://wire.example/rss"/>
      <outline text="A / B"><outline text="Deep" xmlUrl="https://deep.example/rss"/></outline>
    </outline></outline>
    <outline text="Loose" xmlUrl="https://loose.example/rss" category="/Tech/Linux,/Other"/>
    <outline text="Broken" type="rss"/>
    <outline text="An empty group"/>
  </body></opml>)");
  ASSERT_EQ(list.feeds.size(), 3u);
  EXPECT_EQ(list.feeds[0].title, "Wire");  // text when there is no title
  EXPECT_EQ(list.feeds[0].category, "News/World");
  EXPECT_EQ(list.feeds[1].category, "News/World/A - B");  // "/" would split the group
  EXPECT_EQ(list.feeds[2].category, "Tech/Linux");        // OPML 2.0's category attribute
  EXPECT_EQ(list.without_url, std::vector<std::string>{"Broken"});
}

TEST(Opml, WhatIsNotOpmlIsAnError) {
  Result<OpmlList> rss = ParseOpml("<rss version=\"2.0\"><channel/></rss>");
  ASSERT_FALSE(rss.ok());
  EXPECT_EQ(rss.status().message(), "not OPML: the root element is <rss>");
  EXPECT_FALSE(ParseOpml("just text").ok());
  EXPECT_FALSE(ParseOpml("").ok());
}

TEST(Opml, WritesNestedGroupsAndEscapes) {
  OpmlList list;
  list.title = "corpusd feeds";
  list.feeds = {{"Top", "https://top.example/rss", "", ""},
                {"A & \"B\"", "https://a.example/rss?x=1&y=2", "https://a.example/", "News/World"},
                {"C", "https://c.example/rss", "", "News"},
                {"D", "https://d.example/rss", "", "Tech"}};
  const std::string opml = WriteOpml(list);
  EXPECT_EQ(opml, R"(<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head>
    <title>corpusd feeds</title>
  </head>
  <body>
    <outline type="rss" text="Top" title="Top" xmlUrl="https://top.example/rss"/>
    <outline text="News" title="News">
      <outline type="rss" text="C" title="C" xmlUrl="https://c.example/rss"/>
      <outline text="World" title="World">
        <outline type="rss" text="A &amp; &quot;B&quot;" title="A &amp; &quot;B&quot;" xmlUrl="https://a.example/rss?x=1&amp;y=2" htmlUrl="https://a.example/"/>
      </outline>
    </outline>
    <outline text="Tech" title="Tech">
      <outline type="rss" text="D" title="D" xmlUrl="https://d.example/rss"/>
    </outline>
  </body>
</opml>
)");
}

TEST(Opml, RoundTripsThroughWriteAndParse) {
  for (std::string_view input : {kNewsboatExport, kMinifluxExport}) {
    const OpmlList first = MustParse(input);
    const OpmlList second = MustParse(WriteOpml(first));
    ASSERT_EQ(second.feeds.size(), first.feeds.size());
    for (std::size_t i = 0; i < first.feeds.size(); ++i) {
      EXPECT_EQ(Describe(second.feeds[i]), Describe(first.feeds[i]));
    }
  }
}

}  // namespace
}  // namespace corpusd
