"""entities(): throughput over mixed-language real news, against FTS5 indexing
of the same rows with the unicode61 tokenizer in the same run (target: ratio
>= 0.1, i.e. finding the entities costs at most ten times indexing)."""

SIZE = 4_000_000


def run(b):
    texts = b.mixed(SIZE)
    if not texts:
        return
    mb = b.nbytes(texts) / 1e6
    db = b.connect()
    db.execute("CREATE TABLE t(body TEXT)")
    db.execute("BEGIN")
    db.executemany("INSERT INTO t(body) VALUES (?)", ((t,) for t in texts))
    db.execute("COMMIT")
    # the first call builds the per-connection name tables: keep it out
    db.execute("SELECT count(*) FROM entities('Joe Biden in Berlin')").fetchone()

    def fts():
        db.execute("DROP TABLE IF EXISTS f")
        db.execute("CREATE VIRTUAL TABLE f USING fts5(body, tokenize='unicode61')")
        db.execute("INSERT INTO f(body) SELECT body FROM t")

    q = "SELECT count(*) FROM t, entities(t.body)"
    t_fts = b.best(fts, 3)
    t_ent = b.best(lambda: db.execute(q).fetchone(), 3)
    n = db.execute(q).fetchone()[0]
    b.row("entities", f"mixed news ({len(texts)} articles, {mb:.1f} MB, {n} mentions): "
          f"entities() MB/s (unicode61 FTS5 indexing: {mb / t_fts:.1f})", mb / t_ent, "MB/s")
    b.row("entities", "entities() throughput / unicode61 FTS5 indexing", t_fts / t_ent, "",
          ">= 0.1")
    for lang in ("en", "de", "zh"):
        one = b.texts(lang, 1_000_000)
        if not one:
            continue
        lmb = b.nbytes(one) / 1e6
        db.execute("DROP TABLE IF EXISTS l")
        db.execute("CREATE TABLE l(body TEXT)")
        db.executemany("INSERT INTO l(body) VALUES (?)", ((x,) for x in one))
        t = b.best(lambda: db.execute("SELECT count(*) FROM l, entities(l.body)").fetchone(), 3)
        b.row("entities", f"{lang} news ({lmb:.1f} MB): entities() MB/s", lmb / t, "MB/s")
    # first call on a new connection: building the name tables
    import time
    db2 = b.connect()
    t0 = time.perf_counter()
    db2.execute("SELECT count(*) FROM entities('x')").fetchone()
    b.row("entities", "first call on a connection (builds the name tables)",
          (time.perf_counter() - t0) * 1000, "ms")
    db2.close()
    db.close()
