#include "parsers/document_pipeline.h"

#include <gtest/gtest.h>

#include "core/content_hash.h"
#include "parsers/encodings/text_decoder.h"
#include "parsers/text/text_key.h"

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

TEST(BuildDocument, RecordsTheDuplicateKeysAndTheRulesThatCleanedIt) {
  auto built = Build("A title line\n\nThe  Council met on Tuesday to vote on the budget.\n",
                     /*fragment=*/false);
  ASSERT_TRUE(built.ok());
  EXPECT_EQ(built->record.text_key_hash,
            Sha256Hex("the council met on tuesday to vote on the budget."));
  EXPECT_EQ(built->minhash, KeysOf(built->record.text).minhash);
  EXPECT_EQ(built->minhash.size(), static_cast<std::size_t>(minhash::kPermutations));
  EXPECT_EQ(built->record.rules_version, "p" + std::to_string(kPipelineVersion) + "-r" +
                                             BoilerplateRules::Create({})->version());
}

TEST(CapMetadataFields, CutsLongFieldsAtACharacterAndDropsLongUrls) {
  Record r;
  std::string e_acute;
  for (int i = 0; i < 3000; ++i) e_acute += "\xC3\xA9";  // é, two bytes each
  r.title = "x" + e_acute;  // odd: a cut at 1024 would split a character
  r.description = e_acute;
  r.canonical_url = "https://example.com/" + std::string(9000, 'a');
  r.url = "https://example.com/short";
  CapMetadataFields(&r);
  EXPECT_EQ(r.title->size(), 1023u);
  EXPECT_TRUE(IsValidUtf8(*r.title));
  EXPECT_EQ(r.description->size(), 4096u);
  EXPECT_FALSE(r.canonical_url);
  EXPECT_EQ(r.url, "https://example.com/short");
}

}  // namespace
}  // namespace corpusd
