#include "parsers/feeds/xml_ampersands.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "core/hex.h"

namespace corpusd {
namespace {

// Names longer than this are not looked for: "&" plus a long run of letters
// without ";" would otherwise be scanned again and again.
constexpr std::size_t kMaxReferenceLength = 64;

bool IsNameStart(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':' || c >= 0x80;
}

bool IsNameChar(unsigned char c) {
  return IsNameStart(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
}

// What the "&" at `pos` starts.
enum class Reference { kNone, kNumeric, kNumericCapitalX, kNamed };

Reference ReferenceAt(std::string_view xml, std::size_t pos, std::string_view* name) {
  std::size_t i = pos + 1;
  const std::size_t limit = std::min(xml.size(), pos + kMaxReferenceLength);
  auto at = [&](std::size_t k) { return static_cast<unsigned char>(xml[k]); };
  if (i < limit && at(i) == '#') {
    ++i;
    const bool hex = i < limit && (at(i) == 'x' || at(i) == 'X');
    const bool capital = hex && at(i) == 'X';
    if (hex) ++i;
    std::size_t digits = i;
    while (i < limit && (hex ? IsHexDigit(at(i)) : (at(i) >= '0' && at(i) <= '9'))) ++i;
    if (!(i > digits && i < limit && at(i) == ';')) return Reference::kNone;
    return capital ? Reference::kNumericCapitalX : Reference::kNumeric;
  }
  if (i >= limit || !IsNameStart(at(i))) return Reference::kNone;
  const std::size_t start = i;
  while (i < limit && IsNameChar(at(i))) ++i;
  if (!(i < limit && at(i) == ';')) return Reference::kNone;
  *name = xml.substr(start, i - start);
  return Reference::kNamed;
}

// Where the markup that starts at `pos` and holds no references ends (just
// past it), or `pos` when none starts there.
std::size_t SkipOpaque(std::string_view xml, std::size_t pos) {
  static constexpr std::string_view kOpaque[][2] = {
      {"<![CDATA[", "]]>"}, {"<!--", "-->"}, {"<?", "?>"}};
  for (const auto& [open, close] : kOpaque) {
    if (xml.substr(pos, open.size()) != open) continue;
    std::size_t end = xml.find(close, pos + open.size());
    return end == std::string_view::npos ? xml.size() : end + close.size();
  }
  return pos;
}

}  // namespace

AmpersandFix EscapeBareAmpersands(std::string_view xml, std::string* out,
                                  const std::function<bool(std::string_view)>& known) {
  AmpersandFix fix;
  std::size_t copied = 0;  // xml[0, copied) is in *out already
  auto replace = [&](std::size_t pos, std::size_t length, std::string_view with) {
    if (!fix.changed) {
      out->clear();
      out->reserve(xml.size() + 64);
      fix.changed = true;
    }
    out->append(xml.substr(copied, pos - copied));
    out->append(with);
    copied = pos + length;
  };
  std::size_t pos = 0;
  while ((pos = xml.find_first_of("&<", pos)) != std::string_view::npos) {
    if (xml[pos] == '<') {
      std::size_t end = SkipOpaque(xml, pos);
      pos = end > pos ? end : pos + 1;
      continue;
    }
    std::string_view name;
    switch (ReferenceAt(xml, pos, &name)) {
      case Reference::kNone:
        replace(pos, 1, "&amp;");
        if (fix.problem.empty()) fix.problem = "unescaped '&'";
        break;
      case Reference::kNumericCapitalX:
        replace(pos, 3, "&#x");
        if (fix.problem.empty()) fix.problem = "character reference written &#X";
        break;
      case Reference::kNamed:
        if (!known(name)) {
          replace(pos, 1, "&amp;");
          if (fix.problem.empty()) fix.problem = "undefined entity &" + std::string(name) + ";";
        }
        break;
      case Reference::kNumeric:
        break;
    }
    ++pos;
  }
  if (fix.changed) out->append(xml.substr(copied));
  return fix;
}

}  // namespace corpusd
