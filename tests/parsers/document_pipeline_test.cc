#include "parsers/document_pipeline.h"

#include <gtest/gtest.h>

namespace corpusd {
namespace {

Result<BuiltDocument> Build(const std::string& bytes, bool fragment) {
  static const BoilerplateRules* rules =
      new BoilerplateRules(std::move(BoilerplateRules::Create({})).value());
  PipelineOptions options;
  options.rules = rules;
  options.html_fragment = fragment;
  RawInput input;
  input.bytes = bytes;
  return BuildDocument(input, options);
}

// A feed item's content:encoded: no page around it, all of it is content.
TEST(BuildDocument, TakesAllTextOfAnHtmlFragment) {
  auto built = Build(
      "Short intro, no tag yet. <p>First <b>paragraph</b> of the item.</p>"
      "<ul><li>one point</li><li>another</li></ul><p>Last.</p>",
      /*fragment=*/true);
  ASSERT_TRUE(built.ok()) << built.status().ToString();
  EXPECT_EQ(built->record.text,
            "Short intro, no tag yet.\n\nFirst paragraph of the item.\n\none point\n\nanother"
            "\n\nLast.");
  EXPECT_EQ(built->record.extraction, "fragment");
  EXPECT_EQ(built->record.content_type, "text/html");
}

TEST(BuildDocument, ReadsPlainTextAsText) {
  auto built = Build("A title line\n\nA paragraph that ends.\n", /*fragment=*/false);
  ASSERT_TRUE(built.ok());
  EXPECT_EQ(built->record.extraction, "text");
  EXPECT_EQ(built->record.title, "A title line");
  EXPECT_EQ(built->record.text, "A paragraph that ends.");
}

}  // namespace
}  // namespace corpusd
