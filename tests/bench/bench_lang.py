"""lang(): detection throughput over real news, against length() over the same
rows in the same run (both scan the whole text once; the ratio says what
detection costs on top of reading the rows)."""

SIZE = 4_000_000


def run(b):
    texts = b.mixed(SIZE, ("en", "de", "fr", "es", "zh", "ja", "ru"))
    if not texts:
        return
    mb = b.nbytes(texts) / 1e6
    db = b.connect()
    db.execute("CREATE TABLE t(body TEXT)")
    db.execute("BEGIN")
    db.executemany("INSERT INTO t(body) VALUES (?)", ((t,) for t in texts))
    db.execute("COMMIT")
    q_len = "SELECT sum(length(body)) FROM t"
    q_lang = "SELECT count(lang(body)) FROM t"
    t_len = b.best(lambda: db.execute(q_len).fetchone(), 5)
    t_lang = b.best(lambda: db.execute(q_lang).fetchone(), 5)
    b.row("lang", f"mixed news ({len(texts)} articles, {mb:.1f} MB): lang() MB/s "
          f"(length(): {mb / t_len:.0f})", mb / t_lang, "MB/s", ">= 50")
    b.row("lang", "lang() throughput / length()", t_len / t_lang, "")
    # Headlines and first sentences: short texts, where the per-call cost shows.
    short = [t.split("\n", 1)[0][:200] for t in texts]
    db.execute("CREATE TABLE s(body TEXT)")
    db.executemany("INSERT INTO s(body) VALUES (?)", ((t,) for t in short))
    smb = b.nbytes(short) / 1e6
    q_len = "SELECT sum(length(body)) FROM s"
    q_lang = "SELECT count(lang(body)) FROM s"
    t_len = b.best(lambda: db.execute(q_len).fetchone(), 5)
    t_lang = b.best(lambda: db.execute(q_lang).fetchone(), 5)
    b.row("lang", f"headlines ({len(short)}): lang() calls per second", len(short) / t_lang, "/s")
    b.row("lang", "headlines: lang() throughput / length()", t_len / t_lang, "")
    db.close()
