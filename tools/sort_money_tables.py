#!/usr/bin/python3
# Sorts the word tables of ext/money.c by their folded bytes, as the binary
# search needs (newsext_register_money refuses to load unsorted tables).
#   /usr/bin/python3 tools/sort_money_tables.py
import re
import pathlib
p=str(pathlib.Path(__file__).resolve().parent.parent / 'ext' / 'money.c')
s=open(p).read()
for name,typ,mac in (('aMoneyWord','MoneyWord','W'),('aMoneyScale','MoneyScale','S'),('aMoneyNum','MoneyNum','N')):
    i=s.index('static const '+typ+' '+name+'[] = {\n')
    j=s.index('\n};',i)
    lines=s[i:j].split('\n')
    first=lines[0]; ents=[l for l in lines[1:] if l.strip()]
    def key(l):
        m=re.match(r'\s*'+mac+r'\("((?:[^"\\]|\\.)*)"',l)
        return m.group(1).encode().decode('unicode_escape').encode('latin-1') if '\\' in m.group(1) else m.group(1).encode()
    ents.sort(key=key)
    s=s[:i]+first+'\n'+'\n'.join(ents)+s[j:]
open(p,'w').write(s)
