#include "parsers/text/cleaner.h"

#include "parsers/text/icu_normalizer.h"
#include "parsers/utf8.h"

namespace corpusd {
namespace {

enum class CharClass { kKeep, kSpace, kNewline, kDrop };

CharClass Classify(char32_t c) {
  if (c == '\n') return CharClass::kNewline;
  if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') return CharClass::kSpace;
  if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F)) return CharClass::kDrop;
  switch (c) {
    case 0x00A0:
    case 0x1680:
    case 0x202F:
    case 0x205F:
    case 0x3000:
    case 0x2028:
    case 0x2029:
      return CharClass::kSpace;
    case 0x00AD:  // soft hyphen
    case 0x200B:  // zero-width space
    case 0x2060:  // word joiner
    case 0xFEFF:  // byte-order mark / zero-width no-break space
    case 0xFFFE:
    case 0xFFFF:
      return CharClass::kDrop;
    default:
      break;
  }
  if (c >= 0x2000 && c <= 0x200A) return CharClass::kSpace;
  // Bidi controls (marks, embeddings, overrides, isolates) and invisible
  // operators: formatting, not text. ZWJ/ZWNJ (U+200C/D), which scripts and
  // emoji need, and the tag characters of flag emoji are kept.
  if (c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
      (c >= 0x2061 && c <= 0x2069) || c == 0x180E || (c >= 0xFFF9 && c <= 0xFFFB)) {
    return CharClass::kDrop;
  }
  return CharClass::kKeep;
}

// One paragraph with invisible characters dropped and white space collapsed;
// the input is well-formed UTF-8 from the decode stage.
std::string CleanOne(const std::string& in) {
  std::string out;
  out.reserve(in.size());
  char pending = 0;  // ' ' or '\n' waiting to be written before the next character
  for (std::size_t pos = 0; pos < in.size();) {
    const unsigned char byte = static_cast<unsigned char>(in[pos]);
    std::size_t length = 1;
    const char32_t c = byte < 0x80 ? byte : utf8::DecodeAt(in, pos, length);
    switch (Classify(c)) {
      case CharClass::kSpace:
        if (pending == 0) pending = ' ';
        break;
      case CharClass::kNewline:
        pending = '\n';
        break;
      case CharClass::kDrop:
        break;
      case CharClass::kKeep:
        if (pending != 0 && !out.empty()) out.push_back(pending);
        pending = 0;
        out.append(in, pos, length);
        break;
    }
    pos += length;
  }
  return out;
}

}  // namespace

Result<std::vector<std::string>> CleanParagraphs(const std::vector<std::string>& paragraphs) {
  std::vector<std::string> out;
  out.reserve(paragraphs.size());
  for (const std::string& paragraph : paragraphs) {
    std::string cleaned = CleanOne(paragraph);
    if (cleaned.empty()) continue;
    Result<std::string> nfc = ToNfc(cleaned);
    if (!nfc.ok()) return nfc.status();
    out.push_back(std::move(*nfc));
  }
  return out;
}

std::string JoinParagraphs(const std::vector<std::string>& paragraphs) {
  std::string text;
  for (const std::string& p : paragraphs) {
    if (!text.empty()) text += "\n\n";
    text += p;
  }
  return text;
}

}  // namespace corpusd
