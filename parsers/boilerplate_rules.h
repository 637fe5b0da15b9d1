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
#include "parsers/icu_regex.h"

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

 private:
  BoilerplateRules(RegexList regexes, std::vector<std::string> names,
                   std::vector<std::vector<std::string>> needs,
                   std::vector<std::vector<std::string>> starts, std::vector<std::string> literals);
  const std::string* MatchingRule(const std::string& paragraph) const;

  RegexList regexes_;                             // built-in and source regexes, in order
  std::vector<std::string> names_;                // the rule name of each regex
  std::vector<std::vector<std::string>> needs_;   // words one of which each regex needs
  std::vector<std::vector<std::string>> starts_;  // words one of which it must start with
  std::vector<std::string> literals_;  // source literals, folded; named "source:literal:N"
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
