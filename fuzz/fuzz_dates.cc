// Dates: a date as pages and feeds write it (NormalizeDate), and dates
// mentioned in running text (FindDateMentions), in several languages.
#include <cstdlib>

#include "fuzz/fuzz_input.h"
#include "parsers/dates/date_mentions.h"
#include "parsers/dates/date_normalizer.h"
#include "parsers/encodings/text_decoder.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  corpusd::fuzz::Input input(data, size);
  static constexpr const char* kZones[] = {
      "", "UTC", "Europe/Budapest", "America/New_York", "Asia/Tokyo", "Not/AZone"};
  corpusd::DateContext context;
  context.language = corpusd::fuzz::kLanguages[input.Choose(std::size(corpusd::fuzz::kLanguages))];
  context.time_zone = kZones[input.Choose(std::size(kZones))];
  const std::string_view date = input.Until('\n');
  const std::optional<corpusd::NormalizedDate> published = corpusd::NormalizeDate(date, context);
  // Mentions are looked for in text the pipeline has made valid UTF-8.
  const std::string_view text = input.Rest();
  if (corpusd::IsValidUtf8(text)) {
    for (const corpusd::DateMention& m : corpusd::FindDateMentions(text, published, context)) {
      if (m.begin > m.end || m.end > text.size()) std::abort();
    }
  }
  return 0;
}
