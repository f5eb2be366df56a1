"""README.md documents exactly what newsext registers.

Every SQL function and virtual-table module that loading newsext adds to a
connection must have a reference heading in README.md (### `name(...)` or
### `name`), and every such heading must name something newsext registers
(or the `icu` tokenizer).  Prints "readme: N passed, N failed".
"""
import os
import re
import sqlite3
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
passed = failed = 0


def check(name, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print(f"FAIL readme {name}: {detail}")


def names(db):
    f = {r[0] for r in db.execute("SELECT name FROM pragma_function_list")}
    m = {r[0] for r in db.execute("SELECT name FROM pragma_module_list")}
    return f | m


plain = sqlite3.connect(":memory:")
loaded = sqlite3.connect(":memory:")
loaded.enable_load_extension(True)
loaded.load_extension(os.path.join(ROOT, "newsext"))
ours = names(loaded) - names(plain)

with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as f:
    readme = f.read()
documented = set(re.findall(r"^#{3,4} `([a-z_0-9]+)", readme, re.M))

check("every registered function and module is documented", not (ours - documented),
      f"undocumented: {sorted(ours - documented)}")
check("every documented name is registered", not (documented - ours - {"icu"}),
      f"documented but not registered: {sorted(documented - ours - {'icu'})}")
check("the icu tokenizer is documented", "icu" in documented)
try:
    loaded.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='icu')")
    check("the icu tokenizer is registered", True)
except sqlite3.Error as e:
    check("the icu tokenizer is registered", False, str(e))

print(f"readme: {passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
