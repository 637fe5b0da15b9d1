// Statistical charset detection for bytes that declare nothing and are not
// UTF-8: the last step of the decode chain. Wraps one detector library (see
// the .cc for which, and why), after a cheap check for UTF-16 and UTF-32
// without a byte-order mark. Pure and thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace corpusd {

struct DetectedCharset {
  std::string encoding;  // WHATWG encoding name, e.g. "windows-1251", "Shift_JIS", "UTF-16LE"
  int confidence = 0;    // 0-100 where the library gives one
};

// The most likely encoding of `bytes`, or nullopt when the detector has no
// answer: for ASCII-only input (any ASCII-compatible encoding reads it alike)
// and when no candidate is believable. May answer "UTF-8". At most 64 KiB is
// examined: the non-ASCII parts with their context, or a prefix when the input
// holds NUL bytes (UTF-16, UTF-32).
std::optional<DetectedCharset> DetectCharset(std::string_view bytes);

// UTF-16LE, UTF-16BE, UTF-32LE or UTF-32BE without a byte-order mark, told
// cheaply by where the NUL bytes in the first 4 KiB fall; nullopt when they
// show no such pattern. Chinese or Japanese UTF-16 with no ASCII in it has no
// NULs and is left to DetectCharset's statistics. DetectCharset tries this
// first; the decoder calls it before its UTF-8 check, since UTF-16 text made
// of ASCII is valid UTF-8.
std::optional<std::string_view> DetectUtf16Or32ByNuls(std::string_view bytes);

}  // namespace corpusd
