// The pipeline options one source's documents are built with, whichever
// door they come in by (import, extract, a drop folder, a feed, reprocess):
// the source's rules, its learned-boilerplate memory, its time zone and
// language hint.
#pragma once

#include <chrono>
#include <string>

#include "config/settings.h"
#include "parsers/document_pipeline.h"
#include "parsers/text/boilerplate_rules.h"
#include "parsers/text/learned_boilerplate.h"

namespace corpusd {

// `rules` and `memory` must outlive the options; a null `memory` learns
// nothing (extract, feed).
PipelineOptions SourcePipelineOptions(const ImportSettings& settings, const BoilerplateRules& rules,
                                      const LineMemory* memory);

// The last day a page fetched at `fetched` may give as its date: the day
// after, in UTC ("YYYY-MM-DD"), so that no zone ahead of UTC is refused
// (PipelineOptions::not_after).
std::string LatestPlausibleDay(std::chrono::system_clock::time_point fetched);

}  // namespace corpusd
