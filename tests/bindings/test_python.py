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

# html_text() and the kit: schema, triggers, a report run from Python.
check("html_text",
      db.execute("SELECT html_text(?)", ("<p>Caf&eacute; <b>ouvert</b></p><script>x()</script><p>7&nbsp;j/7",)).fetchone()[0],
      "Caf\u00e9 ouvert\n\n7\u00a0j/7")
check("html_text NULL", db.execute("SELECT html_text(NULL)").fetchone()[0], None)
db.close()

kit = sqlite3.connect(":memory:")
kit.enable_load_extension(True)
kit.load_extension(os.path.join(ROOT, "newsext"))
with open(os.path.join(ROOT, "sql", "schema.sql"), encoding="utf-8") as f:
    kit.executescript(f.read())
have = kit.execute("SELECT (SELECT count(*) FROM pragma_module_list WHERE name = 'entities') + "
                   "(SELECT count(*) FROM pragma_function_list WHERE name = 'lang')").fetchone()[0]
if have == 2:
    import json
    with open(os.path.join(ROOT, "sample", "articles.jsonl"), encoding="utf-8") as f:
        rows = [json.loads(l) for l in f if l.strip()]
    with kit:
        kit.executemany("INSERT INTO articles(url, source, lang, published, title, html, body) "
                        "VALUES (:url, :source, :lang, :date, :title, :html, :body)",
                        [dict({"html": None, "body": None}, **r) for r in rows])
        kit.execute("INSERT INTO articles(url, published, html) VALUES ('py:1', '2024-03-20', "
                    "'<h1>Fed</h1><p>The Federal Reserve cut rates, Jerome Powell said.</p>')")
    check("kit: body from html, lang detected",
          kit.execute("SELECT body, lang FROM articles WHERE url = 'py:1'").fetchone(),
          ("Fed\n\nThe Federal Reserve cut rates, Jerome Powell said.", "en"))
    check("kit: indexed",
          kit.execute("SELECT a.url FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid "
                      "WHERE articles_fts MATCH 'powell' AND a.url = 'py:1'").fetchall(), [("py:1",)])
    check("kit: mentions", kit.execute("SELECT count(*) > 0 FROM mentions m JOIN articles a ON a.id = m.article_id "
                                       "WHERE a.url = 'py:1'").fetchone()[0], 1)
    # A report file as a Python program runs it: drop the shell's dot-commands,
    # bind the @parameters by name (None = the report's default).
    with open(os.path.join(ROOT, "sql", "reports", "search.sql"), encoding="utf-8") as f:
        sql = "".join(l for l in f if not l.startswith("."))
    params = {"q": "Joe Biden", "fts": None, "limit": 50}
    langs = {r[1] for r in kit.execute(sql, params)}
    check("kit: search.sql finds Joe Biden in zh, ja and en", {"zh", "ja", "en"} <= langs, True)
else:
    print("python: kit checks skipped: entities() or lang() is not built in")
kit.close()

print(f"python: {passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
