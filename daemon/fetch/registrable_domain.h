// The site a host belongs to, for the fetcher's politeness limits: its
// registrable domain under the Public Suffix List (libpsl's built-in copy),
// so that www.example.co.uk and feeds.example.co.uk count as one site while
// alice.github.io and bob.github.io count as two. The only file that
// includes libpsl.h.
#pragma once

#include <string>
#include <string_view>

namespace corpusd {

// "example.co.uk" for "WWW.Example.co.uk." (lowercased, without a trailing
// dot). IP addresses, bare public suffixes ("co.uk") and names the list
// does not cover ("localhost") are their own site: the host itself.
std::string RegistrableDomain(std::string_view host);

}  // namespace corpusd
