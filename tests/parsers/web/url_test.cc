#include "parsers/web/url.h"

#include <gtest/gtest.h>

#include <string>

namespace corpusd {
namespace {

std::string Resolve(std::string_view base, std::string_view reference) {
  Result<std::string> url = ResolveUrl(base, reference);
  return url.ok() ? *url : "error: " + url.status().message();
}

// RFC 3986 section 5.4.1, the normal examples.
TEST(ResolveUrlTest, Rfc3986NormalExamples) {
  const std::string_view base = "http://a/b/c/d;p?q";
  EXPECT_EQ(Resolve(base, "g"), "http://a/b/c/g");
  EXPECT_EQ(Resolve(base, "./g"), "http://a/b/c/g");
  EXPECT_EQ(Resolve(base, "g/"), "http://a/b/c/g/");
  EXPECT_EQ(Resolve(base, "/g"), "http://a/g");
  EXPECT_EQ(Resolve(base, "//g"), "http://g/");
  EXPECT_EQ(Resolve(base, "?y"), "http://a/b/c/d;p?y");
  EXPECT_EQ(Resolve(base, "g?y"), "http://a/b/c/g?y");
  EXPECT_EQ(Resolve(base, "#s"), "http://a/b/c/d;p?q#s");
  EXPECT_EQ(Resolve(base, "g#s"), "http://a/b/c/g#s");
  EXPECT_EQ(Resolve(base, ""), "http://a/b/c/d;p?q");
  EXPECT_EQ(Resolve(base, "."), "http://a/b/c/");
  EXPECT_EQ(Resolve(base, ".."), "http://a/b/");
  EXPECT_EQ(Resolve(base, "../g"), "http://a/b/g");
  EXPECT_EQ(Resolve(base, "../../g"), "http://a/g");
  EXPECT_EQ(Resolve(base, "../../../../g"), "http://a/g");
}

TEST(ResolveUrlTest, ResultIsNormalized) {
  EXPECT_EQ(Resolve("HTTP://Example.COM:80/a/", "b/./c/../d"), "http://example.com/a/b/d");
  EXPECT_EQ(Resolve("https://example.com:443/", "x"), "https://example.com/x");
  EXPECT_EQ(Resolve("https://example.com:8443/", "x"), "https://example.com:8443/x");
  EXPECT_EQ(Resolve("https://example.com/", "HTTPS://News.Example.ORG/A/B"),
            "https://news.example.org/A/B");
  EXPECT_EQ(Resolve("https://example.com", ""), "https://example.com/");
  EXPECT_EQ(Resolve("https://example.com/", "/p%7ex%c3%a9"), "https://example.com/p%7Ex%C3%A9");
}

TEST(ResolveUrlTest, UnsafeCharactersAreEncoded) {
  EXPECT_EQ(Resolve("https://example.com/news/", "  caf\xC3\xA9 au lait.html?q=a b#x y\n"),
            "https://example.com/news/caf%C3%A9%20au%20lait.html?q=a%20b#x%20y");
  EXPECT_EQ(Resolve("https://example.com/", "/a\tb\nc"), "https://example.com/abc");
  EXPECT_EQ(Resolve("https://example.com/", "/100%/<x>"), "https://example.com/100%25/%3Cx%3E");
  EXPECT_EQ(Resolve("", "https://example.com/a b"), "https://example.com/a%20b");
}

TEST(ResolveUrlTest, AbsoluteReferencesNeedNoBase) {
  EXPECT_EQ(Resolve("", "https://example.com/feed"), "https://example.com/feed");
  EXPECT_EQ(Resolve("not a url", "https://example.com/feed"), "https://example.com/feed");
  EXPECT_EQ(Resolve("https://a.example/", "feed://b.example/rss"), "feed://b.example/rss");
}

TEST(ResolveUrlTest, WhatCannotBeResolvedIsAnError) {
  for (auto [base, ref] : std::initializer_list<std::pair<std::string_view, std::string_view>>{
           {"", "relative/path"},
           {"", ""},
           {"https://example.com/", "javascript:alert(1)"},
           {"https://example.com/", "mailto:someone@example.com"},
           {"https://example.com/", "http://exa mple.com/"},
       }) {
    Result<std::string> url = ResolveUrl(base, ref);
    EXPECT_FALSE(url.ok()) << base << " + " << ref << " = " << *url;
    if (!url.ok()) {
      EXPECT_EQ(url.status().code(), Status::Code::kInvalidInput);
    }
  }
}

TEST(UrlPartsTest, SchemeAndHost) {
  EXPECT_EQ(UrlScheme("HTTPS://Example.com/x"), "https");
  EXPECT_EQ(UrlHost("HTTPS://User@WWW.Example.com:8080/x"), "www.example.com");
  EXPECT_EQ(UrlHost("http://[::1]:8080/"), "[::1]");
  EXPECT_EQ(UrlScheme("/relative"), "");
  EXPECT_EQ(UrlHost("/relative"), "");
  EXPECT_EQ(UrlHost(""), "");
  EXPECT_EQ(UrlScheme("ftp://example.com/file"), "ftp");
}

TEST(UrlPartsTest, IsHttpUrl) {
  EXPECT_TRUE(IsHttpUrl("http://example.com"));
  EXPECT_TRUE(IsHttpUrl("HTTPS://example.com/a?b#c"));
  EXPECT_FALSE(IsHttpUrl("ftp://example.com/"));
  EXPECT_FALSE(IsHttpUrl("file:///etc/passwd"));
  EXPECT_FALSE(IsHttpUrl("javascript:alert(1)"));
  EXPECT_FALSE(IsHttpUrl("/a/b"));
  EXPECT_FALSE(IsHttpUrl("example.com"));
  EXPECT_FALSE(IsHttpUrl(""));
}

}  // namespace
}  // namespace corpusd
