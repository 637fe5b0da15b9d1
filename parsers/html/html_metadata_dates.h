// Reading dates out of the places a page states them: its URL's path
// ("/2020/06/07/", "/20200607/", "2020-06-07") and short pieces of text
// ("Published 7 June 2020 | 10:42"). Internal to page_dates.cc. Pure.
#pragma once

#include <optional>
#include <string_view>

#include "parsers/dates/date_normalizer.h"

namespace corpusd {

// The full date (year, month and day) a URL's path spells, or nullopt.
std::optional<NormalizedDate> DateFromUrl(std::string_view url);

// The date a short piece of text states: the whole text read as a date
// ("June 7, 2020 10:42 AM"), else the first day-precise date written in it
// ("By Jane Doe | 7 June 2020 | 3 min read").
std::optional<NormalizedDate> DateFromText(std::string_view text, const DateContext& context);

// The date of a sentence that says the page was published then, in any
// length up to a footer line: "This entry was posted on Monday, December 14th,
// 2015 and is filed under ...", "Dieser Artikel wurde am 14. Dezember 2015 von
// Heiner geschrieben ...". nullopt for any other text.
std::optional<NormalizedDate> DateFromPublicationSentence(std::string_view text,
                                                          const DateContext& context);

}  // namespace corpusd
