// The config file: any bytes as corpusd.toml. Either a Config or an error
// message naming a place in the file; never a crash.
#include "config/daemon_config.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  (void)corpusd::ParseConfig(text, "/etc/corpusd/corpusd.toml");
  (void)corpusd::ParseDuration(text);
  return 0;
}
