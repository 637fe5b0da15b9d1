#include "parsers/encodings/text_decoder.h"

#include <gtest/gtest.h>

#include <string>

#include "parsers/encodings/charset_prescan.h"
#include "parsers/encodings/icu_converter.h"

namespace corpusd {
namespace {

using std::string_literals::operator""s;

DecodedText Decode(std::string_view bytes, DecodeHints hints = {}) {
  Result<DecodedText> decoded = DecodeText(bytes, hints);
  EXPECT_TRUE(decoded.ok()) << decoded.status().ToString();
  return decoded.ok() ? std::move(decoded).value() : DecodedText{};
}

DecodeHints Declared(std::string label) { return DecodeHints{std::move(label), false}; }
DecodeHints Html() { return DecodeHints{"", true}; }

// --- The detection chain ---------------------------------------------------

TEST(TextDecoderTest, Utf8WithoutBomIsRecognisedAsUtf8) {
  const DecodedText text = Decode("caf\xC3\xA9 \xE2\x82\xAC");
  EXPECT_EQ(text.utf8, "caf\xC3\xA9 \xE2\x82\xAC");
  EXPECT_EQ(text.encoding, "UTF-8");
  EXPECT_EQ(text.decided_by, "utf-8");
  EXPECT_EQ(text.replaced, 0u);
}

TEST(TextDecoderTest, Utf8BomIsRemovedAndDecides) {
  const DecodedText text = Decode("\xEF\xBB\xBFhi \xC3\xA9");
  EXPECT_EQ(text.utf8, "hi \xC3\xA9");
  EXPECT_EQ(text.encoding, "UTF-8");
  EXPECT_EQ(text.decided_by, "bom");
}

TEST(TextDecoderTest, Utf16LeBom) {
  const DecodedText text = Decode("\xFF\xFEh\0i\0\xE9\0"s);
  EXPECT_EQ(text.utf8, "hi\xC3\xA9");
  EXPECT_EQ(text.encoding, "UTF-16LE");
  EXPECT_EQ(text.decided_by, "bom");
  EXPECT_EQ(text.replaced, 0u);
}

TEST(TextDecoderTest, Utf16BeBomWithSurrogatePair) {
  const DecodedText text = Decode("\xFE\xFF\0h\xD8\x3D\xDE\x00"s);
  EXPECT_EQ(text.utf8, "h\xF0\x9F\x98\x80");  // h U+1F600
  EXPECT_EQ(text.encoding, "UTF-16BE");
  EXPECT_EQ(text.decided_by, "bom");
}

TEST(TextDecoderTest, Utf16OddTrailingByteIsOneReplacement) {
  const DecodedText text = Decode("\xFF\xFEh\0i"s);
  EXPECT_EQ(text.utf8, "h\xEF\xBF\xBD");
  EXPECT_EQ(text.replaced, 1u);
}

TEST(TextDecoderTest, Utf16LoneSurrogateIsReplaced) {
  const DecodedText text = Decode("\xFF\xFE\x00\xD8h\0"s);
  EXPECT_EQ(text.utf8, "\xEF\xBF\xBDh");
  EXPECT_EQ(text.replaced, 1u);
}

TEST(TextDecoderTest, Utf32Boms) {
  const DecodedText le = Decode("\xFF\xFE\0\0h\0\0\0\x00\xF6\x01\0"s);
  EXPECT_EQ(le.utf8, "h\xF0\x9F\x98\x80");
  EXPECT_EQ(le.encoding, "UTF-32LE");
  EXPECT_EQ(le.decided_by, "bom");
  const DecodedText be = Decode("\0\0\xFE\xFF\0\0\0h"s);
  EXPECT_EQ(be.utf8, "h");
  EXPECT_EQ(be.encoding, "UTF-32BE");
}

TEST(TextDecoderTest, BomBeatsDeclaredCharset) {
  const DecodedText text = Decode("\xEF\xBB\xBF\xC3\xA9", Declared("windows-1251"));
  EXPECT_EQ(text.utf8, "\xC3\xA9");
  EXPECT_EQ(text.decided_by, "bom");
}

// Was decided by the fallback before statistical detection came in.
TEST(TextDecoderTest, Windows1252CurlyQuotesAndEuroAreDetected) {
  const DecodedText text = Decode(
      "\x93quoted\x94 costs \x80"
      "5");
  EXPECT_EQ(text.utf8,
            "\xE2\x80\x9Cquoted\xE2\x80\x9D costs \xE2\x82\xAC"
            "5");
  EXPECT_EQ(text.encoding, "windows-1252");
  EXPECT_EQ(text.decided_by, "detected");
  EXPECT_EQ(text.replaced, 0u);
}

TEST(TextDecoderTest, DeclaredCp1251) {
  const DecodedText text = Decode("\xCF\xF0\xE8\xE2\xE5\xF2", Declared("cp1251"));
  EXPECT_EQ(text.utf8, "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82");  // Привет
  EXPECT_EQ(text.encoding, "windows-1251");
  EXPECT_EQ(text.decided_by, "declared");
}

TEST(TextDecoderTest, Koi8rDeclaredViaContentType) {
  const std::optional<std::string> charset = ContentTypeCharset("text/html; charset=KOI8-R");
  ASSERT_TRUE(charset.has_value());
  const DecodedText text = Decode("\xF0\xD2\xC9\xD7\xC5\xD4", Declared(*charset));
  EXPECT_EQ(text.utf8, "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82");  // Привет
  EXPECT_EQ(text.encoding, "KOI8-R");
  EXPECT_EQ(text.decided_by, "declared");
}

TEST(TextDecoderTest, ShiftJisViaMeta) {
  const DecodedText text =
      Decode("<meta charset=\"Shift_JIS\"><p>\x93\xFA\x96\x7B\x8C\xEA</p>", Html());
  EXPECT_EQ(text.utf8, "<meta charset=\"Shift_JIS\"><p>\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E</p>");
  EXPECT_EQ(text.encoding, "Shift_JIS");
  EXPECT_EQ(text.decided_by, "meta");
}

TEST(TextDecoderTest, MetaIsOnlyReadForHtml) {
  const DecodedText text = Decode("<meta charset=koi8-r>\xF0");
  EXPECT_EQ(text.decided_by, "detected");  // "fallback" before detection came in
  EXPECT_EQ(text.encoding, "windows-1252");
}

TEST(TextDecoderTest, DeclaredCharsetBeatsMeta) {
  const DecodedText text = Decode("<meta charset=koi8-r>\xCF", {"windows-1251", true});
  EXPECT_EQ(text.encoding, "windows-1251");
  EXPECT_EQ(text.decided_by, "declared");
}

TEST(TextDecoderTest, UnknownDeclaredLabelIsIgnored) {
  const DecodedText text = Decode("<meta charset=koi8-r>\xF0", {"no-such-charset", true});
  EXPECT_EQ(text.encoding, "KOI8-R");
  EXPECT_EQ(text.decided_by, "meta");
}

TEST(TextDecoderTest, MetaDeclaredUtf16MeansUtf8) {
  const DecodedText text = Decode("<meta charset=utf-16><p>\xC3\xA9", Html());
  EXPECT_EQ(text.encoding, "UTF-8");
  EXPECT_EQ(text.decided_by, "meta");
  EXPECT_EQ(text.utf8, "<meta charset=utf-16><p>\xC3\xA9");
}

TEST(TextDecoderTest, MetaDeclaredXUserDefinedMeansWindows1252) {
  const DecodedText text = Decode("<meta charset=x-user-defined>\x80", Html());
  EXPECT_EQ(text.encoding, "windows-1252");
  EXPECT_EQ(text.utf8, "<meta charset=x-user-defined>\xE2\x82\xAC");
}

TEST(TextDecoderTest, XmlDeclarationDecides) {
  const DecodedText text = Decode("<?xml version=\"1.0\" encoding=\"ISO-8859-2\"?><a>\xB1</a>");
  EXPECT_EQ(text.utf8, "<?xml version=\"1.0\" encoding=\"ISO-8859-2\"?><a>\xC4\x85</a>");  // ą
  EXPECT_EQ(text.encoding, "ISO-8859-2");
  EXPECT_EQ(text.decided_by, "xml-declaration");
}

TEST(TextDecoderTest, DeclaredWindows1252ThatIsReallyUtf8IsReadAsUtf8) {
  const DecodedText text = Decode("caf\xC3\xA9 cr\xC3\xA8me", Declared("windows-1252"));
  EXPECT_EQ(text.utf8, "caf\xC3\xA9 cr\xC3\xA8me");
  EXPECT_EQ(text.encoding, "UTF-8");
  EXPECT_EQ(text.decided_by, "utf-8");
}

TEST(TextDecoderTest, MetaIso88591ThatIsReallyUtf8IsReadAsUtf8) {
  const DecodedText text = Decode("<meta charset=iso-8859-1>\xE2\x80\x9Chi\xE2\x80\x9D", Html());
  EXPECT_EQ(text.encoding, "UTF-8");
  EXPECT_EQ(text.decided_by, "utf-8");
}

TEST(TextDecoderTest, DeclaredWindows1252OnAsciiStaysDeclared) {
  const DecodedText text = Decode("plain ascii", Declared("latin1"));
  EXPECT_EQ(text.encoding, "windows-1252");
  EXPECT_EQ(text.decided_by, "declared");
}

TEST(TextDecoderTest, DeclaredReplacementEncodingYieldsOneReplacement) {
  const DecodedText text = Decode("\x1B$)C\x0E!!", Declared("iso-2022-kr"));
  EXPECT_EQ(text.utf8, "\xEF\xBF\xBD");
  EXPECT_EQ(text.encoding, "replacement");
  EXPECT_EQ(text.replaced, 1u);
}

TEST(TextDecoderTest, XUserDefinedMapsHighBytesToPrivateUse) {
  const DecodedText text = Decode("a\x80\xFF", Declared("x-user-defined"));
  EXPECT_EQ(text.utf8, "a\xEF\x9E\x80\xEF\x9F\xBF");  // a U+F780 U+F7FF
  EXPECT_EQ(text.encoding, "x-user-defined");
  EXPECT_EQ(text.replaced, 0u);
}

TEST(TextDecoderTest, EmptyInputDecodesToEmptyUtf8) {
  const DecodedText text = Decode("");
  EXPECT_EQ(text.utf8, "");
  EXPECT_EQ(text.encoding, "UTF-8");
  EXPECT_EQ(text.replaced, 0u);
  EXPECT_EQ(Decode("", Declared("shift_jis")).utf8, "");
  EXPECT_EQ(Decode("", Declared("iso-2022-kr")).replaced, 0u);
}

// --- Invalid UTF-8 -----------------------------------------------------------

TEST(TextDecoderTest, InvalidUtf8IsReplacedAndCounted) {
  const DecodedText text = Decode("a\xFF b\xC3", Declared("utf-8"));
  EXPECT_EQ(text.utf8, "a\xEF\xBF\xBD b\xEF\xBF\xBD");
  EXPECT_EQ(text.replaced, 2u);
  EXPECT_EQ(text.decided_by, "declared");
}

TEST(TextDecoderTest, MostlyUtf8WithOneBadByteStaysUtf8) {
  const DecodedText text = Decode(
      "caf\xC3\xA9 cr\xC3\xA8me \xFF br\xC3\xBBl\xC3\xA9"
      "e");
  EXPECT_EQ(text.utf8,
            "caf\xC3\xA9 cr\xC3\xA8me \xEF\xBF\xBD br\xC3\xBBl\xC3\xA9"
            "e");
  EXPECT_EQ(text.encoding, "UTF-8");
  EXPECT_EQ(text.decided_by, "fallback");
  EXPECT_EQ(text.replaced, 1u);
}

TEST(TextDecoderTest, TruncatedMultibyteAtEndIsOneReplacement) {
  const DecodedText text = Decode("na\xC3\xAFve d\xC3\xA9j\xC3\xA0 \xE2\x82");
  EXPECT_EQ(text.utf8, "na\xC3\xAFve d\xC3\xA9j\xC3\xA0 \xEF\xBF\xBD");
  EXPECT_EQ(text.encoding, "UTF-8");
  EXPECT_EQ(text.replaced, 1u);
}

TEST(TextDecoderTest, Windows1252WithAnAccidentalUtf8PairStaysWindows1252) {
  // "Â£" is a valid UTF-8 pair, but the three lone accented letters outweigh it.
  const DecodedText text = Decode("\xC2\xA3 caf\xE9 na\xEFve d\xE9j\xE0");
  EXPECT_EQ(text.encoding, "windows-1252");
  EXPECT_EQ(text.decided_by, "detected");  // "fallback" before detection came in
}

// Each ill-formed subpart is one U+FFFD, as the WHATWG decoder does.
TEST(TextDecoderTest, MaximalSubpartsAreReplacedOneEach) {
  struct Case {
    std::string in;
    std::string out;
    std::size_t replaced;
  };
  const std::string r = "\xEF\xBF\xBD";
  for (const Case& c : {
           Case{"a\xE2\x82"
                "b",
                "a" + r + "b", 1},  // truncated 3-byte
           Case{"\xF0\x9F\x98"
                "x",
                r + "x", 1},                            // truncated 4-byte
           Case{"\xED\xA0\x80", r + r + r, 3},          // surrogate
           Case{"\xC0\xAF", r + r, 2},                  // overlong
           Case{"\xE0\x80\xAF", r + r + r, 3},          // overlong
           Case{"\xF4\x90\x80\x80", r + r + r + r, 4},  // above U+10FFFF
           Case{"\x80\xBF", r + r, 2},                  // stray trail bytes
           Case{"\xE2\x82\xE2\x82\xAC", r + "\xE2\x82\xAC", 1},
       }) {
    const DecodedText text = Decode(c.in, Declared("utf-8"));
    EXPECT_EQ(text.utf8, c.out);
    EXPECT_EQ(text.replaced, c.replaced);
  }
}

// --- Large inputs go through ICU in chunks ----------------------------------

TEST(TextDecoderTest, LargeUtf16InputKeepsSurrogatePairsAcrossChunks) {
  std::string bytes = "\xFF\xFE";
  std::string expected;
  bytes += "a"s + '\0';  // shifts pairs off any even chunk boundary
  expected += "a";
  for (int i = 0; i < 100000; ++i) {
    bytes += "\x3D\xD8\x00\xDE"s;
    expected += "\xF0\x9F\x98\x80";
  }
  const DecodedText text = Decode(bytes);
  EXPECT_EQ(text.replaced, 0u);
  EXPECT_TRUE(text.utf8 == expected);
}

TEST(TextDecoderTest, LargeShiftJisInputIsConvertedWhole) {
  std::string bytes;
  std::string expected;
  bytes += "x";  // an odd start puts a two-byte character across slice ends
  expected += "x";
  for (int i = 0; i < 100000; ++i) {
    bytes += "\x93\xFA";
    expected += "\xE6\x97\xA5";
  }
  const DecodedText text = Decode(bytes, Declared("sjis"));
  EXPECT_EQ(text.replaced, 0u);
  EXPECT_TRUE(text.utf8 == expected);
}

// --- Statistical detection --------------------------------------------------

// "Президент заявил журналистам, ..." in windows-1251, declaring nothing.
constexpr char kRussianCp1251[] =
    "\xCF\xF0\xE5\xE7\xE8\xE4\xE5\xED\xF2\x20\xE7\xE0\xFF\xE2\xE8\xEB\x20\xE6\xF3\xF0\xED\xE0"
    "\xEB\xE8\xF1\xF2\xE0\xEC\x2C\x20\xF7\xF2\xEE\x20\xEF\xE5\xF0\xE5\xE3\xEE\xE2\xEE\xF0\xFB"
    "\x20\xEE\x20\xEF\xF0\xE5\xEA\xF0\xE0\xF9\xE5\xED\xE8\xE8\x20\xEE\xE3\xED\xFF\x20\xED\xE5"
    "\x20\xEC\xEE\xE3\xF3\xF2\x20\xED\xE0\xF7\xE0\xF2\xFC\xF1\xFF\x2C\x20\xEF\xEE\xEA\xE0\x20"
    "\xE4\xF0\xF3\xE3\xE0\xFF\x20\xF1\xF2\xEE\xF0\xEE\xED\xE0\x20\xED\xE5\x20\xE2\xFB\xEF\xEE"
    "\xEB\xED\xE8\xF2\x20\xE2\xF1\xE5\x20\xF3\xF1\xEB\xEE\xE2\xE8\xFF\x2E";
constexpr char kRussianUtf8[] =
    "Президент заявил журналистам, что переговоры о прекращении огня не могут начаться, пока "
    "другая сторона не выполнит все условия.";

TEST(TextDecoderTest, UndeclaredWindows1251IsDetected) {
  const DecodedText text = Decode(kRussianCp1251);
  EXPECT_EQ(text.utf8, kRussianUtf8);
  EXPECT_EQ(text.encoding, "windows-1251");
  EXPECT_EQ(text.decided_by, "detected");
  EXPECT_EQ(text.replaced, 0u);
}

TEST(TextDecoderTest, UndeclaredShiftJisIsDetected) {
  const DecodedText text = Decode(
      "\x90\xAD\x95\x7B\x82\xCD\x90\x85\x97\x6A\x93\xFA\x81\x41\x8A\xB1\x82\xCE\x82\xC2\x82\xCC"
      "\x89\x65\x8B\xBF\x82\xF0\x8E\xF3\x82\xAF\x82\xBD\x94\x5F\x89\xC6\x82\xF0\x8E\x78\x89\x87"
      "\x82\xB7\x82\xE9\x82\xBD\x82\xDF\x82\xCC\x91\xCE\x8D\xF4\x82\xF0\x94\xAD\x95\x5C\x82\xB5"
      "\x82\xBD\x81\x42");
  EXPECT_EQ(text.utf8, "政府は水曜日、干ばつの影響を受けた農家を支援するための対策を発表した。");
  EXPECT_EQ(text.encoding, "Shift_JIS");
  EXPECT_EQ(text.decided_by, "detected");
}

TEST(TextDecoderTest, HtmlWithoutDeclarationIsDetected) {
  const DecodedText text =
      Decode("<html><head><title>x</title></head><body><p>"s + kRussianCp1251 + "</p>", Html());
  EXPECT_EQ(text.encoding, "windows-1251");
  EXPECT_EQ(text.decided_by, "detected");
}

TEST(TextDecoderTest, DeclaredCharsetBeatsDetection) {
  const DecodedText text = Decode(kRussianCp1251, Declared("koi8-r"));
  EXPECT_EQ(text.encoding, "KOI8-R");
  EXPECT_EQ(text.decided_by, "declared");
}

// Run on the raw bytes, a detector might call this Cyrillic UTF-8 with one
// broken byte something else; the mostly-UTF-8 rule comes first.
TEST(TextDecoderTest, MostlyUtf8RussianWithABadByteIsNotSentToDetection) {
  const DecodedText text = Decode(kRussianUtf8 + "\xFF"s);
  EXPECT_EQ(text.encoding, "UTF-8");
  EXPECT_EQ(text.decided_by, "fallback");
  EXPECT_EQ(text.replaced, 1u);
}

// One undefined-looking byte after ASCII gives the detector nothing to go on.
TEST(TextDecoderTest, WhatTheDetectorCannotPlaceFallsBackToWindows1252) {
  const DecodedText text = Decode("abc\x8F");
  EXPECT_EQ(text.utf8, "abc\xC2\x8F");
  EXPECT_EQ(text.encoding, "windows-1252");
  EXPECT_EQ(text.decided_by, "fallback");
}

// --- UTF-16 and UTF-32 without a byte-order mark ------------------------------

TEST(TextDecoderTest, Utf16LeWithoutBomIsDetected) {
  const DecodedText text = Decode(
      "\x1F\x04\x40\x04\x38\x04\x32\x04\x35\x04\x42\x04\x2C\x00\x20\x00\x3C\x04\x38\x04\x40\x04"
      "\x21\x00\x20\x00\x48\x00\x65\x00\x6C\x00\x6C\x00\x6F\x00\x2E\x00"s);
  EXPECT_EQ(text.utf8, "Привет, мир! Hello.");
  EXPECT_EQ(text.encoding, "UTF-16LE");
  EXPECT_EQ(text.decided_by, "detected");
  EXPECT_EQ(text.replaced, 0u);
}

// UTF-16 made of ASCII is also valid UTF-8 (NUL is a character); it must not
// come out as text with a NUL after every letter.
TEST(TextDecoderTest, Utf16BeOfAsciiIsNotReadAsUtf8) {
  const DecodedText text = Decode(
      "\x00\x48\x00\x65\x00\x6C\x00\x6C\x00\x6F\x00\x2C\x00\x20\x00\x77\x00\x6F\x00\x72\x00\x6C"
      "\x00\x64\x00\x2E"s);
  EXPECT_EQ(text.utf8, "Hello, world.");
  EXPECT_EQ(text.encoding, "UTF-16BE");
  EXPECT_EQ(text.decided_by, "detected");
}

TEST(TextDecoderTest, Utf32LeWithoutBomIsDetected) {
  const DecodedText text =
      Decode("\x48\x00\x00\x00\x69\x00\x00\x00\x20\x00\x00\x00\x03\x26\x00\x00\x21\x00\x00\x00"s);
  EXPECT_EQ(text.utf8, "Hi \u2603!");
  EXPECT_EQ(text.encoding, "UTF-32LE");
  EXPECT_EQ(text.decided_by, "detected");
}

// An ASCII-compatible charset could never have produced NULs on one side of
// every other byte pair, so the pattern outweighs the declaration.
TEST(TextDecoderTest, DeclaredLatin1ButUtf16NulPatternIsUtf16) {
  const DecodedText text = Decode("H\0i\0 \0t\0h\0e\0r\0e\0"s, Declared("iso-8859-1"));
  EXPECT_EQ(text.utf8, "Hi there");
  EXPECT_EQ(text.encoding, "UTF-16LE");
  EXPECT_EQ(text.decided_by, "detected");
}

TEST(TextDecoderTest, DeclaredUtf16KeepsItsByteOrder) {
  const DecodedText text = Decode("H\0i\0"s, Declared("utf-16be"));
  EXPECT_EQ(text.encoding, "UTF-16BE");
  EXPECT_EQ(text.decided_by, "declared");
}

TEST(TextDecoderTest, StrayNulsInLegacyTextAreNotUtf16) {
  const DecodedText text = Decode(kRussianCp1251 + "\0"s);
  EXPECT_EQ(text.encoding, "windows-1251");
  EXPECT_EQ(text.decided_by, "detected");
}

// --- IsValidUtf8 -------------------------------------------------------------

TEST(IsValidUtf8Test, AcceptsWellFormedText) {
  for (const std::string& s :
       {""s, "abc"s, "long ascii run past eight bytes"s, "\0"s, "\xC3\xA9"s, "\xE2\x82\xAC"s,
        "\xF0\x9F\x98\x80"s, "\xF4\x8F\xBF\xBF"s, "\xED\x9F\xBF"s, "\xEE\x80\x80"s, "\xC2\x80"s,
        "\xDF\xBF"s, "\xE0\xA0\x80"s, "\xF0\x90\x80\x80"s}) {
    EXPECT_TRUE(IsValidUtf8(s)) << testing::PrintToString(s);
  }
}

TEST(IsValidUtf8Test, RejectsOverlongs) {
  for (const char* s :
       {"\xC0\xAF", "\xC1\xBF", "\xE0\x80\xAF", "\xE0\x9F\xBF", "\xF0\x8F\xBF\xBF"}) {
    EXPECT_FALSE(IsValidUtf8(s)) << testing::PrintToString(s);
  }
}

TEST(IsValidUtf8Test, RejectsSurrogates) {
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));
  EXPECT_FALSE(IsValidUtf8("\xED\xBF\xBF"));
}

TEST(IsValidUtf8Test, RejectsAboveU10FFFF) {
  EXPECT_FALSE(IsValidUtf8("\xF4\x90\x80\x80"));
  EXPECT_FALSE(IsValidUtf8("\xF5\x80\x80\x80"));
  EXPECT_FALSE(IsValidUtf8("\xFE"));
  EXPECT_FALSE(IsValidUtf8("\xFF"));
}

TEST(IsValidUtf8Test, RejectsTruncatedSequences) {
  for (const char* s : {"\xC3", "\xE2\x82", "\xF0\x9F\x98", "abcdefgh\xC3", "\xE2\x82x"}) {
    EXPECT_FALSE(IsValidUtf8(s)) << testing::PrintToString(s);
  }
}

TEST(IsValidUtf8Test, RejectsAStrayByteInsideAnAsciiRun) {
  EXPECT_FALSE(IsValidUtf8("\x80"));
  EXPECT_FALSE(IsValidUtf8("abcdefghijk\xBFmnopqrstuvwxyz"));
}

// --- The ICU wrapper ---------------------------------------------------------

TEST(IcuConverterTest, UnknownEncodingIsUnsupportedWithIcusMessage) {
  const Result<ConvertedText> converted = ConvertToUtf8("abc", "no-such-encoding");
  ASSERT_FALSE(converted.ok());
  EXPECT_EQ(converted.status().code(), Status::Code::kUnsupported);
  EXPECT_NE(converted.status().message().find("no-such-encoding"), std::string::npos);
  EXPECT_NE(converted.status().message().find("U_"), std::string::npos);
}

TEST(IcuConverterTest, EveryWhatwgEncodingConvertsAscii) {
  for (const char* name :
       {"UTF-8",        "IBM866",        "ISO-8859-2",   "ISO-8859-3",     "ISO-8859-4",
        "ISO-8859-5",   "ISO-8859-6",    "ISO-8859-7",   "ISO-8859-8",     "ISO-8859-8-I",
        "ISO-8859-10",  "ISO-8859-13",   "ISO-8859-14",  "ISO-8859-15",    "ISO-8859-16",
        "KOI8-R",       "KOI8-U",        "macintosh",    "windows-874",    "windows-1250",
        "windows-1251", "windows-1252",  "windows-1253", "windows-1254",   "windows-1255",
        "windows-1256", "windows-1257",  "windows-1258", "x-mac-cyrillic", "GBK",
        "gb18030",      "Big5",          "EUC-JP",       "ISO-2022-JP",    "Shift_JIS",
        "EUC-KR",       "x-user-defined"}) {
    const Result<ConvertedText> converted = ConvertToUtf8("Hello <b>", name);
    EXPECT_TRUE(converted.ok()) << name << ": " << converted.status().ToString();
    if (!converted.ok()) continue;
    EXPECT_EQ(converted->utf8, "Hello <b>") << name;
    EXPECT_EQ(converted->replaced, 0u) << name;
  }
}

TEST(IcuConverterTest, Windows1252UndefinedBytesAreC1ControlsAsOnTheWeb) {
  const Result<ConvertedText> converted = ConvertToUtf8("\x81\x8D\x8F\x90\x9D", "windows-1252");
  ASSERT_TRUE(converted.ok());
  EXPECT_EQ(converted->utf8, "\xC2\x81\xC2\x8D\xC2\x8F\xC2\x90\xC2\x9D");
  EXPECT_EQ(converted->replaced, 0u);
}

TEST(IcuConverterTest, Iso885916IsMappedEvenWithoutIcuData) {
  const Result<ConvertedText> converted = ConvertToUtf8("a\xAA\xDE\xA4\x9F", "ISO-8859-16");
  ASSERT_TRUE(converted.ok());
  EXPECT_EQ(converted->utf8, "a\xC8\x98\xC8\x9A\xE2\x82\xAC\xC2\x9F");  // a Ș Ț € U+009F
}

TEST(IcuConverterTest, UnmappedSingleByteIsReplacedAndCounted) {
  // 0xD2 has no character in windows-1253 (Greek).
  const Result<ConvertedText> converted = ConvertToUtf8(
      "a\xD2"
      "b",
      "windows-1253");
  ASSERT_TRUE(converted.ok());
  EXPECT_EQ(converted->utf8,
            "a\xEF\xBF\xBD"
            "b");
  EXPECT_EQ(converted->replaced, 1u);
}

TEST(IcuConverterTest, InvalidMultiByteSequenceIsReplacedAndCounted) {
  const Result<ConvertedText> converted = ConvertToUtf8("\x93\xFA\x93", "Shift_JIS");
  ASSERT_TRUE(converted.ok());
  EXPECT_EQ(converted->utf8, "\xE6\x97\xA5\xEF\xBF\xBD");
  EXPECT_EQ(converted->replaced, 1u);
}

TEST(IcuConverterTest, CjkEncodingsUseTheirWebSupersets) {
  struct Case {
    const char* encoding;
    const char* bytes;
    const char* utf8;
  };
  for (const Case& c : {
           Case{"EUC-KR", "\xC7\xD1\xB1\xDB", "\xED\x95\x9C\xEA\xB8\x80"},         // 한글
           Case{"EUC-KR", "\x81\x41", "\xEA\xB0\x82"},                             // cp949-only
           Case{"GBK", "\xC4\xE3\xBA\xC3", "\xE4\xBD\xA0\xE5\xA5\xBD"},            // 你好
           Case{"GBK", "\x81\x30\x81\x30", "\xC2\x80"},                            // gb18030 4-byte
           Case{"Big5", "\xA4\x40", "\xE4\xB8\x80"},                               // 一
           Case{"Big5", "\x87\x40", "\xE4\x8F\xB0"},                               // HKSCS U+43F0
           Case{"EUC-JP", "\xC6\xFC\xCB\xDC", "\xE6\x97\xA5\xE6\x9C\xAC"},         // 日本
           Case{"ISO-2022-JP", "\x1B$B$3$s\x1B(B!", "\xE3\x81\x93\xE3\x82\x93!"},  // こん!
       }) {
    const Result<ConvertedText> converted = ConvertToUtf8(c.bytes, c.encoding);
    ASSERT_TRUE(converted.ok()) << c.encoding;
    EXPECT_EQ(converted->utf8, c.utf8) << c.encoding;
    EXPECT_EQ(converted->replaced, 0u) << c.encoding;
  }
}

}  // namespace
}  // namespace corpusd

namespace corpusd {
namespace {

// From the import tests: one good "é" and one stray 0xFF byte. Reading it as
// windows-1252 would turn the good letter into mojibake ("CafÃ©").
TEST(TextDecoderTest, OneValidPairAndOneStrayByteStayUtf8) {
  Result<DecodedText> text = DecodeText("Caf\xC3\xA9 then \xFF here", DecodeHints{});
  ASSERT_TRUE(text.ok());
  EXPECT_EQ(text->encoding, "UTF-8");
  EXPECT_EQ(text->utf8, "Caf\u00E9 then \uFFFD here");
  EXPECT_EQ(text->replaced, 1u);
}

}  // namespace
}  // namespace corpusd
