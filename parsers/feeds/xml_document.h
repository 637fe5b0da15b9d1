// The one wrapper around libxml2; only xml_document.cc includes its headers.
// Parses feeds, sitemaps and other XML leniently (libxml2's recover mode) and
// safely: no network, no DTD loading, no entity expansion, so neither an
// external entity (XXE) nor nested entities ("billion laughs") are ever
// expanded. HTML 4's named entities (&nbsp; &mdash; ...), which sloppy feeds
// use without declaring them, read as their characters, and a bare "&"
// ("?a=1&b=2") stays an "&" (xml_ampersands.h). Callers walk the tree
// through XmlNode, never through libxml2's types.
//
// Bytes are decoded to UTF-8 before libxml2 sees them (text_decoder.h): a
// byte-order mark wins, then valid UTF-8 (even under a wrong
// encoding="iso-8859-1"), then the XML declaration; undeclared or
// declared-UTF-8 bytes that are plainly not UTF-8 are detected statistically.
//
// Thread-safe: each parse has its own context; documents are immutable and
// may be read from any thread, but one document's nodes are not synchronized
// beyond that (read-only use only).
#pragma once

#include <cstddef>
#include <iterator>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace corpusd {

// The namespace of xml:base and xml:lang.
inline constexpr std::string_view kXmlNamespace = "http://www.w3.org/XML/1998/namespace";

struct XmlAttribute {
  std::string_view name;           // local name
  std::string_view namespace_uri;  // empty when none
  std::string value;               // character and entity references resolved
};

class XmlChildren;

// A read-only view of one node of an XmlDocument; valid while the document
// lives. Cheap to copy. A default-constructed (null) node is false and
// answers empty for everything.
class XmlNode {
 public:
  enum class Type { kElement, kText, kCdata, kComment, kProcessingInstruction, kOther };

  XmlNode() = default;
  explicit operator bool() const { return node_ != nullptr; }
  bool operator==(const XmlNode& other) const { return node_ == other.node_; }

  Type type() const;
  bool is_element() const { return type() == Type::kElement; }
  // An element's local name ("item" for <rss:item>); empty for other nodes.
  std::string_view name() const;
  // The prefix as written ("dc" for <dc:creator>), declared or not.
  std::string_view prefix() const;
  // The namespace URI; empty when none, and when the prefix was never
  // declared (sloppy feeds write <content:encoded> without xmlns:content:
  // look at prefix() for those).
  std::string_view namespace_uri() const;

  // The value of the attribute with this local name and namespace URI (empty
  // for no namespace), or empty. An attribute written with an undeclared
  // prefix ("rdf:about") is found by its full name and no namespace.
  std::string attribute(std::string_view name, std::string_view namespace_uri = {}) const;
  bool has_attribute(std::string_view name, std::string_view namespace_uri = {}) const;
  std::vector<XmlAttribute> attributes() const;

  // The text of a text or CDATA node; empty otherwise.
  std::string_view text() const;
  // All text and CDATA below this node in document order, unchanged.
  // References to entities the document declares itself are left out.
  std::string TextContent() const;
  // The children written out as markup, for (X)HTML carried inside XML (an
  // Atom <content type="xhtml"> div, raw tags in an RSS description):
  // elements by local name, text escaped, comments dropped.
  std::string InnerMarkup() const;
  // True when the element's end tag was read (or it was empty, <a/>); false
  // when the input ended inside it (a truncated download).
  bool has_end_tag() const;

  XmlNode parent() const;  // null for the root element
  XmlNode first_child() const;
  XmlNode next_sibling() const;
  XmlChildren children() const;
  // The first child element with this local name and namespace URI.
  XmlNode FirstChild(std::string_view name, std::string_view namespace_uri = {}) const;

 private:
  friend class XmlDocument;
  explicit XmlNode(const void* node) : node_(node) {}
  const void* node_ = nullptr;  // an xmlNode*
};

// The children of a node, for range-for loops.
class XmlChildren {
 public:
  class iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = XmlNode;
    using difference_type = std::ptrdiff_t;
    using pointer = const XmlNode*;
    using reference = const XmlNode&;
    iterator() = default;
    explicit iterator(XmlNode node) : node_(node) {}
    const XmlNode& operator*() const { return node_; }
    const XmlNode* operator->() const { return &node_; }
    iterator& operator++() {
      node_ = node_.next_sibling();
      return *this;
    }
    iterator operator++(int) {
      iterator old = *this;
      ++*this;
      return old;
    }
    bool operator==(const iterator& other) const { return node_ == other.node_; }

   private:
    XmlNode node_;
  };
  explicit XmlChildren(XmlNode first) : first_(first) {}
  iterator begin() const { return iterator(first_); }
  iterator end() const { return iterator(); }

 private:
  XmlNode first_;
};

class XmlDocument {
 public:
  // Larger inputs are refused (kTooLarge) rather than parsed.
  static constexpr std::size_t kMaxInputBytes = std::size_t{64} << 20;

  // Parses XML bytes in any encoding. `url` is where they came from (for
  // messages; may be empty). Malformed XML is recovered as far as libxml2
  // can; input with no root element at all ("hello", JSON, nothing) gives
  // kInvalidInput "not XML: <libxml2's first error>".
  // `charset`: the transport's charset for the bytes (HTTP Content-Type), which
  // outranks the XML declaration (RFC 7303); "" when none was sent.
  static Result<XmlDocument> Parse(std::string_view bytes, std::string_view url = {},
                                   std::string_view charset = {});

  ~XmlDocument();
  XmlDocument(XmlDocument&& other) noexcept;
  XmlDocument& operator=(XmlDocument&& other) noexcept;
  XmlDocument(const XmlDocument&) = delete;
  XmlDocument& operator=(const XmlDocument&) = delete;

  XmlNode root() const;  // the root element; never null
  // False when libxml2 had to recover from errors (the tree may miss parts).
  bool well_formed() const { return well_formed_; }
  // The first error libxml2 reported ("Opening and ending tag mismatch: ..."),
  // empty when none.
  const std::string& first_error() const { return first_error_; }
  // The encoding the bytes were decoded from (WHATWG name, "UTF-8", ...).
  const std::string& encoding() const { return encoding_; }

 private:
  XmlDocument() = default;
  void* doc_ = nullptr;  // xmlDoc*, owned
  bool well_formed_ = false;
  std::string first_error_;
  std::string encoding_;
};

}  // namespace corpusd
