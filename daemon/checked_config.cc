#include "daemon/checked_config.h"

#include "parsers/dates/icu_calendar.h"
#include "parsers/text/boilerplate_rules.h"

namespace corpusd {
namespace {

Status CheckSource(const Config& config, const SourceConfig& source) {
  const std::string where =
      config.file + ":" + std::to_string(source.line) + ":1: source \"" + source.name + "\": ";
  Result<BoilerplateRules> rules = BoilerplateRules::Create(source.boilerplate);
  if (!rules.ok()) return rules.status().WithContext(where + "drop_regex");
  if (!source.time_zone.empty()) {
    Result<int> offset = ZoneOffsetAtInstant(source.time_zone, 0);
    if (!offset.ok()) return offset.status().WithContext(where + "time_zone");
  }
  return Status::Ok();
}

}  // namespace

Result<Config> LoadCheckedConfig(const std::string& path) {
  Result<Config> config = LoadConfig(path);
  if (!config.ok()) return config;
  for (const SourceConfig& source : config->sources) {
    Status status = CheckSource(*config, source);
    if (!status.ok()) return status;
  }
  return config;
}

}  // namespace corpusd
