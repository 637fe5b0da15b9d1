#include "parsers/html/html_prepass.h"

#include <cctype>

#include "parsers/ascii.h"

namespace corpusd {
namespace {

// Below this share of droppable bytes the copy costs more than it saves.
constexpr double kMinDroppedShare = 0.05;

bool StartsWithIgnoreCase(std::string_view s, std::size_t pos, std::string_view prefix) {
  if (pos + prefix.size() > s.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (AsciiLower(s[pos + i]) != prefix[i]) return false;
  }
  return true;
}

bool IsNameChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == ':' || c == '_';
}

// The end of the tag starting at `lt` (one past its '>'), honouring quoted
// attribute values; the end of input for an unclosed tag.
std::size_t TagEnd(std::string_view s, std::size_t lt) {
  char quote = 0;
  for (std::size_t i = lt + 1; i < s.size(); ++i) {
    const char c = s[i];
    if (quote != 0) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      // A quote opens a value only after '=' (possibly spaced).
      std::size_t j = i;
      while (j > lt && (s[j - 1] == ' ' || s[j - 1] == '\t' || s[j - 1] == '\n')) --j;
      if (j > lt && s[j - 1] == '=') quote = c;
    } else if (c == '>') {
      return i + 1;
    }
  }
  return s.size();
}

// Where the raw text of `name` ends: one past its "</name ...>", or the end.
std::size_t RawTextEnd(std::string_view s, std::size_t from, std::string_view name) {
  for (std::size_t i = s.find('<', from); i != std::string_view::npos; i = s.find('<', i + 1)) {
    if (i + 1 < s.size() && s[i + 1] == '/' && StartsWithIgnoreCase(s, i + 2, name) &&
        (i + 2 + name.size() >= s.size() || !IsNameChar(s[i + 2 + name.size()]))) {
      return TagEnd(s, i);
    }
  }
  return s.size();
}

// Where an <svg> or <math> subtree ends, counting nested ones.
std::size_t ForeignEnd(std::string_view s, std::size_t from, std::string_view name) {
  int depth = 1;
  std::size_t i = from;
  while (depth > 0) {
    i = s.find('<', i);
    if (i == std::string_view::npos) return s.size();
    const bool closing = i + 1 < s.size() && s[i + 1] == '/';
    const std::size_t at = i + (closing ? 2 : 1);
    const std::size_t end = TagEnd(s, i);
    if (StartsWithIgnoreCase(s, at, name) &&
        (at + name.size() >= s.size() || !IsNameChar(s[at + name.size()]))) {
      const bool self_closing = !closing && end >= 2 && s[end - 2] == '/';
      if (closing) {
        --depth;
      } else if (!self_closing) {
        ++depth;
      }
    }
    i = end;
  }
  return i;
}

// The tag name at `pos` (lower case), after '<' or '</'.
std::string TagName(std::string_view s, std::size_t pos) {
  std::string name;
  while (pos < s.size() && IsNameChar(s[pos]) && name.size() < 16) {
    name.push_back(AsciiLower(s[pos++]));
  }
  return name;
}

bool IsJsonLd(std::string_view tag) {
  std::string lower(tag);
  for (char& c : lower) c = AsciiLower(c);
  return lower.find("ld+json") != std::string::npos;
}

}  // namespace

bool StripInvisibleMarkup(std::string_view s, std::string* out) {
  std::string result;
  std::size_t copied = 0;   // s[0, copied) is settled: in `result` or dropped
  std::size_t dropped = 0;  // bytes left out
  const auto drop = [&](std::size_t from, std::size_t to) {
    if (result.empty() && copied == 0) result.reserve(s.size());
    result.append(s.substr(copied, from - copied));
    dropped += to - from;
    copied = to;
  };
  std::size_t i = 0;
  while ((i = s.find('<', i)) != std::string_view::npos) {
    if (StartsWithIgnoreCase(s, i, "<!--")) {
      // "<!-->" and "<!--->" are whole (empty) comments, as the spec says.
      std::size_t end;
      if (s.substr(i, 5) == "<!-->") {
        end = i + 5;
      } else if (s.substr(i, 6) == "<!--->") {
        end = i + 6;
      } else {
        const std::size_t close = s.find("-->", i + 4);
        end = close == std::string_view::npos ? s.size() : close + 3;
      }
      drop(i, end);
      i = end;
      continue;
    }
    if (i + 1 >= s.size() || !std::isalpha(static_cast<unsigned char>(s[i + 1]))) {
      ++i;  // an end tag, a doctype, or a stray '<'
      continue;
    }
    const std::string name = TagName(s, i + 1);
    const std::size_t tag_end = TagEnd(s, i);
    if (name == "script" || name == "style") {
      const std::size_t end = RawTextEnd(s, tag_end, name);
      if (name == "script" && IsJsonLd(s.substr(i, tag_end - i))) {
        i = end;  // structured data: kept whole
      } else {
        drop(i, end);
        i = end;
      }
    } else if (name == "svg" || name == "math") {
      const bool self_closing = tag_end >= 2 && s[tag_end - 2] == '/';
      const std::size_t end = self_closing ? tag_end : ForeignEnd(s, tag_end, name);
      drop(i, end);
      i = end;
    } else if (name == "title" || name == "textarea" || name == "xmp" || name == "noembed" ||
               name == "noframes" || name == "iframe" || name == "plaintext") {
      i = name == "plaintext" ? s.size() : RawTextEnd(s, tag_end, name);  // copied as it is
    } else {
      i = tag_end;
    }
  }
  if (static_cast<double>(dropped) < kMinDroppedShare * static_cast<double>(s.size())) {
    return false;
  }
  result.append(s.substr(copied));
  *out = std::move(result);
  return true;
}

}  // namespace corpusd
