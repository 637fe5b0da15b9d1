#include "parsers/encodings/content_sniffer.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace corpusd {
namespace {

using std::string_literals::operator""s;
using std::string_view_literals::operator""sv;

SniffResult Sniff(std::string_view bytes, std::string_view declared = "",
                  std::string_view file_name = "") {
  return SniffContent(bytes, declared, file_name);
}

void ExpectBinary(std::string_view bytes, std::string_view mime) {
  SniffResult r = Sniff(bytes);
  EXPECT_EQ(r.kind, ContentKind::kBinary) << mime;
  EXPECT_EQ(r.mime_type, mime);
}

TEST(ContentSniffTest, BinarySignatures) {
  ExpectBinary("\x89PNG\r\n\x1A\n\0\0\0\rIHDR"sv, "image/png");
  ExpectBinary("GIF87a\x01\0"sv, "image/gif");
  ExpectBinary("GIF89a\x01\0"sv, "image/gif");
  ExpectBinary("\xFF\xD8\xFF\xE0\0\x10JFIF"sv, "image/jpeg");
  ExpectBinary("RIFF\x24\0\0\0WEBPVP8 "sv, "image/webp");
  ExpectBinary("BM\x36\0\0\0\0\0\0\0\x36\0\0\0\x28\0\0\0"sv, "image/bmp");
  ExpectBinary("\0\0\x01\0\x01\0\x10\x10"sv, "image/x-icon");
  ExpectBinary("%PDF-1.7\n%\xE2\xE3\xCF\xD3"sv, "application/pdf");
  ExpectBinary("PK\x03\x04\x14\0\0\0"sv, "application/zip");
  ExpectBinary("\x1F\x8B\x08\0\0\0\0\0"sv, "application/gzip");
  ExpectBinary("BZh91AY&SY\x01\x02"sv, "application/x-bzip2");
  ExpectBinary(
      "\xFD"
      "7zXZ\0\0\x04"sv,
      "application/x-xz");
  ExpectBinary("7z\xBC\xAF\x27\x1C\0\x04"sv, "application/x-7z-compressed");
  ExpectBinary("Rar!\x1A\x07\x00\xCF"sv, "application/x-rar-compressed");
  ExpectBinary("Rar!\x1A\x07\x01\x00"sv, "application/x-rar-compressed");
  ExpectBinary(
      "\x7F"
      "ELF\x02\x01\x01"sv,
      "application/x-executable");
  ExpectBinary("ID3\x04\0\0\0\0\0\x21"sv, "audio/mpeg");
  ExpectBinary("\xFF\xFB\x90\x64\0\0\0\0"sv, "audio/mpeg");
  ExpectBinary("OggS\0\x02\0\0"sv, "application/ogg");
  ExpectBinary(
      "\0\0\0\x18"
      "ftypmp42\0\0\0\0"sv,
      "video/mp4");
  ExpectBinary(
      "\0\0\0\x1C"
      "ftypavif\0\0\0\0"sv,
      "image/avif");
  ExpectBinary("\0asm\x01\0\0\0"sv, "application/wasm");
  ExpectBinary("SQLite format 3\0\x10\0\x01\x01"sv, "application/vnd.sqlite3");
}

TEST(ContentSniffTest, TextThatMerelyStartsLikeASignatureIsText) {
  EXPECT_EQ(Sniff("BMW sold more cars this year.").kind, ContentKind::kText);
  EXPECT_EQ(Sniff("BZh, said nobody.").kind, ContentKind::kText);
  EXPECT_EQ(Sniff("ID3 tags store song titles.").kind, ContentKind::kText);
}

TEST(ContentSniffTest, HtmlWithDoctype) {
  SniffResult r = Sniff("<!DOCTYPE html><html><body>x</body></html>");
  EXPECT_EQ(r.kind, ContentKind::kHtml);
  EXPECT_EQ(r.mime_type, "text/html");
}

TEST(ContentSniffTest, HtmlWithoutDoctype) {
  EXPECT_EQ(Sniff("<html><p>x").kind, ContentKind::kHtml);
  EXPECT_EQ(Sniff("<HEAD><TITLE>x</TITLE>").kind, ContentKind::kHtml);
  EXPECT_EQ(Sniff("<p>A paragraph</p>").kind, ContentKind::kHtml);
  EXPECT_EQ(Sniff("<div class=x>y</div>").kind, ContentKind::kHtml);
  EXPECT_EQ(Sniff("<!-- generated --><div>y</div>").kind, ContentKind::kHtml);
  EXPECT_EQ(Sniff("<!-- x -->").kind, ContentKind::kHtml);
}

TEST(ContentSniffTest, LeadingWhitespaceAndUtf8BomAreSkipped) {
  EXPECT_EQ(Sniff("\n\n  \t<!doctype HTML>\n<title>t</title>").kind, ContentKind::kHtml);
  EXPECT_EQ(Sniff("\xEF\xBB\xBF  <html lang=en>").kind, ContentKind::kHtml);
  EXPECT_EQ(Sniff("\xEF\xBB\xBFplain words").kind, ContentKind::kText);
}

TEST(ContentSniffTest, XhtmlWithXmlDeclarationIsHtml) {
  SniffResult r = Sniff(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>");
  EXPECT_EQ(r.kind, ContentKind::kHtml);
  EXPECT_EQ(r.mime_type, "application/xhtml+xml");
  EXPECT_EQ(Sniff("<?xml version=\"1.0\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 "
                  "Strict//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">\n<html>")
                .kind,
            ContentKind::kHtml);
}

TEST(ContentSniffTest, FeedsAndSitemapsAreXml) {
  SniffResult rss = Sniff("<?xml version=\"1.0\"?><!-- feed --><rss version=\"2.0\"><channel>");
  EXPECT_EQ(rss.kind, ContentKind::kXml);
  EXPECT_EQ(rss.mime_type, "application/rss+xml");
  SniffResult atom = Sniff("<?xml version='1.0'?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">");
  EXPECT_EQ(atom.kind, ContentKind::kXml);
  EXPECT_EQ(atom.mime_type, "application/atom+xml");
  SniffResult rdf = Sniff(
      "<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
      "xmlns=\"http://purl.org/rss/1.0/\">");
  EXPECT_EQ(rdf.kind, ContentKind::kXml);
  EXPECT_EQ(rdf.mime_type, "application/rss+xml");
  SniffResult sitemap = Sniff("<?xml version=\"1.0\"?><urlset xmlns=\"x\"><url>");
  EXPECT_EQ(sitemap.kind, ContentKind::kXml);
  EXPECT_EQ(sitemap.mime_type, "application/xml");
  EXPECT_EQ(Sniff("<sitemapindex><sitemap>").kind, ContentKind::kXml);
  EXPECT_EQ(Sniff("<rss version=\"2.0\">").mime_type, "application/rss+xml");
}

TEST(ContentSniffTest, FeedDeclaredAsHtmlIsStillXml) {
  EXPECT_EQ(Sniff("<?xml version=\"1.0\"?><rss>", "text/html; charset=utf-8").kind,
            ContentKind::kXml);
}

TEST(ContentSniffTest, StrayLessThanStaysText) {
  SniffResult r = Sniff("a < b and c > d, so x<y");
  EXPECT_EQ(r.kind, ContentKind::kText);
  EXPECT_EQ(r.mime_type, "text/plain");
  EXPECT_EQ(Sniff("<3 thanks for reading").kind, ContentKind::kText);
  EXPECT_EQ(Sniff("< not a tag").kind, ContentKind::kText);
}

TEST(ContentSniffTest, HtmlFragmentInTxtFileIsHtml) {
  std::string fragment =
      "Some saved article text.\n<p>First paragraph<br>with a break</p>\n<p>Second</p>";
  EXPECT_EQ(Sniff(fragment, "", "/home/u/notes/article.txt").kind, ContentKind::kHtml);
  EXPECT_EQ(Sniff("Intro line\n<div>a</div>").kind, ContentKind::kText);  // too little
  EXPECT_EQ(Sniff("Notes\n<!DOCTYPE html><html><body>x").kind, ContentKind::kHtml);
}

TEST(ContentSniffTest, MarkdownWithInlineHtmlStaysText) {
  std::string readme = "# Project\n<p align=\"center\"><img src=logo.png></p>\n<br>\n<br>\ntext";
  EXPECT_EQ(Sniff(readme, "", "README.md").kind, ContentKind::kText);
}

TEST(ContentSniffTest, HtmlExtensionBreaksATieForPlainText) {
  SniffResult r = Sniff("No tags here at all.", "", "page.html");
  EXPECT_EQ(r.kind, ContentKind::kHtml);
  EXPECT_EQ(Sniff("No tags.", "", "https://example.com/a/b.HTM?x=1#frag").kind, ContentKind::kHtml);
  EXPECT_EQ(Sniff("No tags.", "", "notes.txt").kind, ContentKind::kText);
  EXPECT_EQ(Sniff("No tags.", "", "https://example.com/page.php?f=x.html").kind,
            ContentKind::kText);
}

TEST(ContentSniffTest, ExtensionDoesNotOverrideContent) {
  EXPECT_EQ(Sniff("\x89PNG\r\n\x1A\n\0\0"sv, "", "image.html").kind, ContentKind::kBinary);
  EXPECT_EQ(Sniff("<html><p>x", "", "page.txt").kind, ContentKind::kHtml);
}

TEST(ContentSniffTest, NulContainingDataIsBinary) {
  SniffResult r = Sniff("abc\0\x01\x02\x03 more"sv);
  EXPECT_EQ(r.kind, ContentKind::kBinary);
  EXPECT_EQ(r.mime_type, "application/octet-stream");
}

TEST(ContentSniffTest, Utf16WithBomIsText) {
  SniffResult le = Sniff("\xFF\xFEH\0i\0 \0t\0h\0e\0r\0e\0"sv);
  EXPECT_EQ(le.kind, ContentKind::kText);
  EXPECT_EQ(le.mime_type, "text/plain");
  EXPECT_EQ(Sniff("\xFE\xFF\0H\0i"sv).kind, ContentKind::kText);
  EXPECT_EQ(Sniff("\xFF\xFE\0\0H\0\0\0"sv).kind, ContentKind::kText);  // UTF-32LE
}

TEST(ContentSniffTest, Utf16WithBomHoldingHtmlIsHtml) {
  EXPECT_EQ(Sniff("\xFF\xFE<\0h\0t\0m\0l\0>\0"sv).kind, ContentKind::kHtml);
  EXPECT_EQ(Sniff("\xFF\xFE \0\n\0"sv).kind, ContentKind::kEmpty);
}

TEST(ContentSniffTest, BomlessUtf16IsText) {
  std::string utf16;
  for (char c : std::string_view("Hello world, this is UTF-16 without a BOM.\r\n")) {
    utf16.push_back(c);
    utf16.push_back('\0');
  }
  SniffResult r = Sniff(utf16);
  EXPECT_EQ(r.kind, ContentKind::kText);
  EXPECT_EQ(r.mime_type, "text/plain");
  // "Привет, мир! " in UTF-16LE: Cyrillic code units are 0x04xx.
  std::string cyrillic =
      "\x1F\x04\x40\x04\x38\x04\x32\x04\x35\x04\x42\x04,\0 \0\x3C\x04\x38\x04\x40\x04!\0 \0"s;
  EXPECT_EQ(Sniff(cyrillic + cyrillic + cyrillic).kind, ContentKind::kText);
}

TEST(ContentSniffTest, BinaryRecordsAreNotMistakenForUtf16) {
  std::string records;
  for (int i = 0; i < 200; ++i) {
    records.push_back(static_cast<char>(i % 7));
    records.push_back(static_cast<char>(i % 5 + 1));
    records.push_back('A');
    records.push_back('\0');
  }
  EXPECT_EQ(Sniff(records).kind, ContentKind::kBinary);
}

TEST(ContentSniffTest, WhitespaceOnlyIsEmpty) {
  EXPECT_EQ(Sniff("").kind, ContentKind::kEmpty);
  EXPECT_EQ(Sniff(" \r\n\t\f ").kind, ContentKind::kEmpty);
  EXPECT_EQ(Sniff("\xEF\xBB\xBF \n").kind, ContentKind::kEmpty);
  EXPECT_EQ(Sniff("\n\n", "text/html").kind, ContentKind::kEmpty);
}

TEST(ContentSniffTest, DeclaredHtmlWinsUnlessBinary) {
  SniffResult r = Sniff("just words", "Text/HTML; charset=ISO-8859-1");
  EXPECT_EQ(r.kind, ContentKind::kHtml);
  EXPECT_EQ(r.mime_type, "text/html");
  EXPECT_EQ(Sniff("<p>x</p>", "application/xhtml+xml").kind, ContentKind::kHtml);
  SniffResult pdf = Sniff("%PDF-1.4\n", "text/html");
  EXPECT_EQ(pdf.kind, ContentKind::kBinary);
  EXPECT_EQ(pdf.mime_type, "application/pdf");
}

TEST(ContentSniffTest, DeclaredPlainTextWinsUnlessBinary) {
  EXPECT_EQ(Sniff("<html><p>x", "text/plain").kind, ContentKind::kText);
  EXPECT_EQ(Sniff("\x01\x02\x03\0"sv, "text/plain").kind, ContentKind::kBinary);
}

TEST(ContentSniffTest, DeclaredImageIsBinary) {
  SniffResult r = Sniff("looks like text", "image/jpeg");
  EXPECT_EQ(r.kind, ContentKind::kBinary);
  EXPECT_EQ(r.mime_type, "image/jpeg");
  EXPECT_EQ(Sniff("x", "application/pdf").kind, ContentKind::kBinary);
}

TEST(ContentSniffTest, OctetStreamIsSniffed) {
  EXPECT_EQ(Sniff("<!DOCTYPE html><p>x", "application/octet-stream").kind, ContentKind::kHtml);
}

TEST(ContentSniffTest, DeclaredXml) {
  EXPECT_EQ(Sniff("<?xml version=\"1.0\"?><rss>", "application/xml").mime_type,
            "application/rss+xml");
  EXPECT_EQ(Sniff("<feed>", "application/atom+xml").kind, ContentKind::kXml);
  EXPECT_EQ(Sniff("<?xml version=\"1.0\"?><html>", "text/xml").kind, ContentKind::kHtml);
}

TEST(ContentSniffTest, LooksOnlyAtAPrefix) {
  std::string big = "plain text " + std::string(10 << 20, 'x') + std::string(1, '\0');
  EXPECT_EQ(Sniff(big).kind, ContentKind::kText);
}

}  // namespace
}  // namespace corpusd

namespace corpusd {
namespace {

// A page that is really JSON (an API answer saved as .html) is data, not text.
TEST(ContentSniffTest, JsonIsData) {
  EXPECT_EQ(SniffContent("{\"items\": [1, 2]}\n", "", "page.html").kind, ContentKind::kData);
  EXPECT_EQ(SniffContent("  [{\"a\": 1}]", "", "").kind, ContentKind::kData);
  EXPECT_EQ(SniffContent("anything", "application/json", "").kind, ContentKind::kData);
}

TEST(ContentSniffTest, TextWithBracesIsStillText) {
  EXPECT_EQ(SniffContent("{curly} start of a sentence and no end brace", "", "").kind,
            ContentKind::kText);
  EXPECT_EQ(SniffContent("[1] Footnote text.\n[2] Another]", "", "").kind, ContentKind::kText);
}

}  // namespace
}  // namespace corpusd
