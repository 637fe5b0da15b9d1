#include "parsers/encodings/charset_labels.h"

#include <gtest/gtest.h>

#include <string>

namespace corpusd {
namespace {

TEST(CharsetLabelsTest, LatinOneAsciiAndIso88591AllMeanWindows1252) {
  for (const char* label : {"latin1", "ascii", "iso-8859-1", "us-ascii", "l1", "cp1252",
                            "iso_8859-1:1987", "ansi_x3.4-1968", "windows-1252"}) {
    EXPECT_EQ(EncodingForLabel(label), "windows-1252") << label;
  }
}

TEST(CharsetLabelsTest, Utf8Aliases) {
  EXPECT_EQ(EncodingForLabel("utf8"), "UTF-8");
  EXPECT_EQ(EncodingForLabel("utf-8"), "UTF-8");
  EXPECT_EQ(EncodingForLabel("unicode-1-1-utf-8"), "UTF-8");
  EXPECT_EQ(EncodingForLabel("x-unicode20utf8"), "UTF-8");
}

TEST(CharsetLabelsTest, LabelIsTrimmedAndCaseInsensitive) {
  EXPECT_EQ(EncodingForLabel(" UTF-8 "), "UTF-8");
  EXPECT_EQ(EncodingForLabel("\t\n\f\rLaTiN1\r\n"), "windows-1252");
  EXPECT_EQ(EncodingForLabel("SHIFT_JIS"), "Shift_JIS");
}

TEST(CharsetLabelsTest, UnknownLabelsAreNullopt) {
  EXPECT_EQ(EncodingForLabel(""), std::nullopt);
  EXPECT_EQ(EncodingForLabel("   "), std::nullopt);
  EXPECT_EQ(EncodingForLabel("bogus"), std::nullopt);
  EXPECT_EQ(EncodingForLabel("utf-8x"), std::nullopt);
  EXPECT_EQ(EncodingForLabel("utf -8"), std::nullopt);
  EXPECT_EQ(EncodingForLabel("utf-"), std::nullopt);
  EXPECT_EQ(EncodingForLabel(std::string(1000, 'a')), std::nullopt);
}

TEST(CharsetLabelsTest, VerticalTabIsNotTrimmedAsWhitespace) {
  // The spec's ASCII whitespace is TAB, LF, FF, CR and SPACE only.
  EXPECT_EQ(EncodingForLabel("\vutf-8"), std::nullopt);
}

TEST(CharsetLabelsTest, EveryEncodingNameIsAlsoItsOwnLabel) {
  // Catches a misspelt name in the table: each name, lower-cased, is a label.
  for (const char* name :
       {"UTF-8",        "IBM866",       "ISO-8859-2",   "ISO-8859-3",     "ISO-8859-4",
        "ISO-8859-5",   "ISO-8859-6",   "ISO-8859-7",   "ISO-8859-8",     "ISO-8859-8-I",
        "ISO-8859-10",  "ISO-8859-13",  "ISO-8859-14",  "ISO-8859-15",    "ISO-8859-16",
        "KOI8-R",       "KOI8-U",       "macintosh",    "windows-874",    "windows-1250",
        "windows-1251", "windows-1252", "windows-1253", "windows-1254",   "windows-1255",
        "windows-1256", "windows-1257", "windows-1258", "x-mac-cyrillic", "GBK",
        "gb18030",      "Big5",         "EUC-JP",       "ISO-2022-JP",    "Shift_JIS",
        "EUC-KR",       "UTF-16BE",     "UTF-16LE",     "x-user-defined"}) {
    EXPECT_EQ(EncodingForLabel(name), name);
  }
}

TEST(CharsetLabelsTest, ReplacementIsANameButNotALabel) {
  EXPECT_EQ(EncodingForLabel("replacement"), std::nullopt);
  for (const char* label :
       {"iso-2022-kr", "csiso2022kr", "hz-gb-2312", "iso-2022-cn", "iso-2022-cn-ext"}) {
    EXPECT_EQ(EncodingForLabel(label), "replacement") << label;
  }
}

TEST(CharsetLabelsTest, Utf16WithoutByteOrderMeansLittleEndian) {
  EXPECT_EQ(EncodingForLabel("utf-16"), "UTF-16LE");
  EXPECT_EQ(EncodingForLabel("ucs-2"), "UTF-16LE");
  EXPECT_EQ(EncodingForLabel("unicodefffe"), "UTF-16BE");
}

TEST(CharsetLabelsTest, LegacyAliasesMapToTheirWebEncoding) {
  EXPECT_EQ(EncodingForLabel("x-sjis"), "Shift_JIS");
  EXPECT_EQ(EncodingForLabel("windows-31j"), "Shift_JIS");
  EXPECT_EQ(EncodingForLabel("iso-8859-9"), "windows-1254");
  EXPECT_EQ(EncodingForLabel("tis-620"), "windows-874");
  EXPECT_EQ(EncodingForLabel("gb2312"), "GBK");
  EXPECT_EQ(EncodingForLabel("ks_c_5601-1987"), "EUC-KR");
  EXPECT_EQ(EncodingForLabel("big5-hkscs"), "Big5");
  EXPECT_EQ(EncodingForLabel("koi8-ru"), "KOI8-U");
  EXPECT_EQ(EncodingForLabel("koi"), "KOI8-R");
  EXPECT_EQ(EncodingForLabel("cp1251"), "windows-1251");
  EXPECT_EQ(EncodingForLabel("logical"), "ISO-8859-8-I");
  EXPECT_EQ(EncodingForLabel("x-mac-ukrainian"), "x-mac-cyrillic");
}

// The first and last entries of the sorted table, where an off-by-one in the
// binary search would show.
TEST(CharsetLabelsTest, FirstAndLastLabelsOfTheTableAreFound) {
  EXPECT_EQ(EncodingForLabel("866"), "IBM866");
  EXPECT_EQ(EncodingForLabel("x-user-defined"), "x-user-defined");
  EXPECT_EQ(EncodingForLabel("x-x-big5"), "Big5");
  EXPECT_EQ(EncodingForLabel("zzz"), std::nullopt);
  EXPECT_EQ(EncodingForLabel("0"), std::nullopt);
}

}  // namespace
}  // namespace corpusd
