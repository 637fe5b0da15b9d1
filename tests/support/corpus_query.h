// Reads a corpus file the way another tool would: plain SQLite, read-only.
#pragma once

#include <string>

namespace corpusd::testing {

// The first column of the first row as text ("NULL" for NULL), or
// "error: <message>" when the query fails.
std::string QueryCorpus(const std::string& db_path, const std::string& sql);

}  // namespace corpusd::testing
