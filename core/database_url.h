// What `database` names: a SQLite file path (the default), or a PostgreSQL
// URL ("postgresql://user@host/corpus", "postgres://..."). Pure string work,
// shared by the config (a URL is not a path to resolve), the store (which
// corpus to open) and messages (never a password).
#pragma once

#include <string>
#include <string_view>

namespace corpusd {

inline bool IsPostgresUrl(std::string_view database) {
  return database.starts_with("postgresql://") || database.starts_with("postgres://");
}

// The URL without its password ("postgresql://corpusd@db/corpus"); other
// text as it is.
std::string RedactedUrl(std::string_view url);

}  // namespace corpusd
