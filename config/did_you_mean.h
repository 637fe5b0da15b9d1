// "Did you mean" suggestions for misspelt names (config keys, source types,
// log levels): the closest candidate by edit distance, if it is close.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace corpusd {

// The optimal-string-alignment distance: insertions, deletions,
// substitutions and transpositions of adjacent characters each cost 1.
// ASCII letters are compared case-insensitively.
std::size_t EditDistance(std::string_view a, std::string_view b);

// The candidate closest to `word` if it is at most 2 edits away (1 for words
// of up to 4 characters), "" otherwise; the first one on a tie.
std::string DidYouMean(std::string_view word, const std::vector<std::string_view>& candidates);

// " (did you mean \"interval\"?)", or "" when nothing is close: ready to be
// appended to an error message.
std::string DidYouMeanSuffix(std::string_view word,
                             const std::vector<std::string_view>& candidates);

}  // namespace corpusd
