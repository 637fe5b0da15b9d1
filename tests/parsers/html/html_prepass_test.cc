#include "parsers/html/html_prepass.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "parsers/html/html_document.h"
#include "parsers/html/html_main_content.h"
#include "parsers/html/html_metadata.h"
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
      "<title>a <script> b</title><div class=\"<script>\" id='>'>kept</div>"
      "<script>" +
      std::string(100, 'x') + "</script>";
  EXPECT_EQ(Strip(html), "<title>a <script> b</title><div class=\"<script>\" id='>'>kept</div>");
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

TEST(StripInvisibleMarkup, DropsAttributesNoReaderLooksAt) {
  const std::string filler = "<script>" + std::string(200, 'x') + "</script>";
  EXPECT_EQ(Strip("<img src=a.jpg srcset=\"a.jpg 1x, b.jpg 2x\" alt='A' data-lazy=\"1\">" + filler),
            "<img>");
  EXPECT_EQ(
      Strip("<a href=/x onclick=\"go('>')\" DATA-Track = 'y' target=_blank title=t>x</a>" + filler),
      "<a>x</a>");
  // What metadata, dates and main content read is kept: names, ids, classes,
  // roles, dates, hiding; a link's href only on <link>, a title only on <abbr>.
  const std::string kept =
      "<link rel=canonical href=\"https://x.test/a\"><abbr class=published title=\"2020-01-02\">"
      "Jan 2</abbr><time class=\"date\" datetime=\"2020-01-02\" data-utime=\"1577923200\" "
      "itemprop=\"datePublished\" aria-hidden=\"true\" hidden style=\"display:none\" "
      "role=\"note\" id=\"t\" lang=\"en\">x</time>";
  EXPECT_EQ(Strip(kept + filler), kept);
}

TEST(StripInvisibleMarkup, ReadsAttributesAsTheTokenizerDoes) {
  const std::string filler = "<script>" + std::string(200, 'x') + "</script>";
  // Values without quotes, spaces around '=', a slash, names that are
  // prefixes ("on", "data" alone), a tag name longer than TagName reads.
  EXPECT_EQ(Strip("<p on=1 data=2 data-a = 3 / class=c>t</p>" + filler),
            "<p on=1 data=2 / class=c>t</p>");
  EXPECT_EQ(Strip("<my-element-with-a-long-name data-x=1 class=k>t</my-element-with-a-long-name>" +
                  filler),
            "<my-element-with-a-long-name class=k>t</my-element-with-a-long-name>");
  // A tag cut off by the end of the input is left as it is.
  EXPECT_EQ(Strip(filler + "<p>t</p><img data-x=\"never closed"),
            "<p>t</p><img data-x=\"never closed");
}

TEST(StripInvisibleMarkup, CollapsesWhiteSpaceOutsidePreformattedText) {
  const std::string filler = "<script>" + std::string(200, 'x') + "</script>";
  // A run keeps its first line break, else its first character; one
  // character alone, a no-break space and tags' insides stay as they are.
  EXPECT_EQ(Strip("<div>\n    <p>a  b \t\n  c\xc2\xa0 d</p>\r\n  </div  \n>" + filler),
            "<div>\n<p>a b\nc\xc2\xa0 d</p>\n</div  \n>");
  // Preformatted text, raw text and JSON-LD keep theirs, nested or not.
  const std::string pre =
      "<pre>a   b\n\n  <pre>c  d</pre>  e</pre><listing>f   g</listing>"
      "<textarea>h   i</textarea><title>j   k</title>"
      "<script type=\"application/ld+json\">{\"a\":  1}</script>";
  EXPECT_EQ(Strip(pre + "<p>l   m</p>" + filler), pre + "<p>l m</p>");
  // An unclosed <pre> keeps the rest as it is.
  EXPECT_EQ(Strip("<p>n   o</p><pre>p   q" + filler), "<p>n o</p><pre>p   q");
}

TEST(StripInvisibleMarkup, GivesTheSameMetadataAndArticleAsTheFullPage) {
  std::string page =
      "<html lang=en><head><title>T</title><meta property=\"article:published_time\" "
      "content=\"2021-03-04T05:06:07Z\" data-rh=true><link rel=canonical href=\"https://x.test/a\" "
      "data-x=1><script>var a = 1;</script></head><body><nav data-nav=1><a href=/ "
      "onclick=\"f()\">Home</a></nav><article class=post data-id=9>";
  for (int i = 0; i < 6; ++i) {
    page += "<p data-p=\"" + std::to_string(i) +
            "\">A sentence of the article that is long enough to count as text, number " +
            std::to_string(i) +
            ".</p><figure><img src=i.jpg srcset=\"i.jpg 1x\" alt=\"A photo\">"
            "<figcaption aria-label=c>Photo: Agency</figcaption></figure>";
  }
  page += "</article><div class=comments data-c=1><p>A comment.</p></div></body></html>";
  const std::string stripped = Strip(page);
  ASSERT_LT(stripped.size(), page.size());
  const HtmlDocument full_doc(page), stripped_doc(stripped);
  const HtmlMetadata full = ExtractHtmlMetadata(full_doc, "https://x.test/a", {}, {});
  const HtmlMetadata lean = ExtractHtmlMetadata(stripped_doc, "https://x.test/a", {}, {});
  EXPECT_EQ(lean.title, full.title);
  EXPECT_EQ(lean.canonical_url, full.canonical_url);
  ASSERT_TRUE(full.published.has_value());
  ASSERT_TRUE(lean.published.has_value());
  EXPECT_EQ(lean.published->iso, full.published->iso);
  std::vector<Removal> full_removals, lean_removals;
  EXPECT_EQ(ExtractMainContent(stripped_doc, {"T", ""}, &lean_removals),
            ExtractMainContent(full_doc, {"T", ""}, &full_removals));
  EXPECT_EQ(lean_removals.size(), full_removals.size());
}

// Pages put together at random from the pieces pages are made of (blocks,
// inline tags, attributes read and unread, indentation, <pre>, comments,
// scripts, hidden parts, entities): the pre-pass never changes what the
// readers get from them.
std::string RandomPage(std::mt19937& rng) {
  const auto pick = [&](std::initializer_list<const char*> options) {
    return std::string(options.begin()[rng() % options.size()]);
  };
  const auto space = [&] { return pick({"", " ", "  ", "\n", "\n    ", "\r\n\t\t", " \n \n "}); };
  const auto attributes = [&] {
    std::string a;
    const int n = static_cast<int>(rng() % 4);
    for (int i = 0; i < n; ++i) {
      a += pick({" ", "  ", "\n  "});
      a += pick({"class=\"post body\"",
                 "id=main",
                 "data-id=\"7\"",
                 "data-x='a > b'",
                 "onclick=\"go()\"",
                 "srcset=\"a.jpg 2x\"",
                 "alt=\"A photo\"",
                 "hidden",
                 "style=\"display:none\"",
                 "aria-hidden=true",
                 "aria-label=\"x\"",
                 "lang=de",
                 "title=\"T\"",
                 "data-utime=\"1577923200\"",
                 "role=navigation",
                 "itemprop=articleBody",
                 "width=100",
                 "href=\"/y\"",
                 "src=i.png",
                 "class=published",
                 "title=\"2020-05-06\"",
                 "datetime=\"2020-07-08\""});
    }
    return a;
  };
  const auto words = [&] {
    std::string w;
    const int n = 1 + static_cast<int>(rng() % 12);
    for (int i = 0; i < n; ++i) {
      w += pick({"Das", "news", "of", "the", "day", "Ünïcödé", "&amp;", "&nbsp;", "\xc2\xa0",
                 "2020-01-02", "Paris", "said", "14:30"});
      w += space() + pick({" ", ""});
    }
    return w;
  };
  std::string page = "<!DOCTYPE html><html" + attributes() + "><head>" + space() + "<title>" +
                     words() + "</title>" + space() +
                     "<meta property=\"article:published_time\" content=\"2021-03-04\"" +
                     attributes() + ">" + space() + "<script>var a = '  <p>  ';</script>" +
                     space() + "</head><body" + attributes() + ">";
  const int blocks = 1 + static_cast<int>(rng() % 25);
  for (int b = 0; b < blocks; ++b) {
    const std::string tag =
        pick({"p", "div", "li", "h2", "pre", "blockquote", "td", "span", "article", "section",
              "figcaption", "textarea", "listing", "abbr", "time"});
    page += space() + "<" + tag + attributes() + ">" + space();
    const int parts = 1 + static_cast<int>(rng() % 4);
    for (int i = 0; i < parts; ++i) {
      switch (rng() % 6) {
        case 0:
          page += "<a href=\"/x\"" + attributes() + ">" + words() + "</a>";
          break;
        case 1:
          page += "<b" + attributes() + ">" + words() + "</b>" + space();
          break;
        case 2:
          page += "<!--" + words() + "-->";
          break;
        case 3:
          page += "<img src=i.jpg" + attributes() + ">" + space() + "<br" + attributes() + ">";
          break;
        default:
          page += words();
      }
    }
    if (rng() % 10 != 0) page += space() + "</" + tag + ">";  // some left open
  }
  return page + space() + "</body></html>";
}

TEST(StripInvisibleMarkup, RandomPagesReadTheSameAfterIt) {
  std::mt19937 rng(20261207);
  int stripped_pages = 0;
  for (int i = 0; i < 400; ++i) {
    const std::string page = RandomPage(rng);
    std::string stripped;
    if (!StripInvisibleMarkup(page, &stripped)) continue;
    ++stripped_pages;
    const HtmlDocument full_doc(page), lean_doc(stripped);
    const HtmlText full_text = ExtractHtmlText(full_doc);
    const HtmlText lean_text = ExtractHtmlText(lean_doc);
    EXPECT_EQ(lean_text.blocks, full_text.blocks) << page;
    EXPECT_EQ(lean_text.title, full_text.title) << page;
    EXPECT_EQ(lean_text.language, full_text.language) << page;
    const HtmlMetadata full = ExtractHtmlMetadata(full_doc, "https://x.test/a", {}, {});
    const HtmlMetadata lean = ExtractHtmlMetadata(lean_doc, "https://x.test/a", {}, {});
    EXPECT_EQ(lean.title, full.title) << page;
    EXPECT_EQ(lean.authors, full.authors) << page;
    EXPECT_EQ(lean.published.has_value(), full.published.has_value()) << page;
    if (lean.published && full.published) EXPECT_EQ(lean.published->iso, full.published->iso);
    std::vector<Removal> full_removals, lean_removals;
    EXPECT_EQ(ExtractMainContent(lean_doc, {full.title, ""}, &lean_removals),
              ExtractMainContent(full_doc, {full.title, ""}, &full_removals))
        << page;
    if (HasFailure()) return;  // one page to look at is enough
  }
  EXPECT_GT(stripped_pages, 300);
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
