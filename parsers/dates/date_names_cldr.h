// The month and weekday names table made from ICU's CLDR data, for the
// locales corpusd reads dates in (listed in date_names_cldr.cc, with why
// each is there), plus a few spellings CLDR lacks ("Sept"). The build runs
// this once and writes the table into the binary (date_names_table.h);
// tests compare the two. Needs ICU's data, which icu_calendar.h reads.
#pragma once

#include "core/status.h"
#include "parsers/dates/date_names_table.h"

namespace corpusd {

Result<DateNamesTable> DateNamesTableFromCldr();

}  // namespace corpusd
