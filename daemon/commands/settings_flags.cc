#include "daemon/commands/settings_flags.h"

#include <CLI/CLI.hpp>

#include "config/byte_size.h"
#include "parsers/dates/icu_calendar.h"

namespace corpusd {

void AddImportSettingsFlags(CLI::App& cmd, ImportSettings& settings) {
  cmd.add_option("--source", settings.source, "Source name recorded with each document")
      ->capture_default_str();
  cmd.add_option_function<std::string>(
         "--max-size",
         [&settings](const std::string& text) {
           Result<std::uint64_t> size = ParseByteSizeOrBytes(text);
           if (!size.ok()) throw CLI::ValidationError("--max-size", size.status().message());
           settings.max_document_bytes = *size;
         },
         "Refuse inputs larger than this: 64MiB or 64M (powers of 1024), 64MB (powers of 1000), "
         "or a number of bytes; the same units as max_document_size in the config file")
      ->default_str("64MiB");
  // Checked as the config's time_zone is: a zone ICU does not know is refused,
  // not taken silently as UTC.
  cmd.add_option("--time-zone", settings.time_zone,
                 "IANA time zone of the source (e.g. Europe/Budapest) for naive local times")
      ->check(CLI::Validator(
          [](std::string& zone) -> std::string {
            Result<int> offset = ZoneOffsetAtInstant(zone, 0);
            return offset.ok() ? "" : "unknown time zone: " + zone;
          },
          "ZONE"));
  cmd.add_option("--language", settings.language,
                 "The source's language (BCP 47, e.g. hu), a hint for dates in its text");
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
