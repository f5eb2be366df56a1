#!/usr/bin/python3
"""Validate the curated alias table and write ext/data/aliases.h.

The table is ext/data/entities/*.tsv, one entity per line:

    kind<TAB>canonical<TAB>alias|alias|...

kind is person, org or place; canonical is the entity's canonical English name
(always an alias itself, so it is not listed again); an alias written `=Apple`
matches case-sensitively only (its lowercase form is a common word).  Writing
the canonical name itself with the marker (`=Apple` on the line of `Apple`)
makes the canonical name case-sensitive.  Lines starting with # are comments.

ext/data/entities/ambiguous.txt lists, one a line, the aliases that may belong
to more than one entity (Washington: the city, the state, ...).  Any other
alias claimed by two canonical names is an error, and so is a listed alias
that is no longer ambiguous.  Two aliases collide when they are equal after
case folding, unless both are case-sensitive and differ in case.

Usage (Python 3 standard library only):
    tools/gen_aliases.py            validate, write ext/data/aliases.h, print counts
    tools/gen_aliases.py --check    validate; exit 1 if aliases.h is not up to date
    tools/gen_aliases.py --stats    print the counts as a markdown table (README)
    tools/gen_aliases.py --lint     also warn about case-insensitive aliases that
                                    are common lowercase words in /usr/share/dict/*
"""
import glob
import os
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "ext", "data", "entities")
HEADER = os.path.join(ROOT, "ext", "data", "aliases.h")
AMBIGUOUS = os.path.join(DATA, "ambiguous.txt")
KINDS = {"person": 1, "org": 2, "place": 3}
KIND_MACRO = {1: "NX_KIND_PERSON", 2: "NX_KIND_ORG", 3: "NX_KIND_PLACE"}
MIN_ENTITIES = 3000


class Table:
    def __init__(self):
        self.errors = []
        self.warnings = []
        self.entities = []  # (file, line, kind, canonical, [(alias, cs)])
        self.rows = []  # (alias, canonical, kind, cs)

    def error(self, where, msg):
        self.errors.append("%s: %s" % (where, msg))


def bad_text(s):
    """Why s cannot be a name, or None."""
    if s == "":
        return "empty"
    if s != s.strip():
        return "leading or trailing space"
    if "  " in s:
        return "double space"
    for ch in s:
        cat = unicodedata.category(ch)
        if cat in ("Cc", "Cf", "Zl", "Zp") or ch == "\ufffd":
            return "control or invalid character U+%04X" % ord(ch)
    if '"' in s or "\\" in s:
        return "quote or backslash"
    return None


def fold(s):
    return unicodedata.normalize("NFC", s).casefold()


def load():
    t = Table()
    files = sorted(glob.glob(os.path.join(DATA, "*.tsv")))
    if not files:
        t.error(DATA, "no .tsv files")
    canon_seen = {}
    for path in files:
        rel = os.path.relpath(path, ROOT)
        with open(path, "rb") as f:
            raw = f.read()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            t.error(rel, "not UTF-8 (%s)" % e)
            continue
        if text.startswith("\ufeff"):
            t.error(rel, "byte order mark")
        for n, line in enumerate(text.split("\n"), 1):
            where = "%s:%d" % (rel, n)
            line = line.rstrip("\r")
            if line.strip() == "" or line.startswith("#"):
                continue
            if unicodedata.normalize("NFC", line) != line:
                t.error(where, "not in Unicode NFC")
            f3 = line.split("\t")
            if len(f3) not in (2, 3):
                t.error(where, "expected kind<TAB>canonical<TAB>aliases, got %d fields" % len(f3))
                continue
            kind, canon = f3[0], f3[1]
            aliases = f3[2] if len(f3) == 3 else ""
            if kind not in KINDS:
                t.error(where, "unknown kind '%s' (person, org or place)" % kind)
                continue
            why = bad_text(canon)
            if why or "|" in canon or canon.startswith("="):
                t.error(where, "bad canonical name '%s' (%s)" % (canon, why or "| or ="))
                continue
            if canon in canon_seen:
                t.error(where, "canonical '%s' already defined at %s" % (canon, canon_seen[canon]))
                continue
            canon_seen[canon] = where
            canon_cs = False
            items = []
            seen = {}
            if len(f3) == 3 and aliases == "":
                t.error(where, "empty aliases field (leave it out instead)")
            for a in (aliases.split("|") if aliases else []):
                cs = a.startswith("=")
                name = a[1:] if cs else a
                why = bad_text(name)
                if why or name.startswith("="):
                    t.error(where, "bad alias '%s' of '%s' (%s)" % (a, canon, why or "=="))
                    continue
                if name == canon:
                    if cs:
                        canon_cs = True
                    else:
                        t.error(where, "alias '%s' repeats the canonical name" % a)
                    continue
                if name in seen:
                    t.error(where, "alias '%s' twice for '%s'" % (name, canon))
                    continue
                seen[name] = True
                items.append((name, cs))
            items.insert(0, (canon, canon_cs))
            # Same entity, same text up to case: keep both only when they
            # differ in case-sensitivity in a way that matters.
            byfold = {}
            for name, cs in items:
                if not cs:
                    k = name.lower()
                    if k in byfold:
                        t.error(where, "aliases '%s' and '%s' of '%s' are equal up to case"
                                % (byfold[k], name, canon))
                    byfold[k] = name
            for name, cs in items:
                if cs and name.lower() in byfold and byfold[name.lower()] != name:
                    t.error(where, "case-sensitive '%s' is covered by '%s'"
                            % (name, byfold[name.lower()]))
            t.entities.append((rel, n, KINDS[kind], canon, items))
            for name, cs in items:
                t.rows.append((name, canon, KINDS[kind], cs))
    check_collisions(t)
    return t


def read_ambiguous(t):
    amb = {}
    if not os.path.exists(AMBIGUOUS):
        return amb
    with open(AMBIGUOUS, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            name = line.split("\t")[0]
            k = fold(name)
            if k in amb:
                t.error("ambiguous.txt:%d" % n, "'%s' listed twice" % name)
            amb[k] = n
    return amb


def check_collisions(t):
    amb = read_ambiguous(t)
    groups = {}
    for name, canon, kind, cs in t.rows:
        groups.setdefault(fold(name), []).append((name, canon, cs))
    used = set()
    for k, g in groups.items():
        canons = {c for _, c, _ in g}
        if len(canons) < 2:
            continue
        # Collide unless every pair is case-sensitive and differs in case.
        clash = False
        for i in range(len(g)):
            for j in range(i + 1, len(g)):
                a, b = g[i], g[j]
                if a[1] == b[1]:
                    continue
                if a[2] and b[2] and a[0] != b[0]:
                    continue
                clash = True
        if not clash:
            continue
        if k in amb:
            used.add(k)
            continue
        t.error("aliases", "'%s' claimed by %s (add it to ambiguous.txt if that is right)"
                % (g[0][0], ", ".join(sorted("'%s'" % c for c in canons))))
    for k, n in amb.items():
        if k not in used:
            t.error("ambiguous.txt:%d" % n, "'%s' is not ambiguous (any more): remove it" % k)


def c_string(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def render(t):
    rows = sorted(t.rows, key=lambda r: (r[0].encode("utf-8"), r[1].encode("utf-8")))
    maxb = max(len(r[0].encode("utf-8")) for r in rows)
    out = []
    out.append("/* generated by tools/gen_aliases.py from the TSV files in ext/data/entities: do not edit */")
    out.append("#ifndef NEWSEXT_ALIASES_H")
    out.append("#define NEWSEXT_ALIASES_H")
    out.append("#define NX_KIND_PERSON 1")
    out.append("#define NX_KIND_ORG 2")
    out.append("#define NX_KIND_PLACE 3")
    out.append("typedef struct NxAliasRow {")
    out.append("  const char *zAlias;      /* as written, without the '=' marker; includes each canonical name itself */")
    out.append("  const char *zCanonical;")
    out.append("  unsigned char eKind;")
    out.append("  unsigned char bCaseSensitive;")
    out.append("} NxAliasRow;")
    out.append("/* sorted by zAlias in strcmp (byte) order, then by zCanonical */")
    out.append("static const NxAliasRow aNxAlias[] = {")
    for name, canon, kind, cs in rows:
        out.append("  {%s, %s, %s, %d}," % (c_string(name), c_string(canon), KIND_MACRO[kind], 1 if cs else 0))
    out.append("};")
    out.append("#define NX_ALIAS_COUNT %d" % len(rows))
    out.append("#define NX_ENTITY_COUNT %d" % len(t.entities))
    out.append("#define NX_ALIAS_MAX_BYTES %d /* longest zAlias in bytes */" % maxb)
    out.append("#endif /* NEWSEXT_ALIASES_H */")
    return "\n".join(out) + "\n"


def stats(t):
    per_file = {}
    per_kind = {1: 0, 2: 0, 3: 0}
    for rel, _, kind, _, items in t.entities:
        d = per_file.setdefault(os.path.basename(rel), {1: 0, 2: 0, 3: 0, "a": 0})
        d[kind] += 1
        d["a"] += len(items)
        per_kind[kind] += 1
    return per_file, per_kind


def print_stats(t, markdown):
    per_file, per_kind = stats(t)
    if markdown:
        print("| file | person | org | place | aliases |")
        print("|---|---:|---:|---:|---:|")
        for fn in sorted(per_file):
            d = per_file[fn]
            print("| %s | %d | %d | %d | %d |" % (fn, d[1], d[2], d[3], d["a"]))
        print("| **total** | %d | %d | %d | %d |" % (per_kind[1], per_kind[2], per_kind[3], len(t.rows)))
    else:
        for fn in sorted(per_file):
            d = per_file[fn]
            print("  %-28s person %5d  org %5d  place %5d  aliases %6d" % (fn, d[1], d[2], d[3], d["a"]))
        print("entities: %d (person %d, org %d, place %d); aliases: %d"
              % (len(t.entities), per_kind[1], per_kind[2], per_kind[3], len(t.rows)))


def lint(t):
    """Warn about case-insensitive aliases that are common lowercase words."""
    words = set()
    for path in glob.glob("/usr/share/dict/*"):
        if os.path.isdir(path) or os.path.islink(path) and not os.path.exists(path):
            continue
        try:
            with open(path, encoding="utf-8", errors="replace") as f:
                for w in f:
                    w = w.strip()
                    if w and w == w.lower() and not w.endswith("'s"):
                        words.add(w)
        except OSError:
            pass
    if not words:
        print("lint: no word lists in /usr/share/dict (apt-get install wamerican wngerman wfrench wspanish)")
        return
    icu_countries = set()
    gz = os.path.join(ROOT, "..", "shared", "data", "gazetteer", "icu_gazetteer.tsv")
    if os.path.exists(gz):
        with open(gz, encoding="utf-8") as f:
            for line in f:
                p = line.rstrip("\n").split("\t")
                if len(p) == 4 and p[0] in ("country", "country_alt"):
                    icu_countries.add(fold(p[3]))
    for name, canon, kind, cs in sorted(t.rows):
        if not cs and name.lower() in words:
            print("lint: '%s' (%s) is a common word: write =%s?" % (name, canon, name))
        if fold(name) in icu_countries and fold(canon) not in icu_countries:
            print("lint: '%s' (%s) is also an ICU country name" % (name, canon))


def main(argv):
    t = load()
    mode = argv[1] if len(argv) > 1 else ""
    if mode not in ("", "--check", "--stats", "--lint"):
        print("usage: gen_aliases.py [--check | --stats | --lint]", file=sys.stderr)
        return 2
    for w in t.warnings:
        print("warning: " + w, file=sys.stderr)
    if t.errors:
        for e in t.errors:
            print("error: " + e, file=sys.stderr)
        print("gen_aliases.py: %d errors" % len(t.errors), file=sys.stderr)
        if mode == "--check":
            print("gen_aliases: 0 passed, 1 failed")
        return 1
    if len(t.entities) < MIN_ENTITIES:
        print("warning: %d entities, fewer than %d" % (len(t.entities), MIN_ENTITIES), file=sys.stderr)
    text = render(t)
    if mode == "--stats":
        print_stats(t, True)
        return 0
    if mode == "--lint":
        lint(t)
        print_stats(t, False)
        return 0
    if mode == "--check":
        try:
            with open(HEADER, encoding="utf-8") as f:
                cur = f.read()
        except OSError:
            cur = None
        if cur != text:
            print("gen_aliases.py: %s is stale: run /usr/bin/python3 tools/gen_aliases.py"
                  % os.path.relpath(HEADER, ROOT), file=sys.stderr)
            print("gen_aliases: 0 passed, 1 failed")
            return 1
        print("gen_aliases.py: %s is up to date (%d entities, %d aliases)"
              % (os.path.relpath(HEADER, ROOT), len(t.entities), len(t.rows)))
        print("gen_aliases: 1 passed, 0 failed")
        return 0
    tmp = HEADER + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    os.replace(tmp, HEADER)
    print("wrote %s" % os.path.relpath(HEADER, ROOT))
    print_stats(t, False)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
