#include "parsers/html/json_ld.h"

#include <algorithm>
#include <cctype>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "parsers/ascii.h"

namespace corpusd {
namespace {

using Json = nlohmann::json;

// Upper bound on objects taken from one block; real pages have a few dozen.
constexpr std::size_t kMaxObjects = 2000;

bool StripPrefix(std::string_view& s, std::string_view prefix) {
  if (s.substr(0, prefix.size()) != prefix) return false;
  s.remove_prefix(prefix.size());
  s = TrimAsciiWhitespace(s);
  return true;
}

bool StripSuffix(std::string_view& s, std::string_view suffix) {
  if (s.size() < suffix.size() || s.substr(s.size() - suffix.size()) != suffix) return false;
  s.remove_suffix(suffix.size());
  s = TrimAsciiWhitespace(s);
  return true;
}

// The JSON text of a script block without the wrappers pages put around it,
// with raw control characters in strings made spaces and trailing commas
// before '}' or ']' dropped: the common ways JSON-LD in the wild is broken.
std::string CleanUp(std::string_view text) {
  std::string_view s = TrimAsciiWhitespace(text);
  for (bool again = true; again;) {
    again = StripPrefix(s, "<!--") || StripPrefix(s, "//<![CDATA[") ||
            StripPrefix(s, "/*<![CDATA[*/") || StripPrefix(s, "<![CDATA[") ||
            StripSuffix(s, "-->") || StripSuffix(s, "//]]>") || StripSuffix(s, "/*]]>*/") ||
            StripSuffix(s, "]]>") || StripSuffix(s, ";");
  }
  std::string out;
  out.reserve(s.size());
  bool in_string = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (in_string) {
      if (c == '\\' && i + 1 < s.size()) {
        out += c;
        out += s[++i];
        continue;
      }
      if (c == '"') in_string = false;
      out += static_cast<unsigned char>(c) < 0x20 ? ' ' : c;
      continue;
    }
    if (c == '"') {
      in_string = true;
    } else if (c == ',') {
      std::size_t j = i + 1;
      while (j < s.size() && std::isspace(static_cast<unsigned char>(s[j]))) ++j;
      if (j < s.size() && (s[j] == '}' || s[j] == ']')) continue;
    }
    out += c;
  }
  return out;
}

// A property's text: a string, a number, {"@value": ...} or {"name": ...},
// or the first such element of an array.
std::string TextOf(const Json& v, int level = 0) {
  if (v.is_string()) return std::string(TrimAsciiWhitespace(v.get_ref<const std::string&>()));
  if (v.is_number_integer()) return v.dump();
  if (level > 2) return {};
  if (v.is_object()) {
    for (const char* key : {"@value", "name"}) {
      auto it = v.find(key);
      if (it != v.end()) return TextOf(*it, level + 1);
    }
  }
  if (v.is_array()) {
    for (const Json& e : v) {
      std::string t = TextOf(e, level + 1);
      if (!t.empty()) return t;
    }
  }
  return {};
}

std::string Property(const Json& obj, std::initializer_list<const char*> keys) {
  for (const char* key : keys) {
    auto it = obj.find(key);
    if (it == obj.end()) continue;
    std::string t = TextOf(*it);
    if (!t.empty()) return t;
  }
  return {};
}

// Names of the people an author/creator value stands for.
void AddAuthors(const Json& v, std::vector<std::string>* out) {
  if (v.is_array()) {
    for (const Json& e : v) {
      if (!e.is_array()) AddAuthors(e, out);
    }
    return;
  }
  std::string name = TextOf(v);
  if (!name.empty()) out->push_back(std::move(name));
}

std::string TypeOf(const Json& obj) {
  auto it = obj.find("@type");
  if (it == obj.end()) return {};
  if (it->is_string()) return it->get<std::string>();
  std::string first;
  if (it->is_array()) {
    for (const Json& t : *it) {
      if (!t.is_string()) continue;
      const std::string& s = t.get_ref<const std::string&>();
      if (IsArticleType(s)) return s;
      if (first.empty()) first = s;
    }
  }
  return first;
}

JsonLdObject Describe(const Json& obj, std::string type, int depth) {
  JsonLdObject o;
  o.type = std::move(type);
  o.depth = depth;
  o.headline = Property(obj, {"headline", "alternativeHeadline"});
  o.name = Property(obj, {"name"});
  o.date_published = Property(obj, {"datePublished", "dateCreated", "uploadDate"});
  o.date_modified = Property(obj, {"dateModified"});
  for (const char* key : {"author", "creator"}) {
    auto it = obj.find(key);
    if (it != obj.end()) AddAuthors(*it, &o.authors);
    if (!o.authors.empty()) break;
  }
  auto pub = obj.find("publisher");
  if (pub != obj.end()) o.publisher_name = TextOf(*pub);
  o.description = Property(obj, {"description"});
  o.article_body = Property(obj, {"articleBody", "text"});
  o.in_language = Property(obj, {"inLanguage"});
  o.url = Property(obj, {"url", "@id"});
  return o;
}

}  // namespace

bool IsArticleType(std::string_view type) {
  if (type.size() > 7) {
    std::string_view tail = type.substr(type.size() - 7);
    if (tail == "Article" || tail == "article") return true;
  }
  if (type == "Article") return true;
  for (std::string_view t : {"BlogPosting", "LiveBlogPosting", "SocialMediaPosting", "Report",
                             "DiscussionForumPosting", "Blog", "PublicationIssue"}) {
    if (type == t) return true;
  }
  return false;
}

std::vector<JsonLdObject> ParseJsonLd(std::string_view text) {
  std::vector<JsonLdObject> out;
  Json root = Json::parse(CleanUp(text), nullptr, /*allow_exceptions=*/false);
  if (root.is_discarded()) return out;
  // Depth-first in document order, without recursion (the parser itself caps
  // nesting, but the walk does not need to rely on that).
  std::vector<std::pair<const Json*, int>> stack = {{&root, 0}};
  while (!stack.empty() && out.size() < kMaxObjects) {
    auto [v, depth] = stack.back();
    stack.pop_back();
    std::vector<std::pair<const Json*, int>> children;
    if (v->is_array()) {
      for (const Json& e : *v) children.push_back({&e, depth});
    } else if (v->is_object()) {
      int child_depth = depth + 1;
      std::string type = TypeOf(*v);
      if (!type.empty()) out.push_back(Describe(*v, std::move(type), depth));
      for (auto it = v->begin(); it != v->end(); ++it) {
        // @graph members are top-level objects of the same block.
        children.push_back({&it.value(), it.key() == "@graph" ? depth : child_depth});
      }
    }
    for (auto it = children.rbegin(); it != children.rend(); ++it) stack.push_back(*it);
  }
  return out;
}

}  // namespace corpusd
