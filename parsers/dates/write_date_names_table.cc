// A build step: writes the date names table CLDR gives (date_names_cldr.h)
// as a C++ source file defining kBuiltDateNamesTable (date_names_table.h),
// so that corpusd reads it from its own binary instead of from ICU's data.
//
//   write_date_names_table OUT.cc
#include <cstdio>
#include <fstream>
#include <string>
#include <string_view>

#include "parsers/dates/date_names_cldr.h"
#include "parsers/dates/date_names_table.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s OUT.cc\n", argv[0]);
    return 2;
  }
  const corpusd::Result<corpusd::DateNamesTable> table = corpusd::DateNamesTableFromCldr();
  if (!table.ok()) {
    std::fprintf(stderr, "write_date_names_table: %s\n", table.status().message().c_str());
    return 1;
  }
  const std::string text = corpusd::WriteDateNamesTable(*table);
  constexpr std::string_view kEnd = ")cldr\"";
  if (text.find(kEnd) != std::string::npos) {
    std::fprintf(stderr, "write_date_names_table: the table holds the literal's end\n");
    return 1;
  }
  std::ofstream out(argv[1], std::ios::binary | std::ios::trunc);
  out << "// Written by write_date_names_table from ICU's CLDR data; do not edit.\n"
      << "#include \"parsers/dates/date_names_table.h\"\n\n"
      << "namespace corpusd {\n\n"
      << "const std::string_view kBuiltDateNamesTable = R\"cldr(" << text << kEnd << ";\n\n"
      << "}  // namespace corpusd\n";
  out.close();
  if (!out) {
    std::fprintf(stderr, "write_date_names_table: cannot write %s\n", argv[1]);
    return 1;
  }
  return 0;
}
