// Atom 1.0 (RFC 4287), and the older Atom 0.3 some sites still serve: entries,
// the alternate link (xml:base applied), text constructs of type text, html
// and xhtml, authors (an entry without its own takes the feed's), published
// and updated. Called by ParseFeed; dates are normalized there. Pure.
#pragma once

#include <string_view>

#include "parsers/feeds/feed_parser.h"
#include "parsers/feeds/xml_document.h"

namespace corpusd {

// REQUIRES: the root element is <feed>. `atom_namespace` is the one its
// elements are in (feed_ns::kAtom, kAtom03, or empty for a feed that
// declares none); `url` is the feed's own (for relative links; may be empty).
Feed ParseAtomFeed(const XmlDocument& doc, std::string_view atom_namespace, std::string_view url);

// An Atom 1.0 <content> into `item`'s content_html, content_text or
// content_skipped, as an entry's is read: for the atom:content some RSS 2.0
// feeds carry in their items.
void ReadAtomContent(XmlNode content, FeedItem& item);

// The names of an Atom 1.0 element's <author>s, ", "-separated: for the
// atom:author of RSS 2.0 items.
std::string AtomAuthors(XmlNode parent);

}  // namespace corpusd
