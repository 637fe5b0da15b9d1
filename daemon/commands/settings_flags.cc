#include "daemon/commands/settings_flags.h"

#include <CLI/CLI.hpp>

namespace corpusd {

void AddImportSettingsFlags(CLI::App& cmd, ImportSettings& settings) {
  cmd.add_option("--source", settings.source, "Source name recorded with each document")
      ->capture_default_str();
  cmd.add_option("--max-size", settings.max_document_bytes,
                 "Refuse inputs larger than this (e.g. 64M)")
      ->transform(CLI::AsSizeValue(false))
      ->default_str("64M");
  cmd.add_option("--time-zone", settings.time_zone,
                 "IANA time zone of the source (e.g. Europe/Budapest) for naive local times");
  cmd.add_option_function<std::vector<std::string>>(
      "--drop",
      [&settings](const std::vector<std::string>& texts) {
        for (const std::string& t : texts) settings.boilerplate.push_back({t, false});
      },
      "Remove paragraphs that are exactly this text (case-insensitive); repeatable");
  cmd.add_option_function<std::vector<std::string>>(
      "--drop-regex",
      [&settings](const std::vector<std::string>& patterns) {
        for (const std::string& p : patterns) settings.boilerplate.push_back({p, true});
      },
      "Remove paragraphs this regular expression matches as a whole; repeatable");
}

}  // namespace corpusd
