// Text written into XML or HTML markup, escaped: for the markup XmlNode
// hands on (InnerMarkup) and the OPML corpusd writes. Pure.
#pragma once

#include <string>
#include <string_view>

namespace corpusd {

// Appends `text` with "&", "<" and ">" escaped; in an attribute value (double
// quotes assumed) also '"' and the line breaks and tabs an attribute would
// otherwise lose, and without the other control characters XML 1.0 forbids.
void AppendXmlEscaped(std::string& out, std::string_view text, bool attribute);

}  // namespace corpusd
