#include "parsers/text/boilerplate_rules.h"

#include <gtest/gtest.h>

namespace corpusd {
namespace {

using Paragraphs = std::vector<std::string>;

struct Outcome {
  Paragraphs kept;
  std::vector<Removal> removed;
};

Outcome Apply(const Paragraphs& in, const std::vector<BoilerplateRuleSpec>& source = {}) {
  Result<BoilerplateRules> rules = BoilerplateRules::Create(source);
  EXPECT_TRUE(rules.ok()) << rules.status().ToString();
  Outcome out;
  out.kept = rules->Apply(in, &out.removed);
  return out;
}

std::string RuleFor(const std::string& paragraph) {
  Outcome out = Apply({paragraph});
  return out.removed.empty() ? "kept" : out.removed[0].rule;
}

TEST(BoilerplateRules, TheVersionChangesWithTheRules) {
  const std::string builtin = BoilerplateRules::Create({})->version();
  EXPECT_EQ(builtin.size(), 8u);
  EXPECT_EQ(BoilerplateRules::Create({})->version(), builtin);
  const std::string with_literal = BoilerplateRules::Create({{"Subscribe now", false}})->version();
  const std::string with_regex = BoilerplateRules::Create({{"Subscribe now", true}})->version();
  EXPECT_NE(with_literal, builtin);
  EXPECT_NE(with_regex, with_literal);
}

TEST(BoilerplateRules, RemovesTheSeedsDebrisWithTheRuleThatMatched) {
  EXPECT_EQ(RuleFor("error: Content is protected !!"), "builtin:copy-protection");
  EXPECT_EQ(RuleFor("Front page image: MTI/EPA/Sputnik/Grigory Sysoyev"), "builtin:photo-credit");
  EXPECT_EQ(RuleFor("28 29"), "builtin:calendar-residue");
  EXPECT_EQ(RuleFor("US President Joe Biden (left) and Russian President Vladimir Putin"),
            "builtin:caption");
  EXPECT_EQ(RuleFor("Sputnik"), "builtin:photo-credit");
}

TEST(BoilerplateRules, RemovesCommonPromptsAndCredits) {
  for (const char* debris : {"Photo: Reuters",
                             "Photo by John Smith/Getty Images",
                             "AFP / Getty Images",
                             "Share this article",
                             "Facebook Twitter WhatsApp Email",
                             "Follow us on Telegram",
                             "Follow us on Twitter and Facebook",
                             "Like us on Facebook!",
                             "Sign up for our daily newsletter",
                             "Subscribe",
                             "We use cookies to improve your "
                             "experience on our site. By continuing you agree.",
                             "Accept all cookies",
                             "Read more: Putin says ceasefire impossible",
                             "Related articles",
                             "Advertisement",
                             "Home > News > World",
                             "Leave a comment",
                             "12 comments",
                             "© 2024 Example Media",
                             "Like this story? Share it with a friend!",
                             "Enjoyed this article? Share it.",
                             "Share this story with your friends"}) {
    EXPECT_NE(RuleFor(debris), "kept") << debris;
  }
}

TEST(BoilerplateRules, RemovesASlideshowsCounterAndControls) {
  for (const char* debris : {"Image 1 of 8", "Image 1 of / 8", "1 / 13", "1 of 6", "Foto 3 von 12",
                             "Back to Gallery", "View photo gallery"}) {
    EXPECT_EQ(RuleFor(debris), "builtin:gallery") << debris;
  }
  for (const char* content : {"1 of 6 voters said they would stay home.",
                              "The gallery reopens on Monday after a year of repairs.",
                              "Back to the gallery he went, with the painting under his arm."}) {
    EXPECT_EQ(RuleFor(content), "kept") << content;
  }
}

TEST(BoilerplateRules, RemovesACaptionThatEndsInItsPhotosCredit) {
  for (const char* debris :
       {"In this Sunday, Nov. 10, 2019, photograph, a long row of unsold vehicles sits at a "
        "dealership in Littleton, Colo. (AP Photo/David Zalubowski)",
        "A 14th century plague doctor (Image: GETTY)",
        "Protesters have worn masks to protect their identities (Image: getty )",
        "Die Vogelgrippe trifft vor allem Wildvögel (Foto: Sarawut /Adobe Stock)",
        "The mayor at the opening (Photo by Jane Doe/Getty Images).",
        "A man loads his truck in Hialeah, Fla. (AP Photo/Alan Diaz, File)"}) {
    EXPECT_EQ(RuleFor(debris), "builtin:caption") << debris;
  }
  for (const char* content : {"She posted a picture of the flood (her third this week) on Sunday.",
                              "The agency released the image (below) on Monday.",
                              "He took the photo himself (with an old camera, he said).",
                              "The museum shows 40 photos (from 1920 to 1950) in its east wing."}) {
    EXPECT_EQ(RuleFor(content), "kept") << content;
  }
}

TEST(BoilerplateRules, RemovesLoneLabelsAndControls) {
  for (const char* debris : {"Topics", "Tags:", "Filed under:", "Categories:", "Schlagwörter:",
                             "Trending", "People in the Story", "Places in this Story"}) {
    EXPECT_EQ(RuleFor(debris), "builtin:tags") << debris;
  }
  for (const char* debris : {"Caption", "Close", "Hide caption", "Text size"}) {
    EXPECT_EQ(RuleFor(debris), "builtin:page-controls") << debris;
  }
  for (const char* content : {"Topics of the summit included trade and climate.",
                              "Close to 300 people attended.", "The text size was too small."}) {
    EXPECT_EQ(RuleFor(content), "kept") << content;
  }
}

TEST(BoilerplateRules, RemovesStaffCreditsAndSharingCounts) {
  for (const char* debris :
       {"Reporting by Rodrigo Campos; additional reporting by Stephanie Kelly; Editing by Nick "
        "Zieminski",
        "Additional reporting by Joseph Hudak",
        "Associated Press writers Alan Fram and Zeke Miller contributed to this report.",
        "NPR's Geoff Brumfiel contributed to this report.",
        "Reporting by Jane Doe in Washington; Editing by John Smith and Mary-Ann O’Neil",
        "Writing by Kim Lee; editing by Peter Graff."}) {
    EXPECT_EQ(RuleFor(debris), "builtin:staff-credits") << debris;
  }
  for (const char* debris : {"Sharing is caring!", "858shares", "1.2K shares"}) {
    EXPECT_EQ(RuleFor(debris), "builtin:share-prompt") << debris;
  }
  EXPECT_EQ(RuleFor("Loading comments..."), "builtin:comments-prompt");
  // Capitals that split into names many ways, then a sentence: kept.
  EXPECT_EQ(RuleFor("Reporting by " + std::string(300, 'A') + " revealed it."), "kept");
  for (const char* content :
       {"The reporting by the newspaper led to two resignations.",
        "She contributed to the report's findings, the committee said.",
        "Three scientists contributed to the report.",
        "Edited by a famous director, the film ran for three hours.",
        "858 shares changed hands before noon, a record for the exchange.",
        "Reporting for the paper, she covered three wars.",
        "Reporting by the Guardian revealed that the company had misled investors.",
        "Editing by machine learning tools is now common in newsrooms."}) {
    EXPECT_EQ(RuleFor(content), "kept") << content;
  }
}

TEST(BoilerplateRules, RelatedAndRecommendedAreLabelsOnlyWhenTheyStandAsOne) {
  for (const char* debris :
       {"Related articles", "related news", "Related: Putin says ceasefire", "Recommended for you",
        "Recommended", "Related changes", "Related stories » Markets slide"}) {
    EXPECT_EQ(RuleFor(debris), "builtin:read-more") << debris;
  }
  for (const char* content : {"Related research has shown similar effects in mice.",
                              "Recommended daily intake is 2,000 calories, the agency says.",
                              "Related to the case, police arrested two men on Friday."}) {
    EXPECT_EQ(RuleFor(content), "kept") << content;
  }
}

TEST(BoilerplateRules, KeepsArticleSentences) {
  for (const char* content :
       {"Putin said that he does not know the specific proposals of Donald Trump.",
        "Unable to negotiate with Ukraine",
        "Reuters reported that the talks had stalled, citing two sources.",
        "The photo shows the president at the summit in Astana.",
        "He shared the article with his followers on Thursday.",
        "Join us on Saturday for the parade through the old town.",
        "Follow us on our journey across the Andes.",
        "Like this story, the others share it with a friend of the family.",
        "Share it with a friend, the minister said, and nobody will know.",
        "In 2022, 29 of 31 targets were hit.", "Home prices rose 5% in March.",
        "We use cookies in our recipes, the baker said, and people love them, but the new "
        "rules about sugar may change that within a year or two, he added."}) {
    EXPECT_EQ(RuleFor(content), "kept") << content;
  }
}

TEST(BoilerplateRules, NeverJudgesLongParagraphs) {
  EXPECT_EQ(RuleFor("Advertisement " + std::string(500, 'x')), "kept");
}

TEST(BoilerplateRules, AppliesASourcesLiteralAndRegexRules) {
  Outcome out = Apply({"Kept text.", "  MORE   from the Desk ", "Tags: war, peace"},
                      {{"more from the desk", false}, {"tags:.*", true}});
  EXPECT_EQ(out.kept, (Paragraphs{"Kept text."}));
  ASSERT_EQ(out.removed.size(), 2u);
  EXPECT_EQ(out.removed[0].rule, "source:literal");
  EXPECT_EQ(out.removed[1].rule, "source:2");
  EXPECT_EQ(out.removed[1].text, "Tags: war, peace");
}

TEST(BoilerplateRules, RefusesARegexThatDoesNotCompile) {
  Result<BoilerplateRules> rules = BoilerplateRules::Create({{"(unclosed", true}});
  ASSERT_FALSE(rules.ok());
  EXPECT_NE(rules.status().message().find("(unclosed"), std::string::npos);
}

TEST(RemoveNameCaptions, RemovesANameThatRepeatsTheBody) {
  std::vector<Removal> removed;
  Paragraphs out = RemoveNameCaptions(
      {"President Vladimir Putin", "President Vladimir Putin said that talks had stalled."},
      &removed);
  EXPECT_EQ(out, (Paragraphs{"President Vladimir Putin said that talks had stalled."}));
  ASSERT_EQ(removed.size(), 1u);
  EXPECT_EQ(removed[0].rule, "builtin:name-caption");
}

TEST(RemoveNameCaptions, KeepsHeadingsAndNamesTheBodyDoesNotRepeat) {
  std::vector<Removal> removed;
  const Paragraphs in = {"Unable to negotiate with Ukraine", "Joe Biden",
                         "The president spoke on Friday."};
  EXPECT_EQ(RemoveNameCaptions(in, &removed), in);
  EXPECT_TRUE(removed.empty());
}

}  // namespace
}  // namespace corpusd
