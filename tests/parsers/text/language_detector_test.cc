#include "parsers/text/language_detector.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>

namespace corpusd {
namespace {

using std::string_literals::operator""s;

std::string Detected(std::string_view text, LanguageHints hints = {}) {
  std::optional<std::string> language = DetectLanguage(text, hints);
  return language ? *language : "none";
}

LanguageHints Declared(std::string language) { return LanguageHints{std::move(language), ""}; }
LanguageHints Tld(std::string tld) { return LanguageHints{"", std::move(tld)}; }

TEST(LanguageDetectorTest, TheFiveSeedsAreEnglish) {
  const std::filesystem::path samples = std::filesystem::path(CORPUSD_SOURCE_DIR) / "samples";
  int seen = 0;
  for (const auto& entry : std::filesystem::directory_iterator(samples)) {
    if (entry.path().extension() != ".txt") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    EXPECT_EQ(Detected(text.str()), "en") << entry.path();
    ++seen;
  }
  EXPECT_EQ(seen, 5);
}

TEST(LanguageDetectorTest, ShortParagraphsInManyLanguages) {
  struct Case {
    const char* expected;
    const char* text;
  };
  for (const Case& c : {
           Case{"hu",
                "A budapesti közlekedési vállalat hétfőn bejelentette, hogy a jövő hónaptól több "
                "villamosvonalon is felújítási munkálatok kezdődnek."},
           Case{"ru",
                "Президент заявил журналистам, что переговоры о прекращении огня не могут "
                "начаться, пока другая сторона не выполнит все условия."},
           Case{"de",
                "Die Bundesregierung hat am Mittwoch ein neues Förderprogramm für "
                "energieeffiziente Gebäude beschlossen."},
           Case{"fr",
                "Le gouvernement a annoncé mercredi une série de mesures destinées à soutenir les "
                "agriculteurs touchés par la sécheresse."},
           Case{"ja",
                "政府は水曜日、干ばつの影響を受けた農家を支援するための一連の対策を発表した。大臣"
                "は記者会見で、農家の皆さんを全力で支えていきたいと述べた。"},
           Case{"zh-Hans",
                "政府周三宣布了一系列措施，以支持受干旱影响的农民。部长在新闻发布会上表示，政府将"
                "全力支持农民度过难关，并加快建设水利设施。"},
           Case{"zh-Hant",
                "政府週三宣布了一系列措施，以支持受乾旱影響的農民。部長在記者會上表示，政府將全力"
                "支持農民度過難關，並加快建設水利設施。"},
           Case{"ar",
                "أعلنت الحكومة يوم الأربعاء عن سلسلة من الإجراءات لدعم المزارعين المتضررين من "
                "الجفاف، وقال الوزير إن المساعدات ستصل خلال الشهر المقبل."},
       }) {
    EXPECT_EQ(Detected(c.text), c.expected) << c.text;
  }
}

// CLD2 says "iw" for Hebrew, the code withdrawn in 1989.
TEST(LanguageDetectorTest, HebrewIsHeNotIw) {
  EXPECT_EQ(Detected("הממשלה הודיעה ביום רביעי על סדרת צעדים לתמיכה בחקלאים שנפגעו מהבצורת, "
                     "והשר אמר כי הסיוע יגיע בחודש הבא."),
            "he");
}

// Serbian is written in both scripts; the tag says which.
TEST(LanguageDetectorTest, SerbianNamesItsScript) {
  EXPECT_EQ(Detected("Влада је у среду најавила низ мера за подршку пољопривредницима погођеним "
                     "сушом, а министар је рекао да ће помоћ стићи у наредном месецу."),
            "sr-Cyrl");
  EXPECT_EQ(Detected("Vlada je u sredu najavila niz mera za podršku poljoprivrednicima pogođenim "
                     "sušom, a ministar je rekao da će pomoć stići u narednom mesecu."),
            "sr-Latn");
}

TEST(LanguageDetectorTest, TooShortTextHasNoLanguage) {
  EXPECT_EQ(Detected(""), "none");
  EXPECT_EQ(Detected("Hello world"), "none");
  EXPECT_EQ(Detected("Budapest, hétfő"), "none");
  EXPECT_EQ(Detected("12 345 678 -- 2024-05-01 !!! ???"), "none");
  EXPECT_EQ(Detected("東京で"), "none");
}

// Danish and Norwegian Bokmål share most words; the hint decides.
TEST(LanguageDetectorTest, HintBreaksATieBetweenCloseLanguages) {
  constexpr std::string_view kScandinavian = "Jeg har ikke tid i dag, men vi kan ses i morgen.";
  EXPECT_EQ(Detected(kScandinavian), "no");
  EXPECT_EQ(Detected(kScandinavian, Declared("da")), "da");
  EXPECT_EQ(Detected(kScandinavian, Tld("dk")), "da");

  constexpr std::string_view kMalay =
      "Kerajaan akan membantu para petani yang terkena kemarau tahun ini.";
  EXPECT_EQ(Detected(kMalay), "id");
  EXPECT_EQ(Detected(kMalay, Declared("ms-MY")), "ms");
  EXPECT_EQ(Detected(kMalay, Tld("my")), "ms");
}

// A hint only tips a close call: it does not overrule clear text.
TEST(LanguageDetectorTest, HintDoesNotOverruleClearText) {
  constexpr std::string_view kGerman =
      "Die Bundesregierung hat am Mittwoch ein neues Förderprogramm für energieeffiziente Gebäude "
      "beschlossen. Künftig sollen Eigentümer höhere Zuschüsse erhalten.";
  EXPECT_EQ(Detected(kGerman, Declared("fr")), "de");
  EXPECT_EQ(Detected(kGerman, Tld("hu")), "de");
}

TEST(LanguageDetectorTest, OddHintsAreIgnored) {
  constexpr std::string_view kFrench =
      "Le gouvernement a annoncé mercredi une série de mesures destinées à soutenir les "
      "agriculteurs touchés par la sécheresse.";
  for (const std::string& hint :
       {"EN_us"s, ".fr"s, "x"s, std::string(1000, 'a'), "<script>"s, "\xFF\xFE"s, "en;q=0.8"s}) {
    EXPECT_EQ(Detected(kFrench, LanguageHints{hint, hint}), "fr") << hint;
  }
}

// CLD2 refuses a whole text for one control character or broken sequence;
// those are blanked first.
TEST(LanguageDetectorTest, ControlCharactersAndBrokenUtf8DoNotHideTheLanguage) {
  const std::string text =
      "Die Bundesregierung hat am Mittwoch\x07 ein neues F\xC3\xB6rderprogramm \xC2\x84\x7F"
      "beschlossen.\xFF Künftig sollen Eigentümer höhere Zuschüsse erhalten, teilte das "
      "Ministerium mit."s;
  EXPECT_EQ(Detected(text), "de");
}

// Text beyond what CLD2 is given does not change the answer or cost time.
TEST(LanguageDetectorTest, VeryLongTextIsCut) {
  std::string text;
  while (text.size() < 2'000'000) {
    text +=
        "Le gouvernement a annoncé mercredi une série de mesures destinées à soutenir les "
        "agriculteurs. ";
  }
  EXPECT_EQ(Detected(text), "fr");
  // Cut inside the text's first 500 bytes; and before a character of two
  // bytes that would end past the cut, leaving only blanks.
  EXPECT_EQ(Detected(std::string(262'144 - 500, ' ') + text), "fr");
  EXPECT_EQ(Detected(std::string(262'143, ' ') + "\xC3\xA9" + text), "none");
}

}  // namespace
}  // namespace corpusd
