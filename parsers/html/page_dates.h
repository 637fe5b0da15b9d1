// The publication and last-change dates of a web page, chosen among every
// place the page states one: JSON-LD, meta tags, marked-up <time>s, the URL,
// date-like elements and the date lines around the headline. Internal to
// html_metadata.cc. Pure.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "parsers/dates/date_normalizer.h"
#include "parsers/html/html_metadata_scan.h"
#include "parsers/html/json_ld.h"

namespace corpusd {

// What the dates are chosen from.
struct PageDateSources {
  const PageScan& scan;
  const std::vector<JsonLdObject>& json_ld;
  const JsonLdObject* main = nullptr;  // the page's main article object, if any
  const DateContext& dates;
  std::string_view not_after;  // "YYYY-MM-DD": later dates are refused; empty: no bound
  std::string_view url;        // where the page was fetched from, for dates in its path
};

// The date the page was first published.
std::optional<NormalizedDate> PublishedDate(const PageDateSources& src);

// True when the page states its publication for machines: its main JSON-LD
// object's datePublished or a publication meta tag, which come before any
// date it shows its readers.
bool StatesPublicationForMachines(const PageDateSources& src);

// The date the page was last changed, when it says so.
std::optional<NormalizedDate> ModifiedDate(const PageDateSources& src);

}  // namespace corpusd
