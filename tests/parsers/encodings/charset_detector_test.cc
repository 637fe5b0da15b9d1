#include "parsers/encodings/charset_detector.h"

#include <gtest/gtest.h>

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "parsers/encodings/icu_converter.h"

namespace corpusd {
namespace {

using std::string_literals::operator""s;

// `utf8` in a single-byte encoding, by inverting our own decoder's table for
// bytes 0x80-0xFF. Keeps the legacy test texts readable in the source.
std::string EncodeSingleByte(std::string_view utf8, std::string_view encoding) {
  std::map<std::string, char> to_byte;
  for (int b = 0x80; b <= 0xFF; ++b) {
    const Result<ConvertedText> decoded =
        ConvertToUtf8(std::string(1, static_cast<char>(b)), encoding);
    if (decoded.ok() && decoded->replaced == 0)
      to_byte.emplace(decoded->utf8, static_cast<char>(b));
  }
  std::string out;
  for (std::size_t i = 0; i < utf8.size();) {
    const auto lead = static_cast<unsigned char>(utf8[i]);
    const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    const std::string character(utf8.substr(i, length));
    i += length;
    if (length == 1) {
      out += character;
      continue;
    }
    auto it = to_byte.find(character);
    EXPECT_NE(it, to_byte.end()) << character << " is not in " << encoding;
    if (it != to_byte.end()) out += it->second;
  }
  return out;
}

// `utf8` (Basic Multilingual Plane only) as UTF-16 without a byte-order mark.
std::string EncodeUtf16(std::string_view utf8, bool little_endian) {
  std::string out;
  for (std::size_t i = 0; i < utf8.size();) {
    const auto lead = static_cast<unsigned char>(utf8[i]);
    char32_t cp;
    if (lead < 0x80) {
      cp = lead;
      i += 1;
    } else if (lead < 0xE0) {
      cp = (lead & 0x1F) << 6 | (utf8[i + 1] & 0x3F);
      i += 2;
    } else {
      cp = (lead & 0x0F) << 12 | (utf8[i + 1] & 0x3F) << 6 | (utf8[i + 2] & 0x3F);
      i += 3;
    }
    const char high = static_cast<char>(cp >> 8);
    const char low = static_cast<char>(cp & 0xFF);
    out += little_endian ? std::string{low, high} : std::string{high, low};
  }
  return out;
}

// The detected encoding's name, or "none".
std::string Detected(std::string_view bytes) {
  std::optional<DetectedCharset> detected = DetectCharset(bytes);
  return detected ? detected->encoding : "none";
}

// `bytes` read in the detected encoding, or "none".
std::string DecodedAsDetected(std::string_view bytes) {
  std::optional<DetectedCharset> detected = DetectCharset(bytes);
  if (!detected) return "none";
  Result<ConvertedText> text = ConvertToUtf8(bytes, detected->encoding);
  return text.ok() ? text->utf8 : text.status().ToString();
}

constexpr std::string_view kRussian =
    "Президент заявил журналистам, что переговоры о прекращении огня не могут начаться, пока "
    "другая сторона не выполнит все условия. По его словам, правительство готово к диалогу, но "
    "не намерено идти на уступки в вопросах безопасности.";

constexpr std::string_view kHungarian =
    "A budapesti közlekedési vállalat hétfőn bejelentette, hogy a jövő hónaptól több "
    "villamosvonalon is felújítási munkálatok kezdődnek. A munkák várhatóan nyár végéig "
    "tartanak, ezért az utasoknak pótlóbuszokra kell számítaniuk a belső kerületekben.";

constexpr std::string_view kPolish =
    "Prezes spółki zapowiedział, że w przyszłym roku firma zwiększy inwestycje w śląskich "
    "zakładach. Źródła zbliżone do zarządu twierdzą, że decyzja zapadła już w zeszłym "
    "tygodniu, a związkowcy przyjęli ją z ulgą i nadzieją na nowe miejsca pracy.";

constexpr std::string_view kFrench =
    "Le gouvernement a annoncé mercredi une série de mesures destinées à soutenir les "
    "agriculteurs touchés par la sécheresse. « Nous serons à leurs côtés », a déclaré le "
    "ministre, qui s'est rendu dans une exploitation près de Bordeaux.";

constexpr std::string_view kGerman =
    "Die Bundesregierung hat am Mittwoch ein neues Förderprogramm für energieeffiziente "
    "Gebäude beschlossen. Künftig sollen Eigentümer, die ihre Häuser dämmen oder eine "
    "Wärmepumpe einbauen, höhere Zuschüsse erhalten, teilte das Ministerium mit.";

constexpr std::string_view kJapanese =
    "政府は水曜日、干ばつの影響を受けた農家を支援するための一連の対策を発表した。大臣は記者会見"
    "で、農家の皆さんを全力で支えていきたいと述べた。";

// --- Single-byte encodings --------------------------------------------------

TEST(CharsetDetectorTest, Windows1251Russian) {
  const std::string bytes = EncodeSingleByte(kRussian, "windows-1251");
  EXPECT_EQ(Detected(bytes), "windows-1251");
  EXPECT_EQ(DecodedAsDetected(bytes), kRussian);
}

TEST(CharsetDetectorTest, Koi8rRussian) {
  const std::string bytes = EncodeSingleByte(kRussian, "KOI8-R");
  EXPECT_EQ(Detected(bytes), "KOI8-R");
  EXPECT_EQ(DecodedAsDetected(bytes), kRussian);
}

// Hungarian's letters sit on the same bytes in windows-1250 and ISO-8859-2,
// so either name is right as long as the text comes back.
TEST(CharsetDetectorTest, Windows1250Hungarian) {
  const std::string bytes = EncodeSingleByte(kHungarian, "windows-1250");
  EXPECT_EQ(DecodedAsDetected(bytes), kHungarian);
}

// Polish "ś" and "ź" are C1 bytes (0x9C, 0x9F) in windows-1250 only.
TEST(CharsetDetectorTest, Windows1250Polish) {
  const std::string bytes = EncodeSingleByte(kPolish, "windows-1250");
  EXPECT_EQ(Detected(bytes), "windows-1250");
  EXPECT_EQ(DecodedAsDetected(bytes), kPolish);
}

TEST(CharsetDetectorTest, Iso88592Polish) {
  const std::string bytes = EncodeSingleByte(kPolish, "ISO-8859-2");
  EXPECT_EQ(Detected(bytes), "ISO-8859-2");
  EXPECT_EQ(DecodedAsDetected(bytes), kPolish);
}

TEST(CharsetDetectorTest, Windows1252French) {
  const std::string bytes = EncodeSingleByte(kFrench, "windows-1252");
  EXPECT_EQ(Detected(bytes), "windows-1252");
  EXPECT_EQ(DecodedAsDetected(bytes), kFrench);
}

TEST(CharsetDetectorTest, Windows1252German) {
  const std::string bytes = EncodeSingleByte(kGerman, "windows-1252");
  EXPECT_EQ(Detected(bytes), "windows-1252");
  EXPECT_EQ(DecodedAsDetected(bytes), kGerman);
}

TEST(CharsetDetectorTest, Iso88597Greek) {
  constexpr std::string_view kGreek =
      "Η κυβέρνηση ανακοίνωσε την Τετάρτη νέα μέτρα για τη στήριξη των αγροτών που επλήγησαν "
      "από την ξηρασία. Ο υπουργός δήλωσε ότι η βοήθεια θα δοθεί μέσα στον επόμενο μήνα.";
  const std::string bytes = EncodeSingleByte(kGreek, "ISO-8859-7");
  EXPECT_EQ(Detected(bytes), "ISO-8859-7");
  EXPECT_EQ(DecodedAsDetected(bytes), kGreek);
}

// --- Multi-byte encodings ---------------------------------------------------

TEST(CharsetDetectorTest, ShiftJisJapanese) {
  const std::string bytes =
      "\x90\xAD\x95\x7B\x82\xCD\x90\x85\x97\x6A\x93\xFA\x81\x41\x8A\xB1\x82\xCE\x82\xC2\x82\xCC"
      "\x89\x65\x8B\xBF\x82\xF0\x8E\xF3\x82\xAF\x82\xBD\x94\x5F\x89\xC6\x82\xF0\x8E\x78\x89\x87"
      "\x82\xB7\x82\xE9\x82\xBD\x82\xDF\x82\xCC\x88\xEA\x98\x41\x82\xCC\x91\xCE\x8D\xF4\x82\xF0"
      "\x94\xAD\x95\x5C\x82\xB5\x82\xBD\x81\x42\x91\xE5\x90\x62\x82\xCD\x8B\x4C\x8E\xD2\x89\xEF"
      "\x8C\xA9\x82\xC5\x81\x41\x94\x5F\x89\xC6\x82\xCC\x8A\x46\x82\xB3\x82\xF1\x82\xF0\x91\x53"
      "\x97\xCD\x82\xC5\x8E\x78\x82\xA6\x82\xC4\x82\xA2\x82\xAB\x82\xBD\x82\xA2\x82\xC6\x8F\x71"
      "\x82\xD7\x82\xBD\x81\x42";
  EXPECT_EQ(Detected(bytes), "Shift_JIS");
  EXPECT_EQ(DecodedAsDetected(bytes), kJapanese);
}

TEST(CharsetDetectorTest, EucJpJapanese) {
  const std::string bytes =
      "\xC0\xAF\xC9\xDC\xA4\xCF\xBF\xE5\xCD\xCB\xC6\xFC\xA1\xA2\xB4\xB3\xA4\xD0\xA4\xC4\xA4\xCE"
      "\xB1\xC6\xB6\xC1\xA4\xF2\xBC\xF5\xA4\xB1\xA4\xBF\xC7\xC0\xB2\xC8\xA4\xF2\xBB\xD9\xB1\xE7"
      "\xA4\xB9\xA4\xEB\xA4\xBF\xA4\xE1\xA4\xCE\xB0\xEC\xCF\xA2\xA4\xCE\xC2\xD0\xBA\xF6\xA4\xF2"
      "\xC8\xAF\xC9\xBD\xA4\xB7\xA4\xBF\xA1\xA3\xC2\xE7\xBF\xC3\xA4\xCF\xB5\xAD\xBC\xD4\xB2\xF1"
      "\xB8\xAB\xA4\xC7\xA1\xA2\xC7\xC0\xB2\xC8\xA4\xCE\xB3\xA7\xA4\xB5\xA4\xF3\xA4\xF2\xC1\xB4"
      "\xCE\xCF\xA4\xC7\xBB\xD9\xA4\xA8\xA4\xC6\xA4\xA4\xA4\xAD\xA4\xBF\xA4\xA4\xA4\xC8\xBD\xD2"
      "\xA4\xD9\xA4\xBF\xA1\xA3";
  EXPECT_EQ(Detected(bytes), "EUC-JP");
  EXPECT_EQ(DecodedAsDetected(bytes), kJapanese);
}

TEST(CharsetDetectorTest, Gb18030SimplifiedChinese) {
  const std::string bytes =
      "\xD5\xFE\xB8\xAE\xD6\xDC\xC8\xFD\xD0\xFB\xB2\xBC\xC1\xCB\xD2\xBB\xCF\xB5\xC1\xD0\xB4\xEB"
      "\xCA\xA9\xA3\xAC\xD2\xD4\xD6\xA7\xB3\xD6\xCA\xDC\xB8\xC9\xBA\xB5\xD3\xB0\xCF\xEC\xB5\xC4"
      "\xC5\xA9\xC3\xF1\xA1\xA3\xB2\xBF\xB3\xA4\xD4\xDA\xD0\xC2\xCE\xC5\xB7\xA2\xB2\xBC\xBB\xE1"
      "\xC9\xCF\xB1\xED\xCA\xBE\xA3\xAC\xD5\xFE\xB8\xAE\xBD\xAB\xC8\xAB\xC1\xA6\xD6\xA7\xB3\xD6"
      "\xC5\xA9\xC3\xF1\xB6\xC8\xB9\xFD\xC4\xD1\xB9\xD8\xA3\xAC\xB2\xA2\xBC\xD3\xBF\xEC\xBD\xA8"
      "\xC9\xE8\xCB\xAE\xC0\xFB\xC9\xE8\xCA\xA9\xA1\xA3";
  EXPECT_EQ(Detected(bytes), "gb18030");
  EXPECT_EQ(DecodedAsDetected(bytes),
            "政府周三宣布了一系列措施，以支持受干旱影响的农民。部长在新闻发布会上表示，政府将全力支"
            "持农民度过难关，并加快建设水利设施。");
}

TEST(CharsetDetectorTest, Big5TraditionalChinese) {
  const std::string bytes =
      "\xAC\x46\xA9\xB2\xB6\x67\xA4\x54\xAB\xC5\xA5\xAC\xA4\x46\xA4\x40\xA8\x74\xA6\x43\xB1\xB9"
      "\xAC\x49\xA1\x41\xA5\x48\xA4\xE4\xAB\xF9\xA8\xFC\xB0\xAE\xA7\xF2\xBC\x76\xC5\x54\xAA\xBA"
      "\xB9\x41\xA5\xC1\xA1\x43\xB3\xA1\xAA\xF8\xA6\x62\xB0\x4F\xAA\xCC\xB7\x7C\xA4\x57\xAA\xED"
      "\xA5\xDC\xA1\x41\xAC\x46\xA9\xB2\xB1\x4E\xA5\xFE\xA4\x4F\xA4\xE4\xAB\xF9\xB9\x41\xA5\xC1"
      "\xAB\xD7\xB9\x4C\xC3\xF8\xC3\xF6\xA1\x41\xA8\xC3\xA5\x5B\xA7\xD6\xAB\xD8\xB3\x5D\xA4\xF4"
      "\xA7\x51\xB3\x5D\xAC\x49\xA1\x43";
  EXPECT_EQ(Detected(bytes), "Big5");
  EXPECT_EQ(DecodedAsDetected(bytes),
            "政府週三宣布了一系列措施，以支持受乾旱影響的農民。部長在記者會上表示，政府將全力支持"
            "農民度過難關，並加快建設水利設施。");
}

TEST(CharsetDetectorTest, EucKrKorean) {
  const std::string bytes =
      "\xBC\xAD\xBF\xEF\xBD\xC3\xB4\xC2\x20\xBF\xF9\xBF\xE4\xC0\xCF\x20\xB3\xBB\xB3\xE2\xBA\xCE"
      "\xC5\xCD\x20\xBD\xC3\xB3\xBB\x20\xB9\xF6\xBD\xBA\x20\xB3\xEB\xBC\xB1\xC0\xBB\x20\xB4\xEB"
      "\xC6\xF8\x20\xB0\xB3\xC6\xED\xC7\xD1\xB4\xD9\xB0\xED\x20\xB9\xDF\xC7\xA5\xC7\xDF\xB4\xD9"
      "\x2E\x20\xBD\xC3\x20\xB0\xFC\xB0\xE8\xC0\xDA\xB4\xC2\x20\xC0\xCC\xB9\xF8\x20\xB0\xB3\xC6"
      "\xED\xC0\xCC\x20\xC3\xE2\xC5\xF0\xB1\xD9\x20\xBD\xC3\xB0\xA3\xB4\xEB\xC0\xC7\x20\xC8\xA5"
      "\xC0\xE2\xC0\xBB\x20\xC1\xD9\xC0\xCC\xB1\xE2\x20\xC0\xA7\xC7\xD1\x20\xB0\xCD\xC0\xCC\xB6"
      "\xF3\xB0\xED\x20\xBC\xB3\xB8\xED\xC7\xDF\xB4\xD9\x2E";
  EXPECT_EQ(Detected(bytes), "EUC-KR");
  EXPECT_EQ(DecodedAsDetected(bytes),
            "서울시는 월요일 내년부터 시내 버스 노선을 대폭 개편한다고 발표했다. 시 관계자는 이번 "
            "개편이 출퇴근 시간대의 혼잡을 줄이기 위한 것이라고 설명했다.");
}

// ISO-2022-JP is 7-bit: only its escape sequences give it away.
TEST(CharsetDetectorTest, Iso2022JpByItsEscapes) {
  const std::string bytes = "\x1B$BF|K\\8l$NJ8>O$G$9!#\x1B(B Nihongo.";
  EXPECT_EQ(Detected(bytes), "ISO-2022-JP");
  EXPECT_EQ(DecodedAsDetected(bytes), "日本語の文章です。 Nihongo.");
}

TEST(CharsetDetectorTest, Utf8IsNamed) {
  EXPECT_EQ(Detected(kRussian), "UTF-8");
  EXPECT_EQ(Detected(kJapanese), "UTF-8");
}

// --- UTF-16 and UTF-32 without a byte-order mark ------------------------------

TEST(CharsetDetectorTest, Utf16WithoutBomByNulPattern) {
  for (std::string_view text : {kFrench, kRussian, kGerman}) {
    EXPECT_EQ(Detected(EncodeUtf16(text, true)), "UTF-16LE") << text;
    EXPECT_EQ(Detected(EncodeUtf16(text, false)), "UTF-16BE") << text;
    EXPECT_EQ(DecodedAsDetected(EncodeUtf16(text, true)), text);
  }
}

TEST(CharsetDetectorTest, Utf32WithoutBomByNulPattern) {
  EXPECT_EQ(DetectUtf16Or32ByNuls("h\0\0\0i\0\0\0\x00\xF6\x01\0"s), "UTF-32LE");
  EXPECT_EQ(DetectUtf16Or32ByNuls("\0\0\0h\0\0\0i\0\0\x04\x1F"s), "UTF-32BE");
}

TEST(CharsetDetectorTest, NulPatternNeedsNulsOnOneSideOnly) {
  EXPECT_EQ(DetectUtf16Or32ByNuls("plain text"), std::nullopt);
  EXPECT_EQ(DetectUtf16Or32ByNuls("a\0"s), std::nullopt);  // one code unit tells nothing
  EXPECT_EQ(DetectUtf16Or32ByNuls(std::string(64, '\0')), std::nullopt);
  // NUL padding after text falls on both sides.
  EXPECT_EQ(DetectUtf16Or32ByNuls("some text, then padding" + std::string(40, '\0')), std::nullopt);
  // A stray NUL or two in a long legacy text is not UTF-16.
  EXPECT_EQ(DetectUtf16Or32ByNuls(std::string(kGerman) + '\0' + std::string(kFrench) + '\0'),
            std::nullopt);
}

// --- No answer --------------------------------------------------------------

// Every ASCII-compatible encoding reads ASCII alike, so there is nothing to say.
TEST(CharsetDetectorTest, PureAsciiHasNoAnswer) {
  EXPECT_EQ(Detected("The quick brown fox jumps over the lazy dog. <p>1 + 2 = 3</p>"), "none");
  EXPECT_EQ(Detected(""), "none");
}

// A handful of bytes is too little for statistics, but whatever the answer,
// it must be a usable WHATWG name and never a crash.
TEST(CharsetDetectorTest, TinyInputsGiveNoAnswerOrAUsableOne) {
  for (const std::string& bytes : {"\xE9"s, "caf\xE9"s, "\xCF\xF0\xE8\xE2\xE5\xF2"s, "\x93\xFA"s,
                                   "\xFF\xFE\xFD"s, "\x80"s, "a\x1B"s}) {
    std::optional<DetectedCharset> detected = DetectCharset(bytes);
    if (!detected) continue;
    EXPECT_TRUE(ConvertToUtf8(bytes, detected->encoding).ok()) << detected->encoding;
    EXPECT_GE(detected->confidence, 10);
    EXPECT_LE(detected->confidence, 100);
  }
}

// --- Large inputs ------------------------------------------------------------

// Only the non-ASCII parts are sampled, so text far into a large page counts.
TEST(CharsetDetectorTest, TextPastAMegabyteOfMarkupIsFound) {
  std::string bytes;
  while (bytes.size() < (1 << 20)) bytes += "<div class=\"nav\"><a href=\"/x\">link</a></div>\n";
  bytes += EncodeSingleByte(kRussian, "windows-1251");
  EXPECT_EQ(Detected(bytes), "windows-1251");
}

TEST(CharsetDetectorTest, LongLegacyTextIsDetectedFromItsSample) {
  std::string text;
  while (text.size() < 300000) text += std::string(kGerman) + "\n";
  EXPECT_EQ(Detected(EncodeSingleByte(text, "windows-1252")), "windows-1252");
}

}  // namespace
}  // namespace corpusd
