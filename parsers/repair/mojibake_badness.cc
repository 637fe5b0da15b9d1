// The badness heuristic: character classes and the sequences of them that
// count as unlikely. The classes and most sequences are python-ftfy's
// (badness.py), rewritten as a hand-made matcher over code points, where ftfy
// uses one large regular expression; the matcher counts non-overlapping
// matches from left to right, trying the sequences in order, as the regular
// expression does. Beyond ftfy's sequences come "signatures": the UTF-8
// bytes of common characters as each candidate charset shows them, derived
// from the charset tables, where ftfy lists a few by hand.
#include "parsers/repair/mojibake_badness.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <iterator>
#include <utility>
#include <vector>

#include "parsers/repair/mojibake_codecs.h"
#include "parsers/text/icu_chars.h"

namespace corpusd::mojibake {
namespace {

// The character classes, one bit each. A character can be in several.
enum Class : std::uint16_t {
  kC1 = 1 << 0,        // C1 controls: used by nothing but mojibake any more
  kBad = 1 << 1,       // symbols almost only seen in mojibake: ¦ ¤ ¨ ¬ ¯ ¶ ...
  kCurrency = 1 << 2,  // ¢ £ ¥ ₧ €
  kStart = 1 << 3,     // punctuation that opens: ¡ « ¿ © ‘ “ „ • ...
  kEnd = 1 << 4,       // punctuation that closes: ® » ˝ ” › ™
  kNumeric = 1 << 5,   // ² ³ ¹ ± ¼ ½ ¾ × µ ÷ and math symbols
  kKaomoji = 1 << 6,   // Ò-Ö Ù-Ü ò-ö ø-ü Ő °: the eyes of text faces
  kUpperAccented = 1 << 7,
  kLowerAccented = 1 << 8,
  kUpperCommon = 1 << 9,   // Greek and Cyrillic capitals, Þ
  kLowerCommon = 1 << 10,  // Greek and Cyrillic small letters
  kBox = 1 << 11,          // box drawing and blocks
};

// Classes of code points below this are looked up in a table; the few above
// it are handled one by one.
constexpr char32_t kTableSize = 0x2600;

class ClassTable {
 public:
  ClassTable() {
    auto add = [this](std::uint16_t cls, std::initializer_list<char32_t> cps) {
      for (char32_t cp : cps) classes_[cp] |= cls;
    };
    auto add_range = [this](std::uint16_t cls, char32_t first, char32_t last) {
      for (char32_t cp = first; cp <= last; ++cp) classes_[cp] |= cls;
    };
    add_range(kC1, 0x80, 0x9F);
    add(kBad, {0xA6,  0xA4,  0xA8,  0xAC,   0xAF,   0xB6,   0xA7,   0xB8,   0x192, 0x2C6, 0x2C7,
               0x2D8, 0x2DB, 0x2DC, 0x2020, 0x2021, 0x2030, 0x2310, 0x25CA, 0xAA,  0xBA,  0x2116});
    add(kCurrency, {0xA2, 0xA3, 0xA5, 0x20A7, 0x20AC});
    add(kStart,
        {0xA1, 0xAB, 0xBF, 0xA9, 0x384, 0x385, 0x2018, 0x201A, 0x201C, 0x201E, 0x2022, 0x2039});
    add(kEnd, {0xAE, 0xBB, 0x2DD, 0x201D, 0x203A, 0x2122});
    add(kNumeric, {0xB2,   0xB3,   0xB9,   0xB1,   0xBC,   0xBD,   0xBE,   0xD7,
                   0xB5,   0xF7,   0x2044, 0x2202, 0x2206, 0x220F, 0x2211, 0x221A,
                   0x221E, 0x2229, 0x222B, 0x2248, 0x2260, 0x2261, 0x2264, 0x2265});
    add_range(kKaomoji, 0xD2, 0xD6);
    add_range(kKaomoji, 0xD9, 0xDC);
    add_range(kKaomoji, 0xF2, 0xF6);
    add_range(kKaomoji, 0xF8, 0xFC);
    add(kKaomoji, {0x150, 0xB0});
    // Capital O's and U's that make kaomoji eyes are left out, but Ø is in:
    // it is very common in Arabic mojibake.
    add_range(kUpperAccented, 0xC0, 0xD1);
    add(kUpperAccented,
        {0xD8,  0xDC,  0xDD,  0x102, 0x104, 0x106, 0x10C, 0x10E, 0x110, 0x118, 0x11A,
         0x11E, 0x130, 0x139, 0x13D, 0x141, 0x143, 0x147, 0x152, 0x158, 0x15A, 0x15E,
         0x160, 0x162, 0x164, 0x16E, 0x170, 0x178, 0x179, 0x17B, 0x17D, 0x490});
    add(kLowerAccented, {0xDF});
    add_range(kLowerAccented, 0xE0, 0xF1);
    add(kLowerAccented,
        {0x103, 0x105, 0x107, 0x10D, 0x10F, 0x111, 0x119, 0x11B, 0x11F, 0x13A, 0x13E,
         0x142, 0x153, 0x155, 0x15B, 0x15F, 0x161, 0x165, 0x17A, 0x17C, 0x17E, 0x491});
    add(kUpperCommon, {0xDE, 0x386, 0x388, 0x389, 0x38A, 0x38C, 0x38E, 0x38F, 0x3AA, 0x3AB});
    add_range(kUpperCommon, 0x391, 0x3A9);
    add_range(kUpperCommon, 0x401, 0x42F);
    add_range(kLowerCommon, 0x3B1, 0x3C6);
    add(kLowerCommon, {0x3AC, 0x3AD, 0x3AE, 0x3AF, 0x3B0});
    add_range(kLowerCommon, 0x430, 0x45F);
    add(kBox, {0x2500, 0x2502, 0x250C, 0x2510, 0x2518, 0x251C, 0x2524, 0x252C, 0x253C, 0x2580,
               0x2584, 0x2588, 0x258C, 0x2590, 0x2591, 0x2592, 0x2593});
    add_range(kBox, 0x2550, 0x256C);
  }

  std::uint16_t Of(char32_t cp) const {
    if (cp < kTableSize) return classes_[cp];
    switch (cp) {
      case 0xF8FF:  // private use, usually the Apple logo (MacRoman 0xF0)
        return kStart;
      case 0xFB01:  // ﬁ
      case 0xFB02:  // ﬂ
        return kLowerAccented;
      case 0xFFFD:
        return kBad;
      default:
        return 0;
    }
  }

 private:
  std::array<std::uint16_t, kTableSize> classes_{};
};

const ClassTable& Classes() {
  static const ClassTable table;
  return table;
}

// Bit x stands for kCandidateCharsets[x].
using CharsetMask = std::uint16_t;

constexpr CharsetMask Bit(Charset charset) {
  for (std::size_t x = 0; x < std::size(kCandidateCharsets); ++x) {
    if (kCandidateCharsets[x] == charset) return static_cast<CharsetMask>(1u << x);
  }
  return 0;
}

// What a character is, byte-wise, in each candidate charset: the masks of
// the charsets in which it is a given byte of a UTF-8 sequence.
struct ByteRoles {
  // 80-BF, but A0 (a no-break space is itself).
  CharsetMask continuation = 0;
  // The same, but ‘ ’ … and the soft hyphen (and the dashes in latin-1 and
  // windows-1252 and -1254), which do stand for themselves beside letters.
  CharsetMask glued_continuation = 0;
  // C2-C5: the Latin-1 supplement and Latin Extended-A; and in latin-1 and
  // windows-1252 and -1254 also C6 and C8 (ơ ư ș ț).
  CharsetMask latin_lead = 0;
  CharsetMask c3 = 0;  // C3: à-ÿ
  // CE, CF, D0, D1, D7, D8, D9: Greek, Cyrillic, Hebrew, Arabic.
  CharsetMask script_lead = 0;
  CharsetMask e2 = 0;     // E2: general punctuation, symbols
  CharsetMask e0_ef = 0;  // E0-EF: the rest of the BMP
  CharsetMask f0 = 0;     // F0: beyond the BMP
  CharsetMask b80 = 0;    // 80
  CharsetMask b9f = 0;    // 9F: F0 9F starts nearly every emoji
  CharsetMask e1 = 0;     // E1: with BA or BB, the Vietnamese letters (Latin Extended Additional)
  CharsetMask ba_bb = 0;  // BA, BB
  // CE, CF (Greek) in windows-1251, where they are the common capitals О
  // and П: a lead only before a continuation that is no Cyrillic letter.
  CharsetMask weak_script_lead = 0;
  // A continuation (80-BF, not A0) that is no letter of the charset's own
  // script: a symbol or punctuation (µ ¶ · № » € † ...).
  CharsetMask symbol_continuation = 0;
  CharsetMask leads = 0;  // any of the lead roles above
};

// The roles of the characters of the candidate charsets' upper halves.
class SignatureTable {
 public:
  SignatureTable() {
    roles_.emplace_back();  // index 0: no role anywhere
    for (Charset charset : kCandidateCharsets) {
      if (!IsAvailable(charset)) continue;
      const CharsetMask bit = Bit(charset);
      const bool dashes_are_dashes = charset == Charset::kLatin1 ||
                                     charset == Charset::kWindows1252 ||
                                     charset == Charset::kWindows1254;
      for (unsigned b = 0x80; b < 0x100; ++b) {
        const char32_t cp = DecodeByte(charset, static_cast<unsigned char>(b));
        ByteRoles& roles = Mutable(cp);
        if (b <= 0xBF && b != 0xA0) {
          roles.continuation |= bit;
          // Dashes too, in every charset: "TIFLĂ— a" is Romanian with a
          // dash, not "TIFL× a".
          const bool stands_for_itself =
              cp == U'‘' || cp == U'’' || cp == U'…' || cp == 0xAD || cp == U'–' || cp == U'—';
          if (!stands_for_itself) roles.glued_continuation |= bit;
        }
        // Box drawing glued to letters is too plausible in cp437 art, and
        // Greek capitals too common in windows-1253 text, as are Cyrillic
        // capitals but Р and С in windows-1251 text.
        const bool latin_1_like = dashes_are_dashes;
        if (charset != Charset::kCp437 &&
            ((b >= 0xC2 && b <= 0xC5) || (latin_1_like && (b == 0xC6 || b == 0xC8)))) {
          roles.latin_lead |= bit;
        }
        if (b == 0xC3 && charset != Charset::kCp437) roles.c3 |= bit;
        const bool script_lead = charset == Charset::kWindows1251
                                     ? b == 0xD0 || b == 0xD1
                                     : b == 0xCE || b == 0xCF || b == 0xD0 || b == 0xD1 ||
                                           b == 0xD7 || b == 0xD8 || b == 0xD9;
        if (script_lead && charset != Charset::kCp437 && charset != Charset::kWindows1253) {
          roles.script_lead |= bit;
        }
        if (b == 0xE2) roles.e2 |= bit;
        if (b >= 0xE0 && b <= 0xEF) roles.e0_ef |= bit;
        if (b == 0xF0) roles.f0 |= bit;
        if (b == 0x80) roles.b80 |= bit;
        if (b == 0x9F) roles.b9f |= bit;
        if (b == 0xE1) roles.e1 |= bit;
        if (b == 0xBA || b == 0xBB) roles.ba_bb |= bit;
        if (charset == Charset::kWindows1251 && (b == 0xCE || b == 0xCF)) {
          roles.weak_script_lead |= bit;
        }
        const bool own_letter = (cp >= 0x400 && cp <= 0x4FF) || (cp >= 0x370 && cp <= 0x3FF);
        if (b <= 0xBF && b != 0xA0 && !own_letter) roles.symbol_continuation |= bit;
        roles.leads = roles.latin_lead | roles.c3 | roles.script_lead | roles.e0_ef | roles.f0 |
                      roles.weak_script_lead;
      }
      // U+FFFD and the byte-order mark: "ï¿½", "ï»¿", "пїЅ".
      for (std::string_view utf8 :
           {std::string_view("\xEF\xBF\xBD"), std::string_view("\xEF\xBB\xBF")}) {
        std::u32string mojibake;
        for (char byte : utf8)
          mojibake.push_back(DecodeByte(charset, static_cast<unsigned char>(byte)));
        known_.push_back(std::move(mojibake));
      }
    }
  }

  // The mojibake of U+FFFD or the byte-order mark that `text` starts with, or 0.
  std::size_t KnownAt(std::u32string_view text) const {
    for (const std::u32string& known : known_) {
      if (text.starts_with(known)) return known.size();
    }
    return 0;
  }

  const ByteRoles& Of(char32_t cp) const {
    if (cp < kTableSize) return roles_[index_[cp]];
    for (const auto& [high_cp, index] : high_) {
      if (high_cp == cp) return roles_[index];
    }
    return roles_[0];
  }

 private:
  ByteRoles& Mutable(char32_t cp) {
    std::uint16_t* index = nullptr;
    if (cp < kTableSize) {
      index = &index_[cp];
    } else {
      for (auto& [high_cp, high_index] : high_) {
        if (high_cp == cp) index = &high_index;
      }
      if (index == nullptr) index = &high_.emplace_back(cp, 0).second;
    }
    if (*index == 0) {
      *index = static_cast<std::uint16_t>(roles_.size());
      roles_.emplace_back();
    }
    return roles_[*index];
  }

  std::array<std::uint16_t, kTableSize> index_{};
  std::vector<std::pair<char32_t, std::uint16_t>> high_;  // the few above the table (, ﬁ)
  std::vector<ByteRoles> roles_;
  std::vector<std::u32string> known_;  // in each charset: U+FFFD, the BOM
};

const SignatureTable& Signatures() {
  static const SignatureTable table;
  return table;
}

// Python's str.isspace(), which is what `\s` matches in ftfy's expression.
bool IsSpace(char32_t cp) {
  return (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x20) || cp == 0x85 || cp == 0xA0 ||
         cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 ||
         cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

// An approximation of `\w` (letters, digits, marks of numbers, underscore)
// that needs no Unicode database: the ranges that hold symbols and
// punctuation rather than letters are left out.
bool IsWordChar(char32_t cp) {
  if (cp < 0x80) {
    return (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z') ||
           cp == '_';
  }
  if (cp < 0xC0) {
    return cp == 0xAA || cp == 0xB2 || cp == 0xB3 || cp == 0xB5 || cp == 0xB9 || cp == 0xBA ||
           (cp >= 0xBC && cp <= 0xBE);
  }
  if (cp == 0xD7 || cp == 0xF7) return false;
  if (cp >= 0x2B9 && cp <= 0x36F) return false;    // modifier symbols and combining marks
  if (cp >= 0x2000 && cp <= 0x2BFF) return false;  // punctuation, symbols, arrows, boxes
  if (cp >= 0x3000 && cp <= 0x303F) return false;  // CJK punctuation
  if (cp >= 0xD800 && cp <= 0xF8FF) return false;  // surrogates, private use
  if (cp >= 0xFE30 && cp <= 0xFE6F) return false;  // compatibility punctuation
  if (cp >= 0xFFF0) return cp >= 0x10000 && !(cp >= 0x1F000 && cp <= 0x1FBFF);  // not emoji
  return true;
}

bool IsAsciiLower(char32_t cp) { return cp >= 'a' && cp <= 'z'; }

bool IsAsciiLetter(char32_t cp) { return IsAsciiLower(cp) || (cp >= 'A' && cp <= 'Z'); }

bool OneOf(char32_t cp, std::u32string_view set) { return set.find(cp) != set.npos; }

bool IsAsciiUpper(char32_t cp) { return cp >= 'A' && cp <= 'Z'; }

// A capital of ASCII, the Latin supplements, Greek or Cyrillic.
bool IsCapital(char32_t cp) {
  return IsAsciiUpper(cp) || (Classes().Of(cp) & (kUpperAccented | kUpperCommon)) != 0;
}

// Quotation marks and the ellipsis, which close a word as often as they
// stand in mojibake for a byte of it.
bool IsClosingMark(char32_t cp) { return OneOf(cp, U"…’‘”“„»«›‹"); }

// Whether `cp` can make a sequence unlikely. Every unlikely sequence holds
// one such character: one of ftfy's classes but the opening and closing
// punctuation (“ ” « » © ® ™ ...), or what a signature starts with but in
// MacRoman, whose ‚ – — lead only where a strong character follows. So text
// with nothing else but ASCII, curly quotes and dashes takes the fast path.
bool IsStrong(char32_t cp) {
  constexpr std::uint16_t kWeakClasses = kStart | kEnd;
  return (Classes().Of(cp) & ~kWeakClasses) != 0 ||
         (Signatures().Of(cp).leads & ~Bit(Charset::kMacRoman)) != 0;
}

// The length of a sequence at `i` that is the UTF-8 of a common character
// as one candidate charset shows it, in a context where the charset's own
// text would not have it, or 0. These go beyond ftfy's expression, which
// misses such text as "fГјr", "mĂĽsst", "Verf├╝gung", "–ü–æ—Å", "ΓÇÖ".
std::size_t SignatureAt(std::u32string_view t, std::size_t i) {
  const SignatureTable& table = Signatures();
  const std::size_t n = t.size();
  auto roles = [&](std::size_t k) -> const ByteRoles& {
    return table.Of(i + k < n ? t[i + k] : 0);
  };
  auto letter = [&](std::size_t k) { return i + k < n && IsAsciiLetter(t[i + k]); };
  const ByteRoles& r0 = roles(0);
  const ByteRoles& r1 = roles(1);
  // General punctuation (E2 80 xx: ’ “ ” – — … •) in any charset: "â€™",
  // "ΓÇÖ", "‚Äô", "вЂ™"; and the other symbols of E2 (™ € ✔ ❤ →), but in
  // windows-1251, where E2 is "в" and Ukrainian writes "в’ї" on purpose.
  if (r0.e2 & r1.b80 & roles(2).continuation) return 3;
  // In windows-1251, E2 is "в", which Ukrainian and Russian put before
  // "і", "є", "ї" and an apostrophe ("в’ї"): there only a symbol follows
  // ("Fooв„ў" is "Foo™").
  const bool apostrophe = i + 1 < n && (t[i + 1] == U'’' || t[i + 1] == U'ʼ');
  const CharsetMask e2_charsets =
      static_cast<CharsetMask>(~Bit(Charset::kWindows1251)) |
      (apostrophe ? 0 : (r1.symbol_continuation & Bit(Charset::kWindows1251)));
  if ((r0.e2 & r1.continuation & roles(2).continuation & e2_charsets) &&
      (IsStrong(t[i]) || IsStrong(t[i + 1]))) {
    return 3;
  }
  // Cp437 puts Greek and math letters at E0-EF: "πü┐" is Japanese.
  if (r0.e0_ef & r1.continuation & roles(2).continuation & Bit(Charset::kCp437)) return 3;
  if (r0.e0_ef) {  // U+FFFD and the byte-order mark start with EF
    if (const std::size_t length = table.KnownAt(t.substr(i)); length > 0) return length;
  }
  // Emoji (F0 9F xx xx): "ðŸ˜€", "рџ", "\uF8FFü".
  if (r0.f0 & r1.b9f & roles(2).continuation & roles(3).continuation) return 4;
  // A Latin letter's two bytes glued to a Latin letter: "fГјr", "mĂĽsst",
  // "RÄ«ga", "fΓΌr". Where the second is a letter too, the neighbour must
  // be lowercase, as mojibake's capitals inside words are: Romanian
  // capitals write "PĂŞUNE" on purpose, "AgĂŞncia" is "Agência".
  // A closing mark at the end of a word stands for itself: "RECESIVĂ” a"
  // is Romanian in quotes, not "RECESIVÔ".
  auto word_end_mark = [&](std::size_t k) {
    return IsClosingMark(t[i + k]) && (i + k + 1 >= n || !IsWordChar(t[i + k + 1]));
  };
  auto glued = [&](std::size_t neighbour, std::size_t second) {
    return IsAsciiLower(t[i + neighbour]) ||
           (!IsWordChar(t[i + second]) && !word_end_mark(second)) ||
           OneOf(t[i + second], U"²³¹¼½¾");
  };
  if (letter(0) && (r1.latin_lead & roles(2).glued_continuation) && glued(0, 2)) return 3;
  if ((r0.latin_lead & r1.glued_continuation) && letter(2) && glued(2, 1)) return 3;
  // Windows-1251 mojibake of Latin letters (C2-C5, C8: "В Г Д Е И" and a
  // continuation) glued to an ASCII letter: one word mixing the Latin and
  // Cyrillic alphabets. "ZГЃKONODГЃRCE", "NEUMONГЌA", "InstituИ›ionalizez".
  if (OneOf(t[i], U"ВГДЕИ") && (r1.continuation & Bit(Charset::kWindows1251)) &&
      ((i > 0 && IsAsciiLetter(t[i - 1])) || (i + 2 < n && IsAsciiLetter(t[i + 2])))) {
    return 2;
  }
  // Inside a word of capitals, a lead followed by what is no capital: "SESÃ…RENE",
  // "VICUÃ‘AS", "DOÄžURMAK" (Romanian "PĂŞUNE" keeps its capital Ş).
  if (IsAsciiUpper(t[i]) && (r1.latin_lead & roles(2).continuation) && i + 3 < n &&
      !IsCapital(t[i + 2]) && IsAsciiUpper(t[i + 3])) {
    return 3;
  }
  // A capital lead glued to a lowercase letter, then a mark that stands for
  // a byte: "OtrembÄ…" (ą), "niewiÄ…zarowym".
  if (IsAsciiLower(t[i]) && (r1.latin_lead & roles(2).continuation) && i + 2 < n &&
      OneOf(t[i + 2], U"…’‘")) {
    return 3;
  }
  // Vietnamese letters (E1 BA xx, E1 BB xx) in any charset: "Tá»›", "náş±ng",
  // "qu·∫£y", "бє·c"; not when the third is a closing mark ending the word
  // ("está»…" is Spanish in guillemets).
  // Nor after a closing guillemet at the end of a word ("localizá»µ").
  const bool word_ends_after_2 = i + 3 >= n || !IsWordChar(t[i + 3]);
  if ((r0.e1 & r1.ba_bb & roles(2).continuation) && !word_end_mark(2) &&
      !(IsClosingMark(t[i + 1]) && word_ends_after_2)) {
    return 3;
  }
  // Greek in windows-1251: "ОµО»ОµОі", "П„ОїП…"; the second is no Cyrillic letter.
  if ((r0.weak_script_lead & r1.symbol_continuation &
       (roles(2).weak_script_lead | roles(2).script_lead)) != 0) {
    return 3;
  }
  // The two-byte scripts, whose letters start with a few bytes, so that two
  // letters in a row give it away: "РџСЂ", "–ü–æ", "ÙŠÙ‚".
  if ((r0.script_lead & r1.continuation & roles(2).script_lead) &&
      (IsStrong(t[i]) || IsStrong(t[i + 1]))) {
    return 3;
  }
  const char32_t c0 = t[i];
  const char32_t c1 = i + 1 < n ? t[i + 1] : 0;
  const char32_t c2 = i + 2 < n ? t[i + 2] : 0;
  // "à" and "í" (C3 A0, C3 AD): the no-break space or soft hyphen glued to a
  // lowercase letter's capital: "PubblicitĂ\u00A0", "RĂ\u00ADo".
  if (IsAsciiLower(c0) && (r1.c3 & ~Bit(Charset::kMacRoman)) && (c2 == 0xA0 || c2 == 0xAD)) {
    return 3;
  }
  if ((r0.c3 & ~Bit(Charset::kMacRoman)) && c1 == 0xAD && letter(2)) return 3;
  // Windows-1251 and -1253 mojibake of Latin-1 symbols: "В©", "Β°". Not «
  // and »: the Cyrillic letter В is also a word ("В «Спартаке»").
  if ((c0 == U'В' || c0 == U'Г' || c0 == U'Β' || c0 == U'Γ') && OneOf(c1, U"©®°±·µ")) return 2;
  // Windows-1250 and ISO-8859-2 mojibake of the Latin-1 supplement: "ÂŁ11",
  // "GroĂźe". Romanian writes "ĂŞ" and "ÂŞ" on purpose.
  constexpr CharsetMask kCentral = Bit(Charset::kWindows1250) | Bit(Charset::kIso8859_2);
  // A symbol after them must be inside a word: "BOBINĂ‰" is Romanian.
  if ((c0 == U'Â' || c0 == U'Ă') && (r1.glued_continuation & kCentral) && c1 != U'Ş' &&
      c1 != U'ş' && (IsWordChar(c1) || (i + 2 < n && IsWordChar(t[i + 2])))) {
    return 2;
  }
  // MacRoman mojibake of the Latin-1 supplement: "m√°s", "¬†". π, ∞ and the
  // n-ary operators are left out: "√π" is mathematics.
  // Only glued to a letter: standing alone, "¬´" and "¬ô" are text faces.
  if ((c0 == U'¬' || c0 == U'√') && (r1.continuation & Bit(Charset::kMacRoman)) &&
      !OneOf(c1, U"π∞∑∏∫Ω") &&
      ((i > 0 && IsWordChar(t[i - 1])) || (i + 2 < n && IsWordChar(t[i + 2])))) {
    return 2;
  }
  // Cp437 mojibake of the Latin-1 supplement inside a word: "Verf├╝gung".
  // Also at the end of a word ("comparir├▓") and for Latin Extended-A
  // ("kayn─▒yoruz": ı is C4 B1).
  if (letter(0) && OneOf(c1, U"┬├─") && (roles(2).continuation & Bit(Charset::kCp437)) &&
      (letter(3) || i + 3 >= n || !IsWordChar(t[i + 3]))) {
    return 3;
  }
  return 0;
}

// The length of the unlikely sequence that starts at `i`, or 0. The
// alternatives are tried in ftfy's order; the first that matches wins.
std::size_t MatchAt(std::u32string_view t, std::size_t i) {
  const ClassTable& classes = Classes();
  const std::size_t n = t.size();
  auto at = [&](std::size_t k) -> char32_t { return i + k < n ? t[i + k] : 0; };
  auto cls = [&](std::size_t k) -> std::uint16_t { return i + k < n ? classes.Of(t[i + k]) : 0; };
  const char32_t c0 = t[i];
  // The hot path: no alternative starts with two ASCII characters but
  // "[a-z] Ã ", whose second is a space.
  if (c0 < 0x80 && at(1) < 0x80 && !(IsSpace(at(1)) && at(2) == U'Ã')) return 0;
  const std::uint16_t k0 = classes.Of(c0);
  // Every alternative starts with a classed character, a signature's lead,
  // a space or a letter.
  if (k0 == 0 && !IsSpace(c0) && !IsAsciiLetter(c0) && Signatures().Of(c0).leads == 0) return 0;
  const std::uint16_t k1 = cls(1);

  constexpr std::uint16_t kMojibakeish =
      kBad | kLowerAccented | kUpperAccented | kBox | kStart | kEnd | kCurrency | kNumeric;
  constexpr std::uint16_t kAccented = kLowerAccented | kUpperAccented;
  if (k0 & kC1) return 1;
  if ((k0 & kMojibakeish) && (k1 & kBad)) return 2;
  if ((k0 & kBad) && (k1 & (kMojibakeish & ~kBad))) return 2;
  if ((k0 & (kLowerAccented | kLowerCommon | kBox | kEnd | kCurrency | kNumeric)) &&
      (k1 & kUpperAccented)) {
    return 2;
  }
  if ((k0 & (kBox | kEnd | kCurrency | kNumeric)) && (k1 & kLowerAccented)) return 2;
  // [upper_accented][currency] alone is left out: leetspeak-like writing uses it.
  if ((k0 & (kLowerAccented | kBox | kEnd)) && (k1 & kCurrency)) return 2;
  if (IsSpace(c0) && (k1 & kUpperAccented) && (cls(2) & kCurrency)) return 3;
  if ((k0 & (kUpperAccented | kBox | kEnd)) && (k1 & kNumeric)) return 2;
  if ((k0 & (kAccented | kCurrency | kNumeric | kBox)) && (k1 & kEnd) && (cls(2) & kStart)) {
    return 3;
  }
  if ((k0 & (kCurrency | kNumeric | kBox)) && (k1 & kStart)) return 2;
  if (IsAsciiLower(c0) && (k1 & kUpperAccented) && (cls(2) & (kStart | kCurrency))) return 3;
  if ((k0 & kBox) && (k1 & kKaomoji)) return 2;
  if ((k0 & (kAccented | kCurrency | kNumeric | kStart | kEnd)) && (k1 & kBox)) return 2;
  if ((k0 & kBox) && (k1 & kEnd)) return 2;
  if ((k0 & kAccented) && (k1 & kEnd) && i + 2 < n && IsWordChar(t[i + 2])) return 3;

  const char32_t c1 = at(1);
  const char32_t c2 = at(2);
  // The ligature œ where it is not part of a Latin word.
  if ((c0 == U'Œ' || c0 == U'œ') && i + 1 < n &&
      !((c1 >= 'A' && c1 <= 'Z') || (c1 >= 'a' && c1 <= 'z'))) {
    return 2;
  }
  // Windows-1252 two-character mojibake the classes miss. Ftfy's list, and
  // also the characters of bytes 82, 84, 8B, 8C, 8E, 93, 95, 9C, A1, A5, AB
  // and BF: nothing puts them right after these capitals. Left out: … and ’
  // (Portuguese "IRMÃ…", "Ã’s") and ‘.
  if (OneOf(c0, U"ÂÃÎÐ") &&
      (OneOf(c1, U"€Šš¢£Ÿž\u00A0\u00AD®©°·»–—´‚„‹ŒŽ“•œ¡¥«¿") || (k1 & kEnd))) {
    return 2;
  }
  if (c0 == U'×' && OneOf(c1, U"²³")) return 2;
  // Windows-1252 mojibake that starts three-byte South Asian letters.
  if (c0 == U'à' && OneOf(c1, U"²µ¹¼½¾")) return 2;
  // MacRoman mojibake the classes miss.
  if (c0 == U'√' && OneOf(c1, U"±∂†≠®™´≤≥¥µø")) return 2;
  if (c0 == U'≈' && OneOf(c1, U"°¢")) return 2;
  if (c0 == U'‚' && c1 == U'Ä' && OneOf(c2, U"ìîïòôúùû†°¢π")) return 3;
  if (c0 == U'‚' && OneOf(c1, U"âó") && OneOf(c2, U"àä°ê")) return 3;
  // Windows-1251 mojibake of the U+2000 punctuation, of Latin-1 and of the
  // Cyrillic letters themselves (two letters alone are too common: three).
  if (c0 == U'в' && c1 == U'Ђ') return 2;
  if (OneOf(c0, U"ВГРС") && ((k1 & (kC1 | kBad | kStart | kEnd | kCurrency)) || OneOf(c1, U"°µ")) &&
      OneOf(c2, U"ВГРС")) {
    return 3;
  }
  // Windows-1252 mojibake of "à" and "á", including "à" whose no-break space
  // became a plain space.
  if (c0 == U'Ã' && OneOf(c1, U"\u00A0¡")) return 2;
  if (IsAsciiLower(c0)) {
    if (i + 3 < n && IsSpace(c1) && c2 == U'Ã' && t[i + 3] == ' ') return 4;
    if (c1 == U'Ã' && c2 == ' ') return 3;
  }
  if (i == 0 && c0 == U'Ã' && c1 == ' ') return 2;
  // Windows-1253 mojibake of the U+2000 punctuation and of Greek.
  if (c0 == U'β' && c1 == U'€' && OneOf(c2, U"™\u00A0Ά\u00AD®°")) return 3;
  if (OneOf(c0, U"ΒΓΞΟ") && ((k1 & (kC1 | kBad | kStart | kEnd | kCurrency)) || c1 == U'°') &&
      OneOf(c2, U"ΒΓΞΟ")) {
    return 3;
  }

  if (const std::size_t length = SignatureAt(t, i); length > 0) return length;
  // A Greek or Cyrillic letter glued to a symbol that only mojibake makes
  // ("signiп¬Ѓcantly"). № and U+FFFD are left out: both are used on purpose.
  auto bad_symbol = [&](char32_t c, std::uint16_t k) {
    return (k & kBad) && c != U'№' && c != 0xFFFD;
  };
  if (((k0 & (kLowerCommon | kUpperCommon)) && bad_symbol(c1, k1)) ||
      (bad_symbol(c0, k0) && (k1 & (kLowerCommon | kUpperCommon)))) {
    return 2;
  }
  return 0;
}

bool IsRare(char32_t cp) {
  if (cp < 0x80) return false;
  if (cp <= 0x9F) return true;       // C1 controls
  if (cp >= 0x180 && cp <= 0x24F) {  // Latin Extended-B
    const bool vietnamese = cp == 0x1A0 || cp == 0x1A1 || cp == 0x1AF || cp == 0x1B0;
    const bool pinyin = cp >= 0x1CD && cp <= 0x1DC;
    const bool romanian = cp >= 0x218 && cp <= 0x21B;
    return !(vietnamese || pinyin || romanian);
  }
  if (cp >= 0x250 && cp <= 0x2AF) return true;  // IPA
  // Spacing modifier letters, but the apostrophes, the accents of the
  // windows code pages and the tone marks of pinyin and Zhuyin.
  if (cp >= 0x2B0 && cp <= 0x2FF) {
    return !(OneOf(cp, U"ʹʺʻʼʽʾʿˆˇˈˉˊˋˌˍ˘˙˚˛˜˝ː˗") || (cp >= 0x2D0 && cp <= 0x2D1));
  }
  if (cp >= 0x370 && cp <= 0x383) return true;  // archaic Greek
  if (cp >= 0x3E2 && cp <= 0x3FF) return true;  // Coptic in the Greek block
  // Combining marks below but the dot, diaeresis, ring, comma, cedilla and
  // ogonek, which languages write decomposed, and the low line and overlays
  // of styled text ("$̶6̶3̶", "u̲n̲"): "Ìª" and "Ã¨" (MacRoman) re-decoded.
  if ((cp >= 0x316 && cp <= 0x322) || (cp >= 0x329 && cp <= 0x331) || cp == 0x333 ||
      (cp >= 0x339 && cp <= 0x36F)) {
    return true;
  }
  if (cp >= 0x460 && cp <= 0x48F) return true;  // historic Cyrillic
  // The Cyrillic letters of the Caucasus and Siberia, where "ЯТ”" lands
  // ("ЯҔ"); not those of Ukrainian, Kazakh, Kyrgyz, Tatar, Bashkir, Tajik,
  // Uzbek, Azerbaijani, Chuvash, Mongolian.
  if (cp >= 0x490 && cp <= 0x4FF) {
    return !OneOf(cp, U"ҐґҒғҖҗҘҙҚқҜҝҠҡҢңҪҫҮүҰұҲҳҶҷҸҹҺһӀӏӐӑӖӗӘәӢӣӨөӮӯӲӳ");
  }
  if (cp >= 0x500 && cp <= 0x52F) return true;  // Cyrillic supplement
  // Syriac and the Arabic Supplement, NKo, Samaritan, Mandaic, ... ("Ý" and
  // "Ü" before a continuation); Thaana stays common.
  if (cp >= 0x700 && cp <= 0x77F) return true;
  if (cp >= 0x7C0 && cp <= 0x8FF) return true;
  // Scripts of few readers, where re-decoded Greek and Cyrillic land (E1 xx
  // xx is U+1000-1FFF, E2 B3 xx Coptic): Cherokee, Canadian syllabics,
  // Ogham, Runic, the Philippine scripts, Limbu, Tai Le, Buginese, Tai Tham,
  // Balinese, Sundanese, Batak, Lepcha, Ol Chiki, Vedic; Glagolitic,
  // Coptic, Tifinagh, Cyrillic and Ethiopic extensions; the scripts of
  // U+A640-ABFF (Bamum, Phags-pa, Javanese, Cham, Meetei Mayek, ...).
  // Burmese, Georgian, Ethiopic, Khmer, Mongolian, Vietnamese and polytonic
  // Greek stay common.
  if (cp >= 0x1380 && cp <= 0x177F) return true;
  if (cp >= 0x18B0 && cp <= 0x1CFF) return true;
  if (cp >= 0x2C00 && cp <= 0x2C5F) return true;  // Glagolitic
  if (cp >= 0x2C80 && cp <= 0x2DFF) return true;  // Coptic ... Cyrillic Extended-A
  if (cp >= 0xA640 && cp <= 0xA71F) return true;
  if (cp >= 0x3020 && cp <= 0x302F) return true;  // postal mark face, Hangzhou numerals
  if (cp >= 0x3200 && cp <= 0x32FF) return true;  // enclosed letters and months
  if (cp >= 0xA800 && cp <= 0xABFF) return true;
  if (cp >= 0x1D00 && cp <= 0x1DFF) return true;  // phonetic extensions
  // Medieval superscript letters among the combining marks ("VISQUERCÍª"
  // re-decoded is "VISQUERCͪ").
  if (cp >= 0x363 && cp <= 0x36F) return true;
  // Latin Extended Additional but Vietnamese (U+1EA0-1EF9), Welsh's ẁ ẃ ẅ
  // and ẞ: transliteration letters, where "á¹“" and "áº“" land ("ṓ", "ẓ").
  if (cp >= 0x1E00 && cp <= 0x1E9F) return !((cp >= 0x1E80 && cp <= 0x1E85) || cp == 0x1E9E);
  // Blocks running text hardly uses, where a Cyrillic "в" (E2 in
  // windows-1251) glued to punctuation lands: parenthesized and circled
  // letters, supplemental arrows, mathematical brackets and operators,
  // Braille, CJK radicals and ideographic description ("в“•" is "ⓕ", "в¦“"
  // is "⦓", "в»…" is "⻅").
  if (cp >= 0x249C && cp <= 0x24E9) return true;
  if (cp >= 0x27C0 && cp <= 0x2AFF) return true;
  if (cp >= 0x2E80 && cp <= 0x2FFF) return true;
  // Miscellaneous symbols and arrows, but the few that are emoji (⬅ ⬆ ⬇ ⬛ ⬜ ⭐ ⭕).
  if (cp >= 0x2B00 && cp <= 0x2BFF) return !OneOf(cp, U"⬅⬆⬇⬛⬜⭐⭕");
  if (cp >= 0x2C60 && cp <= 0x2C7F) return true;  // Latin Extended-C
  if (cp >= 0xA720 && cp <= 0xA7FF) return true;  // Latin Extended-D
  if (cp >= 0xE000 && cp <= 0xF8FE) return true;  // private use
  if (cp >= 0xFFF0 && cp <= 0xFFFC) return true;  // specials
  if ((cp & 0xFFFE) == 0xFFFE) return true;       // noncharacters
  if (cp >= 0xE0000) return true;                 // tags, planes of private use
  // A code point Unicode has not assigned: where a wrong re-decoding of the
  // Indic and Hebrew blocks' gaps lands ("à¯ " read as U+0BE0).
  return !chars::IsAssigned(cp);
}

// A letter that fits its word (the script and case of the two letters
// before it), then a symbol: "ВДАЛБЛИВАТЬ†", "διαμοιραστεί¬", "REBUȘUMATĂµ",
// "ωτοσκοπηθεί†καμα"; or a symbol, then a letter that fits the two after it
// ("РЕЗОЛИРАЩИЯ¶досрамяваните"). Such a pair is a symbol glued to a word, not evidence
// of mojibake, whose lead characters are capitals among small letters
// ("perchÃ¨"), letters of another script ("Fooв„ў"), or follow other
// mojibake rather than letters ("Ð¿Ñ€").
// The script and case of a letter, as one number; -1 for anything else.
int LetterShape(char32_t c) {
  const int script = chars::ScriptFamily(c);
  const int letter_case = chars::IsUppercase(c) ? 1 : chars::IsLowercase(c) ? 2 : 0;
  return script == 0 || letter_case == 0 ? -1 : script * 4 + letter_case;
}

bool SymbolGluedToItsWord(std::u32string_view t, std::size_t i, std::size_t length) {
  if (length != 2) return false;
  // Letter, symbol: the letter fits the two before it.
  if (i >= 2 && !IsWordChar(t[i + 1])) {
    const int own = LetterShape(t[i]);
    if (own >= 0 && LetterShape(t[i - 1]) == own && LetterShape(t[i - 2]) == own) return true;
  }
  // Symbol, letter: the letter fits the two after it ("¶досрам").
  // Two symbols after a letter that fits the two before it ("ΚΩΝ†»",
  // "Провидцев§“").
  // Not when the two are a lead and a continuation of one charset: MacRoman
  // writes "š" as "≈°".
  const SignatureTable& signatures = Signatures();
  // MacRoman's own leads count as such before anything ("√†" is "à").
  const bool utf8_pair = (signatures.Of(t[i]).leads & signatures.Of(t[i + 1]).continuation) != 0 ||
                         OneOf(t[i], U"√≈∆");
  if (i >= 3 && !utf8_pair && !IsWordChar(t[i]) && !IsWordChar(t[i + 1])) {
    const int own = LetterShape(t[i - 1]);
    if (own >= 0 && LetterShape(t[i - 2]) == own && LetterShape(t[i - 3]) == own) return true;
  }
  // Not box drawing: cp437 writes "ä" as "├ñ", a box before a letter.
  if (!IsWordChar(t[i]) && !(Classes().Of(t[i]) & kBox) && i + 3 < t.size()) {
    const int own = LetterShape(t[i + 1]);
    if (own >= 0 && LetterShape(t[i + 2]) == own && LetterShape(t[i + 3]) == own) return true;
  }
  return false;
}

int Count(std::u32string_view text, bool stop_at_first) {
  int count = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t length = MatchAt(text, i);
    // A class match that is only a symbol glued to its word may still be the
    // start of a signature ("mediaâ€™s": "â€" fits "media", "â€™" is ’).
    if (length > 0 && SymbolGluedToItsWord(text, i, length)) length = SignatureAt(text, i);
    if (length == 0) {
      ++i;
      continue;
    }
    ++count;
    if (stop_at_first) break;
    i += length;
  }
  return count;
}

}  // namespace

int Badness(std::u32string_view text) { return Count(text, false); }

bool IsBad(std::u32string_view text) { return Count(text, true) > 0; }

int Rarity(std::u32string_view text) {
  return static_cast<int>(std::count_if(text.begin(), text.end(), IsRare));
}

bool IsSuspect(char32_t cp) { return IsStrong(cp); }

}  // namespace corpusd::mojibake
