// One HTTP GET, waited for: for the one-shot commands (`import URL`,
// `feed URL`), through the same fetcher the daemon uses.
#pragma once

#include <string>

#include "core/status.h"
#include "daemon/fetch/http_fetcher.h"

namespace corpusd {

Result<HttpResponse> FetchOnce(const std::string& url, const FetchSettings& settings);

}  // namespace corpusd
