// The decode stage: any bytes in, UTF-8 out, with what was decided and why.
//
// Detection chain: byte-order mark -> charset declared by the transport or the
// caller -> charset declared in the document (HTML meta prescan, XML
// declaration) -> UTF-16/UTF-32 without a byte-order mark, told by NUL bytes
// -> valid UTF-8 (or mostly UTF-8 with a few bad bytes) -> statistical
// detection (charset_detector.h) -> windows-1252. Labels are mapped per the
// WHATWG Encoding Standard. Invalid sequences become U+FFFD, are counted, and never
// fail the decode. Pure: no I/O.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/status.h"

namespace corpusd {

struct DecodeHints {
  std::string declared_charset;  // a label from the transport or caller; may be empty
  bool html = false;             // look for <meta charset> when true
};

struct DecodedText {
  std::string utf8;          // without any byte-order mark
  std::string encoding;      // WHATWG name of the encoding used, e.g. "UTF-8"
  std::string decided_by;    // "bom", "declared", "meta", "xml-declaration", "utf-8",
                             // "detected", "fallback"
  std::size_t replaced = 0;  // invalid sequences replaced with U+FFFD
};

Result<DecodedText> DecodeText(std::string_view bytes, const DecodeHints& hints);

// True when `bytes` is entirely well-formed UTF-8 (no overlongs, no
// surrogates, nothing above U+10FFFF).
bool IsValidUtf8(std::string_view bytes);

}  // namespace corpusd
