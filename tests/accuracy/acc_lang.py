"""lang() accuracy on the real-news corpus in ../shared/data/corpus.

Every article of <lang>.jsonl is expected to be detected as <lang>: once as
title + body, once as the first sentence of its body alone (cut at the first
. ! ? 。 ！ ？ that ends a sentence, or at the first line break).  The texts
are read, never copied into the repository.
"""
import collections
import json
import re

SENT_END = re.compile(r"(?<=[.!?])\s+(?=[\"'«„“(\[]?[A-ZÀ-ÖØ-ÞА-ЯЁ0-9])|(?<=[。！？])|\n")


def first_sentence(body):
    body = body.strip()
    m = SENT_END.search(body)
    return (body[:m.start()] if m else body).strip()


def run(a):
    if a.shared is None:
        print("acc_lang: ../shared/data is missing")
        return
    db = a.connect()
    rows, tot = [], collections.Counter()
    confusions = {}
    for path in sorted((a.shared / "corpus").glob("*.jsonl")):
        want = path.stem
        c = collections.Counter()
        conf_a, conf_s = collections.Counter(), collections.Counter()
        with open(path, encoding="utf-8") as f:
            for line in f:
                art = json.loads(line)
                body = art.get("body") or ""
                text = ((art.get("title") or "") + "\n" + body).strip()
                sent = first_sentence(body)
                got_a = db.execute("SELECT lang(?)", (text,)).fetchone()[0]
                got_s = db.execute("SELECT lang(?)", (sent,)).fetchone()[0]
                c["n"] += 1
                c["a"] += got_a == want
                c["s"] += got_s == want
                if got_a != want:
                    conf_a[got_a] += 1
                if got_s != want:
                    conf_s[got_s] += 1
        tot.update(c)
        fmt = lambda cc: ", ".join(f"{k}: {v}" for k, v in cc.most_common(4)) or "-"
        rows.append([want, c["n"], f"{100.0 * c['a'] / c['n']:.2f}%", fmt(conf_a),
                     f"{100.0 * c['s'] / c['n']:.2f}%", fmt(conf_s)])
    rows.append(["all", tot["n"], f"{100.0 * tot['a'] / tot['n']:.2f}%", "",
                 f"{100.0 * tot['s'] / tot['n']:.2f}%", ""])
    a.table("lang() on ../shared/data/corpus (target: >= 99% articles, >= 95% first sentences)",
            ["lang", "articles", "articles correct", "detected instead",
             "first sentences correct", "detected instead"], rows)
