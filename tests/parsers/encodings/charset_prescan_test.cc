#include "parsers/encodings/charset_prescan.h"

#include <gtest/gtest.h>

#include <string>

#include "parsers/encodings/charset_labels.h"

namespace corpusd {
namespace {

// The WHATWG encoding the prescan finds, or "" when it finds none.
std::string PrescannedEncoding(std::string_view html) {
  std::optional<std::string> label = PrescanHtmlCharset(html);
  if (!label) return "";
  std::optional<std::string_view> encoding = EncodingForLabel(*label);
  return encoding ? std::string(*encoding) : "unknown label: " + *label;
}

TEST(CharsetPrescanTest, MetaCharsetQuotedOrNot) {
  EXPECT_EQ(PrescannedEncoding(R"(<meta charset="utf-8">)"), "UTF-8");
  EXPECT_EQ(PrescannedEncoding(R"(<meta charset='koi8-r'>)"), "KOI8-R");
  EXPECT_EQ(PrescannedEncoding("<meta charset=windows-1251>"), "windows-1251");
  EXPECT_EQ(PrescannedEncoding("<META CHARSET=Shift_JIS>"), "Shift_JIS");
  EXPECT_EQ(PrescannedEncoding("<meta charset=euc-jp/>"), "");  // the label is "euc-jp/"
}

TEST(CharsetPrescanTest, MetaCharsetInsideAFullHead) {
  EXPECT_EQ(PrescannedEncoding("<!DOCTYPE html>\n<html lang=en><head>\n"
                               "<title>x</title><meta name=viewport content=\"width=1\">\n"
                               "<meta charset=\"iso-8859-2\"></head>"),
            "ISO-8859-2");
}

TEST(CharsetPrescanTest, HttpEquivContentTypeWithContent) {
  EXPECT_EQ(PrescannedEncoding(R"(<meta http-equiv="Content-Type" )"
                               R"(content="text/html; charset=windows-1251">)"),
            "windows-1251");
  EXPECT_EQ(PrescannedEncoding(R"(<meta content="text/html;charset=gbk" http-equiv=content-type>)"),
            "GBK");
  EXPECT_EQ(
      PrescannedEncoding(R"(<META HTTP-EQUIV="CONTENT-TYPE" CONTENT="TEXT/HTML; CHARSET=KOI8-R">)"),
      "KOI8-R");
  EXPECT_EQ(
      PrescannedEncoding(R"(<meta http-equiv=content-type content='text/html; charset="big5"'>)"),
      "Big5");
}

TEST(CharsetPrescanTest, ContentCharsetWithoutHttpEquivIsIgnored) {
  EXPECT_EQ(PrescannedEncoding(R"(<meta content="text/html; charset=gbk">)"), "");
  EXPECT_EQ(PrescannedEncoding(R"(<meta http-equiv="refresh" content="text/html; charset=gbk">)"),
            "");
}

TEST(CharsetPrescanTest, ContentSkipsCharsetNotFollowedByEquals) {
  EXPECT_EQ(PrescannedEncoding(R"(<meta http-equiv=content-type )"
                               R"(content="text/html; charsetx; charset = euc-kr">)"),
            "EUC-KR");
}

TEST(CharsetPrescanTest, ContentWithUnclosedQuoteDeclaresNothing) {
  EXPECT_EQ(PrescannedEncoding(R"(<meta http-equiv=content-type content='charset="utf-8'>)"), "");
}

TEST(CharsetPrescanTest, MetaInsideCommentIsIgnored) {
  EXPECT_EQ(PrescannedEncoding(R"(<!-- <meta charset="koi8-r"> --><meta charset="utf-8">)"),
            "UTF-8");
  EXPECT_EQ(PrescannedEncoding(R"(<!-- <meta charset="koi8-r">)"), "");
}

TEST(CharsetPrescanTest, EmptyCommentEndsAtItsOwnDashes) {
  EXPECT_EQ(PrescannedEncoding(R"(<!--><meta charset="koi8-r">)"), "KOI8-R");
  EXPECT_EQ(PrescannedEncoding(R"(<!---><meta charset="koi8-r">)"), "KOI8-R");
}

TEST(CharsetPrescanTest, MetaAfterTheFirst1024BytesIsIgnored) {
  const std::string padding(1100, ' ');
  EXPECT_EQ(PrescannedEncoding(padding + R"(<meta charset="koi8-r">)"), "");
  const std::string almost(1000, ' ');
  EXPECT_EQ(PrescannedEncoding(almost + R"(<meta charset="koi8-r">)"), "KOI8-R");
}

TEST(CharsetPrescanTest, MetaCutOffByThe1024ByteLimitIsIgnored) {
  const std::string padding(1024 - 15, ' ');
  EXPECT_EQ(PrescannedEncoding(padding + R"(<meta charset="koi8-r">)"), "");
}

TEST(CharsetPrescanTest, MetaInsideAnotherTagsAttributeValueIsIgnored) {
  EXPECT_EQ(PrescannedEncoding(R"(<div title="<meta charset=koi8-r>"><meta charset=utf-8>)"),
            "UTF-8");
  EXPECT_EQ(PrescannedEncoding(R"(<a title='x <meta charset=koi8-r>'>)"), "");
}

TEST(CharsetPrescanTest, UnknownCharsetLetsALaterMetaDecide) {
  EXPECT_EQ(PrescannedEncoding(R"(<meta charset="bogus"><meta charset="utf-8">)"), "UTF-8");
}

TEST(CharsetPrescanTest, RepeatedAttributeKeepsTheFirst) {
  EXPECT_EQ(PrescannedEncoding(R"(<meta charset="koi8-r" charset="utf-8">)"), "KOI8-R");
}

TEST(CharsetPrescanTest, AttributeValueEdgeCases) {
  // Whitespace around '=', a slash after "<meta", a valueless attribute before
  // the one that counts, a name that starts with '='.
  EXPECT_EQ(PrescannedEncoding(R"(<meta charset = "euc-jp" >)"), "EUC-JP");
  EXPECT_EQ(PrescannedEncoding("<meta/charset=utf-8>"), "UTF-8");
  EXPECT_EQ(PrescannedEncoding("<meta itemprop charset=gb18030>"), "gb18030");
  EXPECT_EQ(PrescannedEncoding("<meta =x charset=big5>"), "Big5");
  EXPECT_EQ(PrescannedEncoding("<meta\ncharset\n=\n'iso-8859-5'>"), "ISO-8859-5");
  // An empty value ends at '>'.
  EXPECT_EQ(PrescannedEncoding("<meta charset=><meta charset=utf-8>"), "UTF-8");
}

TEST(CharsetPrescanTest, TagsThatOnlyLookLikeMetaAreSkipped) {
  EXPECT_EQ(PrescannedEncoding("<metadata charset=koi8-r>"), "");
  EXPECT_EQ(PrescannedEncoding("<meta>"), "");
  EXPECT_EQ(PrescannedEncoding("</meta charset=koi8-r>"), "");
}

TEST(CharsetPrescanTest, DoctypeAndProcessingInstructionsAreSkipped) {
  EXPECT_EQ(PrescannedEncoding("<!DOCTYPE html><?php x ?><meta charset=utf-8>"), "UTF-8");
}

TEST(CharsetPrescanTest, NothingToFind) {
  EXPECT_EQ(PrescanHtmlCharset(""), std::nullopt);
  EXPECT_EQ(PrescanHtmlCharset("plain text, no tags"), std::nullopt);
  EXPECT_EQ(PrescanHtmlCharset("<meta charset="), std::nullopt);
  EXPECT_EQ(PrescanHtmlCharset("<"), std::nullopt);
}

TEST(XmlDeclaredCharsetTest, EncodingInTheDeclaration) {
  EXPECT_EQ(XmlDeclaredCharset(R"(<?xml version="1.0" encoding="ISO-8859-1"?><a/>)"), "ISO-8859-1");
  EXPECT_EQ(XmlDeclaredCharset("<?xml version='1.0' encoding = 'koi8-r' standalone='yes'?>"),
            "koi8-r");
}

TEST(XmlDeclaredCharsetTest, NoDeclarationOrNoEncoding) {
  EXPECT_EQ(XmlDeclaredCharset(R"(<?xml version="1.0"?><a/>)"), std::nullopt);
  EXPECT_EQ(XmlDeclaredCharset(R"( <?xml version="1.0" encoding="koi8-r"?>)"), std::nullopt);
  EXPECT_EQ(XmlDeclaredCharset(R"(<?xml-stylesheet href="a.xsl" encoding="koi8-r"?>)"),
            std::nullopt);
  EXPECT_EQ(XmlDeclaredCharset(R"(<?xml version="1.0" encoding="koi8-r")"), std::nullopt);
  EXPECT_EQ(XmlDeclaredCharset(R"(<?xml version="1.0" encoding=koi8-r?>)"), std::nullopt);
  EXPECT_EQ(XmlDeclaredCharset(""), std::nullopt);
}

TEST(ContentTypeCharsetTest, CharsetParameterQuotedOrNot) {
  EXPECT_EQ(ContentTypeCharset("text/html; charset=KOI8-R"), "KOI8-R");
  EXPECT_EQ(ContentTypeCharset(R"(text/html; charset="utf-8")"), "utf-8");
  EXPECT_EQ(ContentTypeCharset("text/html;charset=utf-8;format=flowed"), "utf-8");
  EXPECT_EQ(ContentTypeCharset("text/plain; format=flowed; CHARSET=windows-1251 "), "windows-1251");
  EXPECT_EQ(ContentTypeCharset(R"(text/plain; charset="a\"b")"), "a\"b");
}

TEST(ContentTypeCharsetTest, CharsetInsideAnotherQuotedParameterIsNotOne) {
  EXPECT_EQ(ContentTypeCharset(R"(text/html; x="a;charset=koi8-r"; charset=utf-8)"), "utf-8");
}

TEST(ContentTypeCharsetTest, NoCharsetParameter) {
  EXPECT_EQ(ContentTypeCharset("text/html"), std::nullopt);
  EXPECT_EQ(ContentTypeCharset("text/html; format=flowed"), std::nullopt);
  EXPECT_EQ(ContentTypeCharset("text/html; charset="), std::nullopt);
  EXPECT_EQ(ContentTypeCharset("text/html; charset"), std::nullopt);
  EXPECT_EQ(ContentTypeCharset("text/html; xcharset=utf-8"), std::nullopt);
  EXPECT_EQ(ContentTypeCharset(""), std::nullopt);
}

}  // namespace
}  // namespace corpusd
