// A fast pass over raw HTML before Gumbo parses it: drops what can never
// become text or metadata — <script> (but not JSON-LD), <style>, <svg> and
// <math> subtrees, comments, the attributes no reader looks at (href but on
// <link>, data-*, src, srcset, event handlers...) and runs of white space in
// text outside <pre> (one character kept: a line break if the run has one) —
// so the parser sees a fraction of the bytes. What is left is for the page's
// readers (metadata, dates, main content, text): a reader of links (feed
// discovery, crawling) must parse the page as it came.
// Tags are scanned with their quoted attributes, and raw-text elements
// (title, textarea, xmp, ...) are copied whole, so markup inside them is
// never mistaken for a tag. Pure.
#pragma once

#include <string>
#include <string_view>

namespace corpusd {

// The page without its invisible bulk. Returns false (and leaves *out
// untouched) when there was nothing worth dropping.
bool StripInvisibleMarkup(std::string_view html, std::string* out);

}  // namespace corpusd
