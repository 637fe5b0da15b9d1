#include "parsers/html/html_text.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

#include "parsers/html/html_document.h"

namespace corpusd {
namespace {

using Blocks = std::vector<std::string>;

Blocks BlocksOf(std::string_view html) { return ExtractHtmlText(html).blocks; }

TEST(HtmlTextTest, AdjacentParagraphsAreSeparateBlocks) {
  EXPECT_EQ(BlocksOf("<p>end</p><p>Next</p>"), (Blocks{"end", "Next"}));
}

TEST(HtmlTextTest, NestedBlocksSplitTheOuterText) {
  EXPECT_EQ(BlocksOf("<div>a<div>b</div>c</div>"), (Blocks{"a", "b", "c"}));
}

TEST(HtmlTextTest, HeadingListItemsAndSectionsNeverGlueWords) {
  EXPECT_EQ(BlocksOf("<h1>Title</h1>Intro<ul><li>one</li><li>two</li></ul><section>End</section>"),
            (Blocks{"Title", "Intro", "one", "two", "End"}));
}

TEST(HtmlTextTest, InlineTagsAddNoSpace) {
  EXPECT_EQ(BlocksOf("<p><b>Hel</b>lo word<span>,</span> <a href=x>link</a><em>!</em></p>"),
            (Blocks{"Hello word, link!"}));
}

TEST(HtmlTextTest, WhitespaceAcrossInlineTagsCollapsesToOneSpace) {
  EXPECT_EQ(BlocksOf("<p>  one \n\t<i> two </i>\r\n three\f</p>"), (Blocks{"one two three"}));
}

TEST(HtmlTextTest, UnknownElementsAreInline) {
  EXPECT_EQ(BlocksOf("<p>x<my-widget>y</my-widget>z</p>"), (Blocks{"xyz"}));
}

TEST(HtmlTextTest, BrEndsTheBlock) {
  EXPECT_EQ(BlocksOf("<p>line one<br>line two<br/><br>line three</p>"),
            (Blocks{"line one", "line two", "line three"}));
}

TEST(HtmlTextTest, HrEndsTheBlock) { EXPECT_EQ(BlocksOf("a<hr>b"), (Blocks{"a", "b"})); }

TEST(HtmlTextTest, ScriptStyleNoscriptTemplateAreSkipped) {
  EXPECT_EQ(BlocksOf("<p>a<script>var x = '<p>no</p>';</script>b</p>"
                     "<style>p { color: red }</style><noscript>enable js</noscript>"
                     "<template><p>tpl</p></template><p>c</p>"),
            (Blocks{"ab", "c"}));
}

TEST(HtmlTextTest, SvgMathAndEmbeddedContentAreSkipped) {
  EXPECT_EQ(BlocksOf("<p>a<svg><text>vector</text><title>svg title</title></svg>b</p>"
                     "<math><mi>x</mi></math><iframe>frame</iframe><video>no video</video>"
                     "<canvas>no canvas</canvas><object>obj</object><p>c</p>"),
            (Blocks{"ab", "c"}));
}

TEST(HtmlTextTest, FormControlsAreSkipped) {
  EXPECT_EQ(BlocksOf("<form><label>Name</label><input value=v><textarea>typed</textarea>"
                     "<select><option>opt</option></select><button>Go</button></form>"),
            (Blocks{"Name"}));
}

TEST(HtmlTextTest, HiddenElementsAreSkipped) {
  EXPECT_EQ(BlocksOf("<p>shown</p><p hidden>attr</p><div aria-hidden=\"TRUE\">aria</div>"
                     "<div aria-hidden=\"false\">visible aria</div>"
                     "<span style=\"color:red; DISPLAY : None\">styled</span>"
                     "<span style=\"-webkit-display:none\">kept</span>"),
            (Blocks{"shown", "visible aria", "kept"}));
}

TEST(HtmlTextTest, ClosedDialogIsSkipped) {
  EXPECT_EQ(BlocksOf("<dialog>closed</dialog><dialog open>open</dialog>"), (Blocks{"open"}));
}

TEST(HtmlTextTest, ImageAltIsNotText) {
  EXPECT_EQ(BlocksOf("<p>before<img alt=\"ALT\" src=x.png>after</p>"), (Blocks{"beforeafter"}));
}

TEST(HtmlTextTest, EntitiesAreDecoded) {
  HtmlText text = ExtractHtmlText("<p>Fish &amp; chips&nbsp;now &lt;3 &#233;t&eacute;</p>");
  EXPECT_EQ(text.blocks, (Blocks{"Fish & chips\u00A0now <3 \u00E9t\u00E9"}));
}

TEST(HtmlTextTest, TitleIsReadFromHeadWithWhitespaceCollapsed) {
  HtmlText text = ExtractHtmlText(
      "<html><head><title>\n  My \t Page  </title><style>x</style></head>"
      "<body><p>Body</p></body></html>");
  EXPECT_EQ(text.title, "My Page");
  EXPECT_EQ(text.blocks, (Blocks{"Body"}));
}

TEST(HtmlTextTest, FirstTitleWinsAndSvgTitleDoesNotCount) {
  EXPECT_EQ(ExtractHtmlText("<body><svg><title>icon</title></svg><title>Real</title>"
                            "<title>Second</title></body>")
                .title,
            "Real");
}

TEST(HtmlTextTest, NoTitleIsEmpty) { EXPECT_EQ(ExtractHtmlText("<p>x</p>").title, ""); }

TEST(HtmlTextTest, LanguageComesFromHtmlLang) {
  EXPECT_EQ(ExtractHtmlText("<!DOCTYPE html><html lang=\"de-AT\"><p>Hallo</p>").language, "de-AT");
  EXPECT_EQ(ExtractHtmlText("<html xml:lang=\"fr\"><p>Salut</p>").language, "fr");
  EXPECT_EQ(ExtractHtmlText("<p lang=en>no html lang</p>").language, "");
}

TEST(HtmlTextTest, TableRowsAreBlocksAndCellsAreSpaceSeparated) {
  EXPECT_EQ(BlocksOf("<table><tr><th>Name</th><th>Age</th></tr>"
                     "<tr><td>Ann</td><td>31</td></tr><tr><td><b>B</b>ob<td>4</table>"),
            (Blocks{"Name Age", "Ann 31", "Bob 4"}));
}

TEST(HtmlTextTest, ListItemsAreBlocks) {
  EXPECT_EQ(BlocksOf("<ol><li>first<li>second<ul><li>inner</ul></ol><dl><dt>term<dd>def</dl>"),
            (Blocks{"first", "second", "inner", "term", "def"}));
}

TEST(HtmlTextTest, PreKeepsLineBreaksAndSpaces) {
  EXPECT_EQ(BlocksOf("<p>before</p><pre>\n  int x;\n  <b>return</b>  x;\n\n</pre><p>after</p>"),
            (Blocks{"before", "  int x;\n  return  x;", "after"}));
}

TEST(HtmlTextTest, BrInsidePreIsANewline) {
  EXPECT_EQ(BlocksOf("<pre>a<br>b</pre>"), (Blocks{"a\nb"}));
}

TEST(HtmlTextTest, MalformedAndTruncatedHtmlStillYieldsText) {
  EXPECT_EQ(BlocksOf("<p>unclosed <b>bold"), (Blocks{"unclosed bold"}));
  EXPECT_EQ(BlocksOf("<p>one<p>two</b></i></div>three"), (Blocks{"one", "twothree"}));
  EXPECT_EQ(BlocksOf("<div>cut <a href=\"x"), (Blocks{"cut"}));
}

TEST(HtmlTextTest, CommentsAreNotText) {
  EXPECT_EQ(BlocksOf("<p>a<!-- hidden <p>x</p> -->b</p><!-- unterminated"), (Blocks{"ab"}));
}

TEST(HtmlTextTest, EmptyDocumentHasNoBlocks) {
  HtmlText text = ExtractHtmlText("");
  EXPECT_TRUE(text.blocks.empty());
  EXPECT_EQ(text.title, "");
  EXPECT_EQ(text.language, "");
  EXPECT_TRUE(BlocksOf("  \n <p> </p><div>\t</div>").empty());
}

TEST(HtmlTextTest, PlainTextWithoutTagsIsOneBlock) {
  EXPECT_EQ(BlocksOf("just some\ntext"), (Blocks{"just some text"}));
}

TEST(HtmlTextTest, InvalidUtf8BecomesReplacementCharacters) {
  HtmlText text = ExtractHtmlText(
      "<p>a\xFF"
      "b\xC3</p>");
  ASSERT_EQ(text.blocks.size(), 1u);
  EXPECT_EQ(text.blocks[0], "a\uFFFDb\uFFFD");
}

// Gumbo rescans its open-element stack for every <div>: 100,000 nested divs
// took 37 s before the nesting limit, and a recursive walk would overflow.
TEST(HtmlTextTest, HundredThousandNestedDivsFinishQuickly) {
  std::string html;
  for (int i = 0; i < 100000; ++i) html += "<div>";
  html += "deep";
  for (int i = 0; i < 100000; ++i) html += "</div>";
  auto start = std::chrono::steady_clock::now();
  HtmlText text = ExtractHtmlText(html);
  auto elapsed = std::chrono::steady_clock::now() - start;
  EXPECT_EQ(text.blocks, (Blocks{"deep"}));
  EXPECT_LT(elapsed, std::chrono::seconds(20));  // generous: sanitizer builds are slow
}

TEST(HtmlTextTest, DeeplyNestedUnclosedInlineAndListTagsFinish) {
  for (std::string_view unit : {"<b>", "<ul><li>", "<dl><dd>", "<table><tr><td>",
                                "<p><font size=2>x</p>", "<blockquote><i>"}) {
    std::string html;
    for (int i = 0; i < 20000; ++i) html += unit;
    html += "end";
    HtmlText text = ExtractHtmlText(html);
    ASSERT_FALSE(text.blocks.empty()) << unit;
    EXPECT_TRUE(text.blocks.back().ends_with("end")) << unit;
  }
  std::string svg;
  for (int i = 0; i < 20000; ++i) svg += "<svg><g>";
  EXPECT_TRUE(BlocksOf(svg + "hidden").empty());
}

TEST(HtmlTextTest, TextBeyondTheNestingLimitKeepsBlockBreaks) {
  std::string html;
  for (int i = 0; i < 600; ++i) html += "<div>";
  html += "a<div>b</div>c";
  EXPECT_EQ(BlocksOf(html), (Blocks{"a", "b", "c"}));
}

TEST(HtmlDocumentTest, UnknownTagNamesAreLowerCased) {
  HtmlDocument doc("<My-Widget Data-X=1>t</My-Widget>");
  // document > html > body > my-widget
  HtmlNode body = doc.root().child(0).child(1);
  ASSERT_EQ(body.tag(), "body");
  HtmlNode widget = body.child(0);
  EXPECT_EQ(widget.type(), HtmlNode::Type::kElement);
  EXPECT_EQ(widget.tag(), "my-widget");
  EXPECT_EQ(widget.attribute("data-x"), "1");
  EXPECT_TRUE(widget.has_attribute("data-x"));
  EXPECT_FALSE(widget.has_attribute("data-y"));
  EXPECT_EQ(widget.child(0).text(), "t");
}

TEST(HtmlDocumentTest, OutOfRangeChildIsAnEmptyNode) {
  HtmlDocument doc("<p>x</p>");
  HtmlNode none = doc.root().child(99);
  EXPECT_FALSE(none.is_element());
  EXPECT_EQ(none.child_count(), 0u);
  EXPECT_EQ(none.tag(), "");
  EXPECT_EQ(none.text(), "");
}

TEST(HtmlDocumentTest, TemplateIsAnElement) {
  HtmlDocument doc("<template><p>x</p></template>");
  HtmlNode head = doc.root().child(0).child(0);
  ASSERT_EQ(head.tag(), "head");
  HtmlNode tpl = head.child(0);
  EXPECT_EQ(tpl.type(), HtmlNode::Type::kTemplate);
  EXPECT_TRUE(tpl.is_element());
  EXPECT_EQ(tpl.tag(), "template");
}

}  // namespace
}  // namespace corpusd

namespace corpusd {
namespace {

// From a real page: the <div> opened inside <noscript> makes the parser ignore
// </noscript>, so the whole article ended up inside the noscript and was lost.
TEST(HtmlTextTest, NoscriptLeftOpenByADivKeepsThePageText) {
  HtmlText text = ExtractHtmlText(
      "<body><noscript><div id=nojs></noscript><div><p>The article.</p><p>More.</p></div>");
  EXPECT_EQ(text.blocks, (std::vector<std::string>{"The article.", "More."}));
}

TEST(HtmlTextTest, NoscriptOfInlineContentIsSkipped) {
  HtmlText text = ExtractHtmlText(
      "<body><noscript>Enable <b>JavaScript</b><img src=pixel.gif></noscript><p>Text.</p>");
  EXPECT_EQ(text.blocks, (std::vector<std::string>{"Text."}));
}

// From the same page: a later "<noscript></div></noscript>" closed the noscript
// that held the page, so its end tag was in the source after all.
TEST(HtmlTextTest, NoscriptHoldingBlocksIsKeptEvenWhenClosed) {
  HtmlText text = ExtractHtmlText(
      "<body><noscript><div id=nojs></noscript><p>The article.</p>"
      "<noscript></div></noscript><p>End.</p>");
  EXPECT_EQ(text.blocks, (std::vector<std::string>{"The article.", "End."}));
}

TEST(HtmlTextTest, HiddenElementLeftOpenKeepsThePageText) {
  HtmlText text = ExtractHtmlText("<body><div style='display:none'><p>Text.</p>");
  EXPECT_EQ(text.blocks, (std::vector<std::string>{"Text."}));
}

TEST(HtmlTextTest, UnclosedScriptIsStillSkipped) {
  HtmlText text = ExtractHtmlText("<body><p>Text.</p><script>var a = '<p>no</p>';");
  EXPECT_EQ(text.blocks, (std::vector<std::string>{"Text."}));
}

}  // namespace
}  // namespace corpusd
