"""The statistical tagger alone (ext/ner_model.c, through ner_tags()): strict
span-and-type precision, recall and F1 for PER/ORG/LOC on the Chinese gold
sets (MSRA test, People's Daily dev), one sentence at a time."""

import json
import time

KIND = {"person": "PER", "org": "ORG", "place": "LOC"}
SETS = [("MSRA test", "ner/msra/msra_test_bio.txt"),
        ("People's Daily dev", "ner/peoples_daily/example.dev")]


def read_char_bio(path):
    """One character and its BIO tag a line, blank line between sentences."""
    sents, chars, tags = [], [], []
    for line in open(path, encoding="utf-8"):
        f = line.split()
        if not f:
            if chars:
                sents.append(("".join(chars), tags))
            chars, tags = [], []
            continue
        chars.append(f[0][0] if len(f) > 1 else " ")
        tags.append(f[-1])
    if chars:
        sents.append(("".join(chars), tags))
    return sents


def gold_spans(tags):
    out, cur = set(), None
    for i, t in enumerate(list(tags) + ["O"]):
        typ = t[2:] if t[:2] in ("B-", "I-") else None
        if cur and not (t.startswith("I-") and typ == cur[1]):
            out.add((cur[0], i, cur[1]))
            cur = None
        if typ in ("PER", "ORG", "LOC") and cur is None:
            cur = (i, typ)
    return out


def prf(tp, npred, ngold):
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(db, sents):
    st = {t: [0, 0, 0] for t in ("PER", "ORG", "LOC")}
    nbytes, secs = 0, 0.0
    for text, tags in sents:
        t0 = time.process_time()
        js = db.execute("SELECT ner_tags(?, 'zh')", (text,)).fetchone()[0]
        secs += time.process_time() - t0
        nbytes += len(text.encode())
        pred = {(s["start"] - 1, s["start"] - 1 + s["length"], KIND[s["kind"]])
                for s in json.loads(js)}
        gold = gold_spans(tags)
        for s in gold:
            st[s[2]][2] += 1
        for s in pred:
            st[s[2]][1] += 1
            st[s[2]][0] += s in gold
    rows = {t: prf(*v) for t, v in st.items()}
    rows["all"] = prf(*[sum(v[i] for v in st.values()) for i in range(3)])
    return rows


def run(a):
    if a.shared is None:
        print("acc_ner_model: ../shared/data is missing")
        return
    db = a.connect()
    rows = []
    for name, rel in SETS:
        path = a.shared / rel
        if not path.exists():
            print(f"acc_ner_model: {path} missing")
            continue
        r = score(db, read_char_bio(path))
        for t in ("PER", "ORG", "LOC", "all"):
            p, rc, f = r[t]
            rows.append([name, t, f"{p:.3f}", f"{rc:.3f}", f"{f:.3f}",
                         ">= 0.65" if t == "all" else ""])
    a.table("Statistical tagger alone (ner_tags), zh: strict span+type",
            ["set", "type", "P", "R", "F1", "target"], rows)
