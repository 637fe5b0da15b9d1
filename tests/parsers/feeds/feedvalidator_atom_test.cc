// Cases ported from the Feed Validator's testcases (github.com/rubys/feedvalidator,
// testcases/...); inputs kept, expectations restated for what a reader should extract.
//
// The Feed Validator and its testcases are by Sam Ruby and Mark Pilgrim; each testcase file
// states its licence in its header ("License: Python").
//
// This file: Atom links, xml:base, language, authors, namespaces, Atom 0.3. How inputs were kept or
// adapted: feedvalidator_rss_test.cc.
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

// --- Atom: links, xml:base and language ---------------------------------------------

// testcases/atom/2/xml-base.xml
TEST(FeedValidatorAtom, XmlBaseWithoutPathResolvesAbsolutePath) {
  Feed feed = MustParse(R"xml(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="http://example.org">

  <title>Example Feed</title>
  <link href="http://example.org/"/>
  <updated>2003-12-13T18:30:02Z</updated>
  <author>
    <name>John Doe</name>
  </author>
  <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>

  <entry>
    <title>Atom-Powered Robots Run Amok</title>
    <link href="/2003/12/13/atom03"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <updated>2003-12-13T18:30:02Z</updated>
    <summary>Some text.</summary>
  </entry>

</feed>
)xml");
  EXPECT_EQ(feed.link, "http://example.org/");
  EXPECT_EQ(OnlyItem(feed).link, "http://example.org/2003/12/13/atom03");
}

// testcases/atom/2/xml-base-elem-eq-doc.xml: xml:base the document's own address.
TEST(FeedValidatorAtom, XmlBaseThatIsTheDocumentsAddress) {
  Feed feed = MustParse(R"xml(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"
  xml:base="http://www.feedvalidator.org/testcases/atom/2/xml-base-elem-eq-doc.xml">

  <title>Example Feed</title>
  <link href="http://example.org/"/>
  <link rel="self" href=""/>
  <updated>2003-12-13T18:30:02Z</updated>
  <author>
    <name>John Doe</name>
  </author>
  <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>

  <entry>
    <title>Atom-Powered Robots Run Amok</title>
    <link href="/2003/12/13/atom03"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <updated>2003-12-13T18:30:02Z</updated>
    <summary>Some text.</summary>
  </entry>

</feed>
)xml");
  EXPECT_EQ(feed.link, "http://example.org/");  // the alternate, not the empty self link
  EXPECT_EQ(OnlyItem(feed).link, "http://www.feedvalidator.org/2003/12/13/atom03");
}

// testcases/atom/2/xml-base-ambiguous.xml: the feed's link is ".".
TEST(FeedValidatorAtom, DotLinkIsTheBase) {
  Feed feed = MustParse(R"xml(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="http://example.org/">

  <title>Example Feed</title>
  <link href="."/>
  <updated>2003-12-13T18:30:02Z</updated>
  <author>
    <name>John Doe</name>
  </author>
  <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>

  <entry>
    <title>Atom-Powered Robots Run Amok</title>
    <link href="/2003/12/13/atom03"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <updated>2003-12-13T18:30:02Z</updated>
    <summary>Some text.</summary>
  </entry>

</feed>
)xml");
  EXPECT_EQ(feed.link, "http://example.org/");
  EXPECT_EQ(OnlyItem(feed).link, "http://example.org/2003/12/13/atom03");
}

// testcases/atom/2/invalid-xml-base.xml: a broken xml:base does not spoil absolute links.
TEST(FeedValidatorAtom, BrokenXmlBaseLeavesAbsoluteLinks) {
  Feed feed = MustParse(R"xml(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="invalid iri">

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
  </entry>

</feed>
)xml");
  EXPECT_EQ(feed.link, "http://example.org/");
  EXPECT_EQ(OnlyItem(feed).link, "http://example.org/2003/12/13/atom03");
}

// testcases/atom/2/xml-lang.xml
TEST(FeedValidatorAtom, LanguageFromXmlLang) {
  Feed feed = MustParse(R"xml(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-us">

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
  </entry>

</feed>
)xml");
  EXPECT_EQ(feed.language, "en-us");
}

// testcases/atom/2/iri.xml: links that are IRIs (an IDN host, a non-ASCII path).
TEST(FeedValidatorAtom, IriLinks) {
  Feed feed = MustParse(R"xml(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">

  <title>IRI tests</title>
  <updated>2006-02-24T10:40:00Z</updated>
  <author>
    <name>James Holderness</name>
    <uri>http://www.詹姆斯.com/</uri>
  </author>
  <id>tag:xn--8ws00zhy3a.com,2006-02-24:/atomtests/iri/everything</id>
  <link rel="self" type="application/atom+xml" href="http://www.詹姆斯.com/atomtests/iri/everything.atom"/>
  <link rel="alternate" type="text/html" href="http://www.詹姆斯.com/atomtests/iri/"/>

  <entry>
    <title>1. IRI links</title>
    <id>tag:xn--8ws00zhy3a.com,2006-02-24:/atomtests/iri/links</id>
    <updated>2006-02-24T10:34:01Z</updated>
    <content type="xhtml">
      <div xmlns="http://www.w3.org/1999/xhtml">
      <p>This entry contains an alternate, a related and a via link all pointing to the following IRI:</p>
      <code>http://www.詹姆斯.com/atomtests/iri/詹.html</code>
      <p>or equivalent URI:</p>
      <code>http://www.xn--8ws00zhy3a.com/atomtests/iri/%E8%A9%B9.html</code>
      <p>If your aggregator supports any of these links types it should be able to navigate or open a browser
      to this address.</p>
      </div>
    </content>
    <link rel="alternate" href="http://www.詹姆斯.com/atomtests/iri/詹.html"/>
    <link rel="related" href="http://www.詹姆斯.com/atomtests/iri/詹.html"/>
    <link rel="via" href="http://www.詹姆斯.com/atomtests/iri/詹.html"/>
  </entry>

  <entry>
    <title>2. IRI in anchor tag</title>
    <id>tag:xn--8ws00zhy3a.com,2006-02-24:/atomtests/iri/href</id>
    <updated>2006-02-24T10:33:01Z</updated>
    <content type="xhtml">
      <div xmlns="http://www.w3.org/1999/xhtml">
      <p><a href="http://www.詹姆斯.com/atomtests/iri/詹.html">This link</a> should point to the following IRI:</p>
      <code>http://www.詹姆斯.com/atomtests/iri/詹.html</code>
      <p>or equivalent URI:</p>
      <code>http://www.xn--8ws00zhy3a.com/atomtests/iri/%E8%A9%B9.html</code>
      <p>Your aggregator should be able to navigate or open a browser to this address.</p>
      </div>
    </content>
  </entry>

  <entry>
    <title>3. IRI in image tag</title>
    <id>tag:xn--8ws00zhy3a.com,2006-02-24:/atomtests/iri/image</id>
    <updated>2006-02-24T10:32:01Z</updated>
    <content type="xhtml">
      <div xmlns="http://www.w3.org/1999/xhtml">
      <p>If your aggregator is compliant you should see a green block next to each of the test items below.</p>
      <img width="10" height="10" src="http://www.詹姆斯.com/atomtests/iri/dot.gif"/> 1. IDN test<br/>
      <img width="10" height="10" src="http://www.xn--8ws00zhy3a.com/atomtests/iri/詹.gif"/> 2. IRI path test<br/>
      <img width="10" height="10" src="http://www.詹姆斯.com/atomtests/iri/詹.gif"/> 3. Full IRI test<br/>
      </div>
    </content>
  </entry>

  <entry>
    <title>4. IRI enclosure</title>
    <id>tag:xn--8ws00zhy3a.com,2006-02-24:/atomtests/iri/enclosure</id>
    <updated>2006-02-24T10:31:01Z</updated>
    <content type="xhtml">
      <div xmlns="http://www.w3.org/1999/xhtml">
      <p>This entry contains an enclosure link pointing to the following IRI:</p>
      <code>http://www.詹姆斯.com/atomtests/iri/詹.mp3</code>
      <p>or equivalent URI:</p>
      <code>http://www.xn--8ws00zhy3a.com/atomtests/iri/%E8%A9%B9.mp3</code>
      <p>If your aggregator supports enclosures it should be able to download this file.</p>
      </div>
    </content>
    <link rel="enclosure" href="http://www.詹姆斯.com/atomtests/iri/詹.mp3" length="49703" type="audio/mpeg"/>
  </entry>

</feed>
)xml");
  EXPECT_EQ(feed.title, "IRI tests");
  // The exact form of an IRI link (punycode host, percent-encoded path, or as written)
  // depends on the URL library; it is the alternate link, not the self link.
  EXPECT_NE(feed.link.find("atomtests/iri/"), npos) << feed.link;
  EXPECT_EQ(feed.link.find("everything.atom"), npos) << feed.link;
  ASSERT_EQ(feed.items.size(), 4u);
  EXPECT_EQ(feed.items[0].title, "1. IRI links");
  EXPECT_NE(feed.items[0].link.find("atomtests/iri/"), npos) << feed.items[0].link;
  EXPECT_NE(
      feed.items[0].content_html.find("<code>http://www.詹姆斯.com/atomtests/iri/詹.html</code>"),
      npos)
      << feed.items[0].content_html;
  EXPECT_EQ(feed.items[0].author, "James Holderness");
  EXPECT_EQ(feed.items[1].link, "");
  EXPECT_EQ(feed.items[3].link, "");  // an enclosure is not the entry's page
}

// testcases/atom/4.1.2/link-same-rel-different-types.xml: a PDF and an HTML alternate.
TEST(FeedValidatorAtom, TwoAlternatesOfDifferentTypes) {
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
    <link href="http://example.org/2003/12/13/atom03.pdf" rel="alternate" type="application/pdf"/>
    <link href="http://example.org/2003/12/13/atom03.html" rel="alternate" type="text/html"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <updated>2003-12-13T18:30:02Z</updated>
    <summary>Some text.</summary>
  </entry>

</feed>
)xml"));
  // A reader would open the text/html one; the first alternate (the PDF) may be taken.
  EXPECT_TRUE(item.link.starts_with("http://example.org/2003/12/13/atom03.")) << item.link;
}

// testcases/atom/1.1/extensive-noerror.xml: a feed with most of what Atom 1.0 has.
TEST(FeedValidatorAtom, ExtensiveFeed) {
  Feed feed = MustParse(R"xml(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="text">dive into mark</title>
  <subtitle type="html">
    A &lt;em&gt;lot&lt;/em&gt; of effort
    went into making this effortless
  </subtitle>
  <updated>2005-07-11T12:29:29Z</updated>
  <id>tag:example.org,2003:3</id>
  <link rel="alternate" type="text/html"
   hreflang="en" href="http://example.org/"/>
  <link rel="self" type="application/atom+xml"
   href="http://example.org/feed.atom"/>
  <rights>Copyright (c) 2003, Mark Pilgrim</rights>
  <generator uri="http://www.example.com/" version="1.0">
    Example Toolkit
  </generator>
  <entry>
    <title>Atom draft-07 snapshot</title>
    <link rel="alternate" type="text/html"
     href="http://example.org/2005/04/02/atom"/>
    <link rel="enclosure" type="audio/mpeg" length="1337"
     href="http://example.org/audio/ph34r_my_podcast.mp3"/>
    <id>tag:example.org,2003:3.2397</id>
    <updated>2005-07-11T12:29:29Z</updated>
    <published>2003-12-13T08:29:29-04:00</published>
    <author>
      <name>Mark Pilgrim</name>
      <uri>http://example.org/</uri>
      <email>f8dy@example.com</email>
    </author>
    <contributor>
      <name>Sam Ruby</name>
    </contributor>
    <contributor>
      <name>Joe Gregorio</name>
    </contributor>
    <content type="xhtml" xml:lang="en"
     xml:base="http://diveintomark.org/">
      <div xmlns="http://www.w3.org/1999/xhtml">
        <p><i>[Update: The Atom draft is finished.]</i></p>
      </div>
    </content>
  </entry>
</feed>
)xml");
  EXPECT_EQ(feed.format, "atom1.0");
  EXPECT_EQ(feed.title, "dive into mark");
  EXPECT_EQ(feed.link, "http://example.org/");
  FeedItem item = OnlyItem(feed);
  EXPECT_EQ(item.id, "tag:example.org,2003:3.2397");
  EXPECT_EQ(item.title, "Atom draft-07 snapshot");
  EXPECT_EQ(item.link, "http://example.org/2005/04/02/atom");
  EXPECT_EQ(item.author, "Mark Pilgrim");  // contributors are not authors
  EXPECT_EQ(Iso(item.published_at), "2003-12-13T08:29:29-04:00");
  EXPECT_EQ(Iso(item.updated_at), "2005-07-11T12:29:29Z");
  EXPECT_EQ(item.content_html, "<p><i>[Update: The Atom draft is finished.]</i></p>");
}

// --- Atom: authors ---------------------------------------------------------------

// testcases/atom/3.2.1/multiple-names.xml: a feed-level contributor with two names.
TEST(FeedValidatorAtom, ContributorsAreNotAuthors) {
  FeedItem item = OnlyItem(MustParse(R"xml(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">

  <title>Example Feed</title>
  <link href="http://example.org/"/>
  <updated>2003-12-13T18:30:02Z</updated>
  <author>
    <name>John Doe</name>
  </author>
  <contributor>
    <name>George Washington</name>
    <name>Thomas Jefferson</name>
  </contributor>
  <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>

  <entry>
    <title>Atom-Powered Robots Run Amok</title>
    <link href="http://example.org/2003/12/13/atom03"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <updated>2003-12-13T18:30:02Z</updated>
    <summary>Some text.</summary>
  </entry>

</feed>
)xml"));
  EXPECT_EQ(item.author, "John Doe");
}

// testcases/atom/3.2.1/contains-email.xml: an address written into the name.
TEST(FeedValidatorAtom, AuthorNameWithEmailInIt) {
  FeedItem item = OnlyItem(MustParse(R"xml(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">

  <title>Example Feed</title>
  <link href="http://example.org/"/>
  <updated>2003-12-13T18:30:02Z</updated>
  <author>
    <name>John Doe &lt;john@example.com&gt;</name>
  </author>
  <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>

  <entry>
    <title>Atom-Powered Robots Run Amok</title>
    <link href="http://example.org/2003/12/13/atom03"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <updated>2003-12-13T18:30:02Z</updated>
    <summary>Some text.</summary>
  </entry>

</feed>
)xml"));
  // A reader would show "John Doe"; the name may be kept whole, address and all.
  EXPECT_TRUE(item.author.starts_with("John Doe")) << item.author;
}

// testcases/atom/must/entry_author_missing.xml: no author anywhere.
TEST(FeedValidatorAtom, NoAuthorAnywhere) {
  FeedItem item = OnlyItem(MustParse(R"xml(<feed xmlns="http://www.w3.org/2005/Atom">
<entry>
</entry>
</feed>
)xml"));
  EXPECT_EQ(item.author, "");
}

// testcases/atom/4.2.11/multiple-authors.xml: the entry's atom:source has two authors.
TEST(FeedValidatorAtom, SourceAuthorsWinOverTheFeeds) {
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
    <source>
      <title>Source of all knowledge</title>
      <id>urn:uuid:28213c50-f84c-11d9-8cd6-0800200c9a66</id>
      <updated>2003-12-13T17:46:27Z</updated>
      <author>
        <name>John Doe</name>
      </author>
      <author>
        <name>Jane Doe</name>
      </author>
    </source>
    <title>Atom-Powered Robots Run Amok</title>
    <link href="http://example.org/2003/12/13/atom03"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <updated>2003-12-13T18:30:02Z</updated>
    <summary>Some text.</summary>
  </entry>

</feed>
)xml"));
  EXPECT_EQ(item.author, "John Doe, Jane Doe");
  EXPECT_EQ(item.title, "Atom-Powered Robots Run Amok");  // not the source's title
  EXPECT_EQ(item.id, "urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a");
}

// --- Atom: namespaces ------------------------------------------------------------

// testcases/atom/1.2/missing-namespace.xml: <feed> in no namespace at all.
TEST(FeedValidatorAtom, FeedWithoutNamespaceIsReadAsAtom) {
  Feed feed = MustParse(R"xml(<?xml version="1.0" encoding="utf-8"?>
<feed>

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
  </entry>

</feed>
)xml");
  EXPECT_EQ(feed.format, "atom1.0");
  EXPECT_EQ(feed.title, "Example Feed");
  FeedItem item = OnlyItem(feed);
  EXPECT_EQ(item.title, "Atom-Powered Robots Run Amok");
  EXPECT_EQ(item.link, "http://example.org/2003/12/13/atom03");
  EXPECT_EQ(item.author, "John Doe");
}

// testcases/atom/1.2/prefixed-namespace.xml: every Atom element with an "atom:" prefix.
TEST(FeedValidatorAtom, PrefixedAtomElements) {
  Feed feed = MustParse(R"xml(<?xml version="1.0" encoding="utf-8"?>
<atom:feed xmlns:atom="http://www.w3.org/2005/Atom">

  <atom:title>Example Feed</atom:title>
  <atom:link href="http://example.org/"/>
  <atom:updated>2003-12-13T18:30:02Z</atom:updated>
  <atom:author>
    <atom:name>John Doe</atom:name>
  </atom:author>
  <atom:id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</atom:id>

  <atom:entry>
    <atom:title>Atom-Powered Robots Run Amok</atom:title>
    <atom:link href="http://example.org/2003/12/13/atom03"/>
    <atom:id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</atom:id>
    <atom:updated>2003-12-13T18:30:02Z</atom:updated>
    <atom:summary>Some text.</atom:summary>
  </atom:entry>

</atom:feed>
)xml");
  EXPECT_EQ(feed.format, "atom1.0");
  EXPECT_EQ(feed.title, "Example Feed");
  EXPECT_EQ(feed.link, "http://example.org/");
  FeedItem item = OnlyItem(feed);
  EXPECT_EQ(item.id, "urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a");
  EXPECT_EQ(item.link, "http://example.org/2003/12/13/atom03");
  EXPECT_EQ(item.author, "John Doe");
  EXPECT_EQ(item.summary, "Some text.");
}

// --- Atom 0.3 ----------------------------------------------------------------------

// testcases/atom/must/atom03maximal-noerror.xml: an Atom 0.3 feed with most of what it has.
TEST(FeedValidatorAtom, Atom03MaximalFeed) {
  Feed feed = MustParse(R"xml(<?xml version="1.0" encoding="utf-8"?>
<?xml-stylesheet href="atom.css" type="text/css"?>
<feed version="0.3" xmlns="http://purl.org/atom/ns#">
  <!-- required elements -->
  <title type="text/plain">dive into mark</title>
  <link rel="alternate" type="text/html" href="http://example.org/"/>
  <modified>2003-12-13T12:29:29Z</modified>
  <!-- optional elements -->
  <info type="application/xhtml+xml" mode="xml">
    <div xmlns="http://www.w3.org/1999/xhtml">
      This is an Atom syndication feed. It is intended to be viewed in a news aggregator or syndicated to another site.  Please visit the <a href="http://intertwingly.net/wiki/pie/">Atom Project</a> for more information.
    </div>
  </info>
  <tagline type="text/html" mode="escaped">A &lt;em&gt;lot&lt;/em&gt; of effort went into making this effortless</tagline>
  <id>tag:example.org,2003:3</id>
  <generator url="http://www.example.com/" version="1.0">Example Toolkit</generator>
  <copyright>Copyright (c) 2003, Mark Pilgrim</copyright>

  <entry>
    <!-- required elements -->
    <title>Atom 0.3 snapshot</title>
    <link rel="alternate" type="text/html" href="http://example.org/2003/12/13/atom03"/>
    <id>tag:example.org,2003:3.2397</id>
    <issued>2003-12-13T08:29:29-04:00</issued>
    <modified>2003-12-13T18:30:02Z</modified>
    <!-- optional elements -->
    <created>2003-12-13T12:29:29Z</created>
    <summary>The Atom 0.3 snapshot is out.  Here are some sample feeds.</summary>
    <author>
      <name>Mark Pilgrim</name>
      <url>http://example.org/</url>
      <email>f8dy@example.com</email>
    </author>
    <contributor>
      <name>Sam Ruby</name>
      <url>http://intertwingly.net/blog/</url>
      <email>rubys@example.com</email>
    </contributor>
    <contributor>
      <name>Joe Gregorio</name>
      <url>http://bitworking.org/</url>
      <email>joe@example.com</email>
    </contributor>
    <content type="application/xhtml+xml" mode="xml" xml:lang="en" xml:base="http://diveintomark.org/">
      <div xmlns="http://www.w3.org/1999/xhtml">
        <p>The Atom 0.3 snapshot is out.  Changes from the <a href="/archives/2003/08/05/atom02">0.2 snapshot</a>:</p>
        <ol>
          <li>MAY contain <code>feed/info</code>.  Free-form info statement that describes the feed format.  <a href="http://www.shellen.com/sandbox/atom-info-proposal.html">More explanation of info</a>.</li>
          <li>Expanded link syntax.  All links now include rel, type, and href attributes.</li>
          <li>Expanded content model.  <code>feed/title</code>, <code>feed/tagline</code>, <code>feed/info</code>, <code>feed/copyright</code>, <code>entry/title</code>, and <code>entry/summary</code> can now contain arbitrary data (such as HTML).  You must specify the data type in the <code>type</code> attribute, and (for non-XML formats) the escaping mode in the <code>mode</code> attribute.</li>
          <li><code>feed/generator</code> now has <code>url</code> and <code>version</code> attributes.  The child text is now the human-readable toolkit name.</li>
          <li>several other changes not listed here</li>
        </ol>
      </div>
    </content>
  </entry>
</feed>
)xml");
  EXPECT_EQ(feed.format, "atom0.3");
  EXPECT_EQ(feed.title, "dive into mark");
  EXPECT_EQ(feed.link, "http://example.org/");
  FeedItem item = OnlyItem(feed);
  EXPECT_EQ(item.id, "tag:example.org,2003:3.2397");
  EXPECT_EQ(item.title, "Atom 0.3 snapshot");
  EXPECT_EQ(item.link, "http://example.org/2003/12/13/atom03");
  EXPECT_EQ(item.author, "Mark Pilgrim");
  // issued, not created, is when it was published.
  EXPECT_EQ(Iso(item.published_at), "2003-12-13T08:29:29-04:00");
  EXPECT_EQ(Iso(item.updated_at), "2003-12-13T18:30:02Z");
  EXPECT_EQ(item.summary, "The Atom 0.3 snapshot is out.  Here are some sample feeds.");
  EXPECT_TRUE(item.content_html.starts_with("<p>The Atom 0.3 snapshot is out."))
      << item.content_html;
  // Relative links inside the content are left as written.
  EXPECT_NE(item.content_html.find("<a href=\"/archives/2003/08/05/atom02\">0.2 snapshot</a>"),
            npos)
      << item.content_html;
  EXPECT_TRUE(item.content_html.ends_with("</ol>")) << item.content_html;
}

// testcases/atom/must/atom03minimal-noerror.xml
TEST(FeedValidatorAtom, Atom03MinimalFeed) {
  Feed feed = MustParse(R"xml(<?xml version="1.0" encoding="utf-8"?>
<feed version="0.3" xmlns="http://purl.org/atom/ns#">
  <title>dive into mark</title>
  <link rel="alternate" type="text/html" href="http://diveintomark.org/"/>
  <modified>2003-12-13T18:30:02Z</modified>
  <author>
    <name>Mark Pilgrim</name>
  </author>
  <entry>
    <title>Atom 0.3 snapshot</title>
    <link rel="alternate" type="text/html" href="http://diveintomark.org/2003/12/13/atom03"/>
    <id>tag:diveintomark.org,2003:3.2397</id>
    <issued>2003-12-13T08:29:29-04:00</issued>
    <modified>2003-12-13T18:30:02Z</modified>
  </entry>
</feed>
)xml");
  EXPECT_EQ(feed.format, "atom0.3");
  EXPECT_EQ(feed.link, "http://diveintomark.org/");
  FeedItem item = OnlyItem(feed);
  EXPECT_EQ(item.link, "http://diveintomark.org/2003/12/13/atom03");
  EXPECT_EQ(item.author, "Mark Pilgrim");  // the feed's
  EXPECT_EQ(item.published, "2003-12-13T08:29:29-04:00");
  EXPECT_EQ(item.updated, "2003-12-13T18:30:02Z");
}

// testcases/atom/should/entry_created_no_timezone.xml: only <created>, a date alone.
TEST(FeedValidatorAtom, Atom03CreatedWhenNotIssued) {
  FeedItem item = OnlyItem(MustParse(R"xml(<feed version="0.2" xmlns="http://purl.org/atom/ns#">
<entry>
<created>2002-12-31</created>
</entry>
</feed>
)xml"));
  EXPECT_EQ(item.published, "2002-12-31");
  EXPECT_EQ(Iso(item.published_at), "2002-12-31");
}

// testcases/atom/should/content_contains_base64_script.xml: base64 HTML with a script in it.
TEST(FeedValidatorAtom, Atom03Base64HtmlIsDecoded) {
  Feed feed = MustParse(R"xml(<feed version="0.2" xmlns="http://purl.org/atom/ns#">
<entry>
<content type="text/html" mode="base64">c2FmZTxzY3JpcHQgdHlwZT0idGV4dC9qYXZhc2NyaXB0Ij5sb2NhdGlvbi5ocmVmPSdodHRwOi8nKycvZXhhbXBsZS5jb20vJzs8L3NjcmlwdD4gZGVzY3JpcHRpb24=</content>
</entry>
</feed>
)xml");
  EXPECT_EQ(feed.format, "atom0.3");
  // Decoded as written; the script goes when the HTML is turned into text.
  EXPECT_EQ(OnlyItem(feed).content_html,
            R"html(safe<script type="text/javascript">)html"
            R"html(location.href='http:/'+'/example.com/';</script> description)html");
}

// testcases/atom/must/entry_content_not_base64.xml: mode="base64" on "foo".
// "foo" is read as unpadded base64 and gives the two bytes "~\x8A", which are not UTF-8: a
// reader keeps nothing rather than stray bytes.
TEST(FeedValidatorAtom, Atom03ContentThatIsNotBase64GivesNoStrayBytes) {
  FeedItem item = OnlyItem(MustParse(R"xml(<feed version="0.3" xmlns="http://purl.org/atom/ns#">
<entry>
<content type="text/html" mode="base64">
foo
</content>
</entry>
</feed>
)xml"));
  EXPECT_TRUE(item.content_html.empty() || item.content_html == "foo") << item.content_html;
  EXPECT_EQ(item.content_text, "");
}

}  // namespace
}  // namespace corpusd
