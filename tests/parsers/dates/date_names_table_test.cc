#include "parsers/dates/date_names_table.h"

#include <gtest/gtest.h>

#include <string>

#include "parsers/dates/date_names.h"
#include "parsers/dates/date_names_cldr.h"

namespace corpusd {
namespace {

DateNamesTable SmallTable() {
  DateNamesTable table;
  table.languages = {"en", "vi", "ko"};
  table.first_hint_only = 2;
  table.entries = {{"jul", {7, false, true, 0}},
                   {"monday", {0, true, false, 0}},
                   {"th2", {1, true, true, 1}},
                   {"tháng 7", {7, false, false, 1}}};
  table.first_words = {"tháng"};
  table.time_links = {"at", "lúc"};
  table.time_words = {"시"};
  table.day_periods = {{"pm", 12}, {"오전", 0}};
  table.dotted_times = {false, true, false};
  return table;
}

TEST(DateNamesTable, ReadsBackWhatItWrites) {
  const DateNamesTable table = SmallTable();
  const std::string text = WriteDateNamesTable(table);
  const Result<DateNamesTable> read = ReadDateNamesTable(text);
  ASSERT_TRUE(read.ok()) << read.status().message();
  EXPECT_EQ(*read, table);
  EXPECT_EQ(WriteDateNamesTable(*read), text);
}

TEST(DateNamesTable, RefusesTextItWouldNotWriteNamingTheLine) {
  const std::string text = WriteDateNamesTable(SmallTable());
  const auto refused = [](const std::string& bad) {
    const Result<DateNamesTable> read = ReadDateNamesTable(bad);
    return read.ok() ? std::string("read") : read.status().message();
  };
  EXPECT_EQ(refused(""), "date names table: empty");
  EXPECT_NE(refused("corpusd date names 0\n").find("line 1"), std::string::npos);
  EXPECT_NE(refused(text.substr(0, text.size() - 1)).find("no line end"), std::string::npos);
  // A meaning's language past the languages, a month 13 of no calendar, a
  // kind no table has, names out of order, a day period at 3 o'clock.
  for (const auto& [from, to] :
       {std::pair<std::string, std::string>{"jul\t7\tmonth-abbr\t0", "jul\t7\tmonth-abbr\t3"},
        {"jul\t7\tmonth-abbr", "jul\t25\tmonth-abbr"},
        {"jul\t7\tmonth-abbr", "jul\t7\tyear"},
        {"name\tjul", "name\tzzz"},
        {"pm\t12", "pm\t3"}}) {
    std::string bad = text;
    bad.replace(bad.find(from), from.size(), to);
    EXPECT_NE(refused(bad).find("line "), std::string::npos) << to;
  }
  EXPECT_NE(refused("corpusd date names 1\nlanguage\ten\n").find("hint-only-from"),
            std::string::npos);
}

// The table in this binary is the one CLDR gives now: the build step ran,
// and what it wrote reads back whole.
TEST(DateNamesTable, TheBuiltTableIsWhatCldrGives) {
  const Result<DateNamesTable> built = ReadDateNamesTable(kBuiltDateNamesTable);
  ASSERT_TRUE(built.ok()) << built.status().message();
  const Result<DateNamesTable> cldr = DateNamesTableFromCldr();
  ASSERT_TRUE(cldr.ok()) << cldr.status().message();
  EXPECT_EQ(*built, *cldr);
  EXPECT_EQ(built->languages.front(), "en");
  EXPECT_LT(built->first_hint_only, built->languages.size());
  EXPECT_GT(built->entries.size(), 2500u);  // 3,006 with ICU 72
  EXPECT_EQ(DateNames::Get().languages(), built->languages);
}

}  // namespace
}  // namespace corpusd
