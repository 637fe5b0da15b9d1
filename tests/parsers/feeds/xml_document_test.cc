#include "parsers/feeds/xml_document.h"

#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace corpusd {
namespace {

XmlDocument MustParse(std::string_view xml, std::string_view url = "") {
  Result<XmlDocument> doc = XmlDocument::Parse(xml, url);
  EXPECT_TRUE(doc.ok()) << doc.status().ToString();
  if (!doc.ok()) return std::move(XmlDocument::Parse("<empty/>")).value();
  return std::move(doc).value();
}

std::string RootText(std::string_view xml) { return MustParse(xml).root().TextContent(); }

// Everything the tree holds as text: element text and attribute values.
std::string AllText(XmlNode node) {
  std::string out = node.TextContent();
  std::vector<XmlNode> todo = {node};
  while (!todo.empty()) {
    XmlNode n = todo.back();
    todo.pop_back();
    for (const XmlAttribute& a : n.attributes()) out += " " + a.value;
    for (XmlNode c : n.children()) todo.push_back(c);
  }
  return out;
}

TEST(XmlDocumentTest, NamesNamespacesAttributesAndText) {
  XmlDocument doc = MustParse(R"(<?xml version="1.0"?>
<root xmlns="urn:a" xmlns:b="urn:b" id="7" b:kind="x"><b:child>one &amp; two &#233;</b:child><![CDATA[<raw>]]><!-- note --><?pi x?></root>)");
  XmlNode root = doc.root();
  EXPECT_TRUE(doc.well_formed());
  EXPECT_EQ(doc.encoding(), "UTF-8");
  EXPECT_EQ(root.name(), "root");
  EXPECT_EQ(root.namespace_uri(), "urn:a");
  EXPECT_EQ(root.attribute("id"), "7");
  EXPECT_EQ(root.attribute("kind", "urn:b"), "x");
  EXPECT_TRUE(root.has_attribute("kind", "urn:b"));
  EXPECT_FALSE(root.has_attribute("kind"));
  EXPECT_EQ(root.attributes().size(), 2u);

  XmlNode child = root.FirstChild("child", "urn:b");
  ASSERT_TRUE(child);
  EXPECT_EQ(child.prefix(), "b");
  EXPECT_EQ(child.TextContent(), "one & two \xC3\xA9");
  EXPECT_EQ(child.parent(), root);
  EXPECT_FALSE(root.parent());
  EXPECT_TRUE(child.has_end_tag());

  std::vector<XmlNode::Type> types;
  for (XmlNode n : root.children()) types.push_back(n.type());
  EXPECT_EQ(types, (std::vector<XmlNode::Type>{XmlNode::Type::kElement, XmlNode::Type::kCdata,
                                               XmlNode::Type::kComment,
                                               XmlNode::Type::kProcessingInstruction}));
  EXPECT_EQ(root.TextContent(), "one & two \xC3\xA9<raw>");
}

TEST(XmlDocumentTest, UndeclaredPrefixesStayVisible) {
  XmlDocument doc =
      MustParse("<rss><item rdf:about=\"urn:x\"><dc:creator>Jane</dc:creator></item></rss>");
  XmlNode item = doc.root().FirstChild("item");
  XmlNode creator = item.first_child();
  EXPECT_EQ(creator.name(), "creator");
  EXPECT_EQ(creator.prefix(), "dc");
  EXPECT_EQ(creator.namespace_uri(), "");
  EXPECT_EQ(item.attribute("rdf:about"), "urn:x");
}

TEST(XmlDocumentTest, InputThatIsNotXmlIsAnError) {
  for (std::string_view bytes :
       {std::string_view("hello world"), std::string_view(""), std::string_view("{\"version\": 1}"),
        std::string_view("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), std::string_view("   \n\t ")}) {
    Result<XmlDocument> doc = XmlDocument::Parse(bytes);
    ASSERT_FALSE(doc.ok()) << bytes;
    EXPECT_EQ(doc.status().code(), Status::Code::kInvalidInput);
    EXPECT_TRUE(doc.status().message().starts_with("not XML: ")) << doc.status().message();
  }
}

TEST(XmlDocumentTest, InputOverTheLimitIsRefused) {
  std::string big(XmlDocument::kMaxInputBytes + 1, ' ');
  Result<XmlDocument> doc = XmlDocument::Parse(big);
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().code(), Status::Code::kTooLarge);
}

TEST(XmlDocumentTest, MalformedXmlIsRecovered) {
  XmlDocument doc = MustParse("<r><a>one</b><c x=1>two</c></r>");
  EXPECT_FALSE(doc.well_formed());
  EXPECT_FALSE(doc.first_error().empty());
  EXPECT_NE(doc.root().TextContent().find("one"), std::string::npos);
}

TEST(XmlDocumentTest, ElementsCutOffByTheEndHaveNoEndTag) {
  XmlDocument doc = MustParse("<r><item><t>A</t><e/></item><item><t>B</t");
  std::vector<bool> closed;
  for (XmlNode n : doc.root().children()) closed.push_back(n.has_end_tag());
  EXPECT_EQ(closed, (std::vector<bool>{true, false}));
  EXPECT_TRUE(doc.root().first_child().FirstChild("e").has_end_tag());
  EXPECT_FALSE(doc.root().has_end_tag());
}

TEST(XmlDocumentTest, UndeclaredHtmlEntitiesReadAsTheirCharacters) {
  EXPECT_EQ(RootText("<t>a&nbsp;b&mdash;c&rsquo;d&eacute;</t>"),
            "a\xC2\xA0"
            "b\xE2\x80\x94"
            "c\xE2\x80\x99"
            "d\xC3\xA9");
  // With the DOCTYPE RSS 0.91 feeds carry (never loaded).
  EXPECT_EQ(RootText("<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" "
                     "\"http://my.netscape.com/publish/formats/rss-0.91.dtd\">"
                     "<rss>caf&eacute; &copy;</rss>"),
            "caf\xC3\xA9 \xC2\xA9");
  // An unknown name stays as written, as feed readers show it (it used to
  // vanish): the document is then not well-formed, and says why.
  EXPECT_EQ(RootText("<t>a&bogus;b</t>"), "a&bogus;b");
  XmlDocument undefined = MustParse("<t>a&doesnotexist;b</t>");
  EXPECT_FALSE(undefined.well_formed());
  EXPECT_EQ(undefined.first_error(), "undefined entity &doesnotexist;");
  // One the document declares is its own, not unknown (and, as before, never
  // expanded: no entity-expansion attacks).
  XmlDocument declared = MustParse("<!DOCTYPE t [<!ENTITY me \"Mark\">]><t>by &me;</t>");
  EXPECT_TRUE(declared.well_formed()) << declared.first_error();
  EXPECT_EQ(declared.root().TextContent(), "by ");
  // "&#X41;" is read as "&#x41;" (XML wants a small x).
  EXPECT_EQ(RootText("<t>&#X41;&#x42;&#67;</t>"), "ABC");
  // In attribute values too.
  XmlDocument doc = MustParse(R"(<r a="caf&eacute;s" b="&amp;&nbsp;&#233;" c="&bogus;q"/>)");
  EXPECT_EQ(doc.root().attribute("a"), "caf\xC3\xA9s");
  EXPECT_EQ(doc.root().attribute("b"), "&\xC2\xA0\xC3\xA9");
  EXPECT_EQ(doc.root().attribute("c"), "&bogus;q");
}

TEST(XmlDocumentTest, EntitiesAfterARecoveredErrorAreStillRead) {
  // libxml2 alone drops every reference, &amp; included, after any error.
  EXPECT_EQ(MustParse("<r><a>x</b><t>Tom &amp; Jerry &lt;3 &#169;</t></r>")
                .root()
                .FirstChild("t")
                .TextContent(),
            "Tom & Jerry <3 \xC2\xA9");
}

TEST(XmlDocumentTest, BareAmpersandsStayAmpersands) {
  XmlDocument doc = MustParse(
      "<r><link>https://example.com/?a=1&b=2&amp;c=3</link><t>AT&T & Tom&#38;Jerry &x</t>"
      "<u href=\"/x?p=1&q=2\"/><![CDATA[a && b]]><!-- & --></r>");
  EXPECT_EQ(doc.root().FirstChild("link").TextContent(), "https://example.com/?a=1&b=2&c=3");
  EXPECT_EQ(doc.root().FirstChild("t").TextContent(), "AT&T & Tom&Jerry &x");
  EXPECT_EQ(doc.root().FirstChild("u").attribute("href"), "/x?p=1&q=2");
  EXPECT_EQ(doc.root().TextContent(), "https://example.com/?a=1&b=2&c=3AT&T & Tom&Jerry &xa && b");
  EXPECT_FALSE(doc.well_formed());
  EXPECT_TRUE(MustParse("<r>a &amp; b</r>").well_formed());
}

TEST(XmlDocumentTest, ExternalEntitiesAreNeverLoaded) {
  std::ifstream passwd("/etc/passwd");
  std::stringstream content;
  content << passwd.rdbuf();
  ASSERT_NE(content.str().find("root:"), std::string::npos) << "the test needs /etc/passwd";
  for (std::string_view xxe : {
           R"(<?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
              <r><t>a&xxe;b</t><u v="&xxe;"/></r>)",
           R"(<?xml version="1.0"?><!DOCTYPE r [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]>
              <r><t>a</t></r>)",
           R"(<?xml version="1.0"?><!DOCTYPE r SYSTEM "file:///etc/passwd"><r><t>a</t></r>)",
       }) {
    Result<XmlDocument> doc = XmlDocument::Parse(xxe);
    ASSERT_TRUE(doc.ok()) << doc.status().ToString();
    std::string text = AllText(doc->root());
    EXPECT_EQ(text.find("root:"), std::string::npos) << text;
    EXPECT_NE(text.find('a'), std::string::npos);
  }
}

std::string BillionLaughs() {
  std::string xml = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">";
  for (int i = 1; i <= 9; ++i) {
    xml += "<!ENTITY lol" + std::to_string(i) + " \"";
    std::string previous = i == 1 ? "lol" : "lol" + std::to_string(i - 1);
    for (int k = 0; k < 10; ++k) xml += "&" + previous + ";";
    xml += "\">";
  }
  return xml + "]><lolz><t>&lol9;</t><a v=\"&lol9;\"/><t>after</t></lolz>";
}

TEST(XmlDocumentTest, BillionLaughsIsNotExpanded) {
  auto start = std::chrono::steady_clock::now();
  Result<XmlDocument> doc = XmlDocument::Parse(BillionLaughs());
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_LT(AllText(doc->root()).size(), 1000u);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(2));
}

TEST(XmlDocumentTest, QuadraticBlowupIsNotExpanded) {
  std::string xml = "<!DOCTYPE r [<!ENTITY big \"" + std::string(100000, 'x') + "\">]><r>";
  for (int i = 0; i < 10000; ++i) xml += "&big;";
  xml += "</r>";
  auto start = std::chrono::steady_clock::now();
  Result<XmlDocument> doc = XmlDocument::Parse(xml);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_LT(doc->root().TextContent().size(), 1000u);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(2));
}

TEST(XmlDocumentTest, Utf8BytesUnderALatin1DeclarationStayUtf8) {
  XmlDocument doc = MustParse("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><r>caf\xC3\xA9</r>");
  EXPECT_EQ(doc.root().TextContent(), "caf\xC3\xA9");
  EXPECT_EQ(doc.encoding(), "UTF-8");
}

TEST(XmlDocumentTest, DeclaredLegacyEncodingIsDecoded) {
  XmlDocument latin = MustParse("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><r>caf\xE9</r>");
  EXPECT_EQ(latin.root().TextContent(), "caf\xC3\xA9");
  EXPECT_EQ(latin.encoding(), "windows-1252");
  XmlDocument koi8 =
      MustParse("<?xml version='1.0' encoding='koi8-r'?><r>\xF0\xD2\xC9\xD7\xC5\xD4</r>");
  EXPECT_EQ(koi8.root().TextContent(), "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82");
}

TEST(XmlDocumentTest, Windows1252BytesUnderAUtf8DeclarationAreDetected) {
  XmlDocument doc = MustParse(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><r>Le caf\xE9 de la gare \xE9tait ferm\xE9 "
      "l'\xE9t\xE9 dernier, \x93"
      "d\xE9j\xE0 vu\x94 pour les habitu\xE9s du quartier.</r>");
  EXPECT_NE(doc.root().TextContent().find("caf\xC3\xA9"), std::string::npos)
      << doc.root().TextContent();
  EXPECT_NE(doc.root().TextContent().find("\xE2\x80\x9C"
                                          "d\xC3\xA9j\xC3\xA0"),
            std::string::npos);
}

TEST(XmlDocumentTest, Utf16WithByteOrderMark) {
  std::string ascii = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><r>caf";
  std::string bytes = "\xFF\xFE";
  for (char c : ascii) bytes += std::string{c, '\0'};
  bytes += std::string("\xE9\0<\0/\0r\0>\0", 10);
  EXPECT_EQ(MustParse(bytes).root().TextContent(), "caf\xC3\xA9");
}

TEST(XmlDocumentTest, InnerMarkupWritesXhtmlAsHtml) {
  XmlDocument doc = MustParse(R"(<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">
<p class="a&quot;b">Hi <b>there</b> &amp; &lt;you&gt;<br/>x</p><img src="a.png"/><!-- c --><span></span></div></content>)");
  XmlNode div = doc.root().FirstChild("div", "http://www.w3.org/1999/xhtml");
  EXPECT_EQ(div.InnerMarkup(),
            "\n<p class=\"a&quot;b\">Hi <b>there</b> &amp; &lt;you&gt;<br>x</p>"
            "<img src=\"a.png\"><span></span>");
}

TEST(XmlDocumentTest, DeepNestingIsCutNotFatal) {
  std::string xml;
  for (int i = 0; i < 100000; ++i) xml += "<a>";
  xml += "deep";
  Result<XmlDocument> doc = XmlDocument::Parse(xml);
  ASSERT_TRUE(doc.ok());
  EXPECT_FALSE(doc->well_formed());
  doc->root().TextContent();
  doc->root().InnerMarkup();
}

TEST(XmlDocumentTest, ParsesOnManyThreadsAtOnce) {
  std::vector<std::thread> threads;
  std::vector<int> good(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([t, &good] {
      for (int i = 0; i < 50; ++i) {
        std::string xml = "<r n=\"" + std::to_string(i) + "\"><x>caf&eacute; " + std::to_string(t) +
                          "</x><y></z></r>";
        Result<XmlDocument> doc = XmlDocument::Parse(xml);
        if (doc.ok() && doc->root().attribute("n") == std::to_string(i) &&
            doc->root().FirstChild("x").TextContent() == "caf\xC3\xA9 " + std::to_string(t)) {
          ++good[t];
        }
      }
    });
  }
  for (std::thread& th : threads) th.join();
  EXPECT_EQ(good, (std::vector<int>{50, 50, 50, 50}));
}

TEST(XmlDocumentTest, NullNodesAnswerEmpty) {
  XmlNode none;
  EXPECT_FALSE(none);
  EXPECT_EQ(none.name(), "");
  EXPECT_EQ(none.attribute("x"), "");
  EXPECT_EQ(none.TextContent(), "");
  EXPECT_FALSE(none.first_child());
  EXPECT_FALSE(none.FirstChild("x"));
  int count = 0;
  for (XmlNode n : none.children()) count += n ? 1 : 0;
  EXPECT_EQ(count, 0);
}

}  // namespace
}  // namespace corpusd
