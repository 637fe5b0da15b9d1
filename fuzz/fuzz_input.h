// What the fuzz targets share: splitting one fuzz input into the few choices
// a target makes (a language, a content type) and the bytes it parses.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace corpusd::fuzz {

class Input {
 public:
  Input(const std::uint8_t* data, std::size_t size)
      : rest_(reinterpret_cast<const char*>(data), size) {}

  // One byte of the input as a choice among `n` (0 when the input is empty).
  std::size_t Choose(std::size_t n) {
    if (rest_.empty() || n == 0) return 0;
    const auto byte = static_cast<unsigned char>(rest_.front());
    rest_.remove_prefix(1);
    return byte % n;
  }
  // The bytes up to the first `separator` (all of them when there is none).
  std::string_view Until(char separator) {
    const std::size_t at = rest_.find(separator);
    const std::string_view head = rest_.substr(0, at);
    rest_ = at == std::string_view::npos ? std::string_view() : rest_.substr(at + 1);
    return head;
  }
  std::string_view Rest() const { return rest_; }

 private:
  std::string_view rest_;
};

// Language hints the date and text targets pick from.
inline constexpr const char* kLanguages[] = {"",   "en", "de", "fr", "ru", "hu", "ja",
                                             "ar", "es", "fa", "th", "vi", "he", "ur"};

}  // namespace corpusd::fuzz
