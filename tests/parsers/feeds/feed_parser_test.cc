#include "parsers/feeds/feed_parser.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "core/content_hash.h"
#include "parsers/feeds/xml_document.h"
#include "tests/support/feed_parsing.h"

namespace corpusd {
namespace {

using testing::Iso;
using testing::MustParse;

// --- RSS 2.0 ---------------------------------------------------------------------

constexpr std::string_view kRss20 = R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"
     xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/"
     xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>Liftoff News</title>
    <link>http://liftoff.msfc.nasa.gov/</link>
    <atom:link href="https://example.com/feed.xml" rel="self" type="application/rss+xml"/>
    <description>Liftoff to Space Exploration.</description>
    <language>en-us</language>
    <item>
      <title>&lt;b&gt;Star City&lt;/b&gt; &amp;amp; beyond</title>
      <link>http://liftoff.msfc.nasa.gov/news/2003/news-starcity.asp</link>
      <description><![CDATA[<p>How do Americans get ready to work with Russians aboard the
        International Space Station?</p>]]></description>
      <content:encoded><![CDATA[<p>Full story: <a href="/more">more</a></p>]]></content:encoded>
      <dc:creator>Jane Doe</dc:creator>
      <pubDate>Tue, 03 Jun 2003 09:39:21 GMT</pubDate>
      <guid>http://liftoff.msfc.nasa.gov/2003/06/03.html#item573</guid>
    </item>
    <item>
      <title>The Engine That Does More</title>
      <link>/news/2003/news-VASIMR.asp</link>
      <description>Before man travels to Mars, NASA hopes to design new engines.</description>
      <author>jdoe@example.com (John Doe)</author>
      <pubDate>Tue, 10 Jun 2003 04:00:00 GMT</pubDate>
      <guid isPermaLink="false">tag:liftoff,2003:571</guid>
    </item>
    <item>
      <description>Sky watchers in Europe, Asia, and parts of Alaska and Canada will
        experience a partial eclipse of the Sun on Saturday, May 31st.</description>
      <guid>http://liftoff.msfc.nasa.gov/2003/05/30.html#item572</guid>
    </item>
  </channel>
</rss>)";

TEST(FeedParserRssTest, Rss20ChannelAndItems) {
  Feed feed = MustParse(kRss20);
  EXPECT_EQ(feed.format, "rss2.0");
  EXPECT_EQ(feed.title, "Liftoff News");
  EXPECT_EQ(feed.link, "http://liftoff.msfc.nasa.gov/");
  EXPECT_EQ(feed.language, "en-us");
  ASSERT_EQ(feed.items.size(), 3u);

  const FeedItem& first = feed.items[0];
  EXPECT_EQ(first.id, "http://liftoff.msfc.nasa.gov/2003/06/03.html#item573");
  EXPECT_EQ(first.title, "Star City & beyond");
  EXPECT_EQ(first.link, "http://liftoff.msfc.nasa.gov/news/2003/news-starcity.asp");
  EXPECT_EQ(first.author, "Jane Doe");
  EXPECT_EQ(first.published, "Tue, 03 Jun 2003 09:39:21 GMT");
  EXPECT_EQ(Iso(first.published_at), "2003-06-03T09:39:21Z");
  EXPECT_EQ(first.content_html, "<p>Full story: <a href=\"/more\">more</a></p>");
  EXPECT_TRUE(first.summary.starts_with("<p>How do Americans")) << first.summary;
  EXPECT_TRUE(first.content_text.empty());
  EXPECT_TRUE(first.updated.empty());
  EXPECT_FALSE(first.updated_at);

  const FeedItem& second = feed.items[1];
  EXPECT_EQ(second.id, "tag:liftoff,2003:571");
  EXPECT_EQ(second.link, "https://example.com/news/2003/news-VASIMR.asp");  // against the feed URL
  EXPECT_EQ(second.author, "John Doe");
  EXPECT_EQ(Iso(second.published_at), "2003-06-10T04:00:00Z");
  EXPECT_EQ(second.summary, "Before man travels to Mars, NASA hopes to design new engines.");

  // No title and no link: a permalink guid is the link.
  const FeedItem& third = feed.items[2];
  EXPECT_EQ(third.title, "");
  EXPECT_EQ(third.link, "http://liftoff.msfc.nasa.gov/2003/05/30.html#item572");
}

TEST(FeedParserRssTest, Rss091WithHtmlEntitiesAndDoctype) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="ISO-8859-1"?>
<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"
  "http://my.netscape.com/publish/formats/rss-0.91.dtd">
<rss version="0.91">
  <channel>
    <title>Caf&eacute; Society</title>
    <link>http://www.example.com/</link>
    <language>fr</language>
    <item>
      <title>Cr&egrave;me br&ucirc;l&eacute;e &mdash; the recipe</title>
      <link>http://www.example.com/recipes/1</link>
      <description>Sugar &amp; cream&hellip;</description>
    </item>
  </channel>
</rss>)");
  EXPECT_EQ(feed.format, "rss0.9x");
  EXPECT_EQ(feed.title, "Caf\xC3\xA9 Society");
  ASSERT_EQ(feed.items.size(), 1u);
  EXPECT_EQ(feed.items[0].title,
            "Cr\xC3\xA8me br\xC3\xBBl\xC3\xA9"
            "e \xE2\x80\x94 the recipe");
  EXPECT_EQ(feed.items[0].summary, "Sugar & cream\xE2\x80\xA6");
}

TEST(FeedParserRssTest, Rss10RdfItemsOutsideTheChannel) {
  Feed feed = MustParse(R"(<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
         xmlns="http://purl.org/rss/1.0/"
         xmlns:dc="http://purl.org/dc/elements/1.1/"
         xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel rdf:about="http://www.xml.com/xml/news.rss">
    <title>XML.com</title>
    <link>http://xml.com/pub</link>
    <dc:language>en</dc:language>
    <items><rdf:Seq>
      <rdf:li resource="http://xml.com/pub/2000/08/09/xslt/xslt.html" />
      <rdf:li resource="http://xml.com/pub/2000/08/09/rdfdb/index.html" />
    </rdf:Seq></items>
  </channel>
  <item rdf:about="http://xml.com/pub/2000/08/09/xslt/xslt.html">
    <title>Processing Inclusions with XSLT</title>
    <link>http://xml.com/pub/2000/08/09/xslt/xslt.html</link>
    <description>Processing document inclusions with general XML tools can be problematic.</description>
    <dc:creator>Bob DuCharme</dc:creator>
    <dc:date>2000-08-09T10:30:00+02:00</dc:date>
  </item>
  <item rdf:about="http://xml.com/pub/2000/08/09/rdfdb/index.html">
    <title>Putting RDF to Work</title>
    <link>http://xml.com/pub/2000/08/09/rdfdb/index.html</link>
    <content:encoded>&lt;p&gt;Tool and API support for the RDF is coming along.&lt;/p&gt;</content:encoded>
    <dc:date>2000-08-09</dc:date>
  </item>
</rdf:RDF>)");
  EXPECT_EQ(feed.format, "rss1.0");
  EXPECT_EQ(feed.title, "XML.com");
  EXPECT_EQ(feed.language, "en");
  ASSERT_EQ(feed.items.size(), 2u);
  EXPECT_EQ(feed.items[0].id, "http://xml.com/pub/2000/08/09/xslt/xslt.html");
  EXPECT_EQ(feed.items[0].author, "Bob DuCharme");
  EXPECT_EQ(feed.items[0].published, "2000-08-09T10:30:00+02:00");
  EXPECT_EQ(Iso(feed.items[0].published_at), "2000-08-09T10:30:00+02:00");
  EXPECT_EQ(feed.items[1].content_html, "<p>Tool and API support for the RDF is coming along.</p>");
  EXPECT_EQ(Iso(feed.items[1].published_at), "2000-08-09");
}

TEST(FeedParserRssTest, Rss090) {
  Feed feed = MustParse(R"(<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
      xmlns="http://my.netscape.com/rdf/simple/0.9/">
  <channel><title>Mozilla Dot Org</title><link>http://www.mozilla.org</link></channel>
  <item><title>New Status Updates</title><link>http://www.mozilla.org/status/</link></item>
</rdf:RDF>)");
  EXPECT_EQ(feed.format, "rss0.9x");
  ASSERT_EQ(feed.items.size(), 1u);
  EXPECT_EQ(feed.items[0].link, "http://www.mozilla.org/status/");
}

TEST(FeedParserRssTest, UndeclaredExtensionPrefixesAndAtomLink) {
  Feed feed = MustParse(R"(<rss version="2.0"><channel><title>Sloppy</title>
    <item>
      <title>One</title>
      <atom:link rel="alternate" href="/posts/one"/>
      <content:encoded>&lt;p&gt;Body&lt;/p&gt;</content:encoded>
      <dc:creator>A</dc:creator><dc:creator>B</dc:creator>
      <dc:date>2024-07-04T08:00:00Z</dc:date>
      <atom:updated>2024-07-05T09:00:00Z</atom:updated>
    </item></channel></rss>)");
  ASSERT_EQ(feed.items.size(), 1u);
  const FeedItem& item = feed.items[0];
  EXPECT_EQ(item.link, "https://example.com/posts/one");
  EXPECT_EQ(item.content_html, "<p>Body</p>");
  EXPECT_EQ(item.author, "A, B");
  EXPECT_EQ(Iso(item.published_at), "2024-07-04T08:00:00Z");
  EXPECT_EQ(item.updated, "2024-07-05T09:00:00Z");
  EXPECT_EQ(Iso(item.updated_at), "2024-07-05T09:00:00Z");
}

TEST(FeedParserRssTest, RawHtmlInDescriptionAndTitleIsKeptAsMarkupAndText) {
  Feed feed = MustParse(R"(<rss version="2.0"><channel><item>
      <title>Breaking: <em>big</em> news</title>
      <description><p>Para <b>bold</b></p><br/></description>
    </item></channel></rss>)");
  ASSERT_EQ(feed.items.size(), 1u);
  EXPECT_EQ(feed.items[0].title, "Breaking: big news");
  EXPECT_EQ(feed.items[0].summary, "<p>Para <b>bold</b></p><br>");
}

TEST(FeedParserRssTest, CdataTitlesAndWhitespace) {
  Feed feed = MustParse(R"(<rss version="2.0"><channel><item>
      <title><![CDATA[  Tom & Jerry:
        <i>the</i> &quot;reunion&quot;  ]]></title>
      <link>  https://example.com/a  </link>
    </item></channel></rss>)");
  ASSERT_EQ(feed.items.size(), 1u);
  EXPECT_EQ(feed.items[0].title, "Tom & Jerry: the \"reunion\"");
  EXPECT_EQ(feed.items[0].link, "https://example.com/a");
}

TEST(FeedParserRssTest, WithoutAFeedUrlRelativeLinksUseTheChannelLink) {
  Feed feed = MustParse(R"(<rss version="2.0"><channel><link>https://site.example/blog/</link>
      <item><title>x</title><link>2024/post</link></item></channel></rss>)",
                        "");
  ASSERT_EQ(feed.items.size(), 1u);
  EXPECT_EQ(feed.items[0].link, "https://site.example/blog/2024/post");
}

TEST(FeedParserRssTest, XmlBaseAppliesToRssLinks) {
  Feed feed = MustParse(R"(<rss version="2.0" xml:base="https://cdn.example.org/root/">
      <channel><item xml:base="sub/"><title>x</title><link>page.html</link></item></channel>
      </rss>)");
  ASSERT_EQ(feed.items.size(), 1u);
  EXPECT_EQ(feed.items[0].link, "https://cdn.example.org/root/sub/page.html");
}

// --- Atom --------------------------------------------------------------------

constexpr std::string_view kAtom = R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB" xml:base="https://blog.example.org/">
  <title type="html">Example &lt;em&gt;Blog&lt;/em&gt;</title>
  <link rel="self" href="/atom.xml"/>
  <link href="/"/>
  <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
  <updated>2003-12-13T18:30:02Z</updated>
  <author><name>Feed Author</name></author>
  <entry>
    <title>Atom-Powered Robots Run Amok</title>
    <link rel="edit" href="/edit/1"/>
    <link rel="alternate" type="text/html" href="2003/12/13/atom03"/>
    <link rel="alternate" type="application/pdf" href="2003/12/13/atom03.pdf"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <published>2003-12-13T08:29:29-04:00</published>
    <updated>2003-12-13T18:30:02Z</updated>
    <summary>Some text.</summary>
    <content type="xhtml" xml:lang="en">
      <div xmlns="http://www.w3.org/1999/xhtml"><p>This is <b>XHTML</b> content.</p></div>
    </content>
    <author><name>Mark  Pilgrim</name><uri>https://example.org/</uri></author>
    <author><name>Sam Ruby</name></author>
  </entry>
  <entry xml:base="/archive/">
    <title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">An <i>xhtml</i> title</div></title>
    <link href="entry-2.html"/>
    <id>tag:blog.example.org,2003:2</id>
    <updated>2003-12-14T10:00:00+01:00</updated>
    <summary type="html">&lt;p&gt;HTML summary&lt;/p&gt;</summary>
    <content type="html">&lt;p&gt;HTML &amp;amp; content&lt;/p&gt;</content>
  </entry>
  <entry>
    <title type="text">Plain &lt;not a tag&gt;</title>
    <link rel="self" href="/self-only"/>
    <id>tag:blog.example.org,2003:3</id>
    <content type="text">Just text.</content>
  </entry>
</feed>)";

TEST(FeedParserAtomTest, FeedAndEntries) {
  Feed feed = MustParse(kAtom);
  EXPECT_EQ(feed.format, "atom1.0");
  EXPECT_EQ(feed.title, "Example Blog");
  EXPECT_EQ(feed.link, "https://blog.example.org/");
  EXPECT_EQ(feed.language, "en-GB");
  ASSERT_EQ(feed.items.size(), 3u);

  const FeedItem& first = feed.items[0];
  EXPECT_EQ(first.id, "urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a");
  EXPECT_EQ(first.title, "Atom-Powered Robots Run Amok");
  EXPECT_EQ(first.link, "https://blog.example.org/2003/12/13/atom03");
  EXPECT_EQ(first.author, "Mark Pilgrim, Sam Ruby");
  EXPECT_EQ(first.published, "2003-12-13T08:29:29-04:00");
  EXPECT_EQ(Iso(first.published_at), "2003-12-13T08:29:29-04:00");
  EXPECT_EQ(Iso(first.updated_at), "2003-12-13T18:30:02Z");
  EXPECT_EQ(first.summary, "Some text.");
  EXPECT_EQ(first.content_html, "<p>This is <b>XHTML</b> content.</p>");

  const FeedItem& second = feed.items[1];
  EXPECT_EQ(second.title, "An xhtml title");
  EXPECT_EQ(second.link, "https://blog.example.org/archive/entry-2.html");  // nested xml:base
  EXPECT_EQ(second.author, "Feed Author");  // inherited from the feed
  EXPECT_EQ(second.published, "");
  EXPECT_FALSE(second.published_at);
  EXPECT_EQ(Iso(second.updated_at), "2003-12-14T10:00:00+01:00");
  EXPECT_EQ(second.summary, "<p>HTML summary</p>");
  EXPECT_EQ(second.content_html, "<p>HTML &amp; content</p>");

  const FeedItem& third = feed.items[2];
  EXPECT_EQ(third.title, "Plain <not a tag>");  // type="text" is never read as HTML
  EXPECT_EQ(third.link, "");                    // rel="self" is not the entry's page
  EXPECT_EQ(third.content_text, "Just text.");
  EXPECT_EQ(third.content_html, "");
}

TEST(FeedParserAtomTest, OutOfLineAndNonTextContentIsSkipped) {
  Feed feed = MustParse(R"(<feed xmlns="http://www.w3.org/2005/Atom">
    <entry><id>1</id><content src="https://example.com/full.html" type="text/html"/></entry>
    <entry><id>2</id><content type="application/octet-stream">AAEC</content></entry>
    <entry><id>3</id><content type="text/html">&lt;p&gt;x&lt;/p&gt;</content></entry>
  </feed>)");
  ASSERT_EQ(feed.items.size(), 3u);
  EXPECT_EQ(feed.items[0].content_html + feed.items[0].content_text, "");
  EXPECT_EQ(feed.items[1].content_html + feed.items[1].content_text, "");
  EXPECT_EQ(feed.items[2].content_html, "<p>x</p>");
  EXPECT_EQ(feed.items[0].content_skipped,
            "content out of line (src=\"https://example.com/full.html\")");
  EXPECT_EQ(feed.items[1].content_skipped, "content of type application/octet-stream, not text");
  EXPECT_EQ(feed.items[2].content_skipped, "");
}

TEST(FeedParserAtomTest, Atom03) {
  Feed feed = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<feed version="0.3" xmlns="http://purl.org/atom/ns#">
  <title>dive into mark</title>
  <link rel="alternate" type="text/html" href="http://diveintomark.org/"/>
  <entry>
    <title>Atom 0.3 snapshot</title>
    <link rel="alternate" type="text/html" href="http://diveintomark.org/2003/12/13/atom03"/>
    <id>tag:diveintomark.org,2003:3.2397</id>
    <issued>2003-12-13T08:29:29-04:00</issued>
    <modified>2003-12-13T18:30:02Z</modified>
    <content type="text/html" mode="escaped">&lt;p&gt;Escaped&lt;/p&gt;</content>
  </entry>
</feed>)");
  EXPECT_EQ(feed.format, "atom0.3");
  EXPECT_EQ(feed.link, "http://diveintomark.org/");
  ASSERT_EQ(feed.items.size(), 1u);
  EXPECT_EQ(feed.items[0].link, "http://diveintomark.org/2003/12/13/atom03");
  EXPECT_EQ(Iso(feed.items[0].published_at), "2003-12-13T08:29:29-04:00");
  EXPECT_EQ(Iso(feed.items[0].updated_at), "2003-12-13T18:30:02Z");
  EXPECT_EQ(feed.items[0].content_html, "<p>Escaped</p>");
}

// The drafts before Atom 1.0 ("Echo", "Pie", "Necho") are read as Atom 0.3,
// not refused as "not a feed".
TEST(FeedParserAtomTest, PreAtom10DraftNamespacesAreAtom) {
  for (const char* ns : {"http://purl.org/echo/", "http://purl.org/pie/",
                         "http://example.com/necho", "http://example.com/newformat#"}) {
    Feed feed = MustParse(std::string("<feed xmlns=\"") + ns + R"(">
      <title>Draft</title>
      <entry><id>e1</id><title>First</title><issued>2003-07-01T10:00:00Z</issued>
      <content type="text/html" mode="escaped">&lt;p&gt;Body&lt;/p&gt;</content></entry>
    </feed>)");
    EXPECT_EQ(feed.format, "atom0.3") << ns;
    ASSERT_EQ(feed.items.size(), 1u) << ns;
    EXPECT_EQ(feed.items[0].title, "First") << ns;
    EXPECT_EQ(Iso(feed.items[0].published_at), "2003-07-01T10:00:00Z") << ns;
    EXPECT_EQ(feed.items[0].content_html, "<p>Body</p>") << ns;
  }
}

// Authors as feeds write them: "email (Name)", "Name (email)", "Name <email>",
// the name alone, dc:creator first, itunes:author last.
TEST(FeedParserRssTest, AuthorsInEveryUsualForm) {
  Feed feed = MustParse(R"(<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
      xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel>
    <item><guid>1</guid><author>jane@example.org (Jane Doe)</author></item>
    <item><guid>2</guid><author>Jane Doe (jane@example.org)</author></item>
    <item><guid>3</guid><author>Jane Doe &lt;jane@example.org&gt;</author></item>
    <item><guid>4</guid><author>Jane Doe</author></item>
    <item><guid>5</guid><author>jane@example.org</author></item>
    <item><guid>6</guid><author>jane@example.org (Jane)</author><dc:creator>J. Doe</dc:creator></item>
    <item><guid>7</guid><itunes:author>The Harbour Podcast</itunes:author></item>
    <item><guid>8</guid><author>Smith (Reuters)</author></item>
  </channel></rss>)");
  std::vector<std::string> authors;
  for (const FeedItem& item : feed.items) authors.push_back(item.author);
  EXPECT_EQ(authors, (std::vector<std::string>{"Jane Doe", "Jane Doe", "Jane Doe", "Jane Doe",
                                               "jane@example.org", "J. Doe", "The Harbour Podcast",
                                               "Smith (Reuters)"}));
}

// Atom 0.3's mode="base64": text and HTML are decoded; other types skipped.
TEST(FeedParserAtomTest, Atom03Base64ContentIsDecoded) {
  Feed feed = MustParse(R"(<feed version="0.3" xmlns="http://purl.org/atom/ns#">
    <entry><id>1</id><content type="text/html" mode="base64">PHA+SGFyYm91cjwvcD4=</content></entry>
    <entry><id>2</id><summary type="text/plain" mode="base64">RmVycnkgdGltZXM=</summary></entry>
    <entry><id>3</id><content type="image/png" mode="base64">iVBORw0KGgo=</content></entry>
    <entry><id>4</id><content type="text/html" mode="base64">not base64 at all!</content></entry>
  </feed>)");
  ASSERT_EQ(feed.items.size(), 4u);
  EXPECT_EQ(feed.items[0].content_html, "<p>Harbour</p>");
  EXPECT_EQ(feed.items[1].summary, "Ferry times");
  EXPECT_EQ(feed.items[2].content_html + feed.items[2].content_text, "");
  EXPECT_EQ(feed.items[3].content_html + feed.items[3].content_text, "");
}

// --- JSON Feed ---------------------------------------------------------------

TEST(FeedParserJsonTest, JsonFeed11) {
  Feed feed = MustParse(R"({
    "version": "https://jsonfeed.org/version/1.1",
    "title": "My Example Feed",
    "home_page_url": "https://example.org/",
    "feed_url": "https://example.org/feed.json",
    "language": "en",
    "authors": [{"name": "Feed Writer"}],
    "items": [
      {
        "id": "2",
        "content_text": "This is a second item.",
        "url": "https://example.org/second-item",
        "title": "Second",
        "date_published": "2010-02-07T14:04:00-05:00",
        "authors": [{"name": "Ann"}, {"url": "https://x"}, {"name": "Bo"}]
      },
      {
        "id": 1,
        "content_html": "<p>Hello, world!</p>",
        "summary": "A summary",
        "url": "/first-item",
        "date_modified": "2010-02-08T10:00:00Z"
      },
      "not an object",
      {"title": "No id", "date_published": "2010-02-09"}
    ]
  })",
                        "https://example.org/feed.json");
  EXPECT_EQ(feed.format, "jsonfeed1.1");
  EXPECT_EQ(feed.title, "My Example Feed");
  EXPECT_EQ(feed.link, "https://example.org/");
  EXPECT_EQ(feed.language, "en");
  ASSERT_EQ(feed.items.size(), 3u);
  EXPECT_EQ(feed.items[0].id, "2");
  EXPECT_EQ(feed.items[0].title, "Second");
  EXPECT_EQ(feed.items[0].content_text, "This is a second item.");
  EXPECT_EQ(feed.items[0].author, "Ann, Bo");
  EXPECT_EQ(Iso(feed.items[0].published_at), "2010-02-07T14:04:00-05:00");
  EXPECT_EQ(feed.items[1].id, "1");
  EXPECT_EQ(feed.items[1].link, "https://example.org/first-item");
  EXPECT_EQ(feed.items[1].content_html, "<p>Hello, world!</p>");
  EXPECT_EQ(feed.items[1].summary, "A summary");
  EXPECT_EQ(feed.items[1].author, "Feed Writer");
  EXPECT_EQ(Iso(feed.items[1].updated_at), "2010-02-08T10:00:00Z");
  EXPECT_EQ(feed.items[2].id, "");
}

TEST(FeedParserJsonTest, JsonFeed10WithAuthorObjectAndBom) {
  Feed feed = MustParse(
      "\xEF\xBB\xBF  "
      R"({"version": "https://jsonfeed.org/version/1",
      "title": "Old", "author": {"name": "Solo"},
      "items": [{"id": "a", "url": "https://example.org/a", "title": "A", "content_html": "x"}]})");
  EXPECT_EQ(feed.format, "jsonfeed1.0");
  ASSERT_EQ(feed.items.size(), 1u);
  EXPECT_EQ(feed.items[0].author, "Solo");
}

TEST(FeedParserJsonTest, JsonThatIsNotAJsonFeedIsAnError) {
  for (std::string_view bytes : {R"({"version": 1, "items": []})", R"({"items": [)",
                                 R"({"version": "https://example.com/v1"})"}) {
    Result<Feed> feed = ParseFeed(bytes, "", {});
    ASSERT_FALSE(feed.ok()) << bytes;
    EXPECT_TRUE(feed.status().message().starts_with("not a feed: ")) << feed.status().message();
  }
  std::string deep = R"({"version": "https://jsonfeed.org/version/1.1", "x": )";
  deep += std::string(100000, '[') + std::string(100000, ']') + "}";
  Result<Feed> feed = ParseFeed(deep, "", {});
  EXPECT_FALSE(feed.ok());
}

// --- Item identity -------------------------------------------------------------

TEST(FeedItemKeyTest, IdThenLinkThenHash) {
  Feed feed = MustParse(R"(<rss version="2.0"><channel>
      <item><guid isPermaLink="false">guid-1</guid><link>https://example.com/1</link></item>
      <item><link>https://example.com/2</link><title>Two</title></item>
      <item><title>Three</title><pubDate>Tue, 10 Jun 2003 04:00:00 GMT</pubDate></item>
      <item><title>Three, edited</title><pubDate>Tue, 10 Jun 2003 04:00:00 GMT</pubDate></item>
      <item><description>Only a body</description></item>
    </channel></rss>)");
  ASSERT_EQ(feed.items.size(), 5u);
  EXPECT_EQ(FeedItemKey(feed.items[0]), "guid-1");
  EXPECT_EQ(FeedItemKey(feed.items[1]), "https://example.com/2");
  EXPECT_EQ(FeedItemKey(feed.items[2]),
            "sha256:" + Sha256Hex("Three\nTue, 10 Jun 2003 04:00:00 GMT"));
  EXPECT_NE(FeedItemKey(feed.items[2]), FeedItemKey(feed.items[3]));
  EXPECT_TRUE(FeedItemKey(feed.items[4]).starts_with("sha256:"));
  EXPECT_NE(FeedItemKey(feed.items[4]), FeedItemKey(FeedItem{}));
  // Stable: the same item parsed again has the same key.
  EXPECT_EQ(FeedItemKey(MustParse(R"(<rss><channel><item><title>Three</title>
      <pubDate>Tue, 10 Jun 2003 04:00:00 GMT</pubDate></item></channel></rss>)")
                            .items.at(0)),
            FeedItemKey(feed.items[2]));
}

// --- Broken, hostile and odd input -----------------------------------------------

TEST(FeedParserTest, TruncatedFeedGivesItsCompleteItems) {
  std::string rss(kRss20);
  std::string cut = rss.substr(0, rss.find("<guid>http://liftoff.msfc.nasa.gov/2003/05/30"));
  Feed feed = MustParse(cut);
  ASSERT_EQ(feed.items.size(), 2u);
  EXPECT_EQ(feed.items[1].id, "tag:liftoff,2003:571");

  std::string atom(kAtom);
  Feed atom_feed = MustParse(atom.substr(0, atom.find("<content type=\"html\">")));
  ASSERT_EQ(atom_feed.items.size(), 1u);
  EXPECT_EQ(atom_feed.items[0].title, "Atom-Powered Robots Run Amok");
}

TEST(FeedParserTest, MalformedFeedIsRecovered) {
  Feed feed = MustParse(R"(<rss version="2.0"><channel>
      <item><title>One</b></title><link>https://example.com/1</link></item>
      <item><title>Fish &amp; Chips &nbsp;&euro;5</title><link>https://example.com/2?a=1&b=2</link></item>
    </channel></rss>)");
  ASSERT_EQ(feed.items.size(), 2u);
  EXPECT_EQ(feed.items[0].title, "One");
  EXPECT_EQ(feed.items[1].link, "https://example.com/2?a=1&b=2");
  EXPECT_EQ(feed.items[1].title,
            "Fish & Chips \u20AC"
            "5");
}

TEST(FeedParserTest, WhatIsNotAFeedIsAnError) {
  struct Case {
    std::string_view bytes;
    std::string_view message;
  };
  for (const Case& c : {
           Case{"", "not a feed: not XML: "},
           Case{"hello world", "not a feed: not XML: "},
           Case{std::string_view("\x1F\x8B\x08\x00\x00\x00\x00\x00\x00\x03", 10),
                "not a feed: not XML: "},
           Case{"<!DOCTYPE html><html><head><title>Blog</title></head><body><p>Hi</body></html>",
                "not a feed: the root element is <html>"},
           Case{"<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"></urlset>",
                "not a feed: the root element is <urlset"},
           Case{"<feed xmlns=\"urn:other\"/>", "not a feed: the root element is <feed"},
       }) {
    Result<Feed> feed = ParseFeed(c.bytes, "https://example.com/feed", {});
    ASSERT_FALSE(feed.ok()) << c.bytes;
    EXPECT_EQ(feed.status().code(), Status::Code::kInvalidInput);
    EXPECT_TRUE(feed.status().message().starts_with(c.message)) << feed.status().message();
  }
}

TEST(FeedParserTest, ExternalEntityInATitleIsNotRead) {
  Result<Feed> feed = ParseFeed(R"(<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>&xxe;</title>
  <item><title>Leak: &xxe;</title><link>https://example.com/&xxe;</link>
  <description>&xxe;</description></item></channel></rss>)",
                                "https://example.com/feed", {});
  ASSERT_TRUE(feed.ok()) << feed.status().ToString();
  std::string all = feed->title;
  for (const FeedItem& item : feed->items) all += item.title + item.link + item.summary;
  EXPECT_EQ(all.find("root:"), std::string::npos) << all;
  ASSERT_EQ(feed->items.size(), 1u);
  EXPECT_EQ(feed->items[0].title, "Leak:");
}

TEST(FeedParserTest, BillionLaughsFinishesFastAndDoesNotExpand) {
  std::string xml = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY lol \"lol\">";
  for (int i = 1; i <= 9; ++i) {
    xml += "<!ENTITY lol" + std::to_string(i) + " \"";
    std::string previous = i == 1 ? "lol" : "lol" + std::to_string(i - 1);
    for (int k = 0; k < 10; ++k) xml += "&" + previous + ";";
    xml += "\">";
  }
  xml +=
      "]><rss version=\"2.0\"><channel><title>&lol9;</title>"
      "<item><title>&lol9;</title><description>&lol9;</description></item>"
      "</channel></rss>";
  auto start = std::chrono::steady_clock::now();
  Result<Feed> feed = ParseFeed(xml, "", {});
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(2));
  if (feed.ok()) {
    EXPECT_LT(feed->title.size(), 1000u);
    for (const FeedItem& item : feed->items) {
      EXPECT_LT(item.title.size() + item.summary.size(), 1000u);
    }
  }
}

TEST(FeedParserTest, Utf8BytesDeclaredAsLatin1) {
  // A fetcher that decoded the feed to UTF-8 and left its declaration alone.
  Feed feed = MustParse(
      "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel>"
      "<item><title>Caf\xC3\xA9 \xE2\x80\x94 na\xC3\xAFve</title></item></channel></rss>");
  ASSERT_EQ(feed.items.size(), 1u);
  EXPECT_EQ(feed.items[0].title, "Caf\xC3\xA9 \xE2\x80\x94 na\xC3\xAFve");
}

TEST(FeedParserTest, Latin1BytesDeclaredAsLatin1AndAsUtf8) {
  const std::string body =
      "<rss version=\"2.0\"><channel><item><title>Le caf\xE9 de la gare \xE9tait ferm\xE9 "
      "l'\xE9t\xE9 dernier pour les habitu\xE9s</title></item></channel></rss>";
  const std::string expected =
      "Le caf\xC3\xA9 de la gare \xC3\xA9tait ferm\xC3\xA9 l'\xC3\xA9t\xC3\xA9 dernier pour les "
      "habitu\xC3\xA9s";
  Feed declared = MustParse("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>" + body);
  ASSERT_EQ(declared.items.size(), 1u);
  EXPECT_EQ(declared.items[0].title, expected);
  Feed mislabelled = MustParse("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + body);
  ASSERT_EQ(mislabelled.items.size(), 1u);
  EXPECT_EQ(mislabelled.items[0].title, expected);
}

TEST(FeedParserTest, TheTransportCharsetOutranksTheXmlDeclarationAndTheBomOutranksBoth) {
  // RFC 7303 §8: byte-order mark, then the Content-Type's charset, then the declaration.
  const std::string body =
      "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel>"
      "<item><title>\xCF\xF0\xE8\xE2\xE5\xF2</title></item></channel></rss>";
  Result<Feed> as_declared = ParseFeed(body, "", {});
  ASSERT_TRUE(as_declared.ok());
  EXPECT_EQ(as_declared->items[0].title, "\xC3\x8F\xC3\xB0\xC3\xA8\xC3\xA2\xC3\xA5\xC3\xB2");
  Result<Feed> as_served = ParseFeed(body, "", {}, "application/rss+xml; charset=windows-1251");
  ASSERT_TRUE(as_served.ok());
  EXPECT_EQ(as_served->items[0].title, "Привет");
  Result<Feed> with_bom = ParseFeed(
      "\xEF\xBB\xBF<rss version=\"2.0\"><channel><item><title>Caf\xC3\xA9</title></item>"
      "</channel></rss>",
      "", {}, "text/xml; charset=windows-1251");
  ASSERT_TRUE(with_bom.ok());
  EXPECT_EQ(with_bom->items[0].title, "Caf\xC3\xA9");
}

TEST(FeedParserTest, EucKrAndSmartQuotesInAFeedDeclaredLatin1) {
  Feed korean = MustParse(
      "<?xml version=\"1.0\" encoding=\"euc-kr\"?><rss version=\"2.0\"><channel>"
      "<item><title>\xC7\xD1\xB1\xB9\xBE\xEE</title></item></channel></rss>");
  ASSERT_EQ(korean.items.size(), 1u);
  EXPECT_EQ(korean.items[0].title, "한국어");
  // cp1252's quotes and dashes (0x93, 0x94, 0x97) under an ISO-8859-1 label read as
  // what they were written as, not as C1 controls (feedparser's "demoronize").
  Feed quotes = MustParse(
      "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel>"
      "<item><title>\x93"
      "Caf\xE9\x94 \x97 it\x92s</title></item></channel></rss>");
  ASSERT_EQ(quotes.items.size(), 1u);
  EXPECT_EQ(quotes.items[0].title, "\u201CCaf\u00E9\u201D \u2014 it\u2019s");
}

TEST(FeedParserTest, PodcastAndVideoWordsAreTheSummaryWhenThereIsNoOther) {
  Feed feed =
      MustParse(R"(<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"
      xmlns:media="http://search.yahoo.com/mrss/"><channel>
    <item><title>1</title><itunes:subtitle>A line</itunes:subtitle>
      <itunes:summary>Show notes</itunes:summary></item>
    <item><title>2</title><media:group><media:description>In the group</media:description>
      </media:group></item>
    <item><title>3</title><media:content url="v.mp4"><media:description>In the content</media:description>
      </media:content></item>
    <item><title>4</title><itunes:subtitle>Only a line</itunes:subtitle></item>
    <item><title>5</title><description>Its own</description><itunes:summary>Not this</itunes:summary></item>
  </channel></rss>)");
  ASSERT_EQ(feed.items.size(), 5u);
  EXPECT_EQ(feed.items[0].summary, "Show notes");
  EXPECT_EQ(feed.items[1].summary, "In the group");
  EXPECT_EQ(feed.items[2].summary, "In the content");
  EXPECT_EQ(feed.items[3].summary, "Only a line");
  EXPECT_EQ(feed.items[4].summary, "Its own");
  Feed youtube = MustParse(R"(<feed xmlns="http://www.w3.org/2005/Atom"
      xmlns:media="http://search.yahoo.com/mrss/"><entry><id>yt:video:1</id><title>Clip</title>
      <media:group><media:title>Clip</media:title><media:description>What the clip shows</media:description>
      </media:group></entry></feed>)");
  ASSERT_EQ(youtube.items.size(), 1u);
  EXPECT_EQ(youtube.items[0].summary, "What the clip shows");
}

TEST(FeedParserTest, PublishedAndUpdatedFallBackPerFormat) {
  Feed rss = MustParse(R"(<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
      xmlns:dcterms="http://purl.org/dc/terms/" xmlns:atom="http://www.w3.org/2005/Atom"><channel>
    <item><title>1</title><dc:date>2024-07-01T10:00:00Z</dc:date>
      <pubDate>Tue, 02 Jul 2024 10:00:00 GMT</pubDate></item>
    <item><title>2</title><dcterms:issued>2024-07-03</dcterms:issued>
      <dcterms:modified>2024-07-09</dcterms:modified></item>
    <item><title>3</title><atom:published>2024-07-04T08:00:00+02:00</atom:published>
      <atom:updated>2024-07-05T08:00:00+02:00</atom:updated></item>
    <item><title>4</title><dcterms:created>2024-07-06</dcterms:created></item>
  </channel></rss>)");
  ASSERT_EQ(rss.items.size(), 4u);
  EXPECT_EQ(Iso(rss.items[0].published_at), "2024-07-02T10:00:00Z");  // pubDate first
  EXPECT_EQ(Iso(rss.items[1].published_at), "2024-07-03");
  EXPECT_EQ(Iso(rss.items[1].updated_at), "2024-07-09");
  EXPECT_EQ(Iso(rss.items[2].published_at), "2024-07-04T08:00:00+02:00");
  EXPECT_EQ(Iso(rss.items[2].updated_at), "2024-07-05T08:00:00+02:00");
  EXPECT_EQ(Iso(rss.items[3].published_at), "2024-07-06");
  Feed atom03 = MustParse(R"(<feed version="0.3" xmlns="http://purl.org/atom/ns#">
    <entry><id>a</id><created>2004-01-01T00:00:00Z</created><modified>2004-01-03T00:00:00Z</modified></entry>
    <entry><id>b</id><issued>2004-01-02T00:00:00Z</issued><created>2004-01-01T00:00:00Z</created></entry>
  </feed>)");
  ASSERT_EQ(atom03.items.size(), 2u);
  EXPECT_EQ(Iso(atom03.items[0].published_at), "2004-01-01T00:00:00Z");
  EXPECT_EQ(Iso(atom03.items[0].updated_at), "2004-01-03T00:00:00Z");
  EXPECT_EQ(Iso(atom03.items[1].published_at), "2004-01-02T00:00:00Z");
}

TEST(FeedParserTest, DatesUseTheContextForNaiveTimes) {
  DateContext budapest{"hu", "Europe/Budapest"};
  Feed feed = MustParse(R"(<rss version="2.0"><channel><item><title>x</title>
      <pubDate>2024-07-04 10:30:00</pubDate></item>
      <item><title>y</title><pubDate>not a date</pubDate></item></channel></rss>)",
                        "https://example.hu/rss", budapest);
  ASSERT_EQ(feed.items.size(), 2u);
  EXPECT_EQ(Iso(feed.items[0].published_at), "2024-07-04T10:30:00+02:00");
  EXPECT_EQ(feed.items[1].published, "not a date");
  EXPECT_FALSE(feed.items[1].published_at);
}

TEST(FeedParserTest, ItemsAreCappedAt10000) {
  std::string rss = "<rss version=\"2.0\"><channel><title>Big</title>";
  for (std::size_t i = 0; i <= kMaxFeedItems; ++i) {
    rss += "<item><guid>" + std::to_string(i) + "</guid></item>";
  }
  rss += "</channel></rss>";
  Feed feed = MustParse(rss);
  ASSERT_EQ(feed.items.size(), kMaxFeedItems);
  EXPECT_EQ(feed.items.back().id, "9999");

  std::string json = R"({"version": "https://jsonfeed.org/version/1.1", "items": [)";
  for (std::size_t i = 0; i <= kMaxFeedItems; ++i) {
    json += (i > 0 ? "," : "") + std::string("{\"id\": \"") + std::to_string(i) + "\"}";
  }
  json += "]}";
  EXPECT_EQ(MustParse(json).items.size(), kMaxFeedItems);
}

TEST(FeedParserTest, InputOverTheLimitIsRefused) {
  std::string big(XmlDocument::kMaxInputBytes + 1, ' ');
  Result<Feed> feed = ParseFeed(big, "", {});
  ASSERT_FALSE(feed.ok());
  EXPECT_EQ(feed.status().code(), Status::Code::kTooLarge);
}

}  // namespace
}  // namespace corpusd
