// What the main-content finder (html_main_content.h) knows about pages
// before it scores them: the tags, ARIA roles and class/id words of
// never-content subtrees (navigation, share bars, comments, cookie banners,
// captions, ...), the class/id words of article bodies, and the short texts
// pages put between paragraphs ("Advertisement"). General rules, never
// per-site ones. Pure.
#pragma once

#include <string>
#include <string_view>

#include "parsers/html/html_document.h"

namespace corpusd {

// What an element is when it and everything in it is left out of the
// article ("navigation", "comments", "share", "teaser-list", "bio", "ad",
// "caption", ...), or empty when it may hold content. `class_hints` false
// judges by tag and role only (the retry for pages whose whole layout
// carries a boilerplate word, "container penci_sidebar").
std::string_view BoilerplateKind(const HtmlNode& e, std::string_view tag, bool class_hints);
bool IsBoilerplateElement(const HtmlNode& e, std::string_view tag, bool class_hints);

// Readability's class weight: positive for hints of an article body,
// negative for hints of boilerplate.
double ClassWeight(const HtmlNode& e, std::string_view tag);

// True for the words pages put between paragraphs of an article that are
// never part of it ("Advertisement", "Share this").
bool IsBoilerplateText(std::string_view block);

// Letters and digits only, ASCII lower-cased: for comparing a block with the
// headline regardless of punctuation and spacing.
std::string NormalizedForCompare(std::string_view s);

}  // namespace corpusd
