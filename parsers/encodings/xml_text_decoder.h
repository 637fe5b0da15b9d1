// XML bytes to UTF-8, before libxml2 sees them. The general decode chain
// (text_decoder.h) with one XML-specific turn: bytes that declare UTF-8 (or
// nothing, which means UTF-8 in XML) yet are plainly not UTF-8 are detected
// statistically instead of being read as UTF-8 full of U+FFFD, since old feed
// software writes windows-1252 under a UTF-8 declaration. Valid UTF-8 under a
// legacy declaration ("iso-8859-1") stays UTF-8: bytes a fetcher has already
// decoded keep their old declaration. Pure.
//
// Precedence as RFC 7303 §8 sets it: a byte-order mark, then the charset the
// transport declared (HTTP's Content-Type), then the XML declaration.
#pragma once

#include <string_view>

#include "core/status.h"
#include "parsers/encodings/text_decoder.h"

namespace corpusd {

// `utf8` is the decoded document without a byte-order mark; its XML
// declaration, if any, still names the original encoding (ignore it).
// `transport_charset`: the charset parameter of the Content-Type the document
// came with ("" when none).
Result<DecodedText> DecodeXmlBytes(std::string_view bytes, std::string_view transport_charset = {});

}  // namespace corpusd
