"""Limits: one 20 MB document through every SQL call of
tests/reliability/calls.txt that takes a text (FTS5 queries, updates and
deletes excepted), each in a process of its own, with the memory
the call adds on top of the process's peak before it (ru_maxrss after the
call minus ru_maxrss before it, the document already loaded), as a multiple
of the document's size: "bounded memory" means a small constant multiple,
never a blow-up.  The document is a mix of languages (b.mixed) joined into
one text; calls on the FTS5 tables (rel_*) get their @setup lines first.
Also reported: the time each call takes, in MB/s.
"""
import os
import pathlib
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[2]
CALLS = ROOT / "tests" / "reliability" / "calls.txt"
DOC_MB = int(os.environ.get("LIMITS_MB", "20"))

CHILD = r"""
import resource, sqlite3, sys, time
ext, path, sql = sys.argv[1], sys.argv[2], sys.argv[3]
setup = sys.argv[4:]
with open(path, encoding="utf-8", errors="surrogateescape") as f:
    doc = f.read()
db = sqlite3.connect(":memory:")
db.enable_load_extension(True)
db.load_extension(ext)
for s in setup:
    db.execute(s)
args = (doc,) if "?1" in sql else ()
db.execute("SELECT length(?1)", (doc,)).fetchall()   # the binding's own copy
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t0 = time.process_time()
try:
    cur = db.execute(sql, args)
    n = 0
    for row in cur:
        n += 1
    err = ""
except sqlite3.Error as e:
    err = str(e)
t = time.process_time() - t0
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(f"RESULT {max(0, after - before) / 1024.0} {t} {n} {err}")
"""


def calls():
    setup, out = [], []
    for line in CALLS.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#") or line.startswith("@check "):
            continue
        if line.startswith("@setup "):
            setup.append(line[7:])
        else:
            out.append(line)
    return setup, out


def run(b):
    texts = b.mixed(DOC_MB * 1_000_000)
    if not texts:
        b.row("limits", "20 MB documents", "no texts", "")
        return
    doc = "\n\n".join(texts)
    nbytes = len(doc.encode("utf-8"))
    setup, templates = calls()
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt",
                                     delete=False) as f:
        f.write(doc)
        path = f.name
    try:
        b.row("limits", "document size", nbytes / 1e6, "MB")
        for sql in templates:
            # an FTS5 query of the whole document is a 20 MB phrase: not a
            # limit anyone reaches, and FTS5's own cost
            if " MATCH " in sql:
                continue
            # calls without the document, and updates and deletes of the
            # empty tables of a fresh process, measure nothing
            if "?1" not in sql or sql.startswith(("UPDATE", "DELETE")):
                continue
            p = subprocess.run(
                [sys.executable, "-c", CHILD, str(ROOT / "newsext"), path, sql]
                + (setup if "rel_" in sql else []),
                capture_output=True, text=True)
            got = [l for l in p.stdout.splitlines() if l.startswith("RESULT ")]
            if p.returncode != 0 or not got:
                b.row("limits", sql, f"crashed ({p.returncode})", "")
                continue
            parts = got[-1].split(" ", 4)
            extra, secs = float(parts[1]), float(parts[2])
            err = parts[4] if len(parts) > 4 else ""
            if err and "no such" in err:
                continue  # not in this build
            label = sql if len(sql) <= 70 else sql[:67] + "..."
            b.row("limits", f"`{label}`: extra peak memory / input",
                  extra * 1048576 / nbytes, "x", "<= 16")
            if not err:
                b.row("limits", f"`{label}`: speed", nbytes / 1e6 / max(secs, 1e-9), "MB/s")
            else:
                b.row("limits", f"`{label}`: error", err[:60], "")
    finally:
        os.unlink(path)
