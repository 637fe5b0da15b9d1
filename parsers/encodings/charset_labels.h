// Charset labels as the WHATWG Encoding Standard maps them
// (https://encoding.spec.whatwg.org/#names-and-labels): "latin1", "iso-8859-1"
// and "ascii" all mean windows-1252, "x-sjis" means Shift_JIS, and so on.
// Pure data; no ICU here.
#pragma once

#include <optional>
#include <string_view>

namespace corpusd {

// The WHATWG encoding name for a label ("UTF-8", "windows-1252", "Shift_JIS",
// "UTF-16LE", "replacement", ...), or nullopt for an unknown label. Matching is
// ASCII case-insensitive after trimming ASCII whitespace, as the spec says.
std::optional<std::string_view> EncodingForLabel(std::string_view label);

}  // namespace corpusd
