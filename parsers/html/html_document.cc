#include "parsers/html/html_document.h"

#include <gumbo.h>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "parsers/ascii.h"
#include "parsers/html/html_nesting_limit.h"

namespace corpusd {
namespace {

const GumboNode* AsNode(const void* p) { return static_cast<const GumboNode*>(p); }

const GumboVector* Children(const GumboNode* n) {
  if (n == nullptr) return nullptr;
  if (n->type == GUMBO_NODE_DOCUMENT) return &n->v.document.children;
  bool element = n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE;
  return element ? &n->v.element.children : nullptr;
}

const GumboAttribute* FindAttribute(const GumboNode* n, std::string_view name) {
  const GumboVector& attrs = n->v.element.attributes;
  for (unsigned i = 0; i < attrs.length; ++i) {
    const auto* a = static_cast<const GumboAttribute*>(attrs.data[i]);
    if (a->name != nullptr && name == a->name) return a;
  }
  return nullptr;
}

// Lower-cases, in the document's own buffer, the original names of elements
// Gumbo does not know, so that tag() can hand out a view of them. Iterative.
void LowerCaseUnknownTagNames(const GumboNode* root) {
  std::vector<const GumboNode*> todo = {root};
  while (!todo.empty()) {
    const GumboNode* n = todo.back();
    todo.pop_back();
    const GumboVector* kids = Children(n);
    if (kids == nullptr) continue;
    if (n->type != GUMBO_NODE_DOCUMENT && n->v.element.tag == GUMBO_TAG_UNKNOWN) {
      GumboStringPiece name = n->v.element.original_tag;
      gumbo_tag_from_original_text(&name);
      // The piece points into HtmlDocument::html_, which we own and may edit.
      char* p = const_cast<char*>(name.data);
      for (std::size_t i = 0; p != nullptr && i < name.length; ++i) p[i] = AsciiLower(p[i]);
    }
    for (unsigned i = 0; i < kids->length; ++i) {
      todo.push_back(static_cast<const GumboNode*>(kids->data[i]));
    }
  }
}

}  // namespace

HtmlNode::Type HtmlNode::type() const {
  // Indexed by GumboNodeType.
  static constexpr Type kTypes[] = {Type::kDocument, Type::kElement, Type::kText,
                                    Type::kCdata,    Type::kComment, Type::kWhitespace,
                                    Type::kTemplate};
  const GumboNode* n = AsNode(node_);
  // An invalid node (see child()) behaves as an empty comment.
  if (n == nullptr || n->type > GUMBO_NODE_TEMPLATE) return Type::kComment;
  return kTypes[n->type];
}

std::string_view HtmlNode::tag() const {
  if (!is_element()) return {};
  const GumboElement& e = AsNode(node_)->v.element;
  if (e.tag != GUMBO_TAG_UNKNOWN) return gumbo_normalized_tagname(e.tag);
  GumboStringPiece name = e.original_tag;
  gumbo_tag_from_original_text(&name);
  if (name.data == nullptr) return {};
  return std::string_view(name.data, name.length);  // lower-cased by HtmlDocument
}

std::string_view HtmlNode::attribute(std::string_view name) const {
  const GumboAttribute* a = is_element() ? FindAttribute(AsNode(node_), name) : nullptr;
  return a != nullptr && a->value != nullptr ? a->value : std::string_view();
}

bool HtmlNode::has_attribute(std::string_view name) const {
  return is_element() && FindAttribute(AsNode(node_), name) != nullptr;
}

bool HtmlNode::has_end_tag() const {
  return is_element() && AsNode(node_)->v.element.original_end_tag.length > 0;
}

std::string_view HtmlNode::text() const {
  Type t = type();
  if (t != Type::kText && t != Type::kWhitespace && t != Type::kCdata) return {};
  const char* s = AsNode(node_)->v.text.text;
  return s != nullptr ? std::string_view(s) : std::string_view();
}

std::size_t HtmlNode::child_count() const {
  const GumboVector* kids = Children(AsNode(node_));
  return kids != nullptr ? kids->length : 0;
}

HtmlNode HtmlNode::child(std::size_t i) const {
  const GumboVector* kids = Children(AsNode(node_));
  if (kids == nullptr || i >= kids->length) return HtmlNode(nullptr);
  return HtmlNode(kids->data[i]);
}

// Where Gumbo allocates: blocks handed out in order and let go all together
// with the document. Gumbo makes a great many small allocations and frees
// most of them only with the tree; with malloc that was about a tenth of a
// page's import (malloc, free and their bookkeeping under perf). A freed
// piece is not reused: what Gumbo frees while parsing (grown buffers) stays
// until the document goes, a bounded share of its size.
class HtmlDocument::Arena {
 public:
  static void* Allocate(void* self, std::size_t size) {
    return static_cast<Arena*>(self)->Take(size);
  }
  static void Free(void*, void*) {}

 private:
  static constexpr std::size_t kBlock = 64 * 1024;
  static constexpr std::size_t kAlign = alignof(std::max_align_t);

  void* Take(std::size_t size) {
    size = (size + kAlign - 1) / kAlign * kAlign;
    if (size > kBlock / 4) {                      // a large piece gets a block of its own
      blocks_.emplace_back(new std::byte[size]);  // not zeroed: Gumbo writes before it reads
      return blocks_.back().get();
    }
    if (used_ + size > kBlock || current_ == nullptr) {
      blocks_.emplace_back(new std::byte[kBlock]);
      current_ = blocks_.back().get();
      used_ = 0;
    }
    void* p = current_ + used_;
    used_ += size;
    return p;
  }

  std::vector<std::unique_ptr<std::byte[]>> blocks_;
  std::byte* current_ = nullptr;
  std::size_t used_ = 0;
};

HtmlDocument::HtmlDocument(std::string utf8_html)
    : html_(std::move(utf8_html)), arena_(std::make_unique<Arena>()), output_(nullptr) {
  // Gumbo takes 32-bit offsets; corpusd caps bodies far below this anyway.
  constexpr std::size_t kGumboMaxInput = std::numeric_limits<std::uint32_t>::max() - 1;
  if (html_.size() > kGumboMaxInput) html_.resize(kGumboMaxInput);
  std::string limited;
  if (LimitHtmlNesting(html_, kMaxHtmlDepth, &limited)) html_ = std::move(limited);
  // Gumbo records every parse error with a copy of its stack of open
  // elements: O(errors x depth) memory on malformed input (10,000 unclosed
  // <div>: 786 MB and 1.1 s; with no error records 4 MB and 0.15 s; 100,000:
  // killed for lack of memory). Nobody reads the errors, so none are kept.
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;
  options.allocator = &Arena::Allocate;
  options.deallocator = &Arena::Free;
  options.userdata = arena_.get();
  GumboOutput* output = gumbo_parse_with_options(&options, html_.data(), html_.size());
  output_ = output;
  if (output != nullptr) LowerCaseUnknownTagNames(output->document);
}

// The tree is in the arena: it goes with it, without a walk.
HtmlDocument::~HtmlDocument() = default;

std::size_t ParseWithGumboAsShipped(std::string_view utf8_html) {
  GumboOutput* output =
      gumbo_parse_with_options(&kGumboDefaultOptions, utf8_html.data(), utf8_html.size());
  if (output == nullptr) return 0;
  const std::size_t children = output->root->v.element.children.length;
  gumbo_destroy_output(&kGumboDefaultOptions, output);
  return children;
}

HtmlNode HtmlDocument::root() const {
  auto* output = static_cast<const GumboOutput*>(output_);
  return HtmlNode(output != nullptr ? output->document : nullptr);
}

}  // namespace corpusd
