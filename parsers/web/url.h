// URLs: resolving links against a base, and reading a URL's parts. Wraps
// libcurl's URL API (curl_url); this file pair is the only one in parsers/
// that includes curl. Resolution follows RFC 3986 (dot segments removed) and
// the result is normalized: scheme and host in lower case, default port
// dropped, spaces and non-ASCII bytes in path, query and fragment
// percent-encoded (percent-escapes in upper case), tabs and newlines
// removed as browsers do. Pure and thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/status.h"

namespace corpusd {

// `reference` (an href as written, relative or absolute) resolved against
// `base` (an absolute URL; may be empty when `reference` is absolute). An
// empty reference means the base without its fragment. Fails with
// kInvalidInput for what cannot be made an absolute URL: a relative
// reference without a usable base, or a scheme without "//" ("mailto:",
// "javascript:").
Result<std::string> ResolveUrl(std::string_view base, std::string_view reference);

// An absolute URL's parts, read in one parse.
struct UrlParts {
  std::string scheme;          // lower case
  std::string host;            // lower case; IPv6 in brackets ("[::1]"); may be empty (file:///)
  std::string port;            // as written; empty when the URL names none
  std::string path_and_query;  // "/a/b?x=1" ("/" for an empty path), without the fragment
};

// The parts of an absolute URL; nullopt for anything else.
std::optional<UrlParts> SplitUrl(std::string_view url);

// The scheme in lower case ("https"); empty when `url` is not an absolute URL.
std::string UrlScheme(std::string_view url);

// The host name in lower case ("example.com", "[::1]"); empty when `url` is
// not an absolute URL or has no host.
std::string UrlHost(std::string_view url);

// True for absolute http and https URLs with a host.
bool IsHttpUrl(std::string_view url);

}  // namespace corpusd
