// `corpusd fix-text [--repairs] [FILE | -]`: repairs the characters of text
// line by line (mojibake, HTML entities; see parsers/repair/text_fixer.h), as a
// filter: UTF-8 lines in, repaired lines out.
#pragma once

#include <string>

namespace CLI {
class App;
}

namespace corpusd {

struct FixTextArgs {
  std::string path = "-";  // a file, or "-" for standard input
  bool repairs = false;    // report each changed line's repairs on standard error
};

// Declares the subcommand and its flags on `app`, filling `args` on parse.
CLI::App* AddFixTextCommand(CLI::App& app, FixTextArgs& args);

// Writes each line of the input, repaired, to standard output; "\r\n" line
// ends become "\n" and a last line without one stays without. Invalid UTF-8
// becomes U+FFFD. With `repairs`, each changed line also gets one JSON
// object on standard error: {"line": N, "repairs": [{"kind", "count"}...]}.
// 0 on success; 1 with the reason on standard error when the input cannot
// be read.
int RunFixText(const FixTextArgs& args);

}  // namespace corpusd
