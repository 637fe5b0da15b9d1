#include "parsers/feeds/sitemap_parser.h"

#include <gtest/gtest.h>

#include <string>

namespace corpusd {
namespace {

Sitemap MustParse(std::string_view xml, std::string_view url = "https://example.com/sitemap.xml") {
  Result<Sitemap> sitemap = ParseSitemap(xml, url, DateContext{});
  EXPECT_TRUE(sitemap.ok()) << sitemap.status().ToString();
  return sitemap.ok() ? *sitemap : Sitemap{};
}

TEST(SitemapParserTest, UrlSetWithLastmod) {
  Sitemap s = MustParse(R"(<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">
  <url>
    <loc> https://example.com/a?x=1&amp;y=2 </loc>
    <lastmod>2024-07-04T10:30:00+02:00</lastmod>
    <changefreq>daily</changefreq>
    <image:image><image:loc>https://example.com/a.jpg</image:loc></image:image>
  </url>
  <url><loc>https://example.com/b</loc><lastmod>2024-07-05</lastmod></url>
  <url><lastmod>2024-07-05</lastmod></url>
  <url><loc>/relative/c</loc><lastmod>yesterday-ish</lastmod></url>
</urlset>)");
  ASSERT_EQ(s.urls.size(), 3u);
  EXPECT_TRUE(s.sitemaps.empty());
  EXPECT_EQ(s.urls[0].loc, "https://example.com/a?x=1&y=2");
  ASSERT_TRUE(s.urls[0].lastmod);
  EXPECT_EQ(s.urls[0].lastmod->iso, "2024-07-04T10:30:00+02:00");
  EXPECT_EQ(s.urls[1].loc, "https://example.com/b");
  EXPECT_EQ(s.urls[1].lastmod->iso, "2024-07-05");
  EXPECT_EQ(s.urls[2].loc, "https://example.com/relative/c");
  EXPECT_FALSE(s.urls[2].lastmod);
}

TEST(SitemapParserTest, SitemapIndex) {
  Sitemap s = MustParse(R"(<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>https://example.com/sitemap-news.xml</loc><lastmod>2024-07-04</lastmod></sitemap>
  <sitemap><loc>sitemap-2024-06.xml.gz</loc></sitemap>
</sitemapindex>)");
  EXPECT_TRUE(s.urls.empty());
  EXPECT_EQ(s.sitemaps, (std::vector<std::string>{"https://example.com/sitemap-news.xml",
                                                  "https://example.com/sitemap-2024-06.xml.gz"}));
}

TEST(SitemapParserTest, GoogleNewsExtension) {
  Sitemap s = MustParse(R"(<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <url>
    <loc>https://example.com/business/article55.html</loc>
    <news:news>
      <news:publication>
        <news:name>The Example Times</news:name>
        <news:language>en</news:language>
      </news:publication>
      <news:publication_date>2008-12-23</news:publication_date>
      <news:title>Companies A, B in   Merger Talks</news:title>
    </news:news>
  </url>
  <url>
    <loc>https://example.com/world/article56.html</loc>
    <news:news>
      <news:publication_date>2024-07-04T08:15:00Z</news:publication_date>
      <news:title><![CDATA[Rates & "Risks"]]></news:title>
    </news:news>
  </url>
</urlset>)");
  ASSERT_EQ(s.urls.size(), 2u);
  EXPECT_EQ(s.urls[0].title, "Companies A, B in Merger Talks");
  ASSERT_TRUE(s.urls[0].published_at);
  EXPECT_EQ(s.urls[0].published_at->iso, "2008-12-23");
  EXPECT_EQ(s.urls[1].title, "Rates & \"Risks\"");
  EXPECT_EQ(s.urls[1].published_at->iso, "2024-07-04T08:15:00Z");
  EXPECT_FALSE(s.urls[1].lastmod);
}

TEST(SitemapParserTest, NoNamespaceAndUndeclaredNewsPrefix) {
  Sitemap s = MustParse(
      "<urlset><url><loc>https://example.com/x</loc><news:news><news:title>T</news:title>"
      "</news:news></url></urlset>");
  ASSERT_EQ(s.urls.size(), 1u);
  EXPECT_EQ(s.urls[0].title, "T");
}

TEST(SitemapParserTest, TruncatedSitemapKeepsCompleteEntries) {
  Sitemap s = MustParse(
      "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
      "<url><loc>https://example.com/1</loc></url>"
      "<url><loc>https://example.com/2</loc></url>"
      "<url><loc>https://example.com/artic");
  ASSERT_EQ(s.urls.size(), 2u);
  EXPECT_EQ(s.urls[1].loc, "https://example.com/2");
}

TEST(SitemapParserTest, CappedAtTheProtocolLimit) {
  std::string xml = "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">";
  for (std::size_t i = 0; i <= kMaxSitemapEntries; ++i) {
    xml += "<url><loc>https://example.com/" + std::to_string(i) + "</loc></url>";
  }
  xml += "</urlset>";
  Sitemap s = MustParse(xml);
  ASSERT_EQ(s.urls.size(), kMaxSitemapEntries);
  EXPECT_EQ(s.urls.back().loc, "https://example.com/49999");
}

TEST(SitemapParserTest, WhatIsNotASitemapIsAnError) {
  for (std::string_view bytes :
       {"", "User-agent: *\nDisallow: /", "<html><body>Not found</body></html>",
        "<rss version=\"2.0\"><channel/></rss>"}) {
    Result<Sitemap> s = ParseSitemap(bytes, "https://example.com/sitemap.xml", DateContext{});
    ASSERT_FALSE(s.ok()) << bytes;
    EXPECT_EQ(s.status().code(), Status::Code::kInvalidInput);
    EXPECT_TRUE(s.status().message().starts_with("not a sitemap: ")) << s.status().message();
  }
}

}  // namespace
}  // namespace corpusd
