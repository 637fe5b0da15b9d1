#include "daemon/ingest/source_pipeline.h"

namespace corpusd {

PipelineOptions SourcePipelineOptions(const ImportSettings& settings,
                                      const BoilerplateRules& rules, const LineMemory* memory) {
  PipelineOptions options;
  options.rules = &rules;
  options.memory = memory;
  options.learned = {settings.learned_min_documents, settings.learned_share};
  options.dates.time_zone = settings.time_zone;
  options.dates.language = settings.language;
  return options;
}

}  // namespace corpusd
