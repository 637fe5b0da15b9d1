// The response header lines corpusd reads, as libcurl hands them over one
// line at a time. Pure: no curl here, so that it can be tested and fuzzed.
#pragma once

#include <string>
#include <string_view>

namespace corpusd {

struct ResponseHeaders {
  std::string content_type;   // as sent
  std::string etag;           // as sent, quotes included
  std::string last_modified;  // as sent
  std::string retry_after;    // as sent: seconds or an HTTP-date
};

// Reads one header line ("Name: value\r\n"; names case-insensitive, values
// trimmed). A status line ("HTTP/1.1 200 OK") starts a new response (after
// a 100 Continue, or a proxy's CONNECT) and forgets what was read before.
// Other lines are ignored.
void ReadHeaderLine(std::string_view line, ResponseHeaders* headers);

}  // namespace corpusd
