"""The icu tokenizer against SQLite's own: indexing throughput and index size
per language, and CJK phrase-query latency (issue: foundation/tokenizer)."""

import time

SIZE = 2_000_000


def index(b, texts, tokenizers, repeat=5):
    """Builds an FTS5 table of texts with each tokenizer, alternating them
    within each repetition so that a busy machine slows all alike.  Returns
    {tokenizer: (best seconds, index bytes)}."""
    db = b.connect()
    best = {t: float("inf") for t in tokenizers}
    size = {}
    for _ in range(repeat):
        for tok in tokenizers:
            db.execute("DROP TABLE IF EXISTS t")
            db.execute(f"CREATE VIRTUAL TABLE t USING fts5(body, tokenize = '{tok}')")
            t0 = time.process_time()
            db.execute("BEGIN")
            db.executemany("INSERT INTO t(body) VALUES (?)", ((t,) for t in texts))
            db.execute("COMMIT")
            best[tok] = min(best[tok], time.process_time() - t0)
            size[tok] = db.execute("SELECT sum(length(block)) FROM t_data").fetchone()[0]
    db.close()
    return {t: (best[t], size[t]) for t in tokenizers}


def run(b):
    for lang in ("en", "de", "fr", "es"):
        texts = b.texts(lang, SIZE)
        if not texts:
            continue
        mb = b.nbytes(texts) / 1e6
        r = index(b, texts, ["unicode61", "icu"])
        (t_u, s_u), (t_i, s_i) = r["unicode61"], r["icu"]
        b.row("tokenizer", f"{lang}: icu indexing MB/s (unicode61: {mb / t_u:.1f})", mb / t_i, "MB/s")
        b.row("tokenizer", f"{lang}: icu throughput / unicode61", t_u / t_i, "", ">= 0.6" if lang != "es" else None)
        b.row("tokenizer", f"{lang}: icu index size / unicode61", s_i / s_u, "", "<= 1.3" if lang != "es" else None)
    for lang in ("zh", "ja"):
        texts = b.texts(lang, SIZE)
        if not texts:
            continue
        mb = b.nbytes(texts) / 1e6
        r = index(b, texts, ["unicode61", "icu", "trigram"], 3)
        (t_u, s_u), (t_i, s_i), (t_t, s_t) = r["unicode61"], r["icu"], r["trigram"]
        b.row("tokenizer", f"{lang}: icu indexing MB/s (unicode61: {mb / t_u:.1f}, trigram: {mb / t_t:.1f})", mb / t_i, "MB/s")
        b.row("tokenizer", f"{lang}: icu throughput / unicode61", t_u / t_i, "", ">= 0.8")
        b.row("tokenizer", f"{lang}: icu index size / trigram", s_i / s_t, "", "<= 0.4")

    # Phrase queries on 10 MB of Chinese: icu (2 and 4 characters) and trigram (4).
    texts = b.texts("zh", 10_000_000)
    if texts:
        db = b.connect()
        db.execute("CREATE VIRTUAL TABLE ti USING fts5(body, tokenize = 'icu')")
        db.execute("CREATE VIRTUAL TABLE tt USING fts5(body, tokenize = 'trigram')")
        db.execute("BEGIN")
        db.executemany("INSERT INTO ti(body) VALUES (?)", ((t,) for t in texts))
        db.executemany("INSERT INTO tt(body) VALUES (?)", ((t,) for t in texts))
        db.execute("COMMIT")
        q2, q4 = '"经济"', '"经济发展"'

        def count(table, q):
            return db.execute(f"SELECT count(*) FROM {table} WHERE {table} MATCH ?", (q,)).fetchone()[0]

        n2, n4, n4t = count("ti", q2), count("ti", q4), count("tt", q4)
        l2 = b.best(lambda: count("ti", q2), 5) * 1000
        l4 = b.best(lambda: count("ti", q4), 5) * 1000
        l4t = b.best(lambda: count("tt", q4), 5) * 1000
        like = db.execute("SELECT count(*) FROM ti WHERE body LIKE '%经济发展%'").fetchone()[0]
        mb = b.nbytes(texts) / 1e6
        b.row("tokenizer", f"zh {mb:.0f} MB: icu query {q2} ({n2} rows)", l2, "ms")
        b.row("tokenizer", f"zh {mb:.0f} MB: icu query {q4} ({n4} rows; LIKE finds {like})", l4, "ms")
        b.row("tokenizer", f"zh {mb:.0f} MB: trigram query {q4} ({n4t} rows)", l4t, "ms")
        b.row("tokenizer", f"zh: icu / trigram latency, {q4}", l4 / l4t, "")
        db.close()
