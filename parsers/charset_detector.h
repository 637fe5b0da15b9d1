// Statistical charset detection for bytes that declare nothing and are not
// UTF-8: the last step of the decode chain. Wraps one detector library (see
// the .cc for which, and why). Pure and thread-safe.
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
// answer. Only a prefix is examined for very large inputs.
std::optional<DetectedCharset> DetectCharset(std::string_view bytes);

}  // namespace corpusd
