#include "parsers/web/robots_txt.h"

#include <gtest/gtest.h>

#include <string>

namespace corpusd {
namespace {

using std::chrono::milliseconds;

TEST(RobotsTxtTest, EmptyFileAllowsEverything) {
  RobotsRules rules = ParseRobotsTxt("", "corpusd");
  EXPECT_TRUE(rules.Allowed("/"));
  EXPECT_TRUE(rules.Allowed("/anything?at=all"));
  EXPECT_FALSE(rules.crawl_delay);
}

TEST(RobotsTxtTest, OurGroupWinsOverStar) {
  const char* txt =
      "User-agent: *\n"
      "Disallow: /\n"
      "\n"
      "User-agent: CorpusD\n"
      "Disallow: /private/\n"
      "Crawl-delay: 2.5\n";
  RobotsRules rules = ParseRobotsTxt(txt, "corpusd/0.1 (+https://example.org/bot)");
  EXPECT_TRUE(rules.Allowed("/news/story"));
  EXPECT_FALSE(rules.Allowed("/private/x"));
  ASSERT_TRUE(rules.crawl_delay);
  EXPECT_EQ(*rules.crawl_delay, milliseconds(2500));

  RobotsRules other = ParseRobotsTxt(txt, "otherbot");
  EXPECT_FALSE(other.Allowed("/news/story"));
  EXPECT_FALSE(other.crawl_delay);
}

TEST(RobotsTxtTest, UserAgentMatchesByProductTokenCaseInsensitively) {
  const char* txt = "User-agent: CORPUSD/2.1\nDisallow: /x\n";
  EXPECT_FALSE(ParseRobotsTxt(txt, "corpusd").Allowed("/x"));
  // A token is not a prefix match.
  EXPECT_TRUE(ParseRobotsTxt(txt, "corpus").Allowed("/x"));
  EXPECT_TRUE(ParseRobotsTxt(txt, "corpusdbot").Allowed("/x"));
}

TEST(RobotsTxtTest, ConsecutiveUserAgentsShareAGroupAndMatchingGroupsMerge) {
  const char* txt =
      "User-agent: a\n"
      "User-agent: corpusd\n"
      "Disallow: /one\n"
      "User-agent: b\n"
      "Disallow: /two\n"
      "User-agent: corpusd\n"
      "Disallow: /three\n";
  RobotsRules rules = ParseRobotsTxt(txt, "corpusd");
  EXPECT_FALSE(rules.Allowed("/one"));
  EXPECT_TRUE(rules.Allowed("/two"));
  EXPECT_FALSE(rules.Allowed("/three"));
}

TEST(RobotsTxtTest, LongestMatchWinsAndAllowWinsTies) {
  const char* txt =
      "User-agent: *\n"
      "Disallow: /shop\n"
      "Allow: /shop/public\n"
      "Disallow: /shop/public/secret\n"
      "Allow: /page\n"
      "Disallow: /page\n";
  RobotsRules rules = ParseRobotsTxt(txt, "corpusd");
  EXPECT_FALSE(rules.Allowed("/shop"));
  EXPECT_FALSE(rules.Allowed("/shopping"));
  EXPECT_TRUE(rules.Allowed("/shop/public/index.html"));
  EXPECT_FALSE(rules.Allowed("/shop/public/secret/1"));
  EXPECT_TRUE(rules.Allowed("/page"));
}

bool Allowed(std::string rules, std::string_view path) {
  return ParseRobotsTxt("User-agent: *\n" + rules, "corpusd").Allowed(path);
}

TEST(RobotsTxtTest, WildcardsAndEndAnchor) {
  EXPECT_FALSE(Allowed("Disallow: /*.pdf$\n", "/a/b.pdf"));
  EXPECT_TRUE(Allowed("Disallow: /*.pdf$\n", "/a/b.pdf?download=1"));
  EXPECT_TRUE(Allowed("Disallow: /*.pdf$\n", "/a/b.pdfx"));
  EXPECT_FALSE(Allowed("Disallow: /*?sessionid=\n", "/x?sessionid=42"));
  EXPECT_TRUE(Allowed("Disallow: /*?sessionid=\n", "/x?a=1&sessionid=42"));
  EXPECT_FALSE(Allowed("Disallow: /a*b*c\n", "/a-then-b-then-c"));
  EXPECT_TRUE(Allowed("Disallow: /a*b*c\n", "/a-then-b"));
  EXPECT_TRUE(Allowed("Allow: /$\nDisallow: /\n", "/"));
  EXPECT_FALSE(Allowed("Allow: /$\nDisallow: /\n", "/index.html"));
  // "$" inside a pattern is an ordinary character.
  EXPECT_FALSE(Allowed("Disallow: /price$list\n", "/price$list/1"));
  EXPECT_TRUE(Allowed("Disallow: /price$list\n", "/price"));
  // The longer pattern decides, wildcard or not.
  EXPECT_TRUE(Allowed("Disallow: /*.pdf$\nAllow: /articles/\n", "/articles/x.pdf"));
  EXPECT_FALSE(Allowed("Disallow: /*.pdf$\nAllow: /a/\n", "/a/x.pdf"));
}

TEST(RobotsTxtTest, ManyWildcardsStayFast) {
  std::string pattern = "/";
  for (int i = 0; i < 200; ++i) pattern += "*a";
  RobotsRules rules = ParseRobotsTxt("User-agent: *\nDisallow: " + pattern + "b\n", "corpusd");
  EXPECT_TRUE(rules.Allowed("/" + std::string(2000, 'a')));
}

TEST(RobotsTxtTest, EmptyDisallowAllowsEverything) {
  RobotsRules rules = ParseRobotsTxt("User-agent: *\nDisallow:\n", "corpusd");
  EXPECT_TRUE(rules.Allowed("/x"));
}

TEST(RobotsTxtTest, CommentsCaseBlankLinesAndLineEndings) {
  const char* txt =
      "\xEF\xBB\xBF# robots for example.com\r\n"
      "USER-AGENT: *   # everyone\r\n"
      "\r\n"
      "disallow: /tmp/ # scratch\r"
      "DISALLOW:/cgi-bin/\n"
      "Disallow /nocolon\n"
      "Sitemap: https://example.com/sitemap.xml\n"
      "Unknown-field: whatever\n";
  RobotsRules rules = ParseRobotsTxt(txt, "corpusd");
  EXPECT_FALSE(rules.Allowed("/tmp/a"));
  EXPECT_FALSE(rules.Allowed("/cgi-bin/x"));
  EXPECT_FALSE(rules.Allowed("/nocolon"));
  EXPECT_TRUE(rules.Allowed("/other"));
  EXPECT_EQ(rules.sitemaps, std::vector<std::string>{"https://example.com/sitemap.xml"});
}

TEST(RobotsTxtTest, RulesBeforeAnyUserAgentAreIgnored) {
  RobotsRules rules = ParseRobotsTxt("Disallow: /\nUser-agent: *\nDisallow: /x\n", "corpusd");
  EXPECT_TRUE(rules.Allowed("/y"));
  EXPECT_FALSE(rules.Allowed("/x"));
}

TEST(RobotsTxtTest, PercentEncodingIsNormalized) {
  const char* txt =
      "User-agent: *\n"
      "Disallow: /%7Ejoe/\n"
      "Disallow: /caf\xC3\xA9/\n"
      "Disallow: /a%2fb\n";
  RobotsRules rules = ParseRobotsTxt(txt, "corpusd");
  EXPECT_FALSE(rules.Allowed("/~joe/index.html"));
  EXPECT_FALSE(rules.Allowed("/%7ejoe/index.html"));
  EXPECT_FALSE(rules.Allowed("/caf%C3%A9/menu"));
  EXPECT_FALSE(rules.Allowed("/caf%c3%a9/menu"));
  EXPECT_FALSE(rules.Allowed("/a%2Fb"));
  EXPECT_TRUE(rules.Allowed("/a/b"));  // %2F is reserved: not the same as "/"
}

TEST(RobotsTxtTest, RobotsTxtItselfIsAlwaysAllowed) {
  RobotsRules rules = ParseRobotsTxt("User-agent: *\nDisallow: /\n", "corpusd");
  EXPECT_FALSE(rules.Allowed("/"));
  EXPECT_FALSE(rules.Allowed(""));
  EXPECT_TRUE(rules.Allowed("/robots.txt"));
}

TEST(RobotsTxtTest, CrawlDelayVariants) {
  auto delay = [](std::string value) {
    return ParseRobotsTxt("User-agent: *\nCrawl-delay: " + value + "\n", "corpusd").crawl_delay;
  };
  EXPECT_EQ(delay("10"), milliseconds(10000));
  EXPECT_EQ(delay("0.5"), milliseconds(500));
  EXPECT_EQ(delay("999999999"), milliseconds(24 * 60 * 60 * 1000));
  EXPECT_FALSE(delay("soon"));
  EXPECT_FALSE(delay("-3"));
}

TEST(RobotsTxtTest, OnlyTheFirst500KiBAreRead) {
  std::string txt = "User-agent: *\nDisallow: /early\n";
  while (txt.size() < RobotsRules::kMaxBytes) txt += "# padding padding padding padding\n";
  txt += "Disallow: /late\n";
  RobotsRules rules = ParseRobotsTxt(txt, "corpusd");
  EXPECT_FALSE(rules.Allowed("/early"));
  EXPECT_TRUE(rules.Allowed("/late"));
}

TEST(RobotsTxtTest, AllowAllAndDisallowAll) {
  EXPECT_TRUE(RobotsRules::AllowAll().Allowed("/x"));
  EXPECT_FALSE(RobotsRules::DisallowAll().Allowed("/x"));
  EXPECT_TRUE(RobotsRules::DisallowAll().Allowed("/robots.txt"));
}

}  // namespace
}  // namespace corpusd
