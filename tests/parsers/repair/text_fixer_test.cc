#include "parsers/repair/text_fixer.h"

#include <gtest/gtest.h>
#include <pthread.h>

#include <string>
#include <vector>

#include "parsers/encodings/text_decoder.h"

namespace corpusd {
namespace {

std::string Fix(const std::string& text) { return FixText(text).text; }

// The repairs as "kind×count" strings, for compact expectations.
std::vector<std::string> Repairs(const std::string& text) {
  std::vector<std::string> out;
  for (const Repair& repair : FixText(text).repairs) {
    out.push_back(repair.kind + "x" + std::to_string(repair.count));
  }
  return out;
}

using Strings = std::vector<std::string>;

TEST(FixText, LeavesTheEmptyStringAlone) {
  const FixedText fixed = FixText("");
  EXPECT_EQ(fixed.text, "");
  EXPECT_TRUE(fixed.repairs.empty());
}

TEST(FixText, ReturnsAsciiAsItIs) {
  const std::string text = "Plain ASCII text, with <tags> & ampersands; a=b & c.";
  const FixedText fixed = FixText(text);
  EXPECT_EQ(fixed.text, text);
  EXPECT_TRUE(fixed.repairs.empty());
}

TEST(FixText, RepairsOneLayerOfLatin1AndWindows1252) {
  EXPECT_EQ(Fix("cafÃ© crÃ¨me"), "café crème");
  EXPECT_EQ(Repairs("cafÃ© crÃ¨me"), (Strings{"mojibake:latin-1x1"}));
  EXPECT_EQ(Fix("â€œQuotedâ€\u009D â€” and itâ€™s done"), "“Quoted” — and it’s done");
  EXPECT_EQ(Repairs("itâ€™s"), (Strings{"mojibake:windows-1252x1"}));
}

TEST(FixText, RepairsTwoLayers) {
  EXPECT_EQ(Fix("cafÃƒÂ© crÃƒÂ¨me"), "café crème");
  EXPECT_EQ(Repairs("cafÃƒÂ©"), (Strings{"mojibake:windows-1252x1", "mojibake:latin-1x1"}));
  EXPECT_EQ(Fix("Ã¢â‚¬Å“doubleÃ¢â‚¬\u009D"), "“double”");
}

TEST(FixText, RepairsWindows1251) {
  EXPECT_EQ(Fix("РџСЂРёРІРµС‚, РјРёСЂ"), "Привет, мир");
  EXPECT_EQ(Repairs("РџСЂРёРІРµС‚"), (Strings{"mojibake:windows-1251x1"}));
  // Latin text read as windows-1251.
  EXPECT_EQ(Fix("Grundvoraussetzung fГјr den ganzen SpaГџ"),
            "Grundvoraussetzung für den ganzen Spaß");
}

TEST(FixText, RepairsTwoLayersEndingInWindows1251) {
  EXPECT_EQ(Fix("Ð\u00A0Ò\u0091Ð\u00A0Ñ\u0095Ð¡Ð\u0082Ð\u00A0Ñ\u0095Ð\u00A0Ñ\u0096Ð\u00A0Âµ"),
            "дороге");
}

TEST(FixText, RepairsMacRomanAndCp437) {
  EXPECT_EQ(Fix("Gilberto Gil em √°lbum"), "Gilberto Gil em álbum");
  EXPECT_EQ(Repairs("em √°lbum"), (Strings{"mojibake:macintoshx1"}));
  EXPECT_EQ(Fix("Das k├╢nnte Sie interessieren"), "Das könnte Sie interessieren");
  EXPECT_EQ(Repairs("k├╢nnte"), (Strings{"mojibake:cp437x1"}));
  // Three layers of MacRoman.
  EXPECT_EQ(Fix("Merci de t‚Äö√†√∂¬¨¬©l‚Äö√†√∂¬¨¬©charger"), "Merci de télécharger");
}

TEST(FixText, RepairsCentralEuropeanCharsets) {
  EXPECT_EQ(Fix("Jetzt mĂĽsst ihr nichts anderes tun"), "Jetzt müsst ihr nichts anderes tun");
  EXPECT_EQ(Fix("MĂĄm dost tĹ\u0099etĂ\u00ADho tisĂ\u00ADciletĂ\u00AD"),
            "Mám dost třetího tisíciletí");
  EXPECT_EQ(Fix("Der ZuhĆ¶rer"), "Der Zuhörer");  // windows-1257
}

TEST(FixText, RepairsEmojiAndSymbols) {
  EXPECT_EQ(Fix("Great job ðŸ‘\u008D"), "Great job 👍");
  EXPECT_EQ(Fix("Touch Barâ„¢ support"), "Touch Bar™ support");
}

TEST(FixText, RepairsMojibakeInsideGoodText) {
  EXPECT_EQ(Fix("He's Justinâ\u009D¤"), "He's Justin❤");
  EXPECT_EQ(Fix("dans l’humanitÃ©, bonne fÃªte"), "dans l’humanité, bonne fête");
  EXPECT_EQ(Fix("Saeimā ir iÅ¡ jų"), "Saeimā ir iš jų");
}

TEST(FixText, PutsBackNoBreakSpacesThatBecameSpaces) {
  EXPECT_EQ(Fix("Ã la mode"), "à la mode");
  EXPECT_EQ(Fix("voilÃ  le travail"), "voilà le travail");
}

TEST(FixText, MarksLostBytesAsReplacementCharacters) {
  EXPECT_EQ(Fix("upgraded to â€œbb+â€? from â€œbbâ€?"), "upgraded to “bb+\uFFFD from “bb\uFFFD");
  EXPECT_EQ(Fix("Ð±ÑŠÐ»Ð³Ð°Ñ€Ñ\uFFFDÐºÐ¸"), "българ\uFFFDки");
}

TEST(FixText, TurnsLeftoverC1ControlsIntoWindows1252) {
  EXPECT_EQ(Fix("\u0084Handwerk bringt dich überall hin\u0093"),
            "„Handwerk bringt dich überall hin“");
}

TEST(FixText, DecodesHtmlEntitiesOnce) {
  EXPECT_EQ(Fix("caf&eacute; &amp; cr&egrave;me"), "café & crème");
  EXPECT_EQ(Repairs("caf&eacute; &amp;"), (Strings{"html-entities"
                                                   "x2"}));
  EXPECT_EQ(Fix("&#233; &#xE9; &#X2764; &hellip;"), "é é ❤ …");
  EXPECT_EQ(Fix("&amp;amp; &amp;lt;"), "&amp; &lt;");
  EXPECT_EQ(Fix("&#150; and &#8212;"), "– and —");  // C1 references are windows-1252's
}

TEST(FixText, LeavesWhatIsNoEntityAsWritten) {
  for (const std::string text :
       {"AT&T", "a & b", "Q&A;", "&copy without a semicolon", "&nosuchentity;", "&#0; &#xD800;",
        "&#1114112;", "&#x;", "&thisnameismuchtoolongtobeanentityname;"}) {
    EXPECT_EQ(Fix(text), text);
  }
}

TEST(FixText, LeavesEntitiesInMarkupAlone) {
  const std::string html = "<p>Fish &amp; chips</p>";
  EXPECT_EQ(Fix(html), html);
}

TEST(FixText, DecodesEntitiesThenRepairsWhatTheyHeld) {
  EXPECT_EQ(Fix("caf&Atilde;&copy;"), "café");
  EXPECT_EQ(Repairs("caf&Atilde;&copy;"), (Strings{"html-entities"
                                                   "x2",
                                                   "mojibake:latin-1x1"}));
}

// Correct text that must come out exactly as it went in.
class CorrectText : public ::testing::TestWithParam<std::string> {};

TEST_P(CorrectText, IsLeftUntouched) {
  const FixedText fixed = FixText(GetParam());
  EXPECT_EQ(fixed.text, GetParam());
  EXPECT_TRUE(fixed.repairs.empty());
}

INSTANTIATE_TEST_SUITE_P(
    Negatives, CorrectText,
    ::testing::Values(
        "Orbán Viktor", "Ελληνικά", "日本語のテキスト", "👍🏽 ❤️ 🇩🇪",
        "naïve café résumé", "Ðñ Āø Õ… RETWEET SE VOCÊ… NESTLÉ®",
        "∀x ∈ ℝ: x² ≥ 0, ½ + ¼ = ¾, 5×£35, 2012—∞, √π ≈ 1.77", "higher values (“+” and “×” curves)",
        "SÃO PAULO — IRMÃ… NÃO. C O N C L U S Ã O", "There are a lot of Ã’s in mojibake text",
        "a radius of 10 Å—", "├┤a┼┐a┼┐a┼┐a┼┐a", "┌──┐ │ab│ └──┘", "(╯°□°)╯︵ ┻━┻ ¯\\_(ツ)_/¯ ಠ_ಠ",
        "SENSЕ - Oleg Tsedryk", "ВІКІ is Ukrainian for WIKI", "В «Спартаке» витамин В»",
        "İSTANBUL ÇAĞLAYAN", "PĂŞUNE ŞI ŢARĂ", "ŘEŠENÍ ŐRÜLT", "Tiếng Việt có dấu", "GUÐ Þórður",
        "Straße Fußübungen Ærø Øresund", "«Ομάδα Β» ΠΆΡΚΟ", "Zażółć gęślą jaźń",
        "Příliš žluťoučký kůň úpěl ďábelské ódy", "©2019 ®™ °C µm ±5 ¹²³ ¿¡ §¶ †‡‰",
        "“Quoted” ‘single’ „German“ ‚low‘ »guillemets« – — … •", "𝒥ohn ℋancock",
        "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞß", "àáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ",
        "Here's a control character: \x1A", "hotel $49 $̶6̶3̶ updated 2018",
        "Europa, Asia, \uFFFDfrica, Norte", "ŉ Chloroplas is ŉ organel"));

// Regression tests, named after what broke.

TEST(FixText, PolishCapitalsAreNotMistakenForWindows1250Mojibake) {
  // "ĘŁ" is the windows-1250 form of the bytes CA A3, U+02A3 "ʣ".
  EXPECT_EQ(Fix("ZDJĘŁA"), "ZDJĘŁA");
}

TEST(FixText, UkrainianApostrophesAreNotWindows1251Mojibake) {
  // "б’є" is the windows-1251 form of the bytes E1 92 BA, U+14BA.
  EXPECT_EQ(Fix("об’єкт, в’їзд, п’ять"), "об’єкт, в’їзд, п’ять");
}

TEST(FixText, ALayerThatLooksNoBetterIsUndoneWhenTheNextOneHelps) {
  // windows-1251 gives "Â£", which looks as bad; latin-1 then gives "£".
  EXPECT_EQ(Fix("a bigger-than-expected Г‚ВЈ5.8bn rights issue"),
            "a bigger-than-expected £5.8bn rights issue");
}

TEST(FixText, ACharsetGivingRareCharactersLosesToOneGivingCommonOnes) {
  // Windows-1250 reads "Ć©" as C6 A9, "Ʃ"; windows-1257 as C3 A9, "é".
  EXPECT_EQ(Fix("France's SĆ©nat proposes"), "France's Sénat proposes");
}

TEST(FixText, AWholeTextRedecodingThatAddsAC1ControlIsNoRepair) {
  // Windows-1250 reads "Âť" as C2 9D, a C1 control; ISO-8859-2 as "»".
  EXPECT_EQ(Fix("Beitragvon r23 Âť 21.01.2009"), "Beitragvon r23 » 21.01.2009");
}

TEST(FixText, NoBreakSpacesAreOnlyPutBackWhereTheyMakeUtf8) {
  // CJK cp437 mojibake with a real space: putting an A0 there broke it.
  EXPECT_EQ(Fix("µùÑµ£¼Θ¢╗σ¡Éτöóσôü σ¢│πü«"), "日本電子產品 図の");
}

TEST(FixText, Cp437MicroSignIsWindowsOwnNotIcus) {
  // Byte E6 is µ (U+00B5) to Windows and Python, μ (U+03BC) to ICU.
  EXPECT_EQ(Fix("µùÑµ£¼"), "日本");
}

TEST(FixText, ARunOfMojibakeIsJudgedWithItsNeighbours) {
  // "Å¡" alone looks fine; glued to "i" it does not.
  EXPECT_EQ(Fix("Šiaip jų iÅ¡ jų"), "Šiaip jų iš jų");
}

TEST(FixText, IsIdempotent) {
  for (const std::string text :
       {"cafÃƒÂ© crÃƒÂ¨me", "РџСЂРёРІРµС‚", "He's Justinâ\u009D¤", "Ã la mode", "â€œbb+â€?",
        "Orbán", "caf&eacute;", "ã†â€™ãƒâ€ ã¢â‚¬â„¢", "ΘÄºΣ┐á Äº ╢╢", "българ\uFFFDки",
        "\u0084Handwerk\u0093"}) {
    const std::string once = Fix(text);
    EXPECT_EQ(Fix(once), once) << text;
  }
}

TEST(FixText, BoundsTheWorkOnAdversarialInput) {
  // Long runs of characters that look like mojibake in every charset.
  std::string text;
  for (int i = 0; i < 2000; ++i) text += "Ã©Ã‚Â£Ð¿Â¬Ð\u0083â€ ";
  const FixedText fixed = FixText(text);
  EXPECT_FALSE(fixed.text.empty());
}

}  // namespace
}  // namespace corpusd

namespace corpusd {
namespace {

// Runs `work` on a thread with a stack of `bytes`: a recursion that should
// be shallow overflows it and crashes the test instead of passing.
void RunOnSmallStack(std::size_t bytes, void (*work)()) {
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, bytes);
  pthread_t thread;
  ASSERT_EQ(pthread_create(
                &thread, &attr,
                [](void* arg) -> void* {
                  reinterpret_cast<void (*)()>(arg)();
                  return nullptr;
                },
                reinterpret_cast<void*>(work)),
            0);
  pthread_join(thread, nullptr);
  pthread_attr_destroy(&attr);
}

// Found by fuzzing (fuzz/regressions/http/mojibake-redecode-loop-stack-overflow):
// text that re-decodes into text as bad as itself sent the search 600 layers
// deep before its work budget ran out, and overflowed the stack.
TEST(FixText, TextThatReDecodesIntoItselfStaysShallow) {
  RunOnSmallStack(128 << 10, [] {
    const std::string body = "BMe\x91\x91\x8b\x96\x91\xb7\xab\xacP/1.1 200 OK\r\nContent-Typent:" +
                             std::string(42, '\xff') + "Tyeiu\xef\xbf\xbd\xef\xbf\xbd";
    Result<DecodedText> decoded = DecodeText(body, {});
    ASSERT_TRUE(decoded.ok());
    const FixedText fixed = FixText(decoded->utf8);
    EXPECT_TRUE(IsValidUtf8(fixed.text));
  });
}

// Kinds of mojibake the generated dev set (scripts/gen_mojibake.py) found
// unrepaired: capitals with a byte that looks like punctuation, Vietnamese
// three-byte letters, Greek and Latin read as windows-1251, cp437 at the end
// of a word.
struct Broken {
  const char* kind;
  const char* input;
  const char* want;
};

TEST(FixText, RepairsTheMojibakeOfCapitalsVietnameseGreekAndWordEnds) {
  const Broken cases[] = {
      {"cp1252 capitals with an ellipsis byte", "UDSTEDELSESÃ…RENE", "UDSTEDELSESÅRENE"},
      {"cp1252 capitals with a quote byte", "VICUÃ‘AS", "VICUÑAS"},
      {"cp1252 Turkish capitals", "DOÄžURMAK", "DOĞURMAK"},
      {"cp1252 Polish ą after a small letter", "niewiÄ…zarowym", "niewiązarowym"},
      {"cp1252 Vietnamese", "Tá»› email cá»™n má»—i", "Tớ email cộn mỗi"},
      {"cp1250 Vietnamese", "náş±ng ráşż", "nằng rế"},
      {"MacRoman Vietnamese", "qu·∫£y V·∫Ω", "quảy Vẽ"},
      {"cp1251 Greek", "ОµО»ОµОіОјО\u00ADОЅОїП… ОїПЃО±П„ПЊПЃО№Ої", "ελεγμένου ορατόριο"},
      {"cp1251 Vietnamese", "Hб»Ўi бє·c", "Hỡi ặc"},
      {"cp1251 Latin capitals", "ZГЃKONODГЃRCE NEUMONГЌA", "ZÁKONODÁRCE NEUMONÍA"},
      {"cp1251 Romanian", "InstituИ›ionalizez", "Instituționalizez"},
      {"cp1251 trade mark", "Fremtidsmuligheder Fooв„ў", "Fremtidsmuligheder Foo™"},
      {"cp437 word-final ò", "comparir├▓ aggiuster├▓", "comparirò aggiusterò"},
      {"cp437 Turkish ı", "kayn─▒yoruz", "kaynıyoruz"},
  };
  for (const Broken& c : cases) EXPECT_EQ(Fix(c.input), c.want) << c.kind;
}

// Correct text with a symbol glued to a word, quotation marks after a
// capital, text faces: nothing here is mojibake, and a repair would put a
// letter of another script or a lowercase letter into the word, or swallow
// the space after it.
TEST(FixText, SymbolsGluedToWordsAndQuotedCapitalsAreLeftAlone) {
  const char* cases[] = {
      "RECESIVĂ” decidere",
      "„ÎNCEȚOȘEAZĂ” descalecându",
      "Καλημέρα¨ κόσμε, η Ελλάδα¨ είναι όμορφη",
      "Øst–Vest møtet i Århus–Ålborg",
      "so ¬´ annoyed ¬ô",
      "(¬´_¬`) hmm",
      "smorzerà¨ spirò",
      "irrogà¯ ± 1",
      "Γέλωναº θεσπιζόμενες",
      "ВДАЛБЛИВАТЬ†",
      "διαμοιραστεί¬ κολατσίζαμε",
      "DRAŽEJOVSKÝ¸",
      "matrițat TIFLĂ— strâmteală",
      "«затресли»¤ разкаралата",
      "Ярусові” і “повільніші”",
      "recorespondată‰ coleopter",
      "«ΠΑΤΌΚΟΡΦΑ ΒΡΑΖΙΛΙΆΝΙΚΩΝ†»",
      "РЕЗОЛИРАЩИЯ¶досрамяваните",
  };
  for (const char* c : cases) EXPECT_EQ(Fix(c), c);
}

// A re-decoding that lands in blocks running text hardly uses (Braille,
// mathematical brackets, CJK radicals, circled letters, transliteration
// letters, medieval superscripts) is no repair: the text was right.
TEST(FixText, ARepairIntoBlocksTextHardlyUsesIsNone) {
  const char* cases[] = {
      "окислялото „Белелиев“•утрепваният",
      "потрошить ¨ вызов¦“переубедившийся",
      "посріблили «лицарств»…",
      "Loterová¹“upřít Krajča”",
      "invetivá¹«golfejáreis",
      "VISQUERCÍª",
      "«затресли РАЗПАСЕНИЯТ”³ бумтежът",
      "Ria LÝµcựu",
  };
  for (const char* c : cases) EXPECT_EQ(Fix(c), c);
  // Styled text's strike-through and underline are marks people write.
  EXPECT_EQ(Fix("$Ì¶6Ì¶3Ì¶"), "$̶6̶3̶");
  // Vietnamese, in the same block, is still repaired.
  EXPECT_EQ(Fix("Tiáº¿ng Viá»‡t"), "Tiếng Việt");
}

// A run is left alone where the text shows its first letter is written on
// purpose: glued to a letter that is no continuation byte anywhere, or a
// pair whose first letter the text also writes elsewhere as a letter.
TEST(FixText, RunsTheTextItselfExplainsAreLeftAlone) {
  const char* cases[] = {
      "различённый “чистосортный инъюнктив”»харьковский",
      "антиаргументі стелив®“скруглятимуть”",
      "Concediu REÎNDATORITĂ€ reclătire zgăurai",
      "“EGLOGĂ”© gării imiscibilă",
  };
  for (const char* c : cases) EXPECT_EQ(Fix(c), c);
  // Without such a letter elsewhere, the pair is mojibake of a Latin-1 letter.
  EXPECT_EQ(Fix("un cafĂ© au lait"), "un café au lait");
}

}  // namespace
}  // namespace corpusd
