// The pipeline options one source's documents are built with, whichever
// door they come in by (import, extract, a drop folder, a feed, reprocess):
// the source's rules, its learned-boilerplate memory, its time zone and
// language hint.
#pragma once

#include "config/settings.h"
#include "parsers/document_pipeline.h"
#include "parsers/text/boilerplate_rules.h"
#include "parsers/text/learned_boilerplate.h"

namespace corpusd {

// `rules` and `memory` must outlive the options; a null `memory` learns
// nothing (extract, feed).
PipelineOptions SourcePipelineOptions(const ImportSettings& settings,
                                      const BoilerplateRules& rules, const LineMemory* memory);

}  // namespace corpusd
