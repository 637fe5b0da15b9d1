#include "parsers/feeds/opml.h"

#include <algorithm>

#include "parsers/ascii.h"
#include "parsers/feeds/xml_document.h"
#include "parsers/feeds/xml_escape.h"
#include "parsers/html/html_blocks.h"

namespace corpusd {
namespace {

std::string Collapsed(std::string_view s) { return CollapseWhitespace(s); }

// A group's name as one part of a category path.
std::string GroupName(XmlNode outline) {
  std::string name = Collapsed(outline.attribute("title"));
  if (name.empty()) name = Collapsed(outline.attribute("text"));
  std::replace(name.begin(), name.end(), '/', '-');
  return name;
}

// The first path of an OPML 2.0 category attribute: "/News/Tech,/x" -> "News/Tech".
std::string CategoryAttribute(std::string_view value) {
  value = value.substr(0, value.find(','));
  value = TrimAsciiWhitespace(value);
  while (value.starts_with('/')) value.remove_prefix(1);
  while (value.ends_with('/')) value.remove_suffix(1);
  return std::string(value);
}

bool IsOutline(XmlNode n) { return n.is_element() && n.name() == "outline"; }

void Walk(XmlNode parent, const std::string& category, int depth, OpmlList& out) {
  constexpr int kMaxDepth = 32;  // deeper nesting is read as the 32nd level
  for (XmlNode c : parent.children()) {
    if (!IsOutline(c)) continue;
    std::string xml_url(TrimAsciiWhitespace(c.attribute("xmlUrl")));
    if (xml_url.empty()) xml_url = TrimAsciiWhitespace(c.attribute("xmlurl"));
    bool has_children = false;
    for (XmlNode g : c.children()) has_children = has_children || IsOutline(g);
    if (!xml_url.empty()) {
      OpmlFeed feed;
      feed.title = Collapsed(c.attribute("title"));
      if (feed.title.empty()) feed.title = Collapsed(c.attribute("text"));
      feed.xml_url = std::move(xml_url);
      feed.html_url = TrimAsciiWhitespace(c.attribute("htmlUrl"));
      feed.category = !category.empty() ? category : CategoryAttribute(c.attribute("category"));
      out.feeds.push_back(std::move(feed));
      continue;
    }
    if (has_children) {
      const std::string name = GroupName(c);
      std::string inner = category;
      if (!name.empty()) inner += (inner.empty() ? "" : "/") + name;
      Walk(c, depth < kMaxDepth ? inner : category, depth + 1, out);
      continue;
    }
    // A leaf with a feed's type but no address.
    const std::string type = AsciiLowerCopy(TrimAsciiWhitespace(c.attribute("type")));
    if (type == "rss" || type == "atom" || type == "feed") out.without_url.push_back(GroupName(c));
  }
}

std::string Escaped(std::string_view s) {
  std::string out;
  AppendXmlEscaped(out, s, /*attribute=*/true);
  return out;
}

void WriteFeed(const OpmlFeed& feed, const std::string& indent, std::string& out) {
  const std::string& title = feed.title.empty() ? feed.xml_url : feed.title;
  out += indent + "<outline type=\"rss\" text=\"" + Escaped(title) + "\" title=\"" +
         Escaped(title) + "\" xmlUrl=\"" + Escaped(feed.xml_url) + "\"";
  if (!feed.html_url.empty()) out += " htmlUrl=\"" + Escaped(feed.html_url) + "\"";
  out += "/>\n";
}

// A tree of groups, children in order of first appearance.
// (Names and groups side by side: a pair holding the type being defined
// does not compile with clang and libstdc++.)
struct Group {
  std::vector<const OpmlFeed*> feeds;
  std::vector<std::string> names;
  std::vector<Group> groups;  // groups[i] is named names[i]
  Group& Child(const std::string& name) {
    for (std::size_t i = 0; i < names.size(); ++i) {
      if (names[i] == name) return groups[i];
    }
    names.push_back(name);
    groups.emplace_back();
    return groups.back();
  }
};

void WriteGroup(const Group& group, const std::string& indent, std::string& out) {
  for (const OpmlFeed* feed : group.feeds) WriteFeed(*feed, indent, out);
  for (std::size_t i = 0; i < group.groups.size(); ++i) {
    const std::string& name = group.names[i];
    out += indent + "<outline text=\"" + Escaped(name) + "\" title=\"" + Escaped(name) + "\">\n";
    WriteGroup(group.groups[i], indent + "  ", out);
    out += indent + "</outline>\n";
  }
}

}  // namespace

Result<OpmlList> ParseOpml(std::string_view bytes) {
  Result<XmlDocument> doc = XmlDocument::Parse(bytes);
  if (!doc.ok()) return Status::InvalidInput("not OPML: " + doc.status().message());
  XmlNode root = doc->root();
  if (root.name() != "opml") {
    return Status::InvalidInput("not OPML: the root element is <" + std::string(root.name()) + ">");
  }
  OpmlList out;
  XmlNode head = root.FirstChild("head");
  if (head) out.title = Collapsed(head.FirstChild("title").TextContent());
  XmlNode body = root.FirstChild("body");
  if (body) Walk(body, "", 0, out);
  return out;
}

std::string WriteOpml(const OpmlList& list) {
  Group top;
  for (const OpmlFeed& feed : list.feeds) {
    Group* group = &top;
    std::string_view rest = feed.category;
    while (!rest.empty()) {
      const std::size_t slash = rest.find('/');
      const std::string part(TrimAsciiWhitespace(rest.substr(0, slash)));
      if (!part.empty()) group = &group->Child(part);
      rest = slash == std::string_view::npos ? std::string_view() : rest.substr(slash + 1);
    }
    group->feeds.push_back(&feed);
  }
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n  <head>\n    <title>" +
      Escaped(list.title) + "</title>\n  </head>\n  <body>\n";
  WriteGroup(top, "    ", out);
  out += "  </body>\n</opml>\n";
  return out;
}

}  // namespace corpusd
