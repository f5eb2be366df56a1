#!/usr/bin/python3
"""Keeps the hand-written word tables of ext/money.c searchable: sorts
aMoneyWord[], aMoneyScale[] and aMoneyNum[] by the bytes of their folded
names (the binary search needs it; newsext_register_money() refuses to load
unsorted tables), and rewrites aNumPair[], the first-two-letter filter of
aMoneyNum[].  Run after adding a word:

  /usr/bin/python3 tools/sort_money_tables.py
"""
import pathlib
import re

p = pathlib.Path(__file__).resolve().parent.parent / "ext" / "money.c"
s = p.read_text(encoding="utf-8")
for name, typ, mac in (("aMoneyWord", "MoneyWord", "W"), ("aMoneyScale", "MoneyScale", "S"),
                       ("aMoneyNum", "MoneyNum", "N")):
    i = s.index(f"static const {typ} {name}[] = {{\n")
    j = s.index("\n};", i)
    lines = s[i:j].split("\n")
    first, ents = lines[0], [l for l in lines[1:] if l.strip()]

    def key(line):
        m = re.match(r"\s*" + mac + r'\("((?:[^"\\]|\\.)*)"', line)
        z = m.group(1)
        if "\\" in z:
            return z.encode().decode("unicode_escape").encode("latin-1")
        return z.encode()

    ents.sort(key=key)
    s = s[:i] + first + "\n" + "\n".join(ents) + s[j:]

i = s.index("static const MoneyNum aMoneyNum[] = {")
j = s.index("\n};", i)
bits = [0] * 26
for w in re.findall(r'N\("([^"]+)"', s[i:j]):
    if len(w) < 2:
        continue
    a, b = ord(w[0]) - 97, w[1]
    bits[a] |= (1 << (ord(b) - 97)) if "a" <= b <= "z" else (1 << 26)
k = s.index("static const unsigned aNumPair[26] = {")
l = s.index("};", k)
items = ["0x%07X" % x for x in bits]
body = "static const unsigned aNumPair[26] = {\n"
for r in range(0, 26, 7):
    body += "    " + ", ".join(items[r:r + 7]) + ",\n"
s = s[:k] + body + s[l:]
# the pair filter of aMoneyWord[] and aMoneyScale[] (MONEY_PAIR_HASH)
names = []
for name, typ, mac in (("aMoneyWord", "MoneyWord", "W"), ("aMoneyScale", "MoneyScale", "S")):
    i = s.index(f"static const {typ} {name}[] = {{\n")
    j = s.index("\n};", i)
    for m in re.finditer(r"\b" + mac + r'\("((?:[^"\\]|\\.)*)"', s[i:j]):
        z = m.group(1)
        names.append(z.encode().decode("unicode_escape").encode("latin-1") if "\\" in z
                     else z.encode())
pair = [0] * 128
one = sorted({chr(n[0]) for n in names if len(n) == 1})
for n in names:
    if len(n) >= 2:
        h = ((n[0] << 4) ^ n[1]) & 0xFFF
        pair[h >> 5] |= 1 << (h & 31)
k = s.index("static const unsigned aMoneyWordPair[128] = {")
l = s.index("};", k)
items = ["0x%08X" % x for x in pair]
body = "static const unsigned aMoneyWordPair[128] = {\n"
for r in range(0, 128, 6):
    body += "    " + ", ".join(items[r:r + 6]) + ",\n"
s = s[:k] + body + s[l:]
k = s.index("static const char zMoneyOneByte[] = ")
l = s.index(";", k)
lit = "".join("\\\\" if c == "\\" else c for c in one)
s = s[:k] + 'static const char zMoneyOneByte[] = "' + lit + '"' + s[l:]
p.write_text(s, encoding="utf-8")
