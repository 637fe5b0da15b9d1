// file:// URIs for local documents (RFC 8089): the url column of a record
// imported from a file.
#pragma once

#include <string>
#include <string_view>

namespace corpusd {

// "file:///srv/a%20b.txt" for "/srv/a b.txt". The path must be absolute;
// every byte outside the URI's unreserved set and "/" is percent-encoded.
std::string FileUri(std::string_view absolute_path);

}  // namespace corpusd
