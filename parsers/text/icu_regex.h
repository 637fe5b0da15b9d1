// Unicode regular expressions through ICU's regex engine, matched directly
// over UTF-8 (no conversion). The one file pair that includes ICU's regex
// headers. A compiled RegexList is immutable and may be shared by threads.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace corpusd {

class RegexList {
 public:
  // Compiles every pattern, case-insensitively; fails naming the first
  // pattern that does not compile, with ICU's reason and offset.
  static Result<RegexList> Compile(const std::vector<std::string>& patterns);

  RegexList(RegexList&&) noexcept;
  RegexList& operator=(RegexList&&) noexcept;
  ~RegexList();

  // The index of the first pattern that matches the whole of `utf8`, trying
  // only the patterns `wanted(index)` accepts.
  template <typename Wanted>
  std::optional<std::size_t> FirstFullMatch(std::string_view utf8, Wanted wanted) const {
    for (std::size_t i = 0; i < size(); ++i) {
      if (wanted(i) && FullMatch(i, utf8)) return i;
    }
    return std::nullopt;
  }
  // True when pattern `index` matches the whole of `utf8`.
  bool FullMatch(std::size_t index, std::string_view utf8) const;
  std::size_t size() const;

 private:
  struct Impl;
  explicit RegexList(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace corpusd
