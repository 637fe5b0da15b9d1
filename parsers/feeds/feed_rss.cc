#include "parsers/feeds/feed_rss.h"

#include <array>
#include <string>
#include <string_view>

#include "parsers/ascii.h"
#include "parsers/feeds/feed_atom.h"
#include "parsers/feeds/feed_media_text.h"
#include "parsers/feeds/feed_namespaces.h"
#include "parsers/feeds/feed_text.h"
#include "parsers/feeds/xml_base.h"
#include "parsers/web/url.h"

namespace corpusd {
namespace {

using feed_ns::IsElement;
using feed_ns::IsRss;

std::string Trimmed(std::string_view s) { return std::string(TrimAsciiWhitespace(s)); }

// A description or content:encoded: escaped or CDATA HTML as its text; raw
// tags written straight into the element as markup.
std::string HtmlOf(XmlNode element) {
  for (XmlNode child : element.children()) {
    if (child.is_element()) return Trimmed(element.InnerMarkup());
  }
  return Trimmed(element.TextContent());
}

// <author> is "email (Name)" in RSS 2.0; feeds also write "Name (email)",
// "Name <email>" or the name alone. The name when there is one; else as written.
std::string AuthorName(std::string_view author) {
  std::string_view s = TrimAsciiWhitespace(author);
  auto has_at = [](std::string_view t) { return t.find('@') != std::string_view::npos; };
  for (const auto& [open_char, close_char] : {std::pair{'(', ')'}, std::pair{'<', '>'}}) {
    const std::size_t open = s.rfind(open_char);
    if (open == std::string_view::npos || !s.ends_with(close_char)) continue;
    const std::string_view inside = TrimAsciiWhitespace(s.substr(open + 1, s.size() - open - 2));
    const std::string_view outside = TrimAsciiWhitespace(s.substr(0, open));
    if (has_at(outside) && !inside.empty() && !has_at(inside)) return std::string(inside);
    if (has_at(inside) && !outside.empty() && !has_at(outside)) return std::string(outside);
  }
  return std::string(s);
}

// A name as a reader shows it: the entities and tags some feeds write into
// names ("Jos&eacute;", "<a href=...>Jane</a>") read as HTML, then the name
// of "email (Name)" and its other forms.
std::string PlainName(std::string_view written) {
  return AuthorName(FeedPlainText(written, /*is_html=*/true));
}

// An atom:link's href when it is the alternate (page) link.
std::string AtomAlternate(XmlNode link) {
  std::string rel = Trimmed(link.attribute("rel"));
  if (!rel.empty() && rel != "alternate") return {};
  return Trimmed(link.attribute("href"));
}

void AppendName(std::string& names, std::string_view name) {
  name = TrimAsciiWhitespace(name);
  if (name.empty()) return;
  if (!names.empty()) names += ", ";
  names += name;
}

FeedItem ParseItem(XmlNode item, std::string_view base_url) {
  FeedItem out;
  std::string title, link, atom_link, guid, rss_author, creators, itunes_author, pub_date, dc_date;
  bool guid_is_permalink = true;
  XmlNode link_element, atom_link_element, guid_element, atom_content;
  std::string atom_author;
  for (XmlNode c : item.children()) {
    if (!c.is_element()) continue;
    if (IsRss(c, "title")) {
      if (title.empty()) title = c.TextContent();
    } else if (IsRss(c, "link")) {
      if (link.empty()) {
        link = Trimmed(c.TextContent());
        link_element = c;
      }
    } else if (IsRss(c, "guid")) {
      guid = Trimmed(c.TextContent());
      guid_element = c;
      guid_is_permalink = !EqualsIgnoreAsciiCase(Trimmed(c.attribute("isPermaLink")), "false");
    } else if (IsRss(c, "description")) {
      if (out.summary.empty()) out.summary = HtmlOf(c);
    } else if (IsRss(c, "pubDate")) {
      pub_date = Trimmed(c.TextContent());
    } else if (IsRss(c, "author")) {
      rss_author = PlainName(c.TextContent());
    } else if (IsElement(c, feed_ns::kDc, "dc", "creator")) {
      AppendName(creators, PlainName(c.TextContent()));
    } else if (IsElement(c, feed_ns::kItunes, "itunes", "author")) {
      if (itunes_author.empty()) itunes_author = PlainName(c.TextContent());
    } else if (IsElement(c, feed_ns::kDc, "dc", "date") ||
               IsElement(c, feed_ns::kDcTerms, "dcterms", "issued") ||
               IsElement(c, feed_ns::kDcTerms, "dcterms", "created") ||
               IsElement(c, feed_ns::kAtom, "atom", "published")) {
      // The publication as other vocabularies state it, the first one written.
      if (dc_date.empty()) dc_date = Trimmed(c.TextContent());
    } else if (IsElement(c, feed_ns::kContent, "content", "encoded")) {
      if (out.content_html.empty()) out.content_html = HtmlOf(c);
    } else if (IsElement(c, feed_ns::kAtom, "atom", "content")) {
      atom_content = c;
    } else if (IsElement(c, feed_ns::kAtom, "atom", "author")) {
      if (atom_author.empty()) atom_author = AtomAuthors(item);
    } else if (IsElement(c, feed_ns::kAtom, "atom", "link")) {
      if (atom_link.empty()) {
        atom_link = AtomAlternate(c);
        atom_link_element = c;
      }
    } else if (IsElement(c, feed_ns::kAtom, "atom", "updated") ||
               IsElement(c, feed_ns::kDcTerms, "dcterms", "modified")) {
      if (out.updated.empty()) out.updated = Trimmed(c.TextContent());
    }
  }

  // RSS 1.0 names an item by its rdf:about.
  out.id = guid;
  if (out.id.empty()) out.id = Trimmed(item.attribute("about", feed_ns::kRdf));
  if (out.id.empty()) out.id = Trimmed(item.attribute("rdf:about"));

  out.title = FeedPlainText(title, /*is_html=*/true);
  if (!link.empty()) {
    out.link = ResolveLinkAt(link_element, link, base_url);
  } else if (!atom_link.empty()) {
    out.link = ResolveLinkAt(atom_link_element, atom_link, base_url);
  } else if (!guid.empty() && guid_is_permalink) {
    // A permalink guid is the item's URL (RSS 2.0), when it looks like one.
    std::string resolved = ResolveLinkAt(guid_element, guid, base_url);
    if (IsHttpUrl(resolved)) out.link = std::move(resolved);
  }
  out.author = !creators.empty()      ? creators
               : !rss_author.empty()  ? rss_author
               : !atom_author.empty() ? atom_author
                                      : itunes_author;
  // Atom's content in an RSS item, when content:encoded gives none.
  if (atom_content && out.content_html.empty()) ReadAtomContent(atom_content, out);
  if (out.summary.empty()) out.summary = MediaSummary(item);
  out.published = !pub_date.empty() ? pub_date : dc_date;
  return out;
}

}  // namespace

Feed ParseRssFeed(const XmlDocument& doc, std::string_view url) {
  Feed feed;
  XmlNode root = doc.root();
  XmlNode channel;
  const bool rss11 = root.name() == "Channel";  // RSS 1.1: the root is the channel
  if (rss11) channel = root;
  for (XmlNode c : root.children()) {
    if (!rss11 && IsRss(c, "channel")) {
      channel = c;
      break;
    }
  }

  if (rss11) {
    feed.format = "rss1.1";
  } else if (root.name() == "RDF") {
    feed.format = channel && channel.namespace_uri() == feed_ns::kRss090 ? "rss0.9x" : "rss1.0";
  } else {
    std::string version = Trimmed(root.attribute("version"));
    feed.format = version.starts_with("0.9") ? "rss0.9x" : "rss2.0";
  }

  std::string alternate;
  XmlNode alternate_element;
  for (XmlNode c : channel.children()) {
    if (IsRss(c, "title")) {
      if (feed.title.empty()) feed.title = FeedPlainText(c.TextContent(), /*is_html=*/true);
    } else if (IsRss(c, "link")) {
      if (feed.link.empty()) feed.link = ResolveLinkAt(c, c.TextContent(), url);
    } else if (IsRss(c, "language") || IsElement(c, feed_ns::kDc, "dc", "language")) {
      if (feed.language.empty()) feed.language = Trimmed(c.TextContent());
    } else if (IsElement(c, feed_ns::kAtom, "atom", "link") && alternate.empty()) {
      alternate = AtomAlternate(c);
      alternate_element = c;
    }
  }
  if (feed.link.empty() && !alternate.empty()) {
    feed.link = ResolveLinkAt(alternate_element, alternate, url);
  }
  if (feed.language.empty()) feed.language = Trimmed(root.attribute("lang", kXmlNamespace));
  if (feed.language.empty()) feed.language = Trimmed(channel.attribute("lang", kXmlNamespace));

  // Without the feed's own URL, relative links are read against the site's.
  const std::string base_url = url.empty() && IsHttpUrl(feed.link) ? feed.link : std::string(url);

  // Items belong in the channel (RSS 0.9x, 2.0), beside it (RSS 1.0, and
  // RSS 2.0 feeds written as if it were) or in its <items> (RSS 1.1); a
  // cut-off last item is dropped.
  XmlNode items;
  if (rss11) {
    for (XmlNode c : channel.children()) {
      if (IsRss(c, "items")) items = c;
    }
  }
  const std::array<XmlNode, 2> parents =
      rss11 ? std::array<XmlNode, 2>{items, XmlNode()} : std::array<XmlNode, 2>{channel, root};
  for (XmlNode parent : parents) {
    for (XmlNode c : parent.children()) {
      if (feed.items.size() >= kMaxFeedItems) return feed;
      if (IsRss(c, "item") && c.has_end_tag()) feed.items.push_back(ParseItem(c, base_url));
    }
  }
  return feed;
}

}  // namespace corpusd
