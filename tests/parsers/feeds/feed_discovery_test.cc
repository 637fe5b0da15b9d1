#include "parsers/feeds/feed_discovery.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace corpusd {
namespace {

using Urls = std::vector<std::string>;

Urls Discover(std::string html, std::string_view url = "https://example.com/blog/post.html") {
  HtmlDocument doc(std::move(html));
  return DiscoverFeeds(doc, url);
}

TEST(FeedDiscoveryTest, AlternateFeedLinksInDocumentOrder) {
  EXPECT_EQ(Discover(R"(<!DOCTYPE html><html><head>
      <link rel="stylesheet" type="text/css" href="/style.css">
      <link rel="alternate" type="application/rss+xml" title="RSS" href="/feed/">
      <link rel="alternate" type="application/atom+xml" href="https://example.com/atom.xml">
      <link rel="alternate" type="application/feed+json" href="feed.json">
      <link rel="alternate" type="application/json" href="//cdn.example.net/f.json">
      <link rel="alternate" hreflang="de" href="/de/">
      <link rel="canonical" href="/blog/post.html">
      </head><body>Hello</body></html>)"),
            (Urls{"https://example.com/feed/", "https://example.com/atom.xml",
                  "https://example.com/blog/feed.json", "https://cdn.example.net/f.json"}));
}

TEST(FeedDiscoveryTest, RelAndTypeAreReadLeniently) {
  EXPECT_EQ(Discover(R"(<link REL="Alternate Home" TYPE=" Application/RSS+XML; charset=utf-8 "
      HREF=" /rss ">)"),
            (Urls{"https://example.com/rss"}));
  // "alternate" must be a whole token.
  EXPECT_EQ(Discover(R"(<link rel="alternates" type="application/rss+xml" href="/x">)"), Urls{});
}

TEST(FeedDiscoveryTest, RepeatsAreDroppedAfterResolving) {
  EXPECT_EQ(Discover(R"(<link rel="alternate" type="application/rss+xml" href="/feed">
      <link rel="alternate" type="application/rss+xml" href="https://EXAMPLE.com/feed">
      <link rel="alternate" type="application/atom+xml" href="../feed">)"),
            (Urls{"https://example.com/feed"}));
}

TEST(FeedDiscoveryTest, BaseHrefIsHonoured) {
  EXPECT_EQ(Discover(R"(<head><base href="https://static.example.org/site/">
      <link rel="alternate" type="application/rss+xml" href="rss.xml"></head>)"),
            (Urls{"https://static.example.org/site/rss.xml"}));
  // A relative <base> is resolved against the page.
  EXPECT_EQ(Discover(R"(<base href="/other/"><link rel="alternate"
      type="application/atom+xml" href="atom"></head>)"),
            (Urls{"https://example.com/other/atom"}));
}

TEST(FeedDiscoveryTest, LinksInTheBodyCountAndUnresolvableOnesAreSkipped) {
  EXPECT_EQ(Discover(R"html(<body><p>x</p>
      <link rel="alternate" type="application/rss+xml" href="javascript:void(0)">
      <link rel="alternate" type="application/rss+xml" href="">
      <link rel="alternate" type="application/rss+xml" href="/body-feed"></body>)html"),
            (Urls{"https://example.com/body-feed"}));
  EXPECT_EQ(Discover(R"(<link rel="alternate" type="application/rss+xml" href="/rss">)", ""),
            Urls{});
}

TEST(FeedDiscoveryTest, PageWithoutFeeds) {
  EXPECT_EQ(Discover("<html><body><a href=\"/feed\">feed</a></body></html>"), Urls{});
  EXPECT_EQ(Discover(""), Urls{});
}

}  // namespace
}  // namespace corpusd
