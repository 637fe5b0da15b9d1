// htmldate's inline unit-test snippets (tests/data/htmldate/) through the
// page-date rules: material to check against, not to tune on.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "parsers/html/html_document.h"
#include "parsers/html/html_metadata.h"

namespace corpusd {
namespace {

struct Snippet {
  int id = 0;
  std::string html;
  std::string url;
  std::string expected;  // empty: no date
  bool original_date = false;
  std::string note;
};

std::vector<Snippet> LoadSnippets() {
  std::ifstream in(std::string(CORPUSD_SOURCE_DIR) + "/tests/data/htmldate/unit_snippets.jsonl");
  std::vector<Snippet> out;
  std::string line;
  while (std::getline(in, line)) {
    const nlohmann::json j = nlohmann::json::parse(line);
    Snippet s;
    s.id = j["id"].get<int>();
    s.html = j["html"].get<std::string>();
    s.url = j["url"].get<std::string>();
    s.expected = j["expected"].is_null() ? "" : j["expected"].get<std::string>();
    s.original_date = j["original_date"].get<bool>();
    s.note = j["note"].get<std::string>();
    out.push_back(std::move(s));
  }
  return out;
}

std::string PublishedDay(const Snippet& s) {
  const HtmlDocument doc(s.html);
  const HtmlMetadata m = ExtractHtmlMetadata(doc, s.url, {});
  return m.published ? m.published->iso.substr(0, 10) : "";
}

TEST(HtmldateSnippets, EveryCaseGivesItsDateOrADocumentedDeviation) {
  const std::vector<Snippet> snippets = LoadSnippets();
  ASSERT_GT(snippets.size(), 100u);
  // Where corpusd answers otherwise on purpose, and why.
  const std::map<int, std::string> deviations = {
      {23, "corpusd returns the first publication; htmldate's default the latest date"},
      {25, "corpusd returns the first publication; htmldate's default the latest date"},
      {27, "corpusd returns the first publication; htmldate's default the latest date"},
      {37, "corpusd returns the first publication; htmldate's default the latest date"},
      {39, "corpusd returns the first publication; htmldate's default the latest date"},
      {53, "corpusd returns the first publication; htmldate's default the latest date"},
      {55, "corpusd returns the first publication; htmldate's default the latest date"},
      {61, "corpusd returns the first publication; htmldate's default the latest date"},
      {21, "a year alone is no day: corpusd gives no date rather than 1 January"},
      {74, "a year alone is no day: corpusd gives no date rather than 1 January"},
      {75, "a year alone is no day: corpusd gives no date rather than 1 January"},
      {77, "a year alone is no day: corpusd gives no date rather than 1 January"},
      {85, "htmldate's fast mode skips the text; corpusd always reads it"},
      {115, "a URL date overrules a stated one only more than a week away"},
      {50, "a date inside the page's footer area is left out, as footers date the site"},
      {51, "a date inside the page's footer area is left out, as footers date the site"},
      {87, "markup not read: a date in a link's title attribute"},
      {84, "not read: a date in <title> (what a title dates may be an event; left alone)"},
      {80, "not read: dates in the paths of images in the body (the page's own picture is)"},
      {82, "not read: dates in the paths of images in the body (the page's own picture is)"},
      {83, "not read: dates in the paths of images in the body (the page's own picture is)"},
      {110, "not read: a day-first date with a two-digit year glued to a Turkish suffix"},
      {111, "not read: a day-first date with a two-digit year glued to a Turkish suffix"},
  };
  int agree = 0;
  for (const Snippet& s : snippets) {
    const std::string got = PublishedDay(s);
    if (got == s.expected) {
      ++agree;
      EXPECT_FALSE(deviations.contains(s.id)) << "case " << s.id << " now agrees: " << s.note;
      continue;
    }
    EXPECT_TRUE(deviations.contains(s.id))
        << "case " << s.id << " (" << s.note << "): want "
        << (s.expected.empty() ? "-" : s.expected) << ", got " << (got.empty() ? "-" : got)
        << (s.original_date ? " [original]" : "") << "\n  " << s.html.substr(0, 300);
  }
  std::printf("htmldate snippets: %d of %zu agree\n", agree, snippets.size());
}

}  // namespace
}  // namespace corpusd
