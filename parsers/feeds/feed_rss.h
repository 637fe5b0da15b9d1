// RSS in its versions: 0.91/0.92/2.0 (<rss><channel><item>), 1.0 and 0.90
// (RDF: <rdf:RDF><channel/><item/>, items outside the channel), with the
// extensions feeds commonly carry (content:encoded, dc:creator, dc:date,
// atom:link). Called by ParseFeed; dates are normalized there. Pure.
#pragma once

#include <string_view>

#include "parsers/feeds/feed_parser.h"
#include "parsers/feeds/xml_document.h"

namespace corpusd {

// REQUIRES: the root element is <rss> or <rdf:RDF>. `url` is the feed's own
// (for relative links; may be empty: the channel's link is used instead).
Feed ParseRssFeed(const XmlDocument& doc, std::string_view url);

}  // namespace corpusd
