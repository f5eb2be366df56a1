#!/usr/bin/python3
"""Complete the city aliases of ext/data/entities/places_cities.tsv from CLDR.

CLDR (shipped with ICU) names the exemplar city of every time zone in every
locale; ../shared/data/gazetteer/icu_gazetteer.tsv holds those names for en, de,
fr, es, ja, zh (rows "city<TAB>tz-id<TAB>locale<TAB>name").  For each city of
the table whose canonical English name (or an alias) is a CLDR exemplar city,
this prints the German, French, Spanish, Japanese and Chinese CLDR names the
table lacks; with --apply it appends them to the city's aliases.  Traditional
Chinese (zh_Hant) names are skipped: the matcher folds them to Simplified.

Usage: /usr/bin/python3 tools/cldr_city_names.py [--apply] [GAZETTEER]
then run tools/gen_aliases.py.  Python 3 standard library only.
"""
import os
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TABLE = os.path.join(ROOT, "ext", "data", "entities", "places_cities.tsv")
LOCALES = ("de", "fr", "es", "ja", "zh")
# CLDR names that mostly mean something else in news (达尔文: Charles Darwin).
SKIP = {"达尔文"}


def main(argv):
    apply = "--apply" in argv
    rest = [a for a in argv[1:] if a != "--apply"]
    gz = rest[0] if rest else os.path.join(ROOT, "..", "shared", "data", "gazetteer", "icu_gazetteer.tsv")
    if not os.path.exists(gz):
        print("cldr_city_names.py: %s not found" % gz, file=sys.stderr)
        return 2
    names = {}  # tz id -> {locale: name}
    countries = set()  # a city name that is also a country's (突尼斯) is left out
    with open(gz, encoding="utf-8") as f:
        for line in f:
            p = line.rstrip("\n").split("\t")
            if len(p) == 4 and p[0] == "city":
                names.setdefault(p[1], {})[p[2]] = p[3]
            elif len(p) == 4 and p[0] in ("country", "country_alt"):
                countries.add(p[3].lower())
    by_en = {}
    for tz, d in names.items():
        if "en" in d:
            by_en.setdefault(d["en"].lower(), d)
    with open(TABLE, encoding="utf-8") as f:
        lines = f.read().split("\n")
    added = 0
    out = []
    for line in lines:
        p = line.split("\t")
        if line.startswith("#") or len(p) < 2:
            out.append(line)
            continue
        aliases = p[2].split("|") if len(p) > 2 and p[2] else []
        have = {a.lstrip("=").lower() for a in aliases} | {p[1].lower()}
        d = by_en.get(p[1].lower())
        if d is None:
            for a in aliases:
                d = by_en.get(a.lstrip("=").lower())
                if d:
                    break
        if d:
            for loc in LOCALES:
                n = d.get(loc)
                if (not n or n.lower() in have or n.lower() in countries or "(" in n
                        or any(unicodedata.category(c) == "Cf" for c in n)
                        or n in SKIP):
                    continue
                if True:
                    print("%s: + %s (%s)" % (p[1], n, loc))
                    aliases.append(n)
                    have.add(n.lower())
                    added += 1
        out.append("\t".join(p[:2] + (["|".join(aliases)] if aliases else [])))
    print("%d CLDR names %s" % (added, "added" if apply else "missing (use --apply)"))
    if apply and added:
        with open(TABLE, "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
