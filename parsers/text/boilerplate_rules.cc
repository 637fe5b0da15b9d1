#include "parsers/text/boilerplate_rules.h"

#include <bitset>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string_view>
#include <utility>

#include "core/content_hash.h"
#include "parsers/text/icu_chars.h"
#include "parsers/utf8.h"

namespace corpusd {
namespace {

// Paragraphs longer than this are running text, never debris for a rule.
constexpr std::size_t kMaxDebrisBytes = 400;

// News agencies and picture desks that credit photos.
#define AGENCY                                                                         \
  "(?:AP|AFP|Reuters|EPA|EPA-EFE|EFE|Getty Images|Getty|Shutterstock|iStock|MTI|TASS|" \
  "Sputnik|RIA Novosti|Xinhua|Anadolu|ANSA|DPA|PA|PA Images|Bloomberg|Alamy|"          \
  "Imago|AAP|Kyodo|Yonhap|UPI|NurPhoto|SOPA Images|Wikimedia Commons|Unsplash)"

// Where a page asks to be followed.
#define SOCIAL                                                                      \
  "facebook|twitter|x|instagram|tiktok|youtube|linkedin|telegram|whatsapp|threads|" \
  "mastodon|bluesky|pinterest|snapchat|reddit|vk|flipboard|google news|apple news|" \
  "social media|social"

// A capitalised word of a name ("Saqib", "Chavez-Dreyfuss", "O’Neil"),
// matched case-sensitively.
#define NAME_WORD R"((?-i:\p{Lu}[\p{L}'’.\-]*))"

struct BuiltinRule {
  const char* name;
  const char* pattern;  // matched against the whole paragraph, case-insensitively
  // Words of which the paragraph must hold one (lower case, ASCII-folded)
  // before the regex is tried: a cheap filter, since most paragraphs are
  // text and regexes cost. Empty: always tried.
  std::initializer_list<const char*> needs = {};
  // Words one of which the paragraph must start with (lower case), for
  // patterns anchored on their first word. Empty: any start.
  std::initializer_list<const char*> starts = {};
};

// Letter classes are written (?-i:\p{L}): they hold both cases already, and
// closing \p{L} over case, as the case-insensitive flag has ICU do, cost a
// millisecond of compiling for each one, in every process.
// Each pattern must match the whole paragraph. Keep them narrow: a rule that
// could match a sentence of an article does not belong here.
constexpr BuiltinRule kBuiltinRules[] = {
    {"builtin:copy-protection",
     R"((?:error\s*:\s*)?(?:this\s+)?content is protected\s*!*\.?|)"
     R"(you (?:cannot|can ?not|may not) copy (?:the )?content (?:of|on) this (?:page|site)\.?|)"
     R"(right[- ]click (?:is )?disabled.{0,60}|copying (?:of )?(?:this )?(?:content|text) is )"
     R"((?:not allowed|prohibited|forbidden).{0,60})",
     {"protected", "copy", "click"}},
    {kPhotoCreditRule,
     R"((?:(?:front[- ]page|cover|featured|header|top|main|lead|title|hero)\s+)?)"
     R"((?:image|photo|picture|foto|photograph|illustration|graphic|video)s?)"
     R"((?:\s+credits?)?\s*(?::|\||/|-|by\b).{1,160}|)"
     R"(\(?(?:photo|image|picture|foto)s?\s*(?:credit)?\s*:.{1,120}\)?|)"
     R"(\(?(?:©|\(c\)|copyright)\s*.{1,100}\)?)",
     {"image", "photo", "picture", "foto", "illustration", "graphic", "video", "©", "(c)",
      "copyright"}},
    // An agency's name alone, or with its photographer's: "Sputnik",
    // "MTI/EPA/Sputnik/Grigory Sysoyev".
    {kPhotoCreditRule,
     "(?:" AGENCY R"((?:\s*[/|]\s*(?-i:[\p{L}.' -]){1,40}){0,4}))",
     {},
     {"ap",     "afp",    "reuters", "epa",       "efe",   "getty",     "shutterstock",
      "istock", "mti",    "tass",    "sputnik",   "ria",   "xinhua",    "anadolu",
      "ansa",   "dpa",    "pa",      "bloomberg", "alamy", "imago",     "aap",
      "kyodo",  "yonhap", "upi",     "nurphoto",  "sopa",  "wikimedia", "unsplash"}},
    {"builtin:caption",
     R"([^.!?]{1,160}\((?:left|right|center|centre|top|bottom|pictured|file|file photo|L|R)\))"
     R"([^.!?]{0,160}\.?)",
     {"("}},
    // A caption that ends in its photo's credit: "… in Littleton, Colo.
    // (AP Photo/David Zalubowski)", "… the plague (Image: GETTY)",
    // "… (Foto: Sarawut/Adobe Stock)", "(Photo by Jane Doe/Getty Images)".
    {"builtin:caption",
     R"(.{1,360}\((?:[^()]{0,60}?[\s/,;])?(?:photos?|fotos?|images?|pictures?|bild|pic))"
     R"(\s*(?:credits?\s*)?(?:by\b|/|:|-)[^()]{1,100}\)\s*\.?)",
     {"photo", "foto", "image", "picture", "pic:", "pic/", "bild:", "bild/", "bild /"}},
    {"builtin:calendar-residue",
     R"((?:[1-9]|[12][0-9]|3[01])(?:\s+(?:[1-9]|[12][0-9]|3[01]))+)",
     {"1", "2", "3", "4", "5", "6", "7", "8", "9"},
     {"1", "2", "3", "4", "5", "6", "7", "8", "9"}},
    {"builtin:share-prompt",
     R"((?:share|tweet|email|e-mail|print|pin|save)(?:\s+(?:this|the))?)"
     R"((?:\s+(?:article|story|post|page|link))?(?:\s+(?:on|via|with)\s+(?-i:\p{L})+)?\s*[:!.]?|)"
     R"((?:(?:facebook|twitter|x|whatsapp|linkedin|telegram|reddit|email|e-mail|print|)"
     R"(copy link|messenger|pinterest|viber|vk)\s*[|/·•,]?\s*){2,}|)"
     // "Follow us on Twitter and Facebook", but not "Join us on Saturday".
     R"((?:follow|like|join)\s+(?:us|@\w+)(?:\s+on\s+(?:)" SOCIAL
     R"()(?:\s*(?:,|and|&)\s*(?:)" SOCIAL R"())*)?[.!]?|)"
     // "Like this story? Share it with a friend!", "Enjoyed this article? Share it."
     R"((?:(?:like|liked|enjoy|enjoyed|love|loved)\s+(?:this|the)\s+(?:story|article|post)\?\s*)?)"
     R"(share (?:it|this(?: (?:story|article|post))?)(?: with (?:a friend|friends|your friends))?[.!]?)",
     {},
     {"share",     "tweet", "email",    "e-mail",   "print",    "pin",    "save",  "facebook",
      "twitter",   "x ",    "whatsapp", "linkedin", "telegram", "reddit", "copy",  "messenger",
      "pinterest", "viber", "vk",       "follow",   "like",     "join",   "enjoy", "love"}},
    // A sharing widget's slogan and count: "Sharing is caring!", "858shares".
    {"builtin:share-prompt",
     R"(sharing is caring[.!]?|\d[\d,.]*\s*k?\s*shares?)",
     {"sharing", "shares"}},
    {"builtin:newsletter-prompt",
     R"((?:sign up|subscribe|register)(?:\s+now)?(?:\s+(?:to|for))?\s+(?:our|the)\s+)"
     R"((?:free\s+)?(?:daily\s+|weekly\s+)?(?:(?-i:\p{L})+\s+){0,3}newsletters?.{0,120}|)"
     R"(get (?:our|the) .{0,40}newsletter.{0,100}|)"
     R"(subscribe(?:\s+(?:now|today|here))?[.!]?)",
     {"newsletter", "subscribe"}},
    {"builtin:cookie-prompt",
     // Cookie notices name the site or consent; a sentence about baking does not.
     R"((?=.{0,300}\bcookies?\b))"
     R"((?=.{0,300}\b(?:site|website|browsing|browser|consent|privacy|analytics|personali[sz]ed?)\b))"
     R"(.{0,200}\b(?:we|this (?:web)?site|our (?:web)?site) uses? cookies\b.{0,300}|)"
     R"((?:accept|reject|allow|manage)(?: all)? cookies.{0,60}|cookie (?:policy|settings|preferences))",
     {"cookie"}},
    {"builtin:read-more",
     R"((?:read more|read also|also read|see also|more on this(?: story)?|you may also like|)"
     R"(don'?t miss|more from (?-i:[\p{L} ]){1,40}|continue reading|click here to .{1,80})\s*[:»>…|-]?.{0,200}|)"
     // "Related" and "Recommended" also open sentences ("Related research
     // has shown ...", "Recommended daily intake is ..."): only a label of
     // their own, or one followed by its list.
     R"((?:related|recommended)(?:\s+(?:articles?|stories|news|posts?|content|reading|links|)"
     R"(videos?|topics|changes|for you))?\s*(?:[:»>…|-].{0,200})?)",
     {},
     {"read", "also", "see", "related", "recommended", "more", "you", "don", "continue", "click"}},
    {"builtin:navigation",
     R"((?:home|start|startseite|главная|accueil|inicio|főoldal|strona główna))"
     R"((?:\s*[>»/|›]\s*[^>»/|›.!?]{1,40}){1,6})",
     {},
     {"home", "start", "главная", "accueil", "inicio", "főoldal", "strona"}},
    {"builtin:advertisement",
     R"((?:advertisement|advertising|anzeige|реклама|publicité|publicidad|hirdetés|reklama|)"
     R"(sponsored(?: content)?|ad)\s*[:.]?)",
     {},
     {"advert", "anzeige", "реклама", "publicit", "hirdet", "reklama", "sponsored", "ad"}},
    {"builtin:gallery",
     // A slideshow's counter and controls, each a paragraph of its own:
     // "Image 1 of 8", "1 / 8", "Foto 3 von 12", "Back to Gallery".
     R"((?:(?:image|photo|picture|slide|foto|bild|imagen|immagine)\s+)?)"
     R"(\d{1,3}\s*(?:of|/|von|de|di|sur|из|z)\s*/?\s*\d{1,3}|)"
     R"((?:back to|view|open|see|launch|close)\s+(?:the\s+)?(?:photo\s+|image\s+)?gallery)",
     {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "gallery"},
     {"0",      "1",        "2",     "3",     "4",       "5",     "6",      "7",
      "8",      "9",        "image", "photo", "picture", "slide", "foto",   "bild",
      "imagen", "immagine", "back",  "view",  "open",    "see",   "launch", "close"}},
    {"builtin:tags",
     // A list's label left on its own once the links are gone: "Topics",
     // "Tags:", "Filed under:", AP's "People in the Story".
     R"((?:topics?|tags?|tagged(?: with)?|filed under|categories|category|keywords|)"
     R"(schlagwörter|schlagworte|themen|étiquettes|mots-clés|etiquetas|temas|argomenti|)"
     R"(trending(?: now| stories| topics)?|)"
     R"((?:people|places|organizations|companies|topics) in (?:this|the) story)\s*:?)",
     {},
     {"topic", "tag", "filed", "categor", "keyword", "schlagw", "themen", "mots", "etiquetas",
      "temas", "argomenti", "trending", "people", "places", "organizations", "companies"}},
    {"builtin:page-controls",
     // The controls of a photo's caption or of the page, each a paragraph of
     // its own: "Caption", "Close", "Hide caption", "Text size".
     R"(caption|close|(?:show|hide|toggle)\s+captions?|enlarge\s+(?:this\s+)?(?:image|photo)|)"
     R"((?:text|font)\s+size|(?:increase|decrease|reset)\s+(?:text|font)\s+size)",
     {},
     {"caption", "close", "show", "hide", "toggle", "enlarge", "text", "font", "increase",
      "decrease", "reset"}},
    {"builtin:comments-prompt",
     R"((?:\d+\s+)?comments?|leave a (?:comment|reply)|)"
     R"(you must be logged in to post a comment.{0,40}|show comments|view comments|)"
     R"(loading comments\s*(?:\.\.\.|…)?)",
     {},
     {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "comment", "leave", "you", "show", "view",
      "loading"}},
    {"builtin:staff-credits",
     // Who reported, wrote and edited, as news agencies close a story:
     // "Reporting by …; Editing by …", "Additional reporting by …",
     // "Associated Press writers … contributed to this report."
     // Names only after "by": "Reporting by the Guardian revealed ..." is a
     // sentence.
     R"((?:(?:additional\s+)?reporting|writing|editing)\s+by\s+)" NAME_WORD
     R"((?:(?:(?:\s*(?:,|;|&|and\b|in\b|(?:additional\s+)?reporting\s+by\b|writing\s+by\b|)"
     R"(editing\s+by\b))+\s*|\s+))" NAME_WORD R"()*\s*\.?|)"
     R"(.{1,200}\bcontributed\s+(?:to\s+this\s+(?:report|story|article)|reporting)\.?)",
     {"reporting by", "writing by", "editing by", "contributed to this", "contributed reporting"}},
};

// Lower-case ASCII and collapsed white space: how literal rules compare.
std::string Fold(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  return out;
}

}  // namespace

namespace {

// The built-in packs, compiled once per process and shared by every source:
// compiling them is far dearer than using them.
struct CompiledBuiltins {
  RegexList regexes;
  std::vector<std::string> names;
  std::vector<std::vector<std::string>> needs;   // words one of which each regex needs
  std::vector<std::vector<std::string>> starts;  // words one of which it must start with
  std::vector<std::bitset<256>> start_bytes;     // the first bytes of those words
};

const CompiledBuiltins& Builtins() {
  static const CompiledBuiltins* const builtins = [] {
    std::vector<std::string> patterns, names;
    std::vector<std::vector<std::string>> needs, starts;
    for (const BuiltinRule& rule : kBuiltinRules) {
      patterns.emplace_back(rule.pattern);
      names.emplace_back(rule.name);
      needs.emplace_back(rule.needs.begin(), rule.needs.end());
      starts.emplace_back(rule.starts.begin(), rule.starts.end());
    }
    Result<RegexList> regexes = RegexList::Compile(patterns);
    if (!regexes.ok()) {  // the tests compile every built-in pattern
      std::fprintf(stderr, "corpusd: built-in rule: %s\n", regexes.status().message().c_str());
      std::abort();
    }
    std::vector<std::bitset<256>> start_bytes(starts.size());
    for (std::size_t i = 0; i < starts.size(); ++i) {
      for (const std::string& word : starts[i]) {
        start_bytes[i].set(static_cast<unsigned char>(word.front()));
      }
    }
    return new CompiledBuiltins{std::move(*regexes), std::move(names), std::move(needs),
                                std::move(starts), std::move(start_bytes)};
  }();
  return *builtins;
}

// Every rule's text, built-in and the source's, hashed: a record's rules
// version changes exactly when the rules that cleaned it do.
std::string RulesDigest(const std::vector<BoilerplateRuleSpec>& source_rules) {
  std::string all;
  auto add = [&all](std::string_view part) {
    all.append(part);
    all.push_back('\0');
  };
  for (const BuiltinRule& rule : kBuiltinRules) {
    add(rule.name);
    add(rule.pattern);
    for (const char* w : rule.needs) add(w);
    add("|");
    for (const char* w : rule.starts) add(w);
  }
  for (const BoilerplateRuleSpec& spec : source_rules) {
    add(spec.regex ? "regex" : "literal");
    add(spec.pattern);
  }
  return Sha256Hex(all).substr(0, 8);
}

}  // namespace

BoilerplateRules::BoilerplateRules(RegexList source_regexes, std::vector<std::string> source_names,
                                   std::vector<std::string> literals, std::string version)
    : source_regexes_(std::move(source_regexes)),
      source_names_(std::move(source_names)),
      literals_(std::move(literals)),
      version_(std::move(version)) {}

Result<BoilerplateRules> BoilerplateRules::Create(
    const std::vector<BoilerplateRuleSpec>& source_rules) {
  Builtins();  // compiled at the first Create, not inside the first document
  std::vector<std::string> patterns, names, literals;
  for (std::size_t i = 0; i < source_rules.size(); ++i) {
    const BoilerplateRuleSpec& spec = source_rules[i];
    if (spec.regex) {
      patterns.push_back(spec.pattern);
      names.push_back("source:" + std::to_string(i + 1));
    } else {
      literals.push_back(Fold(spec.pattern));
    }
  }
  Result<RegexList> regexes = RegexList::Compile(patterns);
  if (!regexes.ok()) return regexes.status().WithContext("boilerplate rule");
  return BoilerplateRules(std::move(*regexes), std::move(names), std::move(literals),
                          RulesDigest(source_rules));
}

const std::string* BoilerplateRules::MatchingRule(const std::string& paragraph) const {
  if (paragraph.size() > kMaxDebrisBytes) return nullptr;
  const std::string folded = Fold(paragraph);
  for (const std::string& literal : literals_) {
    if (folded == literal) {
      static const std::string kLiteral = "source:literal";
      return &kLiteral;
    }
  }
  const CompiledBuiltins& builtins = Builtins();
  const auto wanted = [&](std::size_t i) {
    // Folding lowers ASCII only: a paragraph opening with another script is
    // not filtered by its start.
    if (!builtins.starts[i].empty() && !folded.empty() &&
        static_cast<unsigned char>(folded[0]) < 0x80) {
      if (!builtins.start_bytes[i].test(static_cast<unsigned char>(folded[0]))) return false;
      bool starts = false;
      for (const std::string& word : builtins.starts[i])
        starts = starts || folded.starts_with(word);
      if (!starts) return false;
    }
    if (builtins.needs[i].empty()) return true;
    for (const std::string& word : builtins.needs[i]) {
      if (folded.find(word) != std::string::npos) return true;
    }
    return false;
  };
  if (std::optional<std::size_t> hit = builtins.regexes.FirstFullMatch(paragraph, wanted)) {
    return &builtins.names[*hit];
  }
  std::optional<std::size_t> hit =
      source_regexes_.FirstFullMatch(paragraph, [](std::size_t) { return true; });
  return hit ? &source_names_[*hit] : nullptr;
}

std::vector<std::string> BoilerplateRules::Apply(std::vector<std::string> paragraphs,
                                                 std::vector<Removal>* removals) const {
  std::vector<std::string> kept;
  kept.reserve(paragraphs.size());
  for (std::string& paragraph : paragraphs) {
    if (const std::string* rule = MatchingRule(paragraph)) {
      removals->push_back({*rule, std::move(paragraph)});
    } else {
      kept.push_back(std::move(paragraph));
    }
  }
  return kept;
}

}  // namespace corpusd

namespace corpusd {
namespace {

// 2-5 words, each starting with a capital, with no sentence punctuation.
bool IsTitleCaseName(std::string_view p) {
  if (p.size() > 80) return false;
  std::size_t words = 0;
  bool word_start = true;
  for (std::size_t i = 0; i < p.size();) {
    std::size_t length = 1;
    const char32_t c = utf8::DecodeAt(p, i, length);
    if (c == ' ') {
      word_start = true;
    } else {
      if (word_start) {
        if (!chars::IsUppercase(c)) return false;
        ++words;
        word_start = false;
      } else if (!chars::IsLetter(c) && c != '.' && c != '-' && c != '\'') {
        return false;
      }
    }
    i += length;
  }
  return words >= 2 && words <= 5;
}

}  // namespace

std::vector<std::string> RemoveNameCaptions(std::vector<std::string> paragraphs,
                                            std::vector<Removal>* removals) {
  std::vector<bool> caption(paragraphs.size(), false);
  for (std::size_t i = 0; i < paragraphs.size(); ++i) {
    if (!IsTitleCaseName(paragraphs[i])) continue;
    for (std::size_t j = 0; j < paragraphs.size() && !caption[i]; ++j) {
      caption[i] = j != i && paragraphs[j].size() > paragraphs[i].size() &&
                   paragraphs[j].find(paragraphs[i]) != std::string::npos;
    }
  }
  std::vector<std::string> kept;
  for (std::size_t i = 0; i < paragraphs.size(); ++i) {
    if (caption[i]) {
      removals->push_back({"builtin:name-caption", std::move(paragraphs[i])});
    } else {
      kept.push_back(std::move(paragraphs[i]));
    }
  }
  return kept;
}

}  // namespace corpusd
