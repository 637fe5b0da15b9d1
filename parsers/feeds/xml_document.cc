#include "parsers/feeds/xml_document.h"

#include <libxml/HTMLparser.h>
#include <libxml/SAX2.h>
#include <libxml/entities.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include <cstring>
#include <deque>
#include <functional>
#include <mutex>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "parsers/ascii.h"
#include "parsers/encodings/xml_text_decoder.h"
#include "parsers/feeds/xml_ampersands.h"
#include "parsers/feeds/xml_escape.h"
#include "parsers/utf8.h"

namespace corpusd {
namespace {

const xmlNode* AsNode(const void* p) { return static_cast<const xmlNode*>(p); }

std::string_view View(const xmlChar* s) {
  return s != nullptr ? std::string_view(reinterpret_cast<const char*>(s)) : std::string_view();
}

// Marks, in xmlNode::_private (reserved for applications; libxml2 never
// touches it), the elements whose end tag the parser read.
char closed_marker;

// HTML 4's named entities, for documents that use them undeclared. In text
// they are libxml2 "predefined" entities: their text is inserted where they
// are referenced, like &amp;'s. In attribute values libxml2 would copy only
// the first byte of a predefined entity's text, so there they are internal
// entities that libxml2 keeps as references ("&eacute;"), which
// AttributeValue() then reads by name. Both kinds are marked as already
// checked, so libxml2 never writes to them: one table serves every thread.
class HtmlEntities {
 public:
  HtmlEntities() {
    // libxml2 can look HTML 4's entities up by name or by code point only;
    // walking the code points they use (up to U+2666) lists them all.
    for (unsigned cp = 1; cp <= 0x2666; ++cp) {
      const htmlEntityDesc* desc = htmlEntityValueLookup(cp);
      if (desc == nullptr || desc->name == nullptr) continue;
      std::string_view name = desc->name;
      if (by_name_.contains(name)) continue;
      std::string& text = texts_.emplace_back();
      utf8::Append(text, static_cast<char32_t>(cp));
      by_name_.emplace(name, Entry{Make(desc->name, text, XML_INTERNAL_PREDEFINED_ENTITY),
                                   Make(desc->name, text, XML_INTERNAL_GENERAL_ENTITY), &text});
    }
  }

  // The entity to hand libxml2 for a reference in text or in an attribute.
  xmlEntity* Find(std::string_view name, bool in_attribute) const {
    auto it = by_name_.find(name);
    if (it == by_name_.end()) return nullptr;
    return in_attribute ? it->second.in_attribute : it->second.in_text;
  }

  // The text of the entity `name`, or nullptr.
  const std::string* Text(std::string_view name) const {
    auto it = by_name_.find(name);
    return it != by_name_.end() ? it->second.text : nullptr;
  }

 private:
  struct Entry {
    xmlEntity* in_text;
    xmlEntity* in_attribute;
    const std::string* text;
  };

  xmlEntity* Make(const char* name, std::string& text, xmlEntityType type) {
    xmlEntity& e = entities_.emplace_back();
    std::memset(&e, 0, sizeof e);
    e.type = XML_ENTITY_DECL;
    e.name = reinterpret_cast<const xmlChar*>(name);
    e.orig = reinterpret_cast<xmlChar*>(text.data());
    e.content = reinterpret_cast<xmlChar*>(text.data());
    e.length = static_cast<int>(text.size());
    e.etype = type;
    e.checked = 2;  // checked, no '<' in it (libxml2 keeps that in bit 0)
    return &e;
  }

  std::deque<std::string> texts_;  // deques: elements never move
  std::deque<xmlEntity> entities_;
  std::unordered_map<std::string_view, Entry> by_name_;
};

const HtmlEntities* html_entities = nullptr;

void InitializeOnce() {
  static std::once_flag once;
  std::call_once(once, [] {
    xmlInitParser();
    html_entities = new HtmlEntities();  // lives as long as the process
  });
}

// What the SAX hooks gather during one parse; in xmlParserCtxt::_private.
struct ParseState {
  std::string first_error;
  bool restore_well_formed = false;  // after a structural error (see below)
  bool other_error = false;          // then never again
};

ParseState* StateOf(void* ctx) {
  return static_cast<ParseState*>(static_cast<xmlParserCtxt*>(ctx)->_private);
}

// Errors after which recovery goes on as if the document were well-formed.
// libxml2 drops every entity reference, &amp; included, once a document is
// known to be malformed, so one stray "</p>" early in a feed would otherwise
// turn every later "Tom &amp; Jerry" into "Tom  Jerry". libxml2 lowers
// ctxt->wellFormed right after reporting an error, so the flag is raised
// again at the next SAX event (an element or text). Any other error (an
// entity loop, an external entity in an attribute, ...) keeps it down for
// good: that is part of libxml2's defence against entity expansion attacks.
bool IsStructuralError(int code) {
  switch (code) {
    case XML_ERR_INVALID_CHAR:
    case XML_ERR_INVALID_CHARREF:
    case XML_ERR_ENTITYREF_SEMICOL_MISSING:
    case XML_ERR_UNDECLARED_ENTITY:
    case XML_WAR_UNDECLARED_ENTITY:
    case XML_ERR_LT_IN_ATTRIBUTE:
    case XML_ERR_ATTRIBUTE_NOT_STARTED:
    case XML_ERR_ATTRIBUTE_NOT_FINISHED:
    case XML_ERR_ATTRIBUTE_WITHOUT_VALUE:
    case XML_ERR_ATTRIBUTE_REDEFINED:
    case XML_ERR_MISPLACED_CDATA_END:
    case XML_ERR_SPACE_REQUIRED:
    case XML_ERR_NAME_REQUIRED:
    case XML_ERR_GT_REQUIRED:
    case XML_ERR_LTSLASH_REQUIRED:
    case XML_ERR_EQUAL_REQUIRED:
    case XML_ERR_TAG_NAME_MISMATCH:
    case XML_ERR_HYPHEN_IN_COMMENT:
    case XML_ERR_INVALID_ENCODING:
      return true;
    default:
      return false;
  }
}

void OnError(void* ctx, xmlErrorPtr error) {
  if (ctx == nullptr || error == nullptr) return;
  ParseState* state = StateOf(ctx);
  if (state != nullptr && state->first_error.empty() && error->message != nullptr) {
    state->first_error = TrimAsciiWhitespace(error->message);
  }
  if (state == nullptr || error->domain != XML_FROM_PARSER) return;
  if (IsStructuralError(error->code)) {
    state->restore_well_formed = !state->other_error;
  } else {
    state->other_error = true;
    state->restore_well_formed = false;
  }
}

void RestoreWellFormed(void* ctx) {
  ParseState* state = StateOf(ctx);
  if (state != nullptr && state->restore_well_formed) {
    static_cast<xmlParserCtxt*>(ctx)->wellFormed = 1;
    state->restore_well_formed = false;
  }
}

void OnStartElement(void* ctx, const xmlChar* local_name, const xmlChar* prefix, const xmlChar* uri,
                    int nb_namespaces, const xmlChar** namespaces, int nb_attributes,
                    int nb_defaulted, const xmlChar** attributes) {
  RestoreWellFormed(ctx);
  xmlSAX2StartElementNs(ctx, local_name, prefix, uri, nb_namespaces, namespaces, nb_attributes,
                        nb_defaulted, attributes);
}

void OnCharacters(void* ctx, const xmlChar* text, int length) {
  RestoreWellFormed(ctx);
  xmlSAX2Characters(ctx, text, length);
}

void OnCdata(void* ctx, const xmlChar* text, int length) {
  RestoreWellFormed(ctx);
  xmlSAX2CDataBlock(ctx, text, length);
}

void OnEndElement(void* ctx, const xmlChar* local_name, const xmlChar* prefix, const xmlChar* uri) {
  RestoreWellFormed(ctx);
  xmlNode* closing = static_cast<xmlParserCtxt*>(ctx)->node;
  xmlSAX2EndElementNs(ctx, local_name, prefix, uri);
  if (closing != nullptr) closing->_private = &closed_marker;
}

// Entities the document declares first; then HTML 4's names.
xmlEntity* OnGetEntity(void* ctx, const xmlChar* name) {
  if (xmlEntity* declared = xmlSAX2GetEntity(ctx, name)) return declared;
  bool in_attribute = static_cast<xmlParserCtxt*>(ctx)->instate == XML_PARSER_ATTRIBUTE_VALUE;
  return html_entities->Find(View(name), in_attribute);
}

// An attribute's value from its child nodes (never xmlGetProp, which expands
// entity references without limit): text, and HTML 4's entities by name.
// References to entities the document declares are left out.
std::string AttributeValue(const xmlAttr* attr) {
  std::string value;
  for (const xmlNode* n = attr->children; n != nullptr; n = n->next) {
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
      value += View(n->content);
    } else if (n->type == XML_ENTITY_REF_NODE && n->children == nullptr) {
      if (const std::string* text = html_entities->Text(View(n->name))) value += *text;
    }
  }
  return value;
}

// The names the document's internal subset declares ("<!ENTITY me ...>"),
// read once: a reference is looked up here, never by searching the text again.
std::set<std::string, std::less<>> DeclaredEntityNames(std::string_view text) {
  std::set<std::string, std::less<>> names;
  for (std::size_t at = text.find("<!ENTITY"); at != std::string_view::npos;
       at = text.find("<!ENTITY", at + 1)) {
    std::size_t i = at + 8;
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' ||
                               text[i] == '\r' || text[i] == '%')) {
      ++i;
    }
    std::size_t end = i;
    while (end < text.size() && text[end] != ' ' && text[end] != '\t' && text[end] != '\n' &&
           text[end] != '\r' && text[end] != '>') {
      ++end;
    }
    if (end > i) names.emplace(text.substr(i, end - i));
  }
  return names;
}

// "dc:creator" written without xmlns:dc keeps its prefix in its name.
std::pair<std::string_view, std::string_view> SplitUndeclared(std::string_view qname) {
  std::size_t colon = qname.find(':');
  if (colon == std::string_view::npos) return {{}, qname};
  return {qname.substr(0, colon), qname.substr(colon + 1)};
}

bool IsVoidHtmlElement(std::string_view name) {
  static constexpr std::string_view kVoid[] = {"area",   "base",  "br",    "col",  "embed",
                                               "hr",     "img",   "input", "link", "meta",
                                               "source", "track", "wbr"};
  for (std::string_view v : kVoid) {
    if (v == name) return true;
  }
  return false;
}

}  // namespace

// --- XmlNode ------------------------------------------------------------------

XmlNode::Type XmlNode::type() const {
  const xmlNode* n = AsNode(node_);
  if (n == nullptr) return Type::kOther;
  switch (n->type) {
    case XML_ELEMENT_NODE:
      return Type::kElement;
    case XML_TEXT_NODE:
      return Type::kText;
    case XML_CDATA_SECTION_NODE:
      return Type::kCdata;
    case XML_COMMENT_NODE:
      return Type::kComment;
    case XML_PI_NODE:
      return Type::kProcessingInstruction;
    default:
      return Type::kOther;
  }
}

std::string_view XmlNode::name() const {
  if (!is_element()) return {};
  const xmlNode* n = AsNode(node_);
  if (n->ns != nullptr) return View(n->name);
  return SplitUndeclared(View(n->name)).second;
}

std::string_view XmlNode::prefix() const {
  if (!is_element()) return {};
  const xmlNode* n = AsNode(node_);
  if (n->ns != nullptr) return View(n->ns->prefix);
  return SplitUndeclared(View(n->name)).first;
}

std::string_view XmlNode::namespace_uri() const {
  if (!is_element()) return {};
  const xmlNode* n = AsNode(node_);
  return n->ns != nullptr ? View(n->ns->href) : std::string_view();
}

std::string XmlNode::attribute(std::string_view name, std::string_view namespace_uri) const {
  if (!is_element()) return {};
  for (const xmlAttr* a = AsNode(node_)->properties; a != nullptr; a = a->next) {
    std::string_view ns = a->ns != nullptr ? View(a->ns->href) : std::string_view();
    if (View(a->name) == name && ns == namespace_uri) return AttributeValue(a);
  }
  return {};
}

bool XmlNode::has_attribute(std::string_view name, std::string_view namespace_uri) const {
  if (!is_element()) return false;
  for (const xmlAttr* a = AsNode(node_)->properties; a != nullptr; a = a->next) {
    std::string_view ns = a->ns != nullptr ? View(a->ns->href) : std::string_view();
    if (View(a->name) == name && ns == namespace_uri) return true;
  }
  return false;
}

std::vector<XmlAttribute> XmlNode::attributes() const {
  std::vector<XmlAttribute> out;
  if (!is_element()) return out;
  for (const xmlAttr* a = AsNode(node_)->properties; a != nullptr; a = a->next) {
    std::string_view ns = a->ns != nullptr ? View(a->ns->href) : std::string_view();
    out.push_back({View(a->name), ns, AttributeValue(a)});
  }
  return out;
}

std::string_view XmlNode::text() const {
  Type t = type();
  if (t != Type::kText && t != Type::kCdata) return {};
  return View(AsNode(node_)->content);
}

std::string XmlNode::TextContent() const {
  std::string out;
  if (Type t = type(); t == Type::kText || t == Type::kCdata) return std::string(text());
  if (!is_element()) return out;
  // Depth-first over the subtree, without recursion. Entity reference nodes
  // are not entered: their children are the entity's, shared and unbounded.
  const xmlNode* root = AsNode(node_);
  const xmlNode* n = root->children;
  while (n != nullptr) {
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) out += View(n->content);
    if (n->type == XML_ELEMENT_NODE && n->children != nullptr) {
      n = n->children;
      continue;
    }
    while (n != nullptr && n->next == nullptr) {
      n = n->parent;
      if (n == root) n = nullptr;
    }
    if (n != nullptr) n = n->next;
  }
  return out;
}

std::string XmlNode::InnerMarkup() const {
  std::string out;
  if (!is_element()) return out;
  const xmlNode* root = AsNode(node_);
  const xmlNode* n = root->children;
  while (n != nullptr) {
    bool entered = false;
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
      AppendXmlEscaped(out, View(n->content), /*attribute=*/false);
    } else if (n->type == XML_ELEMENT_NODE) {
      std::string_view name = XmlNode(n).name();
      out += '<';
      out += name;
      for (const xmlAttr* a = n->properties; a != nullptr; a = a->next) {
        out += ' ';
        if (a->ns != nullptr && a->ns->prefix != nullptr) {
          out += View(a->ns->prefix);
          out += ':';
        }
        out += View(a->name);
        out += "=\"";
        AppendXmlEscaped(out, AttributeValue(a), /*attribute=*/true);
        out += '"';
      }
      out += '>';
      if (n->children != nullptr) {
        n = n->children;
        entered = true;
      } else if (!IsVoidHtmlElement(name)) {
        out += "</";
        out += name;
        out += '>';
      }
    }
    if (entered) continue;
    // Close the elements this was the last child of.
    while (n != nullptr && n->next == nullptr) {
      n = n->parent;
      if (n == root) {
        n = nullptr;
        break;
      }
      out += "</";
      out += XmlNode(n).name();
      out += '>';
    }
    if (n != nullptr) n = n->next;
  }
  return out;
}

bool XmlNode::has_end_tag() const {
  return is_element() && AsNode(node_)->_private == &closed_marker;
}

XmlNode XmlNode::parent() const {
  const xmlNode* n = AsNode(node_);
  if (n == nullptr || n->parent == nullptr || n->parent->type != XML_ELEMENT_NODE) return {};
  return XmlNode(n->parent);
}

XmlNode XmlNode::first_child() const {
  // Only elements' children: an entity reference's are the entity's.
  return is_element() ? XmlNode(AsNode(node_)->children) : XmlNode();
}

XmlNode XmlNode::next_sibling() const {
  const xmlNode* n = AsNode(node_);
  return n != nullptr ? XmlNode(n->next) : XmlNode();
}

XmlChildren XmlNode::children() const { return XmlChildren(first_child()); }

XmlNode XmlNode::FirstChild(std::string_view name, std::string_view namespace_uri) const {
  for (XmlNode child : children()) {
    if (child.is_element() && child.name() == name && child.namespace_uri() == namespace_uri) {
      return child;
    }
  }
  return {};
}

// --- XmlDocument --------------------------------------------------------------

Result<XmlDocument> XmlDocument::Parse(std::string_view bytes, std::string_view url,
                                       std::string_view charset) {
  if (bytes.size() > kMaxInputBytes) {
    return Status::TooLarge("XML document of " + std::to_string(bytes.size()) +
                            " bytes is over the limit of " + std::to_string(kMaxInputBytes));
  }
  InitializeOnce();
  Result<DecodedText> decoded = DecodeXmlBytes(bytes, charset);
  if (!decoded.ok()) return decoded.status().WithContext("not XML");
  std::string escaped;
  // An entity is known when XML predefines it, HTML 4 names it, or the
  // document declares it in its internal subset.
  const std::string_view text = decoded->utf8;
  const std::set<std::string, std::less<>> declared = DeclaredEntityNames(text);
  auto known = [&](std::string_view name) {
    if (name == "amp" || name == "lt" || name == "gt" || name == "quot" || name == "apos") {
      return true;
    }
    return html_entities->Text(name) != nullptr || declared.contains(name);
  };
  const AmpersandFix fix = EscapeBareAmpersands(text, &escaped, known);
  const std::string& utf8 = fix.changed ? escaped : decoded->utf8;

  xmlParserCtxt* ctxt = xmlNewParserCtxt();
  if (ctxt == nullptr) return Status::Internal("libxml2: cannot create a parser context");
  ParseState state;
  ctxt->_private = &state;
  ctxt->sax->serror = OnError;
  ctxt->sax->startElementNs = OnStartElement;
  ctxt->sax->endElementNs = OnEndElement;
  ctxt->sax->characters = OnCharacters;
  ctxt->sax->ignorableWhitespace = OnCharacters;  // kept equal, as libxml2 expects
  ctxt->sax->cdataBlock = OnCdata;
  ctxt->sax->getEntity = OnGetEntity;

  // Recover from errors, never touch the network, say nothing on stderr.
  // Deliberately absent: XML_PARSE_NOENT (substitute entities),
  // XML_PARSE_DTDLOAD / DTDATTR / DTDVALID (load external DTDs) and
  // XML_PARSE_HUGE (lift the depth and size limits). The bytes are UTF-8 by
  // now, so the document's own encoding declaration is ignored.
  const int options = XML_PARSE_RECOVER | XML_PARSE_NONET | XML_PARSE_NOWARNING |
                      XML_PARSE_NOERROR | XML_PARSE_COMPACT | XML_PARSE_IGNORE_ENC;
  const std::string url_copy(url);
  xmlDoc* doc = xmlCtxtReadMemory(ctxt, utf8.data(), static_cast<int>(utf8.size()),
                                  url_copy.empty() ? nullptr : url_copy.c_str(), "UTF-8", options);
  if (!fix.problem.empty() && state.first_error.empty()) state.first_error = fix.problem;
  const bool well_formed = ctxt->wellFormed != 0 && state.first_error.empty();
  xmlFreeParserCtxt(ctxt);

  if (doc == nullptr || xmlDocGetRootElement(doc) == nullptr) {
    if (doc != nullptr) xmlFreeDoc(doc);
    return Status::InvalidInput("not XML: " + (state.first_error.empty()
                                                   ? std::string("no root element")
                                                   : state.first_error));
  }
  XmlDocument result;
  result.doc_ = doc;
  result.well_formed_ = well_formed;
  result.first_error_ = std::move(state.first_error);
  result.encoding_ = std::move(decoded->encoding);
  return result;
}

XmlDocument::~XmlDocument() {
  if (doc_ != nullptr) xmlFreeDoc(static_cast<xmlDoc*>(doc_));
}

XmlDocument::XmlDocument(XmlDocument&& other) noexcept
    : doc_(std::exchange(other.doc_, nullptr)),
      well_formed_(other.well_formed_),
      first_error_(std::move(other.first_error_)),
      encoding_(std::move(other.encoding_)) {}

XmlDocument& XmlDocument::operator=(XmlDocument&& other) noexcept {
  if (this != &other) {
    if (doc_ != nullptr) xmlFreeDoc(static_cast<xmlDoc*>(doc_));
    doc_ = std::exchange(other.doc_, nullptr);
    well_formed_ = other.well_formed_;
    first_error_ = std::move(other.first_error_);
    encoding_ = std::move(other.encoding_);
  }
  return *this;
}

XmlNode XmlDocument::root() const {
  return doc_ != nullptr ? XmlNode(xmlDocGetRootElement(static_cast<xmlDoc*>(doc_))) : XmlNode();
}

}  // namespace corpusd
