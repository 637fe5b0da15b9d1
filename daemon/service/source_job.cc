#include "daemon/service/source_job.h"

namespace corpusd {

PipelineOptions SourcePipelineOptions(const ImportSettings& settings, const SourceConfig& source,
                                      const BoilerplateRules& rules, const LineMemory& memory) {
  PipelineOptions options;
  options.rules = &rules;
  options.memory = &memory;
  options.learned = {settings.learned_min_documents, settings.learned_share};
  options.dates.time_zone = settings.time_zone;
  options.dates.language = source.language;
  return options;
}

}  // namespace corpusd
