#include "parsers/html/html_main_content.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

#include "parsers/html/html_document.h"

namespace corpusd {
namespace {

using Blocks = std::vector<std::string>;

Blocks MainOf(const std::string& html, const MainContentHints& hints = {}) {
  const HtmlDocument doc{html};
  return ExtractMainContent(doc, hints);
}

// Paragraphs of article prose, long enough to be scored as such.
const char* const kP1 =
    "The city council voted on Tuesday to expand the bus network, adding three routes, "
    "longer evening hours and a new depot in the north of the city.";
const char* const kP2 =
    "Officials said the plan, which takes effect in spring, would cost about twelve million, "
    "paid for by a regional grant and higher parking fees downtown.";
const char* const kP3 =
    "Residents who spoke at the meeting were divided, with some praising the new routes and "
    "others worried about noise, traffic and the cost of the depot.";
const char* const kP4 =
    "The council will review ridership figures next year, and the mayor said further routes "
    "could follow if the numbers, as expected, keep rising.";

std::string Article() {
  return std::string("<p>") + kP1 + "</p><p>" + kP2 + "</p><p>" + kP3 + "</p><p>" + kP4 + "</p>";
}

bool HasBlockContaining(const Blocks& blocks, const std::string& part) {
  for (const std::string& b : blocks) {
    if (b.find(part) != std::string::npos) return true;
  }
  return false;
}

TEST(HtmlMainContentTest, ArticleAmongNavSidebarFooterCommentsAndRelatedLists) {
  const std::string html =
      "<html><body><nav><ul><li><a href=/>Home</a></li><li><a href=/news>News</a></li></ul></nav>"
      "<div class=sidebar><p>Most popular today, a sidebar paragraph of some length here.</p></div>"
      "<div class=content><article>" +
      Article() +
      "</article>"
      "<div class=related-articles><h3>Related</h3><ul><li><a href=/a>Another story about "
      "buses</a></li><li><a href=/b>Yet another story</a></li></ul></div>"
      "<div id=comments><p>Great article, I really enjoyed reading it, thanks a lot!</p></div>"
      "</div><footer><p>Copyright 2024 The City Paper, all rights reserved.</p></footer>"
      "</body></html>";
  EXPECT_EQ(MainOf(html), (Blocks{kP1, kP2, kP3, kP4}));
}

TEST(HtmlMainContentTest, AStandfirstWrittenStraightInADivAboveTheBodyIsKept) {
  const std::string standfirst =
      "Three routes, longer evening hours and a new depot are coming to the north of the city, "
      "after a vote that split the council.";
  const std::string html =
      "<html><body><div class=article><div class=byline>By Jane Doe / "
      "2024.03.05 in the City section of the paper</div><div class=summary>" +
      standfirst + "</div><div class=text>" + Article() + "</div></div></body></html>";
  // The byline above it is no sentence and stays out.
  EXPECT_EQ(MainOf(html), (Blocks{standfirst, kP1, kP2, kP3, kP4}));
}

TEST(HtmlMainContentTest, ShareBarsAndCookieBannersAreDropped) {
  const std::string html =
      "<body><div id=cookie-consent><p>We use cookies to improve your experience, accept "
      "them all?</p><button>OK</button></div><main><div class=share-bar><a href=#>Share on "
      "Facebook</a> <span>Share this story with your friends</span></div>" +
      Article() + "<div class=social-links>Follow us on social media for more news</div></main>";
  EXPECT_EQ(MainOf(html), (Blocks{kP1, kP2, kP3, kP4}));
}

TEST(HtmlMainContentTest, FigureCaptionsAndCreditsAreDropped) {
  const std::string html = "<article><p>" + std::string(kP1) +
                           "</p><figure><img src=a.jpg><figcaption>The new depot, as "
                           "planned.</figcaption></figure><div class=image-credit>Photo: "
                           "J. Smith</div><p>" +
                           kP2 + "</p><p>" + kP3 + "</p><p>" + kP4 + "</p></article>";
  EXPECT_EQ(MainOf(html), (Blocks{kP1, kP2, kP3, kP4}));
}

TEST(HtmlMainContentTest, ListsQuotesAndTablesAreKeptWithBreaks) {
  const std::string html = "<article>" + Article() +
                           "<ul><li>first point</li><li>second point</li></ul>"
                           "<blockquote>a quoted line</blockquote>"
                           "<table><tr><td>Route</td><td>Hours</td></tr>"
                           "<tr><td>12</td><td>6-23</td></tr></table></article>";
  EXPECT_EQ(MainOf(html), (Blocks{kP1, kP2, kP3, kP4, "first point", "second point",
                                  "a quoted line", "Route Hours", "12 6-23"}));
}

TEST(HtmlMainContentTest, NoWordsGlueAtBlockBoundaries) {
  const std::string html = "<article>" + Article() + "<div>end<div>Next</div>More</div></article>";
  const Blocks blocks = MainOf(html);
  EXPECT_FALSE(HasBlockContaining(blocks, "endNext"));
  EXPECT_FALSE(HasBlockContaining(blocks, "NextMore"));
  EXPECT_TRUE(HasBlockContaining(blocks, "end"));
}

TEST(HtmlMainContentTest, InlineTagsAddNoSpaces) {
  const std::string html =
      "<article><p>The coun<b>cil</b> vot<i>ed</i> on <a href=x>Tues</a>day"
      ", adding three new routes to the network of the city.</p>" +
      Article() + "</article>";
  const Blocks blocks = MainOf(html);
  ASSERT_FALSE(blocks.empty());
  EXPECT_EQ(blocks[0],
            "The council voted on Tuesday, adding three new routes to the network of the city.");
}

TEST(HtmlMainContentTest, PageWithoutArticleIsEmpty) {
  const std::string html =
      "<body><nav><a href=/>Home</a> <a href=/a>About</a></nav><div><ul>"
      "<li><a href=/1>First story headline</a></li><li><a href=/2>Second story headline</a></li>"
      "<li><a href=/3>Third story headline</a></li></ul></div><footer>Contact us</footer></body>";
  EXPECT_TRUE(MainOf(html).empty());
}

TEST(HtmlMainContentTest, HeadlineIsNotRepeated) {
  const std::string html =
      "<article><h1>Council expands bus network</h1><h2>Council expands bus network</h2>" +
      Article() + "</article>";
  MainContentHints hints;
  hints.title = "Council expands bus network | The City Paper";
  EXPECT_EQ(MainOf(html, hints), (Blocks{kP1, kP2, kP3, kP4}));
}

TEST(HtmlMainContentTest, HundredThousandNestedDivsAreFastAndDoNotCrash) {
  std::string html;
  for (int i = 0; i < 100000; ++i) html += "<div>";
  html += Article();
  for (int i = 0; i < 100000; ++i) html += "</div>";
  const auto start = std::chrono::steady_clock::now();
  const Blocks blocks = MainOf(html);
  const auto elapsed = std::chrono::steady_clock::now() - start;
  EXPECT_LT(elapsed, std::chrono::seconds(5));
  EXPECT_TRUE(HasBlockContaining(blocks, "three routes"));
}

TEST(HtmlMainContentTest, JsonLdBodyIsUsedWhenThePageHidesTheArticle) {
  const std::string html =
      "<body><nav><a href=/>Home</a></nav><div class=paywall-teaser><p>Subscribe to read "
      "this story.</p></div></body>";
  MainContentHints hints;
  hints.article_body = std::string(kP1) + "\n\n" + kP2 + "\n" + kP3;
  EXPECT_EQ(MainOf(html, hints), (Blocks{kP1, kP2, kP3}));
}

TEST(HtmlMainContentTest, JsonLdBodyDoesNotReplaceAFullArticle) {
  MainContentHints hints;
  hints.article_body = std::string(kP1) + " " + kP2;
  EXPECT_EQ(MainOf("<article>" + Article() + "</article>", hints), (Blocks{kP1, kP2, kP3, kP4}));
}

// The extraction audit names what was left out of the article and beside
// it, by kind, so that a reader can see why text is missing; the site's
// menu before the article is not listed.
TEST(HtmlMainContentTest, TheAuditNamesWhatWasLeftOutByKind) {
  const std::string html =
      "<html><body><nav><ul><li><a href=/>Home</a></li><li><a href=/news>News</a></li></ul></nav>"
      "<div class=content><article><h1>Council expands the bus network</h1>" +
      Article() +
      "<div class=share-tools><a href=/fb>Share on Facebook</a></div>"
      "<div class=author-bio><p>Jane Doe covers transport for the City Paper.</p></div>"
      "</article>"
      "<div class=related-articles><h3>Related</h3><ul><li><a href=/a>Another story about "
      "buses</a></li><li><a href=/b>Yet another story</a></li></ul></div>"
      "<div id=comments><p>Great article, I really enjoyed reading it, thanks a lot!</p></div>"
      "</div></body></html>";
  const HtmlDocument doc{html};
  std::vector<Removal> removed;
  const Blocks blocks = ExtractMainContent(doc, {"Council expands the bus network", ""}, &removed);
  EXPECT_EQ(blocks, (Blocks{kP1, kP2, kP3, kP4}));
  std::vector<std::string> kinds;
  for (const Removal& r : removed) kinds.push_back(r.rule);
  EXPECT_EQ(kinds, (std::vector<std::string>{"html:headline", "html:share", "html:bio",
                                             "html:teaser-list", "html:comments"}));
  ASSERT_EQ(removed.size(), 5u);
  EXPECT_EQ(removed[0].text, "Council expands the bus network");
  EXPECT_EQ(removed[2].text, "Jane Doe covers transport for the City Paper.");
  EXPECT_EQ(removed[4].text, "Great article, I really enjoyed reading it, thanks a lot!");
}

// A page without an article has nothing to audit: its whole text is kept.
TEST(HtmlMainContentTest, NoArticleNoAudit) {
  const HtmlDocument doc{"<html><body><nav><a href=/>Home</a></nav><p>Hi.</p></body></html>"};
  std::vector<Removal> removed;
  EXPECT_TRUE(ExtractMainContent(doc, {}, &removed).empty());
  EXPECT_TRUE(removed.empty());
}

// Comments marked up as schema.org's Comment are left out whatever their
// classes say, and so is an author box after the article.
TEST(HtmlMainContentTest, SchemaOrgCommentsAndAuthorBoxesAreLeftOut) {
  const std::string html =
      "<html><body><div class=main><article>" + Article() +
      "<div class=about-the-author><p>Jane Doe has written about cities, buses and trains "
      "for twenty years, and lives in the north of the city.</p></div></article>"
      "<ol class=thread><li itemscope itemtype=\"https://schema.org/Comment\"><p>I ride the "
      "bus every day, and the new routes, frankly, cannot come soon enough for us.</p></li>"
      "</ol></div></body></html>";
  const HtmlDocument doc{html};
  std::vector<Removal> removed;
  EXPECT_EQ(ExtractMainContent(doc, {}, &removed), (Blocks{kP1, kP2, kP3, kP4}));
  std::vector<std::string> kinds;
  for (const Removal& r : removed) kinds.push_back(r.rule);
  EXPECT_EQ(kinds, (std::vector<std::string>{"html:bio", "html:comments"}));
}

}  // namespace
}  // namespace corpusd
