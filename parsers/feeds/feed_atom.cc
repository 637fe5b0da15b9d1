#include "parsers/feeds/feed_atom.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "parsers/ascii.h"
#include "parsers/encodings/text_decoder.h"
#include "parsers/feeds/feed_media_text.h"
#include "parsers/feeds/feed_namespaces.h"
#include "parsers/feeds/feed_text.h"
#include "parsers/feeds/xml_base.h"
#include "parsers/html/html_blocks.h"

namespace corpusd {
namespace {

std::string Trimmed(std::string_view s) { return std::string(TrimAsciiWhitespace(s)); }

// The parts of one feed or entry the Atom namespace is read with.
struct Reader {
  std::string_view ns;
  bool atom03;
  std::string_view url;

  bool Is(XmlNode n, std::string_view name) const {
    return n.is_element() && n.name() == name && n.namespace_uri() == ns &&
           (!ns.empty() || n.prefix().empty());
  }
};

// What a text construct (title, summary, content) holds.
struct AtomText {
  enum class Kind { kNone, kText, kHtml };
  Kind kind = Kind::kNone;
  std::string value;    // text, or HTML
  std::string skipped;  // why an element that is there gives no text
};

// An xhtml construct's markup: the inside of its <div> wrapper.
std::string XhtmlOf(XmlNode element) {
  for (XmlNode c : element.children()) {
    if (c.is_element() && c.name() == "div") return Trimmed(c.InnerMarkup());
  }
  return Trimmed(element.InnerMarkup());
}

// The bytes of base64 text (white space skipped); nullopt when it is not base64.
std::optional<std::string> DecodeBase64(std::string_view text) {
  std::string out;
  std::uint32_t bits = 0;
  int count = 0;
  bool padding = false;
  for (char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    int v;
    if (c >= 'A' && c <= 'Z')
      v = c - 'A';
    else if (c >= 'a' && c <= 'z')
      v = c - 'a' + 26;
    else if (c >= '0' && c <= '9')
      v = c - '0' + 52;
    else if (c == '+')
      v = 62;
    else if (c == '/')
      v = 63;
    else if (c == '=') {
      padding = true;
      continue;
    } else if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
      continue;
    else
      return std::nullopt;
    if (padding) return std::nullopt;  // data after the padding
    bits = (bits << 6) | static_cast<std::uint32_t>(v);
    if (++count == 4) {
      out.push_back(static_cast<char>(bits >> 16));
      out.push_back(static_cast<char>((bits >> 8) & 0xFF));
      out.push_back(static_cast<char>(bits & 0xFF));
      bits = 0;
      count = 0;
    }
  }
  if (count == 1) return std::nullopt;
  if (count == 2) out.push_back(static_cast<char>(bits >> 4));
  if (count == 3) {
    out.push_back(static_cast<char>(bits >> 10));
    out.push_back(static_cast<char>((bits >> 2) & 0xFF));
  }
  return out;
}

AtomText ReadText(XmlNode element, const Reader& r) {
  AtomText out;
  if (!element) return out;
  std::string type = AsciiLowerCopy(TrimAsciiWhitespace(element.attribute("type")));
  if (element.has_attribute("src")) {
    out.skipped = "out of line (src=\"" + Trimmed(element.attribute("src")) + "\")";
    return out;
  }
  if (r.atom03) {
    // Atom 0.3: a MIME type, and a mode saying how it is written.
    std::string mode = AsciiLowerCopy(TrimAsciiWhitespace(element.attribute("mode")));
    bool html = type == "text/html" || type == "application/xhtml+xml";
    if (mode == "base64") {
      // Text written in base64 (0.3's mode="base64"): decoded, if it is text.
      const bool text = html || type.empty() || type.starts_with("text/");
      std::optional<std::string> bytes = DecodeBase64(element.TextContent());
      if (!text) out.skipped = "of type " + type + ", not text";
      if (text && !bytes) out.skipped = "not valid base64";
      if (text && bytes && !IsValidUtf8(*bytes)) out.skipped = "base64 of bytes that are not UTF-8";
      if (!out.skipped.empty()) return out;
      out = {html ? AtomText::Kind::kHtml : AtomText::Kind::kText, Trimmed(*bytes)};
      return out;
    }
    bool markup = false;
    for (XmlNode c : element.children()) markup = markup || c.is_element();
    out = {html ? AtomText::Kind::kHtml : AtomText::Kind::kText,
           markup && html ? XhtmlOf(element) : element.TextContent()};
  } else if (type.empty() || type == "text" || type == "text/plain") {
    out = {AtomText::Kind::kText, element.TextContent()};
  } else if (type == "html" || type == "text/html") {
    out = {AtomText::Kind::kHtml, element.TextContent()};
  } else if (type == "xhtml" || type == "application/xhtml+xml") {
    out = {AtomText::Kind::kHtml, XhtmlOf(element)};
  } else if (type.starts_with("text/")) {
    out = {AtomText::Kind::kText, element.TextContent()};
  } else {
    // Other media types (XML vocabularies, base64 data): not text.
    out.skipped = "of type " + type + ", not text";
    return out;
  }
  out.value = Trimmed(out.value);
  return out;
}

std::string PlainTitle(XmlNode element, const Reader& r) {
  AtomText t = ReadText(element, r);
  return FeedPlainText(t.value, t.kind == AtomText::Kind::kHtml);
}

bool IsAlternate(std::string_view rel) {
  return rel.empty() || rel == "alternate" ||
         rel == "http://www.iana.org/assignments/relation/alternate";
}

// Links that never name the entry's own page.
bool IsNeverThePage(std::string_view rel) {
  for (std::string_view r : {"self", "edit", "edit-media", "enclosure", "replies", "license", "hub",
                             "next", "previous", "first", "last"}) {
    if (rel == r) return true;
  }
  return false;
}

// The rel="alternate" link (rel defaults to it), else any link that could be
// the page; resolved against its xml:base.
std::string PageLink(XmlNode parent, const Reader& r) {
  XmlNode fallback;
  for (XmlNode c : parent.children()) {
    if (!r.Is(c, "link") || Trimmed(c.attribute("href")).empty()) continue;
    std::string rel = Trimmed(c.attribute("rel"));
    if (IsAlternate(rel)) return ResolveLinkAt(c, c.attribute("href"), r.url);
    if (!fallback && !IsNeverThePage(rel)) fallback = c;
  }
  return fallback ? ResolveLinkAt(fallback, fallback.attribute("href"), r.url) : std::string();
}

// The <author> names, ", "-separated.
std::string Authors(XmlNode parent, const Reader& r) {
  std::string names;
  for (XmlNode c : parent.children()) {
    if (!r.Is(c, "author")) continue;
    for (XmlNode part : c.children()) {
      if (!r.Is(part, "name")) continue;
      std::string name = CollapseWhitespace(part.TextContent());
      if (name.empty()) continue;
      if (!names.empty()) names += ", ";
      names += name;
    }
  }
  return names;
}

void ReadContent(XmlNode content, const Reader& r, FeedItem& out) {
  AtomText body = ReadText(content, r);
  if (body.kind == AtomText::Kind::kHtml) out.content_html = std::move(body.value);
  if (body.kind == AtomText::Kind::kText) out.content_text = std::move(body.value);
  if (!body.skipped.empty()) out.content_skipped = "content " + body.skipped;
}

FeedItem ParseEntry(XmlNode entry, const Reader& r, const std::string& feed_authors) {
  FeedItem out;
  XmlNode content, summary, source;
  std::string published_03;
  for (XmlNode c : entry.children()) {
    if (r.Is(c, "id")) {
      if (out.id.empty()) out.id = Trimmed(c.TextContent());
    } else if (r.Is(c, "title")) {
      if (out.title.empty()) out.title = PlainTitle(c, r);
    } else if (r.Is(c, "content")) {
      if (!content) content = c;
    } else if (r.Is(c, "summary")) {
      if (!summary) summary = c;
    } else if (r.Is(c, "source")) {
      source = c;
    } else if (r.Is(c, r.atom03 ? "issued" : "published")) {
      if (out.published.empty()) out.published = Trimmed(c.TextContent());
    } else if (r.atom03 && r.Is(c, "created")) {
      if (published_03.empty()) published_03 = Trimmed(c.TextContent());
    } else if (r.Is(c, r.atom03 ? "modified" : "updated")) {
      if (out.updated.empty()) out.updated = Trimmed(c.TextContent());
    }
  }
  if (out.published.empty()) out.published = published_03;
  out.link = PageLink(entry, r);
  out.author = Authors(entry, r);
  if (out.author.empty() && source) out.author = Authors(source, r);
  if (out.author.empty()) out.author = feed_authors;

  ReadContent(content, r, out);
  out.summary = ReadText(summary, r).value;
  if (out.summary.empty()) out.summary = MediaSummary(entry);  // YouTube's feeds
  return out;
}

}  // namespace

void ReadAtomContent(XmlNode content, FeedItem& item) {
  ReadContent(content, Reader{feed_ns::kAtom, false, {}}, item);
}

std::string AtomAuthors(XmlNode parent) {
  return Authors(parent, Reader{feed_ns::kAtom, false, {}});
}

Feed ParseAtomFeed(const XmlDocument& doc, std::string_view atom_namespace, std::string_view url) {
  const Reader r{atom_namespace, feed_ns::IsPreAtom10(atom_namespace), url};
  XmlNode root = doc.root();
  Feed feed;
  feed.format = r.atom03 ? "atom0.3" : "atom1.0";
  for (XmlNode c : root.children()) {
    if (r.Is(c, "title")) {
      feed.title = PlainTitle(c, r);
      break;
    }
  }
  feed.link = PageLink(root, r);
  feed.language = Trimmed(root.attribute("lang", kXmlNamespace));
  const std::string feed_authors = Authors(root, r);
  for (XmlNode c : root.children()) {
    if (feed.items.size() >= kMaxFeedItems) break;
    // A cut-off last entry is dropped.
    if (r.Is(c, "entry") && c.has_end_tag()) feed.items.push_back(ParseEntry(c, r, feed_authors));
  }
  return feed;
}

}  // namespace corpusd
