#include "parsers/html/html_prepass.h"

#include <gtest/gtest.h>

#include "parsers/html/html_text.h"

namespace corpusd {
namespace {

std::string Strip(const std::string& html) {
  std::string out;
  return StripInvisibleMarkup(html, &out) ? out : html;
}

TEST(StripInvisibleMarkup, DropsScriptsStylesSvgAndComments) {
  EXPECT_EQ(Strip("<p>a</p><script>var x = '</p>';</script><style>p{}</style>"
                  "<!-- note --><svg><g><svg></svg><text>no</text></g></svg><p>b</p>"),
            "<p>a</p><p>b</p>");
}

TEST(StripInvisibleMarkup, KeepsJsonLd) {
  const std::string ld =
      "<script type=\"application/ld+json\">{\"datePublished\":\"2020\"}</script>";
  EXPECT_EQ(Strip(ld + "<script>" + std::string(100, 'x') + "</script><p>t</p>"), ld + "<p>t</p>");
}

TEST(StripInvisibleMarkup, ReadsQuotedAttributesAndRawTextWhole) {
  // A "<script>" inside an attribute value or a title is text, not a tag.
  const std::string html =
      "<title>a <script> b</title><div data-x=\"<script>\" title='>'>kept</div>"
      "<script>" +
      std::string(100, 'x') + "</script>";
  EXPECT_EQ(Strip(html),
            "<title>a <script> b</title><div data-x=\"<script>\" title='>'>kept</div>");
}

TEST(StripInvisibleMarkup, ReadsEmptyCommentsAsTheSpecDoes) {
  const std::string filler = "<script>" + std::string(100, 'x') + "</script>";
  EXPECT_EQ(Strip("<p>a</p><!--><p>b</p><!---><p>c</p>" + filler), "<p>a</p><p>b</p><p>c</p>");
}

TEST(StripInvisibleMarkup, HandlesUnclosedConstructs) {
  EXPECT_EQ(Strip("<p>text</p><script>never closed"), "<p>text</p>");
  EXPECT_EQ(Strip("<p>text</p><!-- never closed"), "<p>text</p>");
  EXPECT_EQ(Strip("<p>text</p><svg><g>"), "<p>text</p>");
}

TEST(StripInvisibleMarkup, LeavesPagesWithLittleToDropAlone) {
  std::string out = "untouched";
  EXPECT_FALSE(StripInvisibleMarkup("<p>" + std::string(1000, 'a') + "</p><!--x-->", &out));
  EXPECT_EQ(out, "untouched");
}

TEST(StripInvisibleMarkup, GivesTheSameTextAsTheFullPage) {
  const std::string page =
      "<html><head><title>T</title><style>.a{}</style><script>if (a < b) {}</script></head>"
      "<body><div><p>One <b>two</b></p><svg viewBox='0 0 1 1'><path d='M0'/></svg>"
      "<!-- c --><p>Three</p><noscript><p>Four</p></noscript></div></body></html>";
  EXPECT_EQ(ExtractHtmlText(Strip(page)).blocks, ExtractHtmlText(page).blocks);
  EXPECT_EQ(ExtractHtmlText(Strip(page)).title, "T");
}

}  // namespace
}  // namespace corpusd
