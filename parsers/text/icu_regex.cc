#include "parsers/text/icu_regex.h"

#include <unicode/regex.h>
#include <unicode/utext.h>

namespace corpusd {

struct RegexList::Impl {
  std::vector<std::unique_ptr<icu::RegexPattern>> patterns;
};

RegexList::RegexList(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
RegexList::RegexList(RegexList&&) noexcept = default;
RegexList& RegexList::operator=(RegexList&&) noexcept = default;
RegexList::~RegexList() = default;

Result<RegexList> RegexList::Compile(const std::vector<std::string>& patterns) {
  auto impl = std::make_unique<Impl>();
  for (const std::string& pattern : patterns) {
    UErrorCode status = U_ZERO_ERROR;
    UParseError where{};
    std::unique_ptr<icu::RegexPattern> compiled(icu::RegexPattern::compile(
        icu::UnicodeString::fromUTF8(pattern), UREGEX_CASE_INSENSITIVE, where, status));
    if (U_FAILURE(status) || compiled == nullptr) {
      return Status::InvalidInput("regex \"" + pattern + "\": " + u_errorName(status) +
                                  " at offset " + std::to_string(where.offset));
    }
    impl->patterns.push_back(std::move(compiled));
  }
  return RegexList(std::move(impl));
}

bool RegexList::FullMatch(std::size_t index, std::string_view utf8) const {
  UErrorCode status = U_ZERO_ERROR;
  UText* text = utext_openUTF8(nullptr, utf8.data(), static_cast<int64_t>(utf8.size()), &status);
  if (U_FAILURE(status)) return false;
  bool matched = false;
  std::unique_ptr<icu::RegexMatcher> matcher(impl_->patterns[index]->matcher(status));
  if (U_SUCCESS(status)) {
    matcher->reset(text);
    // Debris lines are short; a limit keeps a hostile pattern from hanging.
    matcher->setTimeLimit(50, status);
    status = U_ZERO_ERROR;
    matched = matcher->matches(status) && U_SUCCESS(status);
  }
  utext_close(text);
  return matched;
}

std::size_t RegexList::size() const { return impl_->patterns.size(); }

}  // namespace corpusd
