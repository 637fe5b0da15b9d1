// The HTML prescan follows
// https://html.spec.whatwg.org/#prescan-a-byte-stream-to-determine-its-encoding step by step; the
// step names in comments are the spec's.
#include "parsers/encodings/charset_prescan.h"

#include <cstddef>
#include <vector>

#include "parsers/ascii.h"
#include "parsers/encodings/charset_labels.h"

namespace corpusd {
namespace {

// The prescan looks at no more than this many bytes, as browsers do.
constexpr std::size_t kPrescanLimit = 1024;

bool StartsWithIgnoringCase(std::string_view s, std::size_t pos, std::string_view prefix) {
  if (s.size() - pos < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (AsciiLower(s[pos + i]) != prefix[i]) return false;
  }
  return true;
}

struct Attribute {
  std::string name;   // lower-cased
  std::string value;  // lower-cased, quotes removed
};

// What "get an attribute" found at a position.
enum class AttributeScan {
  kFound,     // an attribute; the position is just after it
  kTagEnd,    // a '>' ends the tag; no attribute
  kInputEnd,  // the bytes ran out inside the tag
};

// The spec's "get an attribute" algorithm, starting at *pos in `s`.
AttributeScan GetAttribute(std::string_view s, std::size_t* pos, Attribute* attr) {
  std::size_t p = *pos;
  attr->name.clear();
  attr->value.clear();
  auto at_end = [&] { return p >= s.size(); };

  // Skip whitespace and slashes before the name.
  while (!at_end() && (IsAsciiWhitespace(s[p]) || s[p] == '/')) ++p;
  if (at_end()) return AttributeScan::kInputEnd;
  if (s[p] == '>') {
    *pos = p;
    return AttributeScan::kTagEnd;
  }

  // Name: up to '=', whitespace, '/' or '>'. A leading '=' is part of the name.
  bool saw_equals = false;
  for (;; ++p) {
    if (at_end()) return AttributeScan::kInputEnd;
    const char c = s[p];
    if (c == '=' && !attr->name.empty()) {
      ++p;
      saw_equals = true;
      break;
    }
    if (IsAsciiWhitespace(c)) break;
    if (c == '/' || c == '>') {
      *pos = p;
      return AttributeScan::kFound;
    }
    attr->name.push_back(AsciiLower(c));
  }

  if (!saw_equals) {
    // Spaces: whitespace may sit between the name and '='.
    while (!at_end() && IsAsciiWhitespace(s[p])) ++p;
    if (at_end()) return AttributeScan::kInputEnd;
    if (s[p] != '=') {
      *pos = p;  // an attribute without a value; p is the next attribute or '>'
      return AttributeScan::kFound;
    }
    ++p;
  }

  // Value: after optional whitespace, quoted, or unquoted up to whitespace or '>'.
  while (!at_end() && IsAsciiWhitespace(s[p])) ++p;
  if (at_end()) return AttributeScan::kInputEnd;
  const char first = s[p];
  if (first == '"' || first == '\'') {
    for (++p;; ++p) {
      if (at_end()) return AttributeScan::kInputEnd;
      if (s[p] == first) {
        *pos = p + 1;
        return AttributeScan::kFound;
      }
      attr->value.push_back(AsciiLower(s[p]));
    }
  }
  if (first == '>') {
    *pos = p;
    return AttributeScan::kFound;
  }
  for (;; ++p) {
    if (at_end()) return AttributeScan::kInputEnd;
    if (IsAsciiWhitespace(s[p]) || s[p] == '>') {
      *pos = p;
      return AttributeScan::kFound;
    }
    attr->value.push_back(AsciiLower(s[p]));
  }
}

// The spec's "extract a character encoding from a meta element", applied to
// the value of a content attribute ("text/html; charset=koi8-r").
std::optional<std::string> CharsetFromMetaContent(std::string_view content) {
  std::size_t pos = 0;
  for (;;) {
    // Loop: find "charset" at or after pos.
    std::size_t found = std::string_view::npos;
    for (std::size_t i = pos; i < content.size(); ++i) {
      if (StartsWithIgnoringCase(content, i, "charset")) {
        found = i;
        break;
      }
    }
    if (found == std::string_view::npos) return std::nullopt;
    std::size_t p = found + 7;
    while (p < content.size() && IsAsciiWhitespace(content[p])) ++p;
    if (p >= content.size() || content[p] != '=') {
      pos = p;  // not "charset=": look for the next "charset"
      continue;
    }
    ++p;
    while (p < content.size() && IsAsciiWhitespace(content[p])) ++p;
    if (p >= content.size()) return std::nullopt;
    const char quote = content[p];
    if (quote == '"' || quote == '\'') {
      const std::size_t close = content.find(quote, p + 1);
      if (close == std::string_view::npos) return std::nullopt;
      return std::string(content.substr(p + 1, close - p - 1));
    }
    std::size_t end = p;
    while (end < content.size() && !IsAsciiWhitespace(content[end]) && content[end] != ';') ++end;
    return std::string(content.substr(p, end - p));
  }
}

// Handles one <meta ...> whose attributes start at *pos. Returns the label it
// declares, if it declares a usable one; leaves *pos at the end of the tag.
// Sets *input_ended when the bytes ran out inside the tag.
std::optional<std::string> ProcessMeta(std::string_view s, std::size_t* pos, bool* input_ended) {
  std::vector<std::string> seen_names;
  bool got_pragma = false;
  enum class NeedPragma { kUnset, kYes, kNo } need_pragma = NeedPragma::kUnset;
  std::optional<std::string> charset;  // a label EncodingForLabel() knows
  bool charset_failed = false;         // a charset attribute with an unknown label

  Attribute attr;
  for (;;) {
    const AttributeScan scan = GetAttribute(s, pos, &attr);
    if (scan == AttributeScan::kInputEnd) {
      *input_ended = true;
      return std::nullopt;
    }
    if (scan == AttributeScan::kTagEnd) break;
    bool repeated = false;
    for (const std::string& name : seen_names) repeated = repeated || name == attr.name;
    if (repeated) continue;
    seen_names.push_back(attr.name);

    if (attr.name == "http-equiv") {
      if (attr.value == "content-type") got_pragma = true;
    } else if (attr.name == "content") {
      if (!charset && !charset_failed) {
        std::optional<std::string> label = CharsetFromMetaContent(attr.value);
        if (label && EncodingForLabel(*label)) {
          charset = std::move(label);
          need_pragma = NeedPragma::kYes;
        }
      }
    } else if (attr.name == "charset") {
      if (EncodingForLabel(attr.value)) {
        charset = std::string(TrimAsciiWhitespace(attr.value));
      } else {
        charset.reset();
        charset_failed = true;
      }
      need_pragma = NeedPragma::kNo;
    }
  }

  // Processing.
  if (need_pragma == NeedPragma::kUnset) return std::nullopt;
  if (need_pragma == NeedPragma::kYes && !got_pragma) return std::nullopt;
  return charset;
}

// Moves *pos onto the first '>' at or after `from`, or to the end.
void SkipToTagEnd(std::string_view s, std::size_t from, std::size_t* pos) {
  const std::size_t gt = s.find('>', from);
  *pos = gt == std::string_view::npos ? s.size() : gt;
}

}  // namespace

std::optional<std::string> PrescanHtmlCharset(std::string_view bytes) {
  const std::string_view s = bytes.substr(0, kPrescanLimit);
  for (std::size_t pos = 0; pos < s.size(); ++pos) {
    if (s[pos] != '<') continue;
    if (s.compare(pos, 4, "<!--") == 0) {
      // A comment ends at the first "-->" whose '>' is past "<!"; "<!-->" is
      // a whole (empty) comment.
      const std::size_t close = s.find("-->", pos + 2);
      if (close == std::string_view::npos) return std::nullopt;
      pos = close + 2;
    } else if (StartsWithIgnoringCase(s, pos, "<meta") && pos + 5 < s.size() &&
               (IsAsciiWhitespace(s[pos + 5]) || s[pos + 5] == '/')) {
      pos += 6;
      bool input_ended = false;
      std::optional<std::string> label = ProcessMeta(s, &pos, &input_ended);
      if (label) return label;
      if (input_ended) return std::nullopt;
    } else if (pos + 1 < s.size() &&
               (IsAsciiAlpha(s[pos + 1]) ||
                (s[pos + 1] == '/' && pos + 2 < s.size() && IsAsciiAlpha(s[pos + 2])))) {
      // Some other tag: skip its name, then its attributes, so that a
      // "<meta" inside an attribute value is not taken for a tag.
      std::size_t p = pos + 1;
      while (p < s.size() && !IsAsciiWhitespace(s[p]) && s[p] != '>') ++p;
      Attribute attr;
      AttributeScan scan = AttributeScan::kFound;
      while (scan == AttributeScan::kFound) scan = GetAttribute(s, &p, &attr);
      if (scan == AttributeScan::kInputEnd) return std::nullopt;
      pos = p;
    } else if (pos + 1 < s.size() &&
               (s[pos + 1] == '!' || s[pos + 1] == '/' || s[pos + 1] == '?')) {
      SkipToTagEnd(s, pos + 1, &pos);
    }
  }
  return std::nullopt;
}

std::optional<std::string> XmlDeclaredCharset(std::string_view bytes) {
  // <?xml version="1.0" encoding="ISO-8859-1" standalone="yes"?>
  if (bytes.substr(0, 5) != "<?xml" || bytes.size() < 6 || !IsAsciiWhitespace(bytes[5])) {
    return std::nullopt;
  }
  const std::size_t end = bytes.substr(0, kPrescanLimit).find("?>");
  if (end == std::string_view::npos) return std::nullopt;
  const std::string_view decl = bytes.substr(0, end);
  for (std::size_t pos = decl.find("encoding"); pos != std::string_view::npos;
       pos = decl.find("encoding", pos + 1)) {
    if (!IsAsciiWhitespace(decl[pos - 1])) continue;  // e.g. "xencoding"
    std::size_t p = pos + 8;
    while (p < decl.size() && IsAsciiWhitespace(decl[p])) ++p;
    if (p >= decl.size() || decl[p] != '=') continue;
    ++p;
    while (p < decl.size() && IsAsciiWhitespace(decl[p])) ++p;
    if (p >= decl.size() || (decl[p] != '"' && decl[p] != '\'')) return std::nullopt;
    const std::size_t close = decl.find(decl[p], p + 1);
    if (close == std::string_view::npos) return std::nullopt;
    const std::string_view label = decl.substr(p + 1, close - p - 1);
    if (label.empty()) return std::nullopt;
    return std::string(label);
  }
  return std::nullopt;
}

std::optional<std::string> ContentTypeCharset(std::string_view content_type) {
  // type/subtype *( ";" name "=" ( token | quoted-string ) ); the first
  // charset parameter wins, as in the Fetch standard's MIME type parser.
  std::size_t pos = content_type.find(';');
  while (pos != std::string_view::npos && pos < content_type.size()) {
    ++pos;  // past ';'
    while (pos < content_type.size() && IsAsciiWhitespace(content_type[pos])) ++pos;
    std::size_t name_end = pos;
    while (name_end < content_type.size() && content_type[name_end] != '=' &&
           content_type[name_end] != ';') {
      ++name_end;
    }
    const std::string_view name = TrimAsciiWhitespace(content_type.substr(pos, name_end - pos));
    if (name_end >= content_type.size()) return std::nullopt;
    if (content_type[name_end] == ';') {  // a parameter without a value
      pos = name_end;
      continue;
    }
    std::size_t p = name_end + 1;
    std::string value;
    if (p < content_type.size() && content_type[p] == '"') {
      // A quoted-string: backslash escapes the next character.
      for (++p; p < content_type.size() && content_type[p] != '"'; ++p) {
        if (content_type[p] == '\\' && p + 1 < content_type.size()) ++p;
        value.push_back(content_type[p]);
      }
      pos = content_type.find(';', p);
    } else {
      const std::size_t semi = content_type.find(';', p);
      value = std::string(TrimAsciiWhitespace(content_type.substr(
          p, semi == std::string_view::npos ? std::string_view::npos : semi - p)));
      pos = semi;
    }
    if (name.size() == 7 && StartsWithIgnoringCase(name, 0, "charset")) {
      if (value.empty()) return std::nullopt;
      return value;
    }
  }
  return std::nullopt;
}

}  // namespace corpusd
