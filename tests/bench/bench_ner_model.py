"""The statistical tagger (ext/ner_model.c) alone: Chinese throughput in MB/s
through ner_tags(), against unicode61 FTS5 indexing of the same text."""

import time

SIZE = 2_000_000


def run(b):
    texts = b.texts("zh", SIZE)
    if not texts:
        return
    mb = b.nbytes(texts) / 1e6
    db = b.connect()

    def tag():
        for t in texts:
            db.execute("SELECT length(ner_tags(?, 'zh'))", (t,)).fetchone()

    def index():
        db.execute("DROP TABLE IF EXISTS t")
        db.execute("CREATE VIRTUAL TABLE t USING fts5(body, tokenize = 'unicode61')")
        db.execute("BEGIN")
        db.executemany("INSERT INTO t(body) VALUES (?)", ((t,) for t in texts))
        db.execute("COMMIT")

    t_tag = b.best(tag)
    t_idx = b.best(index)
    b.row("ner_model", f"zh: ner_tags MB/s (unicode61 indexing: {mb / t_idx:.1f})",
          mb / t_tag, "MB/s", ">= 5")
    b.row("ner_model", "zh: ner_tags throughput / unicode61", t_idx / t_tag, "", ">= 0.1")
    db.close()
