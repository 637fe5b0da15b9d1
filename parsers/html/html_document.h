// The one wrapper around Gumbo. Owns the UTF-8 input and the parse tree for
// as long as both are needed; only html_document.cc includes gumbo.h.
// Callers walk the tree through HtmlNode, never through Gumbo's types.
#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace corpusd {

class HtmlDocument;

// A read-only view of one node of an HtmlDocument; valid while the document
// lives. Cheap to copy.
class HtmlNode {
 public:
  enum class Type { kDocument, kElement, kText, kWhitespace, kCdata, kComment, kTemplate };

  Type type() const;
  bool is_element() const { return type() == Type::kElement || type() == Type::kTemplate; }
  // Lower-case tag name of an element ("p", "svg", or the original name of an
  // unknown tag); empty for non-elements.
  std::string_view tag() const;
  // The value of an attribute (name in lower case), or empty.
  std::string_view attribute(std::string_view name) const;
  bool has_attribute(std::string_view name) const;
  // True when the element's end tag is in the source; false when the parser
  // implied it (at the end of the document, or by another tag).
  bool has_end_tag() const;
  // The text of a text, whitespace or CDATA node; empty otherwise.
  std::string_view text() const;

  std::size_t child_count() const;
  HtmlNode child(std::size_t i) const;

 private:
  friend class HtmlDocument;
  explicit HtmlNode(const void* node) : node_(node) {}
  const void* node_;  // a GumboNode*
};

class HtmlDocument {
 public:
  // Parses UTF-8 HTML (decode first). Gumbo never fails on malformed HTML; a
  // document always results.
  explicit HtmlDocument(std::string utf8_html);
  ~HtmlDocument();
  HtmlDocument(const HtmlDocument&) = delete;
  HtmlDocument& operator=(const HtmlDocument&) = delete;

  HtmlNode root() const;  // the document node

 private:
  class Arena;
  std::string html_;              // Gumbo's tree points into this buffer
  std::unique_ptr<Arena> arena_;  // every byte Gumbo allocated, freed at once
  void* output_;                  // GumboOutput*
};

// Gumbo as shipped, nothing of corpusd's in between: parses `utf8_html` with
// Gumbo's own allocator and frees the tree with gumbo_destroy_output. The
// yardstick html_bench measures HtmlDocument and the whole path against;
// returns the number of the root's children, for the benchmark to keep.
std::size_t ParseWithGumboAsShipped(std::string_view utf8_html);

}  // namespace corpusd
