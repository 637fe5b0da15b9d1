// Cases ported from the Feed Validator's testcases (github.com/rubys/feedvalidator,
// testcases/...); inputs kept, expectations restated for what a reader should extract.
//
// The Feed Validator and its testcases are by Sam Ruby and Mark Pilgrim; each testcase file
// states its licence in its header ("License: Python").
//
// This file: Atom content types. How inputs were kept or adapted: feedvalidator_rss_test.cc.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parsers/feeds/feed_parser.h"
#include "tests/support/feed_parsing.h"

namespace corpusd {
namespace {

using testing::Iso;
using testing::MustParse;
using testing::npos;
using testing::OnlyItem;

// The document testcases/atom/4.1.3.1/*.xml and 4.1.3.3/*.xml share, differing only in the
// entry's <content>, which goes where they have it.
std::string ExampleFeedWithContent(std::string_view content) {
  return std::string(R"xml(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">

  <title>Example Feed</title>
  <link href="http://example.org/"/>
  <updated>2003-12-13T18:30:02Z</updated>
  <author>
    <name>John Doe</name>
  </author>
  <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>

  <entry>
    <title>Atom-Powered Robots Run Amok</title>
    <link href="http://example.org/2003/12/13/atom03"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <updated>2003-12-13T18:30:02Z</updated>
    <summary>Some text.</summary>
    )xml") +
         std::string(content) + R"xml(
  </entry>

</feed>
)xml";
}

// The entry of ExampleFeedWithContent, which every such case also checks.
FeedItem ExampleEntryWithContent(std::string_view content) {
  Feed feed = MustParse(ExampleFeedWithContent(content));
  EXPECT_EQ(feed.format, "atom1.0");
  EXPECT_EQ(feed.title, "Example Feed");
  EXPECT_EQ(feed.link, "http://example.org/");
  FeedItem item = OnlyItem(feed);
  EXPECT_EQ(item.id, "urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a");
  EXPECT_EQ(item.title, "Atom-Powered Robots Run Amok");
  EXPECT_EQ(item.link, "http://example.org/2003/12/13/atom03");
  EXPECT_EQ(item.author, "John Doe");  // the feed's
  EXPECT_EQ(item.summary, "Some text.");
  EXPECT_EQ(Iso(item.updated_at), "2003-12-13T18:30:02Z");
  return item;
}

// --- Atom: content types ---------------------------------------------------------

// testcases/atom/4.1.3.1/type-html.xml
TEST(FeedValidatorAtom, ContentTypeHtml) {
  FeedItem item = ExampleEntryWithContent(R"xml(<content type="html">Some content.</content>)xml");
  EXPECT_EQ(item.content_html, "Some content.");
  EXPECT_EQ(item.content_text, "");
}

// testcases/atom/4.1.3.1/type-text.xml
TEST(FeedValidatorAtom, ContentTypeText) {
  FeedItem item = ExampleEntryWithContent(R"xml(<content type="text">Some content.</content>)xml");
  EXPECT_EQ(item.content_text, "Some content.");
  EXPECT_EQ(item.content_html, "");
}

// testcases/atom/4.1.3.1/type-xhtml.xml
TEST(FeedValidatorAtom, ContentTypeXhtml) {
  FeedItem item = ExampleEntryWithContent(
      R"xml(<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Some content.</div></content>)xml");
  EXPECT_EQ(item.content_html, "Some content.");
  EXPECT_EQ(item.content_text, "");
}

// testcases/atom/4.1.3.1/type-xml.xml: "xml" is no content type; nothing is taken as text.
TEST(FeedValidatorAtom, ContentTypeXmlIsNotText) {
  FeedItem item = ExampleEntryWithContent(R"xml(<content type="xml">Some content.</content>)xml");
  EXPECT_EQ(item.content_html, "");
  EXPECT_EQ(item.content_text, "");
}

// testcases/atom/4.1.3.1/type-text-html.xml: a whole HTML document, escaped, as text/html.
TEST(FeedValidatorAtom, ContentTypeTextHtml) {
  FeedItem item = ExampleEntryWithContent(R"xml(<content type="text/html">
      &lt;html>
        &lt;head>
          &lt;title>Some title.&lt;/title>
        &lt;/head>
        &lt;body>
          Some content.
        &lt;/body>
      &lt;/html>
    </content>)xml");
  EXPECT_TRUE(item.content_html.starts_with("<html>")) << item.content_html;
  EXPECT_NE(item.content_html.find("<title>Some title.</title>"), npos) << item.content_html;
  EXPECT_NE(item.content_html.find("Some content."), npos) << item.content_html;
  EXPECT_TRUE(item.content_html.ends_with("</html>")) << item.content_html;
  EXPECT_EQ(item.content_text, "");
}

// testcases/atom/4.1.3.3/content-jpeg-valid-base64.xml: an image, in base64.
TEST(FeedValidatorAtom, ContentOfAnImageTypeIsNotText) {
  FeedItem item = ExampleEntryWithContent(R"xml(<content type="image/jpeg">
    /9j/4AAQSkZJRgABAQEASABIAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0a
    HBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/2wBDAQkJCQwLDBgNDRgyIRwhMjIyMjIy
    MjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjL/wAARCABYAGoDAREA
    AhEBAxEB/8QAGwAAAgIDAQAAAAAAAAAAAAAAAAIBAwQGBwX/xAA4EAABAwIDAwgJAwUAAAAAAAAB
    AAIDBBEFEmEUIaEGBzFBUYGR0RMiM1RxkpPh8DJTwSNDRFJi/8QAGgEBAQEBAQEBAAAAAAAAAAAA
    AAECAwUEBv/EACIRAQACAgEEAwEBAAAAAAAAAAABAhESAxMhMUEFIjIx/9oADAMBAAIRAxEAPwDv
    6CLoDMgMyAzIDMgMyAzIDMgMyAzIJugECkoEJOqoi51TQLnVNAudU0C51TQLnVNAudU0C51TQLnV
    NAudU0JBKBgoHQI5BUe5URfUcFQpe0dLgPBNCs1dM02M8YOrgtxjvP5AjbaX3iL5wnFf0m4G20vv
    EXzhOK/o3A22l94i+cK8V/RuEitpT/kRfMFOK/o3CwSMcLtc0/AhYmJjwprjtHBBI/OhQWNUFiBH
    IKzfXiqMSvro8Po5Kmd+WONpJJJXTFjtktFapM68uGY3zj4lyjx+LC8NnNJSSSZDIOm3WV7+HpMe
    LxEblym222UlFgrIWskbLUvA3yTTOLnHxUyRn348ETDJFFgnug+o/wA1z+/2u4NseCe6j6j/ADU+
    /wBm4QaLBLb6UfUf5p9/s3CuSjwLIQKYsuP1NleCO+61WM/s8NKquV+J8i+UTYIa2Wrw6QB7WzOz
    OaL2sSu98NMkRGSuk3Mfjs3JvlBTcocMjrKZ25w9ZtzcFeH1XTzgv2y6VmJe2L68V8rSxt1A9kCO
    QVO7uCo5lzuYlJBgjKSJ3tj61l7fxWKJmbuWSXIcHwh75GyAEOvcEL3MWKKx3S5zLdKajqwBeeTx
    WrXommcykqQPbv8AFcZyUXRxR1P7z/FTkoaK6kqh/ef4qxkoaYs1HV23TvXSL0TTU8awiWRxkkLn
    ut3pW8bPxtnM/Xy0mJz0Dj/TcLgdhXk/IYd4Nz+w6Uny7gw3F93BfnHZc1ZFiBHIKXk68VqBzLnQ
    o3VEED7EgG3Wv0Hw1o81ccjWcCogI23C9bPfthiIbTBSCw3LzL5pb0ym0Y7FwtmXR9iHYs8y6Q6i
    0VjMmmNLSCx3LtXLJp4GLUTTE7d1L0OnyTLEwTm9oCzlC6UDc0X3Ll8pMVwTHtafrs7L26+K/KS7
    r2rIdQK5BS8A9nBaGtcpMOixGikgksL9DgBdp6j0r7+jzTivFoYtG4c/poZ8LnMNUzKAfVeP0u71
    +hteueu6uWtNjpamIgG4Xm5cdoaiXpx1FPbeQvjtSzW4Wiopv9gs9l18EkqacdBCtcdjbz6mphsf
    WC+nHjsky1zEJHVb/QU0ZlkPU3+V6mKIxx3WlzltHJLBRhkJMhDp5N7yLW+AXkdf1PLbUfjpSNN2
    jbuH2Xky6L2rIsUCOQVOuVoYFdDnZuvxXXHKS16en3kObdvYR9l9tL+mdMbYoAbiFg+Dfsu3Lef6
    moNs0YHsm+CzyW9mgII/2x4J329mhs8ZG+IeCd9va6K6jgI3wsPxCsZbx/U0tgp2t9WOMMH/ACLf
    wsXyTP8AqV1EPew+BzbE34r48ttrD1m3H4V87S1t1A6gRyCs2VFb2NeLbvzvWolHmVFGHE2A/O9d
    qX0mmG6gP5bzXSMppGwnTh5q8pobDoOHmnKDYTpw805TQ2E6cPNOU0yqeiAPQOHmudsmzT1Iowxt
    hbh5rhM7VaLdqirGrIsQI5BWQT2qgsdUClt+lXYgxA9qbRHohqrtR6Iap3A9CNU7gehGqbDBgHRd
    TYbKe0qAAOqCxqgdBBF0ClvwQRlCoLBAZQgMoQFggMoQGUIDKEBlHYgMqgYCyBkH/9k=
    </content>)xml");
  EXPECT_EQ(item.content_html, "");
  EXPECT_EQ(item.content_text, "");
}

// testcases/atom/4.1.3.3/content-no-type-escaped-html.xml: no type means text, so the
// escaped tags are text.
TEST(FeedValidatorAtom, ContentWithoutTypeIsText) {
  FeedItem item =
      ExampleEntryWithContent(R"xml(<content>Some &lt;b&gt;bold&lt;/b&gt; text.</content>)xml");
  EXPECT_EQ(item.content_text, "Some <b>bold</b> text.");
  EXPECT_EQ(item.content_html, "");
}

// testcases/atom/4.1.3.3/content-xhtml-no-xhtml-div.xml: XHTML without its <div> wrapper.
TEST(FeedValidatorAtom, XhtmlContentWithoutDivWrapper) {
  FeedItem item = ExampleEntryWithContent(
      R"xml(<content type="xhtml"><span xmlns="http://www.w3.org/1999/xhtml">text</span></content>)xml");
  EXPECT_EQ(item.content_html, "<span>text</span>");
}

// testcases/atom/4.1.3.3/content-html-with-children.xml: type="html" with raw tags in it.
TEST(FeedValidatorAtom, HtmlContentWithRawTags) {
  FeedItem item =
      ExampleEntryWithContent(R"xml(<content type="html">Some <b>bold</b> text.</content>)xml");
  // A reader would keep "Some <b>bold</b> text." as RSS descriptions do; at least the words.
  EXPECT_NE(item.content_html.find("Some"), npos) << item.content_html;
  EXPECT_NE(item.content_html.find("bold"), npos) << item.content_html;
  EXPECT_NE(item.content_html.find("text."), npos) << item.content_html;
  EXPECT_EQ(item.content_text, "");
}

// testcases/atom/4.1.3.3/content-application-xthml.xml: XHTML under its media type.
TEST(FeedValidatorAtom, ContentTypeApplicationXhtml) {
  FeedItem item = ExampleEntryWithContent(R"xml(<content type="application/xhtml+xml">
      <div xmlns="http://www.w3.org/1999/xhtml">
        Some <b>bold</b> text.
      </div>
    </content>)xml");
  EXPECT_EQ(item.content_html, "Some <b>bold</b> text.");
}

// testcases/atom/4.1.3.3/content-text-with-children.xml: type="text" with tags in it.
TEST(FeedValidatorAtom, TextContentWithTagsKeepsTheText) {
  FeedItem item =
      ExampleEntryWithContent(R"xml(<content type="text">Some <b>bold</b> text</content>)xml");
  EXPECT_EQ(item.content_text, "Some bold text");
  EXPECT_EQ(item.content_html, "");
}

// testcases/atom/4.1.3.3/content-xhtml-mixed.xml: markup and escaped markup together.
TEST(FeedValidatorAtom, XhtmlContentWithMarkupAndEscapedMarkup) {
  FeedItem item = ExampleEntryWithContent(
      R"xml(<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><b>Example:</b> Some &lt;b&gt;bold&lt;/b&gt; text.</div></content>)xml");
  EXPECT_EQ(item.content_html, "<b>Example:</b> Some &lt;b&gt;bold&lt;/b&gt; text.");
}

// testcases/atom/4.1.3.2/content-src-relative-ref.xml: out-of-line content, no <link>.
TEST(FeedValidatorAtom, OutOfLineContentIsNeitherContentNorLink) {
  FeedItem item = OnlyItem(MustParse(R"xml(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">

  <title>Example Feed</title>
  <link href="http://example.org/"/>
  <updated>2003-12-13T18:30:02Z</updated>
  <author>
    <name>John Doe</name>
  </author>
  <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>

  <entry>
    <title>Atom-Powered Robots Run Amok</title>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <updated>2003-12-13T18:30:02Z</updated>
    <summary>Some text.</summary>
    <content src="2003/12/12/atom03.pdf" type="application/pdf"/>
  </entry>

</feed>
)xml"));
  EXPECT_EQ(item.content_html, "");
  EXPECT_EQ(item.content_text, "");
  EXPECT_EQ(item.link, "");
  EXPECT_EQ(item.summary, "Some text.");
}

// testcases/atom/2/infoset-cdata.xml: markup in CDATA in a text summary is text.
TEST(FeedValidatorAtom, CdataInATextSummary) {
  FeedItem item = OnlyItem(MustParse(R"xml(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">

  <title>Example Feed</title>
  <link href="http://example.org/"/>
  <updated>2003-12-13T18:30:02Z</updated>
  <author>
    <name>John Doe</name>
  </author>
  <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>

  <entry>
    <title>Atom-Powered Robots Run Amok</title>
    <link href="http://example.org/2003/12/13/atom03"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <updated>2003-12-13T18:30:02Z</updated>
    <summary><![CDATA[Some <b>bold</b> text.]]></summary>
  </entry>

</feed>
)xml"));
  EXPECT_EQ(item.summary, "Some <b>bold</b> text.");
}

// testcases/atom/3.1.1.3/example_xhtml_summary3.xml: an XHTML summary with prefixed elements.
TEST(FeedValidatorAtom, XhtmlSummaryWithNamespacePrefix) {
  FeedItem item = OnlyItem(MustParse(R"xml(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">

  <title>Example Feed</title>
  <link href="http://example.org/"/>
  <updated>2003-12-13T18:30:02Z</updated>
  <author>
    <name>John Doe</name>
  </author>
  <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>

  <entry xmlns:xh="http://www.w3.org/1999/xhtml">
    <title>Atom-Powered Robots Run Amok</title>
    <link href="http://example.org/2003/12/13/atom03"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <updated>2003-12-13T18:30:02Z</updated>
    <summary type="xhtml">
      <xh:div>
         This is <xh:b>XHTML</xh:b> content.
      </xh:div>
    </summary>
  </entry>

</feed>
)xml"));
  EXPECT_EQ(item.summary, "This is <b>XHTML</b> content.");
}

}  // namespace
}  // namespace corpusd
