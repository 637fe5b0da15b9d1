// FixText: the fast path, HTML entities, then mojibake (mojibake_fixer.h).
#include "parsers/repair/text_fixer.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>

#include "core/hex.h"
#include "parsers/repair/mojibake_badness.h"
#include "parsers/repair/mojibake_fixer.h"
#include "parsers/utf8.h"

namespace corpusd {
namespace {

struct Entity {
  std::string_view name;
  char32_t code_point;
};

// The named references of HTML 4.01 (Latin-1, symbols and Greek, markup and
// typographic punctuation) and &apos;, with the values HTML5 gives them:
// the names that text escaped by real software uses. HTML5's other ~2,000
// names (&HilbertSpace;, &Jscr;, ...) are left out on purpose: they are
// almost never produced by escaping, and leaving them undecoded is harmless.
// Sorted by name (byte order) for binary search.
constexpr Entity kEntities[] = {
    {"AElig", 0xC6},     {"Aacute", 0xC1},   {"Acirc", 0xC2},     {"Agrave", 0xC0},
    {"Alpha", 0x391},    {"Aring", 0xC5},    {"Atilde", 0xC3},    {"Auml", 0xC4},
    {"Beta", 0x392},     {"Ccedil", 0xC7},   {"Chi", 0x3A7},      {"Dagger", 0x2021},
    {"Delta", 0x394},    {"ETH", 0xD0},      {"Eacute", 0xC9},    {"Ecirc", 0xCA},
    {"Egrave", 0xC8},    {"Epsilon", 0x395}, {"Eta", 0x397},      {"Euml", 0xCB},
    {"Gamma", 0x393},    {"Iacute", 0xCD},   {"Icirc", 0xCE},     {"Igrave", 0xCC},
    {"Iota", 0x399},     {"Iuml", 0xCF},     {"Kappa", 0x39A},    {"Lambda", 0x39B},
    {"Mu", 0x39C},       {"Ntilde", 0xD1},   {"Nu", 0x39D},       {"OElig", 0x152},
    {"Oacute", 0xD3},    {"Ocirc", 0xD4},    {"Ograve", 0xD2},    {"Omega", 0x3A9},
    {"Omicron", 0x39F},  {"Oslash", 0xD8},   {"Otilde", 0xD5},    {"Ouml", 0xD6},
    {"Phi", 0x3A6},      {"Pi", 0x3A0},      {"Prime", 0x2033},   {"Psi", 0x3A8},
    {"Rho", 0x3A1},      {"Scaron", 0x160},  {"Sigma", 0x3A3},    {"THORN", 0xDE},
    {"Tau", 0x3A4},      {"Theta", 0x398},   {"Uacute", 0xDA},    {"Ucirc", 0xDB},
    {"Ugrave", 0xD9},    {"Upsilon", 0x3A5}, {"Uuml", 0xDC},      {"Xi", 0x39E},
    {"Yacute", 0xDD},    {"Yuml", 0x178},    {"Zeta", 0x396},     {"aacute", 0xE1},
    {"acirc", 0xE2},     {"acute", 0xB4},    {"aelig", 0xE6},     {"agrave", 0xE0},
    {"alefsym", 0x2135}, {"alpha", 0x3B1},   {"amp", 0x26},       {"and", 0x2227},
    {"ang", 0x2220},     {"apos", 0x27},     {"aring", 0xE5},     {"asymp", 0x2248},
    {"atilde", 0xE3},    {"auml", 0xE4},     {"bdquo", 0x201E},   {"beta", 0x3B2},
    {"brvbar", 0xA6},    {"bull", 0x2022},   {"cap", 0x2229},     {"ccedil", 0xE7},
    {"cedil", 0xB8},     {"cent", 0xA2},     {"chi", 0x3C7},      {"circ", 0x2C6},
    {"clubs", 0x2663},   {"cong", 0x2245},   {"copy", 0xA9},      {"crarr", 0x21B5},
    {"cup", 0x222A},     {"curren", 0xA4},   {"dArr", 0x21D3},    {"dagger", 0x2020},
    {"darr", 0x2193},    {"deg", 0xB0},      {"delta", 0x3B4},    {"diams", 0x2666},
    {"divide", 0xF7},    {"eacute", 0xE9},   {"ecirc", 0xEA},     {"egrave", 0xE8},
    {"empty", 0x2205},   {"emsp", 0x2003},   {"ensp", 0x2002},    {"epsilon", 0x3B5},
    {"equiv", 0x2261},   {"eta", 0x3B7},     {"eth", 0xF0},       {"euml", 0xEB},
    {"euro", 0x20AC},    {"exist", 0x2203},  {"fnof", 0x192},     {"forall", 0x2200},
    {"frac12", 0xBD},    {"frac14", 0xBC},   {"frac34", 0xBE},    {"frasl", 0x2044},
    {"gamma", 0x3B3},    {"ge", 0x2265},     {"gt", 0x3E},        {"hArr", 0x21D4},
    {"harr", 0x2194},    {"hearts", 0x2665}, {"hellip", 0x2026},  {"iacute", 0xED},
    {"icirc", 0xEE},     {"iexcl", 0xA1},    {"igrave", 0xEC},    {"image", 0x2111},
    {"infin", 0x221E},   {"int", 0x222B},    {"iota", 0x3B9},     {"iquest", 0xBF},
    {"isin", 0x2208},    {"iuml", 0xEF},     {"kappa", 0x3BA},    {"lArr", 0x21D0},
    {"lambda", 0x3BB},   {"lang", 0x27E8},   {"laquo", 0xAB},     {"larr", 0x2190},
    {"lceil", 0x2308},   {"ldquo", 0x201C},  {"le", 0x2264},      {"lfloor", 0x230A},
    {"lowast", 0x2217},  {"loz", 0x25CA},    {"lrm", 0x200E},     {"lsaquo", 0x2039},
    {"lsquo", 0x2018},   {"lt", 0x3C},       {"macr", 0xAF},      {"mdash", 0x2014},
    {"micro", 0xB5},     {"middot", 0xB7},   {"minus", 0x2212},   {"mu", 0x3BC},
    {"nabla", 0x2207},   {"nbsp", 0xA0},     {"ndash", 0x2013},   {"ne", 0x2260},
    {"ni", 0x220B},      {"not", 0xAC},      {"notin", 0x2209},   {"nsub", 0x2284},
    {"ntilde", 0xF1},    {"nu", 0x3BD},      {"oacute", 0xF3},    {"ocirc", 0xF4},
    {"oelig", 0x153},    {"ograve", 0xF2},   {"oline", 0x203E},   {"omega", 0x3C9},
    {"omicron", 0x3BF},  {"oplus", 0x2295},  {"or", 0x2228},      {"ordf", 0xAA},
    {"ordm", 0xBA},      {"oslash", 0xF8},   {"otilde", 0xF5},    {"otimes", 0x2297},
    {"ouml", 0xF6},      {"para", 0xB6},     {"part", 0x2202},    {"permil", 0x2030},
    {"perp", 0x22A5},    {"phi", 0x3C6},     {"pi", 0x3C0},       {"piv", 0x3D6},
    {"plusmn", 0xB1},    {"pound", 0xA3},    {"prime", 0x2032},   {"prod", 0x220F},
    {"prop", 0x221D},    {"psi", 0x3C8},     {"quot", 0x22},      {"rArr", 0x21D2},
    {"radic", 0x221A},   {"rang", 0x27E9},   {"raquo", 0xBB},     {"rarr", 0x2192},
    {"rceil", 0x2309},   {"rdquo", 0x201D},  {"real", 0x211C},    {"reg", 0xAE},
    {"rfloor", 0x230B},  {"rho", 0x3C1},     {"rlm", 0x200F},     {"rsaquo", 0x203A},
    {"rsquo", 0x2019},   {"sbquo", 0x201A},  {"scaron", 0x161},   {"sdot", 0x22C5},
    {"sect", 0xA7},      {"shy", 0xAD},      {"sigma", 0x3C3},    {"sigmaf", 0x3C2},
    {"sim", 0x223C},     {"spades", 0x2660}, {"sub", 0x2282},     {"sube", 0x2286},
    {"sum", 0x2211},     {"sup", 0x2283},    {"sup1", 0xB9},      {"sup2", 0xB2},
    {"sup3", 0xB3},      {"supe", 0x2287},   {"szlig", 0xDF},     {"tau", 0x3C4},
    {"there4", 0x2234},  {"theta", 0x3B8},   {"thetasym", 0x3D1}, {"thinsp", 0x2009},
    {"thorn", 0xFE},     {"tilde", 0x2DC},   {"times", 0xD7},     {"trade", 0x2122},
    {"uArr", 0x21D1},    {"uacute", 0xFA},   {"uarr", 0x2191},    {"ucirc", 0xFB},
    {"ugrave", 0xF9},    {"uml", 0xA8},      {"upsih", 0x3D2},    {"upsilon", 0x3C5},
    {"uuml", 0xFC},      {"weierp", 0x2118}, {"xi", 0x3BE},       {"yacute", 0xFD},
    {"yen", 0xA5},       {"yuml", 0xFF},     {"zeta", 0x3B6},     {"zwj", 0x200D},
    {"zwnj", 0x200C},
};

// What HTML5 makes of numeric references to C1 controls: the windows-1252
// characters of those bytes (the five bytes it leaves undefined stay).
constexpr char32_t kC1References[32] = {
    0x20AC, 0x81,   0x201A, 0x192,  0x201E, 0x2026, 0x2020, 0x2021, 0x2C6,  0x2030, 0x160,
    0x2039, 0x152,  0x8D,   0x17D,  0x8F,   0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x2DC,  0x2122, 0x161,  0x203A, 0x153,  0x9D,   0x17E,  0x178,
};

// The longest name or number a reference may have (python-ftfy's limit).
constexpr std::size_t kMaxReferenceLength = 24;

bool IsAsciiAlnum(char32_t c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

// The code point of "#233" or "#x2764"; 0 when it is not a number or not a
// character text should hold (NUL, surrogates, beyond U+10FFFF, C0 controls
// other than tab and line breaks).
char32_t NumericReference(std::u32string_view digits) {
  const bool hex = digits[0] == 'x' || digits[0] == 'X';
  if (hex) digits.remove_prefix(1);
  if (digits.empty()) return 0;
  std::uint32_t value = 0;
  for (const char32_t c : digits) {
    const int digit = hex ? HexValue(c) : (c >= '0' && c <= '9' ? static_cast<int>(c - '0') : -1);
    if (digit < 0) return 0;
    value = value * (hex ? 16 : 10) + static_cast<std::uint32_t>(digit);
    if (value > 0x10FFFF) return 0;
  }
  if (value >= 0x80 && value <= 0x9F) return kC1References[value - 0x80];
  if ((value >= 0xD800 && value <= 0xDFFF) || value == 0x7F) return 0;
  if (value < 0x20 && value != '\t' && value != '\n' && value != '\r') return 0;
  return value;
}

char32_t NamedReference(std::u32string_view name) {
  std::string ascii(name.begin(), name.end());  // the name is ASCII alphanumerics
  const auto* it =
      std::lower_bound(std::begin(kEntities), std::end(kEntities), std::string_view(ascii),
                       [](const Entity& e, std::string_view key) { return e.name < key; });
  return it != std::end(kEntities) && it->name == ascii ? it->code_point : 0;
}

// The reference at `i` (where text[i] is '&'): "&name;", "&#digits;" or
// "&#xhex;", with the semicolon. Returns its length and sets `code_point`,
// or returns 0 when there is none ("AT&T", "a & b", "&copy" without ';').
std::size_t ReferenceAt(std::u32string_view text, std::size_t i, char32_t* code_point) {
  std::size_t j = i + 1;
  const bool numeric = j < text.size() && text[j] == '#';
  if (numeric) ++j;
  const std::size_t start = j;
  while (j < text.size() && j - start < kMaxReferenceLength && IsAsciiAlnum(text[j])) ++j;
  if (j == start || j >= text.size() || text[j] != ';') return 0;
  const std::u32string_view name = text.substr(start, j - start);
  *code_point = numeric ? NumericReference(name) : NamedReference(name);
  return *code_point != 0 ? j + 1 - i : 0;
}

// Text that holds tags is markup, or is about markup: its entities are left
// as written, as python-ftfy does.
bool LooksLikeMarkup(std::u32string_view text) {
  for (std::size_t i = text.find(U'<'); i != text.npos; i = text.find(U'<', i + 1)) {
    if (i + 1 < text.size()) {
      const char32_t c = text[i + 1];
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '/' || c == '!' || c == '?') {
        return true;
      }
    }
  }
  return false;
}

// Decodes each reference once: "&amp;amp;" becomes "&amp;". Returns how many.
std::size_t DecodeReferences(std::u32string& text) {
  if (LooksLikeMarkup(text)) return 0;
  std::u32string out;
  std::size_t count = 0;
  std::size_t copied = 0;
  for (std::size_t i = text.find(U'&'); i != text.npos; i = text.find(U'&', i + 1)) {
    char32_t code_point = 0;
    const std::size_t length = ReferenceAt(text, i, &code_point);
    if (length == 0) continue;
    out.append(text, copied, i - copied);
    out.push_back(code_point);
    copied = i + length;
    i = copied - 1;
    ++count;
  }
  if (count == 0) return 0;
  out.append(text, copied);
  text = std::move(out);
  return count;
}

std::u32string ToCodePoints(std::string_view utf8) {
  std::u32string text;
  text.reserve(utf8.size());
  for (std::size_t pos = 0, length = 0; pos < utf8.size(); pos += length) {
    text.push_back(utf8::DecodeAt(utf8, pos, length));
  }
  return text;
}

std::string ToUtf8(std::u32string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 2);
  for (const char32_t cp : text) utf8::Append(out, cp);
  return out;
}

// Whether some character could take part in mojibake (or is ill-formed).
bool HasSuspectCharacter(std::string_view utf8) {
  bool suspect = false;
  utf8::ForEachNonAscii(utf8, [&](std::size_t pos, int length) {
    std::size_t decoded_length = 0;
    suspect = length < 0 || mojibake::IsSuspect(utf8::DecodeAt(utf8, pos, decoded_length));
    return !suspect;
  });
  return suspect;
}

}  // namespace

FixedText FixText(std::string_view utf8) {
  FixedText result;
  const bool has_ampersand = utf8.find('&') != utf8.npos;
  if (!has_ampersand && !HasSuspectCharacter(utf8)) {
    result.text = std::string(utf8);  // the fast path: most text
    return result;
  }
  std::u32string text = ToCodePoints(utf8);
  if (has_ampersand) {
    const std::size_t references = DecodeReferences(text);
    if (references > 0) mojibake::AddRepair(&result.repairs, "html-entities", references);
  }
  const std::size_t before = result.repairs.size();
  text = mojibake::FixMojibake(std::move(text), &result.repairs);
  result.left_alone = result.repairs.size() == before && mojibake::IsBad(text);
  result.text = result.repairs.empty() ? std::string(utf8) : ToUtf8(text);
  return result;
}

}  // namespace corpusd
