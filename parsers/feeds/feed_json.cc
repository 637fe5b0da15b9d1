#include "parsers/feeds/feed_json.h"

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "parsers/ascii.h"
#include "parsers/encodings/text_decoder.h"
#include "parsers/feeds/feed_text.h"
#include "parsers/html/html_blocks.h"
#include "parsers/web/url.h"

namespace corpusd {
namespace {

using Json = nlohmann::json;

// Deeper nesting is refused before parsing: no feed needs it, and it keeps
// the parse and the tree's destruction far from the stack's limits.
constexpr int kMaxDepth = 64;

std::string_view WithoutBom(std::string_view bytes) {
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  return bytes;
}

// The deepest nesting of arrays and objects, outside strings.
int NestingDepth(std::string_view json) {
  int depth = 0;
  int deepest = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < json.size(); ++i) {
    char c = json[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      if (++depth > deepest) deepest = depth;
    } else if (c == '}' || c == ']') {
      --depth;
    }
  }
  return deepest;
}

// A member's string value, trimmed; numbers (ids) written out; else empty.
std::string StringAt(const Json& object, const char* key) {
  auto it = object.find(key);
  if (it == object.end()) return {};
  if (it->is_string()) return std::string(TrimAsciiWhitespace(it->get_ref<const std::string&>()));
  if (it->is_number_integer() || it->is_number_unsigned()) return it->dump();
  return {};
}

// Names from 1.1's "authors" array or 1.0's "author" object.
std::string Authors(const Json& object) {
  std::string names;
  auto add = [&](const Json& author) {
    if (!author.is_object()) return;
    std::string name = CollapseWhitespace(StringAt(author, "name"));
    if (name.empty()) return;
    if (!names.empty()) names += ", ";
    names += name;
  };
  auto authors = object.find("authors");
  if (authors != object.end() && authors->is_array()) {
    for (const Json& a : *authors) add(a);
  }
  if (names.empty()) {
    auto author = object.find("author");
    if (author != object.end()) add(*author);
  }
  return names;
}

std::string Resolve(std::string_view base, const std::string& href) {
  if (href.empty()) return {};
  Result<std::string> resolved = ResolveUrl(base, href);
  return resolved.ok() ? std::move(resolved).value() : href;
}

FeedItem ParseItem(const Json& item, std::string_view base, const std::string& feed_authors) {
  FeedItem out;
  out.id = StringAt(item, "id");
  out.title = CollapseWhitespace(StringAt(item, "title"));
  std::string url = StringAt(item, "url");
  if (url.empty()) url = StringAt(item, "external_url");
  out.link = Resolve(base, url);
  out.author = Authors(item);
  if (out.author.empty()) out.author = feed_authors;
  out.published = StringAt(item, "date_published");
  out.updated = StringAt(item, "date_modified");
  out.content_html = StringAt(item, "content_html");
  out.content_text = StringAt(item, "content_text");
  out.summary = StringAt(item, "summary");
  return out;
}

}  // namespace

bool LooksLikeJson(std::string_view bytes) {
  std::string_view s = TrimAsciiWhitespace(WithoutBom(bytes));
  return s.starts_with('{');
}

Result<Feed> ParseJsonFeed(std::string_view bytes, std::string_view url) {
  std::string_view json = WithoutBom(bytes);
  std::string repaired;
  if (!IsValidUtf8(json)) {
    // JSON is UTF-8 (RFC 8259); broken sequences become U+FFFD rather than
    // failing the whole feed.
    Result<DecodedText> decoded = DecodeText(json, DecodeHints{"UTF-8", false});
    if (!decoded.ok()) return decoded.status().WithContext("not a feed");
    repaired = std::move(decoded->utf8);
    json = repaired;
  }
  if (NestingDepth(json) > kMaxDepth) {
    return Status::InvalidInput("not a feed: JSON nested more than " + std::to_string(kMaxDepth) +
                                " levels deep");
  }
  const Json root = Json::parse(json, nullptr, /*allow_exceptions=*/false);
  if (root.is_discarded()) return Status::InvalidInput("not a feed: malformed JSON");
  if (!root.is_object()) return Status::InvalidInput("not a feed: JSON that is not an object");
  const std::string version = StringAt(root, "version");
  std::string_view number;
  for (std::string_view prefix :
       {"https://jsonfeed.org/version/", "http://jsonfeed.org/version/"}) {
    if (version.starts_with(prefix)) number = std::string_view(version).substr(prefix.size());
  }
  if (number.empty()) {
    return Status::InvalidInput("not a feed: JSON without a JSON Feed version");
  }

  Feed feed;
  feed.format = number == "1" || number == "1.0" ? "jsonfeed1.0" : "jsonfeed1.1";
  feed.title = CollapseWhitespace(StringAt(root, "title"));
  // Links are relative to the feed's own URL; "feed_url" stands in for it.
  const std::string base = url.empty() ? StringAt(root, "feed_url") : std::string(url);
  feed.link = Resolve(base, StringAt(root, "home_page_url"));
  feed.language = StringAt(root, "language");
  const std::string feed_authors = Authors(root);
  auto items = root.find("items");
  if (items != root.end() && items->is_array()) {
    for (const Json& item : *items) {
      if (feed.items.size() >= kMaxFeedItems) break;
      if (item.is_object()) feed.items.push_back(ParseItem(item, base, feed_authors));
    }
  }
  return feed;
}

}  // namespace corpusd
