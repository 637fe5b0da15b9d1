#include "daemon/ingest/source_pipeline.h"

#include "core/clock.h"

namespace corpusd {

PipelineOptions SourcePipelineOptions(const ImportSettings& settings, const BoilerplateRules& rules,
                                      const LineMemory* memory) {
  PipelineOptions options;
  options.rules = &rules;
  options.memory = memory;
  options.learned = {settings.learned_min_documents, settings.learned_share};
  options.dates.time_zone = settings.time_zone;
  options.dates.language = settings.language;
  return options;
}

std::string LatestPlausibleDay(std::chrono::system_clock::time_point fetched) {
  return FormatUtcTimestamp(fetched + std::chrono::hours(24)).substr(0, 10);
}

}  // namespace corpusd
