// Cases ported from the Feed Validator's testcases (github.com/rubys/feedvalidator,
// testcases/...); inputs kept, expectations restated for what a reader should extract.
//
// The Feed Validator and its testcases are by Sam Ruby and Mark Pilgrim; each testcase file
// states its licence in its header ("License: Python").
//
// This file: RSS versions. How inputs were kept or adapted: feedvalidator_rss_test.cc.
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
using testing::OnlyItem;

// --- RSS: versions ---------------------------------------------------------------

// testcases/rss/should/rss91_plain.xml
TEST(FeedValidatorRss, Rss091PlainTextDescription) {
  Feed feed = MustParse(R"xml(<rss version="0.91">
  <channel>
    <title>title</title>
    <link>http://www.example.com/blog/</link>
    <description>description</description>
    <item>
       <title>title</title>
       <link>http://www.example.com/blog/246</link>
       <description><![CDATA[<plaintext>]]></description>
    </item>
  </channel>
</rss>
)xml");
  EXPECT_EQ(feed.format, "rss0.9x");
  EXPECT_EQ(feed.link, "http://www.example.com/blog/");
  FeedItem item = OnlyItem(feed);
  EXPECT_EQ(item.title, "title");
  EXPECT_EQ(item.link, "http://www.example.com/blog/246");
  EXPECT_EQ(item.summary, "<plaintext>");
}

// testcases/rss/must/rss10_spec_sample_noerror.xml: the RSS 1.0 specification's sample.
TEST(FeedValidatorRss, Rss10SpecificationSample) {
  Feed feed = MustParse(R"xml(<?xml version="1.0"?>
<rdf:RDF
  xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
  xmlns="http://purl.org/rss/1.0/"
>

  <channel rdf:about="http://www.xml.com/xml/news.rss">
    <title>XML.com</title>
    <link>http://xml.com/pub</link>
    <description>
      XML.com features a rich mix of information and services
      for the XML community.
    </description>

    <image rdf:resource="http://xml.com/universal/images/xml_tiny.gif" />

    <items>
      <rdf:Seq>
        <rdf:li resource="http://xml.com/pub/2000/08/09/xslt/xslt.html" />
        <rdf:li resource="http://xml.com/pub/2000/08/09/rdfdb/index.html" />
      </rdf:Seq>
    </items>

  </channel>
    <image rdf:about="http://xml.com/universal/images/xml_tiny.gif">
    <title>XML.com</title>
    <link>http://www.xml.com</link>
    <url>http://xml.com/universal/images/xml_tiny.gif</url>
  </image>
    <item rdf:about="http://xml.com/pub/2000/08/09/xslt/xslt.html">
    <title>Processing Inclusions with XSLT</title>
    <link>http://xml.com/pub/2000/08/09/xslt/xslt.html</link>
    <description>
     Processing document inclusions with general XML tools can be
     problematic. This article proposes a way of preserving inclusion
     information through SAX-based processing.
    </description>
  </item>
    <item rdf:about="http://xml.com/pub/2000/08/09/rdfdb/index.html">
    <title>Putting RDF to Work</title>
    <link>http://xml.com/pub/2000/08/09/rdfdb/index.html</link>
    <description>
     Tool and API support for the Resource Description Framework
     is slowly coming of age. Edd Dumbill takes a look at RDFDB,
     one of the most exciting new RDF toolkits.
    </description>
  </item>

</rdf:RDF>
)xml");
  EXPECT_EQ(feed.format, "rss1.0");
  EXPECT_EQ(feed.title, "XML.com");
  EXPECT_EQ(feed.link, "http://xml.com/pub");
  ASSERT_EQ(feed.items.size(), 2u);  // the <image> is no item
  EXPECT_EQ(feed.items[0].id, "http://xml.com/pub/2000/08/09/xslt/xslt.html");
  EXPECT_EQ(feed.items[0].title, "Processing Inclusions with XSLT");
  EXPECT_EQ(feed.items[0].link, "http://xml.com/pub/2000/08/09/xslt/xslt.html");
  EXPECT_TRUE(feed.items[0].summary.starts_with("Processing document inclusions"))
      << feed.items[0].summary;
  EXPECT_TRUE(feed.items[0].summary.ends_with("SAX-based processing.")) << feed.items[0].summary;
  EXPECT_EQ(feed.items[1].id, "http://xml.com/pub/2000/08/09/rdfdb/index.html");
  EXPECT_EQ(feed.items[1].title, "Putting RDF to Work");
}

// testcases/rss/should/rss10_content_encoded.xml
TEST(FeedValidatorRss, Rss10ContentEncoded) {
  Feed feed = MustParse(R"xml(<rdf:RDF
 xmlns="http://purl.org/rss/1.0/"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:content="http://purl.org/rss/1.0/modules/content/"
 xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
>
<channel rdf:about="http://www.example.com/">
<title>RSS 1.0 feed</title>
<description>Sample RSS 1.0 feed</description>
<link>http://www.example.com/</link>
<items>
  <rdf:Seq>
    <rdf:li resource="http://www.example.com/cat.jpg" />
  </rdf:Seq>
</items>
</channel>
<item rdf:about="http://www.example.com/cat.jpg">
<title>my cat</title>
<link>http://www.example.com/cat.jpg</link>
<content:encoded>Fluffy</content:encoded>
</item>
</rdf:RDF>
)xml");
  EXPECT_EQ(feed.format, "rss1.0");
  FeedItem item = OnlyItem(feed);
  EXPECT_EQ(item.id, "http://www.example.com/cat.jpg");
  EXPECT_EQ(item.title, "my cat");
  EXPECT_EQ(item.content_html, "Fluffy");
}

// testcases/rss/must/valid_rss_090.xml: the RSS 0.90 specification's sample.
TEST(FeedValidatorRss, Rss090SpecificationSample) {
  Feed feed = MustParse(R"xml(<?xml version="1.0"?>
<rdf:RDF
xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
xmlns="http://my.netscape.com/rdf/simple/0.9/">

  <channel>
    <title>Mozilla Dot Org</title>
    <link>http://www.mozilla.org</link>
    <description>the Mozilla Organization web site</description>
  </channel>

  <image>
    <title>Mozilla</title>
    <url>http://www.mozilla.org/images/moz.gif</url>
    <link>http://www.mozilla.org</link>
  </image>

  <item>
    <title>New Status Updates</title>
    <link>http://www.mozilla.org/status/</link>
  </item>

  <item>
    <title>Bugzilla Reorganized</title>
    <link>http://www.mozilla.org/bugs/</link>
  </item>

  <item>
    <title>Mozilla Party, 2.0!</title>
    <link>http://www.mozilla.org/party/1999/</link>
  </item>

  <item>
    <title>Unix Platform Parity</title>
    <link>http://www.mozilla.org/build/unix.html</link>
  </item>

  <item>
    <title>NPL 1.0M published</title>
    <link>http://www.mozilla.org/NPL/NPL-1.0M.html</link>
  </item>

</rdf:RDF>
)xml");
  EXPECT_EQ(feed.format, "rss0.9x");
  EXPECT_EQ(feed.title, "Mozilla Dot Org");
  std::vector<std::string> titles;
  for (const FeedItem& item : feed.items) titles.push_back(item.title);
  EXPECT_EQ(titles, (std::vector<std::string>{"New Status Updates", "Bugzilla Reorganized",
                                              "Mozilla Party, 2.0!", "Unix Platform Parity",
                                              "NPL 1.0M published"}));
  ASSERT_EQ(feed.items.size(), 5u);
  EXPECT_EQ(feed.items[4].link, "http://www.mozilla.org/NPL/NPL-1.0M.html");
}

// testcases/rss/must/doctype.xml: Netscape's DOCTYPE (never fetched) and no channel at all.
TEST(FeedValidatorRss, Rss091DoctypeWithoutChannel) {
  Feed feed = MustParse(
      R"xml(<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
<rss version="0.91">
</rss>
)xml");
  EXPECT_EQ(feed.format, "rss0.9x");
  EXPECT_EQ(feed.title, "");
  EXPECT_TRUE(feed.items.empty());
}

// testcases/rss/may/contains_xmllang.xml: the language as xml:lang on <rss>.
TEST(FeedValidatorRss, LanguageFromXmlLang) {
  Feed feed = MustParse(R"xml(<rss version="2.0" xml:lang="en-us">
<channel>
<title>Missing dc:language</title>
<link>http://purl.org/rss/2.0/</link>
<description>channel should include dc:language</description>
</channel>
</rss>
)xml");
  EXPECT_EQ(feed.language, "en-us");
}

// testcases/rss/must/invalid_xml.xml: the channel is never closed.
TEST(FeedValidatorRss, UnclosedChannelIsRecovered) {
  Feed feed = MustParse(R"xml(<rss version="2.0">
<channel>
<description>unclosed channel element</description>
</rss>
)xml");
  EXPECT_EQ(feed.format, "rss2.0");
  EXPECT_FALSE(feed.xml_error.empty());
  EXPECT_TRUE(feed.items.empty());
}

// testcases/rss/should/rss20_with_atom_elements.xml (tabs written as spaces): RSS 2.0 items
// that carry Atom elements, one with an atom:link in place of <link>.
constexpr std::string_view kRss20WithAtomElements =
    R"xml(<rss version="2.0" xmlns:ent="http://www.purl.org/NET/ENT/1.0/" xmlns:wfw="http://wellformedweb.org/CommentAPI/"
xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>Big Damn Heroes (Tech)</title>
    <link>http://support.journurl.com/users/admin/</link>
    <description>weblog</description>
    <generator>JournURL 3.0 (http://journurl.com/)</generator>
                <atom:id>urn:uuid:9444ea20-fe0b-11d9-8cd6-0800200c9a66</atom:id>
                <atom:author>
                  <atom:name>Roger Benningfield</atom:name>
                </atom:author>

    <item>
      <title>Ease of Podcasting</title>
      <atom:link href="http://support.journurl.com/users/admin/index.cfm?mode=article&amp;entry=3243"/>
      <atom:content type="html" xml:lang="en">
              <![CDATA[<p>The folks at Apple are impressed with how easy it is to publish a podcast with their tool of choice:</p>

<p><blockquote class="jquote"><a href="http://edcommunity.apple.com/adc/tools/?p=19">How-To Podcast with WordPress</a><br />
I came accross this really simple tutorial on how to use WordPress as a podcasting engine &#133; take a look at it. What is so amazing is how easy it really is!</blockquote></p>

<p>It can be easier. For example, with <a href="http://journurl.com/" ping="sent">JournURL</a>, creating a podcast is as simple as:</p>

<ol>
<li>Create the audio file</li>

<li>Post an entry, and attach your MP3</li>
</ol>

<p>That's it. You can make it even better with minimal effort, too.</p>

<p>For example, I've seen WP users <a href="http://www.chrisjdavis.org/2005/06/15/podcasting-with-wp/#comment-31966">advocating setting up a separate installation</a> to handle podcasting, to keep podcatchers from missing your 'casts amidst your other blog entries. That's unnecessary with JournURL... just add a "mypodcast" keyword to your podcast entries, and then have folks subscribe to a URL like this:</p>

<p>http://mysite.com/?template=rss&amp;keyword=mypodcast</p>

<p>In addition, JournURL automatically collects ID3 info from any MP3 you upload, making it easy to add all sorts of metadata to a podcast post.</p>

<p>Now, don't get me wrong... WordPress and JournURL are fruit of different flavors. One is an open-source, self-hosted tool, the other a hosted service. If you need the former, then the latter is useless, no matter how many nice things it does. That's why I hate making these kinds of comparisons.</p>

<p>But folks don't know what you can do if you never tell them, so I'm tellin' 'em.</p>]]>
         </atom:content>
      <atom:author>
        <atom:name>admin</atom:name>
      </atom:author>
      <comments>http://support.journurl.com/index.cfm?fa=rd&amp;m=3243</comments>
      <guid>http://support.journurl.com/users/admin/index.cfm?mode=article&amp;entry=3243</guid>
      <category>Staff</category>
      <pubDate>Fri, 22 Jul 2005 18:47:41 GMT</pubDate>
      <atom:updated>2005-07-22T19:07:43Z</atom:updated>
      <ent:cloud ent:href="http://support.journurl.com/users/admin/">

                <ent:topic ent:id="podcasting">podcasting</ent:topic>

                <ent:topic ent:id="blogging">blogging</ent:topic>

                <ent:topic ent:id="journurl">JournURL</ent:topic>

          </ent:cloud>
      <wfw:commentRss>http://support.journurl.com/index.cfm?fa=rss.readthread&amp;group=9&amp;thread=2674&amp;date=all</wfw:commentRss>
    </item>

    <item>
      <title>RSS/Atom Feed CFC 2.0 Released</title>
      <link>http://support.journurl.com/users/admin/index.cfm?mode=article&amp;entry=3195</link>
      <atom:content type="html" xml:lang="en">
              <![CDATA[<p>For the sake of those reading via <a href="http://weblogs.macromedia.com/mxna/">MXNA</a> rather than <a href="http://fullasagoog.com/">The Goog</a>, here's a pointer to the <a href="http://mxblogspace.journurl.com/users/admin/index.cfm?mode=article&amp;entry=8425">2.0 release of my RSS/Atom Feed component for Coldfusion MX</a>.</p>

<p>It's a near-complete rewrite of the original, adds Atom 1.0 support, and so on.</p>]]>
         </atom:content>
      <atom:author>
        <atom:name>admin</atom:name>
      </atom:author>
      <comments>http://support.journurl.com/index.cfm?fa=rd&amp;m=3195</comments>
      <guid>http://support.journurl.com/users/admin/index.cfm?mode=article&amp;entry=3195</guid>
      <category>Staff</category>
      <pubDate>Wed, 20 Jul 2005 19:23:29 GMT</pubDate>
      <atom:updated>2005-07-20T19:28:01Z</atom:updated>
      <ent:cloud ent:href="http://support.journurl.com/users/admin/">

                <ent:topic ent:id="rss">RSS</ent:topic>

                <ent:topic ent:id="atom">Atom</ent:topic>

                <ent:topic ent:id="syndication">syndication</ent:topic>

                <ent:topic ent:id="coldfusion">Coldfusion</ent:topic>

                <ent:topic ent:id="cfc">CFC</ent:topic>

                <ent:topic ent:id="component">component</ent:topic>

          </ent:cloud>
      <wfw:commentRss>http://support.journurl.com/index.cfm?fa=rss.readthread&amp;group=9&amp;thread=2626&amp;date=all</wfw:commentRss>
    </item>

    <item>
      <title>Aggregator Update: Atom 1.0</title>
      <link>http://support.journurl.com/users/admin/index.cfm?mode=article&amp;entry=3192</link>
      <atom:content type="html" xml:lang="en">
              <![CDATA[<p>Tim Bray's <a href="http://www.tbray.org/ongoing/When/200x/2005/07/14/Atom-1.0">announcement</a> hit me at <a href="http://living.journurl.com/users/admin/" ping="sent">a bad time</a>, so I didn't have Atom 1.0 support ready to go. And given that supporting Atom is significantly more difficult than RSS, that meant some serious scrambling. Everything seems to be working, though.</p>

<p>NOTE: I'm not kidding or FUDding about the difficulty in handling Atom 1.0. If you subscribe to a NuAtom feed, don't be shocked if I missed something... particularly in some of the more esoteric, geeky feeds.</p>]]>
         </atom:content>
      <atom:author>
        <atom:name>admin</atom:name>
      </atom:author>
      <comments>http://support.journurl.com/index.cfm?fa=rd&amp;m=3192</comments>
      <guid>http://support.journurl.com/users/admin/index.cfm?mode=article&amp;entry=3192</guid>
      <category>Announcements</category>
      <pubDate>Wed, 20 Jul 2005 13:58:25 GMT</pubDate>
      <atom:updated>2005-07-20T14:07:17Z</atom:updated>
      <ent:cloud ent:href="http://support.journurl.com/users/admin/">

                <ent:topic ent:id="atom">Atom</ent:topic>

                <ent:topic ent:id="rss">RSS</ent:topic>

                <ent:topic ent:id="syndication">syndication</ent:topic>

                <ent:topic ent:id="blogging">blogging</ent:topic>

          </ent:cloud>
      <wfw:commentRss>http://support.journurl.com/index.cfm?fa=rss.readthread&amp;group=4&amp;thread=2623&amp;date=all</wfw:commentRss>
    </item>

    <item>
      <title>More &quot;Misunderstanding Conversation&quot;</title>
      <link>http://support.journurl.com/users/admin/index.cfm?mode=article&amp;entry=3103</link>
      <atom:content type="html" xml:lang="en">
              <![CDATA[<p>Thought for the day:</p>

<p>Two people talking about the same thing to two different audiences is "coexistence", not "conversation".</p>]]>
         </atom:content>
      <atom:author>
        <atom:name>admin</atom:name>
      </atom:author>
      <comments>http://support.journurl.com/index.cfm?fa=rd&amp;m=3103</comments>
      <guid>http://support.journurl.com/users/admin/index.cfm?mode=article&amp;entry=3103</guid>
      <category>Staff</category>
      <pubDate>Mon, 18 Jul 2005 15:58:13 GMT</pubDate>
      <atom:updated>2005-07-18T16:00:14Z</atom:updated>
      <ent:cloud ent:href="http://support.journurl.com/users/admin/">

                <ent:topic ent:id="comments">comments</ent:topic>

                <ent:topic ent:id="blogging">blogging</ent:topic>

                <ent:topic ent:id="discussion">discussion</ent:topic>

          </ent:cloud>
      <wfw:commentRss>http://support.journurl.com/index.cfm?fa=rss.readthread&amp;group=9&amp;thread=2534&amp;date=all</wfw:commentRss>
    </item>

    <item>
      <title>Referrer Tweaks</title>
      <link>http://support.journurl.com/users/admin/index.cfm?mode=article&amp;entry=3078</link>
      <atom:content type="html" xml:lang="en">
              <![CDATA[<p>Those with custom domains attached to their blogs have probably noticed that the referrer log can fill up with a bunch of intra-site links. That should now be fixed.</p>]]>
         </atom:content>
      <atom:author>
        <atom:name>admin</atom:name>
      </atom:author>
      <comments>http://support.journurl.com/index.cfm?fa=rd&amp;m=3078</comments>
      <guid>http://support.journurl.com/users/admin/index.cfm?mode=article&amp;entry=3078</guid>
      <category>Announcements</category>
      <pubDate>Fri, 08 Jul 2005 15:58:43 GMT</pubDate>
      <atom:updated>2005-07-08T16:01:38Z</atom:updated>
      <ent:cloud ent:href="http://support.journurl.com/users/admin/">

                <ent:topic ent:id="journurl">JournURL</ent:topic>

                <ent:topic ent:id="upgrades">upgrades</ent:topic>

                <ent:topic ent:id="referrers">referrers</ent:topic>

          </ent:cloud>
      <wfw:commentRss>http://support.journurl.com/index.cfm?fa=rss.readthread&amp;group=4&amp;thread=2509&amp;date=all</wfw:commentRss>
    </item>

  </channel>
</rss>
)xml";

// testcases/rss/should/rss20_with_atom_elements.xml
TEST(FeedValidatorRss, Rss20WithAtomElements) {
  Feed feed = MustParse(kRss20WithAtomElements);
  EXPECT_EQ(feed.format, "rss2.0");
  EXPECT_EQ(feed.title, "Big Damn Heroes (Tech)");
  EXPECT_EQ(feed.link, "http://support.journurl.com/users/admin/");
  ASSERT_EQ(feed.items.size(), 5u);
  const FeedItem& first = feed.items[0];
  EXPECT_EQ(first.title, "Ease of Podcasting");
  EXPECT_EQ(first.link,
            "http://support.journurl.com/users/admin/index.cfm?mode=article&entry=3243");
  EXPECT_EQ(first.id, "http://support.journurl.com/users/admin/index.cfm?mode=article&entry=3243");
  EXPECT_EQ(Iso(first.published_at), "2005-07-22T18:47:41Z");
  EXPECT_EQ(first.updated, "2005-07-22T19:07:43Z");
  EXPECT_EQ(Iso(first.updated_at), "2005-07-22T19:07:43Z");
  EXPECT_EQ(feed.items[1].link,
            "http://support.journurl.com/users/admin/index.cfm?mode=article&entry=3195");
  EXPECT_EQ(feed.items[3].title, "More \"Misunderstanding Conversation\"");
}

// testcases/rss/should/rss20_with_atom_elements.xml
// Atom's content and author inside RSS 2.0 items: a reader uses both.
TEST(FeedValidatorRss, Rss20ItemsTakeAtomContentAndAtomAuthor) {
  Feed feed = MustParse(kRss20WithAtomElements);
  ASSERT_EQ(feed.items.size(), 5u);
  EXPECT_TRUE(feed.items[0].content_html.starts_with("<p>The folks at Apple"))
      << feed.items[0].content_html;
  EXPECT_EQ(feed.items[0].author, "admin");
  EXPECT_EQ(feed.items[4].content_html,
            "<p>Those with custom domains attached to their blogs have probably noticed that the "
            "referrer log can fill up with a bunch of intra-site links. That should now be "
            "fixed.</p>");
}

// testcases/rss11/must/pos-dcandfoaf.xml
// RSS 1.1: the root is the <Channel>, its items in an <items> collection.
TEST(FeedValidatorRss, Rss11ChannelIsRead) {
  Feed feed = MustParse(R"xml(<Channel xmlns="http://purl.org/net/rss1.1#"
   xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
   xmlns:dc="http://purl.org/dc/elements/1.1/"
   xmlns:foaf="http://xmlns.com/foaf/0.1/"
   rdf:about="http://www.xml.com/xml/news.rss">
<title>XML.com</title>
<link>http://xml.com/pub</link>
<description>
   XML.com features a rich mix of information and services
   for the XML community.
</description>
<items rdf:parseType="Collection">
   <item rdf:about="http://www.xml.com/pub/a/2005/01/05/restful.html">
      <title>The Restful Web: Amazon's Simple Queue Service</title>
      <link>http://www.xml.com/pub/a/2005/01/05/restful.html</link>
      <description>
         In Joe Gregorio's latest Restful Web column, he explains that
         Amazon's Simple Queue Service, a web service offering a queue
         for reliable storage of transient messages, isn't as RESTful as
         it claims.
      </description>
      <dc:author>
         <foaf:Person>
            <foaf:name>Joe Gregorio</foaf:name>
         </foaf:Person>
      </dc:author>
   </item>
   <item rdf:about="http://www.xml.com/pub/a/2005/01/05/tr-xml.html">
      <title>Transforming XML: Extending XSLT with EXSLT</title>
      <link>http://www.xml.com/pub/a/2005/01/05/tr-xml.html</link>
      <description>
         In this month's Transforming XML column, Bob DuCharme reports
         happily that the promise of XSLT extensibility via EXSLT has become
         a reality.
      </description>
      <dc:author>
         <foaf:Person>
            <foaf:name>Bob DuCharme</foaf:name>
         </foaf:Person>
      </dc:author>
   </item>
</items>
</Channel>
)xml");
  EXPECT_EQ(feed.title, "XML.com");
  ASSERT_EQ(feed.items.size(), 2u);
  EXPECT_EQ(feed.items[0].title, "The Restful Web: Amazon's Simple Queue Service");
  EXPECT_EQ(feed.items[0].link, "http://www.xml.com/pub/a/2005/01/05/restful.html");
  EXPECT_EQ(feed.items[1].id, "http://www.xml.com/pub/a/2005/01/05/tr-xml.html");
}

}  // namespace
}  // namespace corpusd
