// Repairs to the layout of clean paragraphs: damage that copying, wrapping
// and lost block boundaries leave in text. Only spacing and paragraph breaks
// change; no word is added or removed. Pure.
#pragma once

#include <string>
#include <vector>

namespace corpusd {

// Joins a paragraph that ends mid-sentence (no sentence-final punctuation)
// with the next when that one starts in lower case: hard wrapping across a
// blank line, as text exports leave it. For plain text only: in HTML such
// blocks are list items or table cells.
std::vector<std::string> JoinWrappedParagraphs(std::vector<std::string> paragraphs);

// Removes the space before a comma, a full stop or a closing quotation mark
// ("ago ," -> "ago,", `seriously ".` -> `seriously".`) and collapses doubled
// full stops ("production. . As" -> "production. As"), leaving ellipses and
// French spacing before ; : ! ? alone.
std::string FixPunctuationSpacing(const std::string& paragraph);

// Splits words glued by a lost block boundary ("SputnikMoscow",
// "PutinPresident") into two paragraphs, only where that is safe: both parts
// are capitalised words of three or more letters that each stand alone
// elsewhere in the document, the glued form occurs nowhere else, and it is
// not a well-known CamelCase name. So "McDonald", "iPhone" and "YouTube" stay
// as written.
std::vector<std::string> SplitGluedWords(std::vector<std::string> paragraphs);

}  // namespace corpusd
