// Cases ported from Miniflux's reader tests (github.com/miniflux/v2, internal/reader/...,
// Apache License 2.0, Copyright Frédéric Guillot); inputs kept, expectations restated for
// corpusd's fields. (The files' SPDX headers now read "Copyright The Miniflux Authors".)
//
// This file: JSON Feed (internal/reader/json/parser_test.go). What differs from Miniflux by design,
// and what was not ported: miniflux_rss_test.cc.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parsers/dates/date_normalizer.h"
#include "parsers/feeds/feed_parser.h"
#include "tests/support/feed_parsing.h"

namespace corpusd {
namespace {

using testing::ExpectNotAFeed;
using testing::Iso;
using testing::MustParse;

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

}  // namespace
}  // namespace corpusd
