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

// Whether the "&" at `pos` starts a well-formed reference.
bool StartsReference(std::string_view xml, std::size_t pos) {
  std::size_t i = pos + 1;
  const std::size_t limit = std::min(xml.size(), pos + kMaxReferenceLength);
  auto at = [&](std::size_t k) { return static_cast<unsigned char>(xml[k]); };
  if (i < limit && at(i) == '#') {
    ++i;
    bool hex = i < limit && (at(i) == 'x' || at(i) == 'X');
    if (hex) ++i;
    std::size_t digits = i;
    while (i < limit && (hex ? IsHexDigit(at(i)) : (at(i) >= '0' && at(i) <= '9'))) ++i;
    return i > digits && i < limit && at(i) == ';';
  }
  if (i >= limit || !IsNameStart(at(i))) return false;
  while (i < limit && IsNameChar(at(i))) ++i;
  return i < limit && at(i) == ';';
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

bool EscapeBareAmpersands(std::string_view xml, std::string* out) {
  std::size_t copied = 0;  // xml[0, copied) is in *out already
  bool changed = false;
  std::size_t pos = 0;
  while ((pos = xml.find_first_of("&<", pos)) != std::string_view::npos) {
    if (xml[pos] == '<') {
      std::size_t end = SkipOpaque(xml, pos);
      pos = end > pos ? end : pos + 1;
      continue;
    }
    if (!StartsReference(xml, pos)) {
      if (!changed) {
        out->clear();
        out->reserve(xml.size() + 64);
        changed = true;
      }
      out->append(xml.substr(copied, pos - copied));
      out->append("&amp;");
      copied = pos + 1;
    }
    ++pos;
  }
  if (changed) out->append(xml.substr(copied));
  return changed;
}

}  // namespace corpusd
