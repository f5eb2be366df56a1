"""newsext from Python's sqlite3 module (Debian's python3).

Loads ./newsext.so with enable_load_extension/load_extension, as a user's
script does, and checks that each capability answers.  Prints
"python: N passed, N failed".
"""
import os
import sqlite3
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
passed = failed = 0


def check(name, got, want):
    global passed, failed
    if got == want:
        passed += 1
    else:
        failed += 1
        print(f"FAIL python {name}: got {got!r}, want {want!r}")


db = sqlite3.connect(":memory:")
db.enable_load_extension(True)
db.load_extension(os.path.join(ROOT, "newsext"))
db.enable_load_extension(False)

version = db.execute("SELECT newsext_version()").fetchone()[0]
check("version", version.startswith("newsext "), True)

db.execute("CREATE VIRTUAL TABLE docs USING fts5(body, tokenize='icu')")
db.executemany("INSERT INTO docs(body) VALUES (?)", [
    ("阿里巴巴的云端服务在欧洲扩张",),
    ("Die Zentralbank in Zürich hält die Zinsen stabil",),
    ("臺灣的半導體出口創新高",),
])
check("chinese substring",
      db.execute("SELECT rowid FROM docs WHERE docs MATCH '\"阿里\"'").fetchall(), [(1,)])
check("diacritics",
      db.execute("SELECT rowid FROM docs WHERE docs MATCH 'zurich'").fetchall(), [(2,)])
check("traditional/simplified",
      db.execute("SELECT rowid FROM docs WHERE docs MATCH '台湾'").fetchall(), [(3,)])
check("highlight",
      db.execute("SELECT highlight(docs, 0, '[', ']') FROM docs WHERE docs MATCH '\"云端服务\"'").fetchone()[0],
      "阿里巴巴的[云端服务]在欧洲扩张")
check("tokens()",
      [r[0] for r in db.execute("SELECT token FROM tokens('Die Trump-Administration, l’économie')")],
      ["die", "trump", "administration", "economie"])
try:
    db.execute("SELECT * FROM tokens('x', 'no_such_option 1')").fetchall()
    check("bad option raises", False, True)
except sqlite3.OperationalError as e:
    check("bad option message", "no_such_option" in str(e), True)
db.close()

print(f"python: {passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
