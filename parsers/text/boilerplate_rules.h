// Rule-based debris removal: the built-in rule packs (copy-protection
// notices, photo credits and captions, calendar residue, share / follow /
// newsletter / cookie prompts, "read more" teasers, navigation crumbs,
// advertisement labels) and a source's own rules. Rules judge whole
// paragraphs, and only short ones: a paragraph of running text is never
// removed by a rule. Each removal is reported with the rule that made it.
#pragma once

#include <string>
#include <vector>

#include "config/settings.h"
#include "core/record.h"
#include "core/status.h"
#include "parsers/text/icu_regex.h"

namespace corpusd {

class BoilerplateRules {
 public:
  // The built-in packs plus the source's rules; fails for a regex that does
  // not compile, naming it.
  static Result<BoilerplateRules> Create(const std::vector<BoilerplateRuleSpec>& source_rules);

  // Removes the paragraphs a rule matches, appending each to `removals` with
  // the rule's name ("builtin:photo-credit", "source:2", ...).
  std::vector<std::string> Apply(std::vector<std::string> paragraphs,
                                 std::vector<Removal>* removals) const;

  // Eight hex digits that change whenever a built-in rule or one of the
  // source's rules does: part of each record's `rules_version`.
  const std::string& version() const { return version_; }

 private:
  BoilerplateRules(RegexList source_regexes, std::vector<std::string> source_names,
                   std::vector<std::string> literals, std::string version);
  const std::string* MatchingRule(const std::string& paragraph) const;

  // The built-in packs are compiled once per process and shared; these are
  // the source's own rules, tried after them.
  RegexList source_regexes_;
  std::vector<std::string> source_names_;  // "source:N" for each regex
  std::vector<std::string> literals_;      // source literals, folded; named "source:literal"
  std::string version_;
};

// Removes image captions that are only a name: a short Title Case paragraph
// ("President Vladimir Putin") that also stands inside another paragraph of
// the document. Reported as rule "builtin:name-caption".
std::vector<std::string> RemoveNameCaptions(std::vector<std::string> paragraphs,
                                            std::vector<Removal>* removals);

// The name of the built-in rule that removes a paragraph consisting of one
// news agency or photo credit ("Sputnik", "MTI/EPA/Sputnik/Grigory Sysoyev").
inline constexpr const char* kPhotoCreditRule = "builtin:photo-credit";

}  // namespace corpusd
