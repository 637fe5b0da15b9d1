#include "config/source_tables.h"

#include <toml++/toml.h>

#include <sstream>

namespace corpusd {

namespace {

// `key = "value"` with the value escaped as TOML needs. Basic strings only: a
// literal string cannot hold every title.
std::string KeyValue(std::string_view key, const std::string& value) {
  toml::table one;
  one.insert(key, value);
  std::ostringstream text;
  text << toml::toml_formatter(
      one, toml::toml_formatter::default_flags & ~toml::format_flags::allow_literal_strings);
  return text.str() + "\n";
}

}  // namespace

std::string SourceTablesToml(const std::vector<SourceConfig>& sources) {
  // Key by key, in the order people write them (a toml::table sorts its keys).
  std::string out;
  for (const SourceConfig& s : sources) {
    out += "[[source]]\n";
    out += KeyValue("name", s.name);
    out += KeyValue("type", std::string(SourceTypeName(s.type)));
    out += KeyValue("url", s.url);
    if (!s.category.empty()) out += KeyValue("category", s.category);
    if (!s.site_url.empty()) out += KeyValue("site_url", s.site_url);
    out += "\n";
  }
  return out;
}

}  // namespace corpusd
