// The parts of a BCP 47 language tag ("pt-BR", "en_GB") that dates and
// metadata read. Pure.
#pragma once

#include <string>
#include <string_view>

namespace corpusd {

// The primary subtag of a BCP 47 tag, lower case: "pt" for "pt-BR".
std::string PrimaryLanguage(std::string_view bcp47);

// The region subtag of a BCP 47 tag, upper case: "GB" for "en-gb" or
// "en_GB" (the first later subtag of two characters); empty when it names none.
std::string RegionSubtag(std::string_view bcp47);

}  // namespace corpusd
