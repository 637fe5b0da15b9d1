#!/usr/bin/env python3
"""Build a large mojibake dev set from Debian word lists and score `corpusd fix-text` on it.

  python3 scripts/gen_mojibake.py [--binary build/corpusd] [--per-language 2000] [--seed 1]
                                  [--out cases.jsonl] [--by-script] [--show N] [--no-run]

Words come from the wXXX packages (/usr/share/dict) and hunspell-XX packages
(/usr/share/hunspell); languages whose list is missing are skipped with a note.
Each language gets N items (half 1-3 word phrases, half punctuated sentences
with quotes, dashes, symbols, prices, emoticons, emoji and ALL-CAPS words).
Every item is a negative case (fix-text must leave it alone) and, through real
mis-decodings (UTF-8 bytes read as cp1252, latin-1, cp1250, ...), the source of
positive cases (fix-text must give the item back). Cases go to a JSONL file
(id, half, language, script, codec, input, expect); an item and all its broken
forms share one half, A or B, picked by a hash of the item. All inputs then go
through ONE `corpusd fix-text -` run and the rates are printed per half.
"""
import argparse
import collections
import hashlib
import json
import random
import re
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DICT, HUNSPELL = Path("/usr/share/dict"), Path("/usr/share/hunspell")

# language -> (word list, script label). A ".dic" is a hunspell dictionary.
SOURCES = {
    "en": ("american-english", "latin"), "de": ("ngerman", "latin"), "fr": ("french", "latin"),
    "es": ("spanish", "latin"), "it": ("italian", "latin"), "pt": ("portuguese", "latin"),
    "ca": ("catalan", "latin"), "pl": ("polish", "latin"), "da": ("danish", "latin"),
    "sv": ("swedish", "latin"), "nb": ("bokmaal", "latin"), "cs": ("cs_CZ.dic", "latin"),
    "hu": ("hu_HU.dic", "latin"), "ro": ("ro_RO.dic", "latin"), "tr": ("tr_TR.dic", "latin"),
    "vi": ("vi_VN.dic", "vietnamese"), "el": ("el_GR.dic", "greek"),
    "ru": ("ru_RU.dic", "cyrillic"), "uk": ("ukrainian", "cyrillic"), "bg": ("bulgarian", "cyrillic"),
}
# A word: letters, with inner apostrophes or hyphens only (no digits, dots, abbreviations).
WORD = re.compile(r"^[^\W\d_]+(?:['’ʼ-][^\W\d_]+)*$")
# Quote pairs each language really uses (plus the English ones everywhere, rarely).
QUOTES = {  # "open|close"; French sets its guillemets off with a no-break space
    "en": ["“|”", "‘|’"], "de": ["„|“", "»|«"], "fr": ["«\u00a0|\u00a0»", "« | »", "“|”"], "es": ["«|»", "“|”"], "it": ["«|»", "“|”"],
    "pt": ["«|»", "“|”"], "ca": ["«|»", "“|”"], "pl": ["„|”", "«|»"], "da": ["»|«", "„|“"], "sv": ["”|”", "»|»"],
    "nb": ["«|»", "“|”"], "cs": ["„|“", "»|«"], "hu": ["„|”", "»|«"], "ro": ["„|”", "«|»"], "tr": ["“|”", "«|»"],
    "vi": ["“|”", "‘|’"], "el": ["«|»", "“|”"], "ru": ["«|»", "„|“"], "uk": ["«|»", "„|“"], "bg": ["„|“", "«|»"],
}
EMOTICONS = ["¬_¬", "(´・ω・`)", "¯\\_(ツ)_/¯", "^_^", ":-)", ";)", "(╯°□°)╯︵ ┻━┻", "ಠ_ಠ", "¯\\(°_o)/¯", "¬´", "¬ô", "(¬‿¬)", "¬¬", "´¬`", "·¨·"]
# Marks that real text glues to a word with no space: "Øst–Vest", "Ελλάδα¨",
# "ÎNCEPE”", "a·b": the kinds of correct text a repair must not take for mojibake.
GLUED = ["–", "—", "¨", "´", "·", "¬", "°", "…", "’", "”", "»", "«", "“", "„", "©", "®", "™", "§", "¶",
         "±", "×", "µ", "¦", "¤", "¯", "¸", "ª", "º", "¹", "²", "³", "¼", "½", "€", "£", "¥", "•", "†", "‰"]
EMOJI = ["😀", "🎉", "❤️", "👍🏽", "🙂", "😂", "🔥", "✨", "✅", "🇩🇪", "👨‍👩‍👧", "☕"]
# Symbol snippets as they appear in running text; each is a function of the random source.
SYMBOLS = [
    lambda r: f"§ {r.randint(1, 99)}", lambda r: f"{r.randint(-20, 40)} °C", lambda r: f"© {r.randint(1990, 2024)}",
    lambda r: "Acme®", lambda r: "Foo™", lambda r: f"{r.randint(2, 9)} × {r.randint(2, 9)}",
    lambda r: f"{r.randint(10, 99)} ÷ {r.randint(2, 9)}", lambda r: f"± {r.randint(1, 9)}",
    lambda r: f"{r.randint(1, 500)} µm", lambda r: f"{r.randint(1, 99)},{r.randint(0, 99):02d} €",
    lambda r: f"€{r.randint(1, 999)}", lambda r: f"£{r.randint(1, 99)}", lambda r: f"¥{r.randint(100, 9999)}",
    lambda r: f"{r.randint(1, 99)}¢", lambda r: "¶", lambda r: "·", lambda r: "¨", lambda r: "¬", lambda r: "´",
    lambda r: f"{r.randint(1, 99)}%", lambda r: f"{r.randint(1, 12)}–{r.randint(13, 30)}",
]
MAX_LINES = 150000  # lines read from one word list at most
BAD_CHARS = re.compile("[\x00-\x1f\x7f\x85\u2028\u2029]")  # cannot travel one case per line
CP1252_SLOPPY = {i: (bytes([i]).decode("cp1252", "ignore") or chr(i)) for i in range(0x80, 0xA0)}


def sloppy_cp1252(data):
    """cp1252, but the 5 undefined bytes (0x81 0x8D 0x8F 0x90 0x9D) become U+0081 etc."""
    return data.decode("latin-1").translate(CP1252_SLOPPY)


def layer(decode):
    return lambda text: decode(text.encode("utf-8"))


def strict(codec):
    return layer(lambda data: data.decode(codec))


# codec label -> function from correct text to broken text (raises if the bytes do not decode).
CODECS = {
    "cp1252": strict("cp1252"),
    "sloppy-cp1252": layer(sloppy_cp1252),
    "latin-1": strict("latin-1"),
    "cp1250": strict("cp1250"),
    "cp1251": strict("cp1251"),
    "mac_roman": strict("mac_roman"),
    "cp437": strict("cp437"),
    "sloppy-cp1252x2": lambda t: layer(sloppy_cp1252)(layer(sloppy_cp1252)(t)),
    "latin-1x2": lambda t: strict("latin-1")(strict("latin-1")(t)),
    "cp1252+latin-1": lambda t: strict("latin-1")(layer(sloppy_cp1252)(t)),
}


def read_words(name):
    """The valid words of one list, NFC; None when the list is not installed."""
    dic = name.endswith(".dic")
    path = (HUNSPELL if dic else DICT) / name
    if not path.exists():
        return None
    data = path.read_bytes()
    if dic:  # the .aff's SET line names the encoding of both files
        aff = path.with_suffix(".aff").read_bytes().decode("latin-1")
        enc = re.search(r"^SET\s+(\S+)", aff, re.M)
        enc = enc.group(1).replace("ISO8859", "ISO-8859") if enc else "ISO-8859-1"
        text = data.decode(enc, "replace")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:  # swedish and bokmaal are latin-1
            text = data.decode("latin-1")
    lines = text.split("\n")[1 if dic else 0:]
    lines = lines[::len(lines) // MAX_LINES + 1]  # an even spread of a long list is plenty
    words = set()
    for line in lines:
        if dic:  # "word/FLAGS<tab>morphology"; "\/" is an escaped slash
            line = re.split(r"(?<!\\)/", line.split()[0] if line.strip() else "")[0].replace("\\/", "/")
        line = unicodedata.normalize("NFC", line.strip())
        if 2 <= len(line) <= 24 and WORD.match(line):
            words.add(line)
    return sorted(words)


class Language:
    """Makes the items of one language from its word pools."""

    def __init__(self, code, script, words, latin_words, rng):
        self.code, self.script, self.rng, self.latin = code, script, rng, latin_words
        self.accented = [w for w in words if not w.isascii()]
        self.plain = [w for w in words if w.isascii()]
        # English has too few accented words for 60% to read like English at all.
        self.p_accented = 0.0 if not self.accented else (0.25 if code == "en" else 0.65)
        self.quotes = [q.split("|") for q in QUOTES.get(code, []) + ["“|”"]]

    def upper(self, word):
        if self.code == "tr":  # Turkish dotted/dotless i
            word = word.replace("i", "İ").replace("ı", "I")
        return word.upper()

    def capital(self, word):
        return self.upper(word[0]) + word[1:]

    def word(self):
        r = self.rng
        pool = self.accented if (r.random() < self.p_accented or not self.plain) else self.plain
        w = r.choice(pool)
        if self.latin and r.random() < 0.06:  # a Latin word in Cyrillic or Greek text
            w = r.choice(self.latin)
        if "'" in w and r.random() < 0.5:
            w = w.replace("'", "’")
        return w

    def phrase(self):
        """1-3 words, sometimes capitalized, upper-cased or followed by a symbol."""
        r = self.rng
        words = [self.word() for _ in range(r.choice([1, 1, 1, 2, 2, 3]))]
        roll = r.random()
        if roll < 0.12:
            words = [self.upper(w) for w in words]
        elif roll < 0.40:
            words[0] = self.capital(words[0])
        text = " ".join(words)
        if r.random() < 0.10:  # a mark glued to the phrase
            mark = r.choice(GLUED)
            text = text + mark if r.random() < 0.7 else mark + text
        roll = r.random()
        if roll < 0.05:
            text += " " + r.choice(EMOJI)
        elif roll < 0.10:
            text += " " + r.choice(SYMBOLS)(r)
        elif roll < 0.13:
            q = r.choice(self.quotes)
            text = q[0] + text + q[1]
        return text

    def sentence(self):
        """5-14 words: capital first, commas, quotes, dashes, symbols, a final mark."""
        r = self.rng
        words = [self.word() for _ in range(r.randint(5, 14))]
        if self.latin and r.random() < 0.25:
            words[r.randrange(1, len(words))] = r.choice(self.latin)
        words = [self.upper(w) if r.random() < 0.04 else w for w in words]
        words[0] = self.capital(words[0])
        if r.random() < 0.25:  # quote a span of 1-3 words
            i = r.randrange(len(words))
            j = min(len(words), i + r.randint(1, 3)) - 1
            q = r.choice(self.quotes)
            words[i] = q[0] + words[i]
            words[j] = words[j] + q[1]
        tokens = []
        for i, w in enumerate(words):
            tokens.append(w)
            if i == len(words) - 1:
                break
            roll = r.random()
            if roll < 0.06:  # a mark glued to the word, or joining it to the next
                mark = r.choice(GLUED)
                if r.random() < 0.5:
                    tokens[-1] += mark
                else:
                    tokens[-1] += mark + words[i + 1]
                    words[i + 1] = ""
                continue
            roll = (roll - 0.06) / 0.94
            if roll < 0.10:
                tokens[-1] += ","
            elif roll < 0.14:
                tokens.append(r.choice("–—"))
            elif roll < 0.19:
                tokens.append(r.choice(SYMBOLS)(r))
            elif roll < 0.21:
                tokens.append(r.choice(EMOTICONS))
        end = r.choices([".", "!", "?", "…", "?!"], [60, 12, 14, 10, 4])[0]
        text = " ".join(t for t in tokens if t) + end
        if self.code == "es" and end in "!?":  # ¡…! and ¿…?
            text = ("¡" if end == "!" else "¿") + text
        roll = r.random()
        if roll < 0.08:
            text += " " + r.choice(EMOJI)
        elif roll < 0.12:
            text += " " + r.choice(EMOTICONS)
        return text

    def items(self, n):
        seen, out = set(), []
        for attempt in range(n * 20):
            if len(out) == n:
                break
            text = self.phrase() if len(out) < n // 2 else self.sentence()
            if text not in seen:
                seen.add(text)
                out.append(text)
        return out


def build_cases(per_language, seed):
    """All cases, as dicts, language by language."""
    words = {}
    for code, (name, _) in SOURCES.items():
        words[code] = read_words(name)
        if words[code] is None:
            print(f"note: no word list {name} for {code}; skipped", file=sys.stderr)
    latin = [w for w in (words.get("en") or []) if w.islower() and "'" not in w]
    cases = []
    for code, (name, script) in SOURCES.items():
        if not words[code]:
            continue
        rng = random.Random(f"{seed}-{code}")  # one stream per language: lists stay independent
        lang = Language(code, script, words[code], latin if script in ("cyrillic", "greek") else None, rng)
        for n, item in enumerate(lang.items(per_language)):
            assert not BAD_CHARS.search(item), item
            half = "AB"[hashlib.sha256(item.encode("utf-8")).digest()[0] & 1]
            base = {"half": half, "language": code, "script": script}
            cases.append({"id": f"{code}-{n:05d}-none", **base, "codec": "none", "input": item, "expect": item})
            for codec, breaker in CODECS.items():
                try:
                    broken = breaker(item)
                except UnicodeDecodeError:  # strict codec with an undefined byte
                    continue
                if broken != item and not BAD_CHARS.search(broken):
                    cases.append({"id": f"{code}-{n:05d}-{codec}", **base, "codec": codec,
                                  "input": broken, "expect": item})
    return cases


def table(title, rows, groups):
    """Print rows of right/total per half A, B and overall; rows: {label: {half: [right, total]}}."""
    def cell(rt):
        return f"{rt[0]:>6}/{rt[1]:<6} {100.0 * rt[0] / rt[1]:5.1f}%" if rt[1] else f"{'-':>20}"
    width = max(len(g) for g in groups) + 2
    print(f"\n{title}\n{'':{width}}{'half A':>20}  {'half B':>20}  {'all':>20}")
    for g in groups:
        ab = rows[g]
        total = [ab["A"][0] + ab["B"][0], ab["A"][1] + ab["B"][1]]
        print(f"{g:{width}}{cell(ab['A'])}  {cell(ab['B'])}  {cell(total)}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--binary", default=str(ROOT / "build" / "corpusd"), help="the corpusd to run")
    ap.add_argument("--per-language", type=int, default=2000, help="items per language (default 2000)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", type=Path, help="write the cases here (default: a temporary file, kept)")
    ap.add_argument("--by-script", action="store_true", help="also split each codec's rate by script")
    ap.add_argument("--show", type=int, default=0, metavar="N",
                    help="print up to N failing cases per negative script and per positive codec")
    ap.add_argument("--no-run", action="store_true", help="only write the cases")
    a = ap.parse_args()

    started = time.monotonic()
    cases = build_cases(a.per_language, a.seed)
    out = a.out or Path(tempfile.mkstemp(prefix="mojibake-", suffix=".jsonl")[1])
    with out.open("w", encoding="utf-8") as f:
        for case in cases:
            f.write(json.dumps(case, ensure_ascii=False) + "\n")
    negatives = sum(c["codec"] == "none" for c in cases)
    print(f"{len(cases)} cases ({negatives} negative, {len(cases) - negatives} positive), "
          f"{len({c['language'] for c in cases})} languages, built in {time.monotonic() - started:.1f} s: {out}")
    if a.no_run:
        return 0

    stdin = "".join(c["input"] + "\n" for c in cases).encode("utf-8")
    started = time.monotonic()
    run = subprocess.run([a.binary, "fix-text", "-"], input=stdin, capture_output=True)
    wall = time.monotonic() - started
    if run.returncode != 0:
        sys.exit(f"{a.binary} fix-text failed ({run.returncode}): {run.stderr.decode(errors='replace')[:2000]}")
    # Split on "\n" only: str.splitlines() would also split at U+0085 and U+2028.
    lines = run.stdout.decode("utf-8", "replace").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if len(lines) != len(cases):
        sys.exit(f"expected {len(cases)} lines from fix-text, got {len(lines)}")
    print(f"fix-text: {len(cases)} lines, {len(stdin) / 1e6:.1f} MB in {wall:.2f} s "
          f"({len(cases) / wall:,.0f} lines/s)")

    # Tally right/total per (row label, half); keep the failures per group for --show.
    neg = collections.defaultdict(lambda: {"A": [0, 0], "B": [0, 0]})
    pos = collections.defaultdict(lambda: {"A": [0, 0], "B": [0, 0]})
    failures = collections.defaultdict(list)
    for case, line in zip(cases, lines):
        ok = line == case["expect"]
        if case["codec"] == "none":
            keys, tally, group = [case["script"], case["language"]], neg, "negative " + case["script"]
        else:
            keys, tally, group = [case["codec"], "all codecs"], pos, "positive " + case["codec"]
            if a.by_script:
                keys.append(f"{case['codec']}/{case['script']}")
                group += "/" + case["script"]
        for key in keys:
            tally[key][case["half"]][0] += ok
            tally[key][case["half"]][1] += 1
        if not ok:
            failures[group].append((case, line))

    scripts = [s for s in ("latin", "vietnamese", "cyrillic", "greek") if s in neg]
    languages = [code for code in SOURCES if code in neg]
    table("negatives left unchanged", neg, scripts + languages)
    changed = sum(len(v) for k, v in failures.items() if k.startswith("negative"))
    print(f"negatives changed: {changed}/{negatives}")
    codecs = [c for c in CODECS if c in pos]
    if a.by_script:
        codecs = [k for c in codecs for k in [c] + [f"{c}/{s}" for s in scripts if f"{c}/{s}" in pos]]
    table("positives repaired", pos, codecs + ["all codecs"])

    if a.show:
        pick = random.Random(a.seed)  # a spread of failures, not the first N of one language
        order = {name: i for i, name in enumerate(["none", *CODECS, *scripts])}
        for group in sorted(failures, key=lambda g: [order.get(p, 99) for p in g.split(" ")[1].split("/")]
                            if g.startswith("positive") else [-1, order[g.split(" ")[1]]]):
            items = failures[group]
            kept = sum(line == case["input"] for case, line in items)
            print(f"\n-- {group}: {len(items)} failing ({kept} left as they were, {len(items) - kept} "
                  f"changed but wrong), showing {min(a.show, len(items))}")
            for case, line in sorted(pick.sample(items, min(a.show, len(items))), key=lambda x: x[0]["id"]):
                print(f"  {case['id']} ({case['half']})\n    in:  {case['input']!r}\n"
                      f"    out: {line!r}\n    exp: {'(the input)' if case['codec'] == 'none' else repr(case['expect'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
