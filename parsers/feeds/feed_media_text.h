// The words podcast and video feeds put where a summary would be: iTunes'
// itunes:summary (else itunes:subtitle) and Media RSS's media:description,
// in the item itself or in its media:group or media:content. Pure.
#pragma once

#include <string>

#include "parsers/feeds/xml_document.h"

namespace corpusd {

// The best of those in an RSS item or Atom entry, trimmed; empty when it has
// none. itunes:summary comes first (the show notes), then media:description,
// then itunes:subtitle (a line). Text or HTML as written.
std::string MediaSummary(XmlNode item);

}  // namespace corpusd
