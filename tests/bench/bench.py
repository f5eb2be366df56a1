#!/usr/bin/env python3
"""make bench: newsext's speed and memory, as ratios to SQLite's built-ins
measured in the same run.

Every tests/bench/bench_<name>.py has a function run(b); each runs in a child
process of its own, so that its peak memory (ru_maxrss) is its own.  Results
print as one Markdown table, with the machine they ran on, ready for
README.md.  `make bench ONLY=tokenizer` runs bench_tokenizer.py alone.
"""
import argparse
import importlib.util
import json
import os
import pathlib
import platform
import re
import resource
import sqlite3
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[2]
HERE = pathlib.Path(__file__).resolve().parent


class Bench:
    """What a bench module gets: connections, texts, timing, result rows."""

    def __init__(self, shared, section):
        self.shared = shared if shared and shared.exists() else None
        self.section = section
        self.rows = []
        self._texts = {}

    def connect(self, path=":memory:"):
        db = sqlite3.connect(path, isolation_level=None)
        db.enable_load_extension(True)
        db.load_extension(str(ROOT / "newsext"))
        db.enable_load_extension(False)
        return db

    def _articles(self, lang):
        """Article texts of one language: the shared real-news corpus when
        present, else the repository's own sample corpus."""
        if lang in self._texts:
            return self._texts[lang]
        out = []
        src = self.shared / "corpus" / f"{lang}.jsonl" if self.shared else None
        if src and src.exists():
            with open(src, encoding="utf-8") as f:
                for line in f:
                    a = json.loads(line)
                    out.append(((a.get("title") or "") + "\n" + (a.get("body") or "")).strip())
        else:
            sample = ROOT / "sample" / "articles.jsonl"
            if sample.exists():
                with open(sample, encoding="utf-8") as f:
                    for line in f:
                        try:
                            a = json.loads(line)
                        except ValueError:
                            continue
                        if a.get("lang") != lang:
                            continue
                        body = a.get("body") or re.sub(r"<[^>]*>", " ", a.get("html") or "")
                        out.append(((a.get("title") or "") + "\n" + body).strip())
        self._texts[lang] = out
        return out

    def texts(self, lang, nbytes):
        """Articles of lang adding up to about nbytes of UTF-8 (the corpus is
        repeated when it is smaller)."""
        arts = self._articles(lang)
        if not arts:
            return []
        out, n, i = [], 0, 0
        while n < nbytes:
            t = arts[i % len(arts)]
            out.append(t)
            n += len(t.encode("utf-8"))
            i += 1
        return out

    def mixed(self, nbytes, langs=("en", "de", "fr", "es", "zh", "ja")):
        """A mix of languages, interleaved, about nbytes in all."""
        per = [self.texts(l, nbytes // len(langs)) for l in langs]
        out = []
        for i in range(max((len(p) for p in per), default=0)):
            for p in per:
                if i < len(p):
                    out.append(p[i])
        return out

    @staticmethod
    def nbytes(texts):
        return sum(len(t.encode("utf-8")) for t in texts)

    @staticmethod
    def best(fn, repeat=3):
        """Best time of fn() in seconds, as CPU time of this process: on a
        machine shared with other work, wall-clock time would measure the
        others too.  (SQLite runs in this process, so its work counts.)"""
        times = []
        for _ in range(repeat):
            t0 = time.process_time()
            fn()
            times.append(time.process_time() - t0)
        return min(times)

    def row(self, section, metric, value, unit="", target=None):
        self.rows.append({"section": section, "metric": metric, "value": value,
                          "unit": unit, "target": target})


def met(value, target):
    if target is None or not isinstance(value, (int, float)):
        return ""
    m = re.match(r"\s*(>=|<=)\s*([0-9.eE+-]+)", target)
    if not m:
        return ""
    ok = value >= float(m.group(2)) if m.group(1) == ">=" else value <= float(m.group(2))
    return "yes" if ok else "**no**"


def fmt(v):
    if isinstance(v, float):
        if abs(v) >= 1000:
            return f"{v:,.0f}"
        if abs(v) >= 10:
            return f"{v:.1f}"
        return f"{v:.2f}"
    return str(v)


def machine():
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return (f"{cpu}, {os.cpu_count()} cores, Linux {platform.release()}, "
            f"SQLite {sqlite3.sqlite_version}, Python {platform.python_version()}")


def child(name, shared):
    spec = importlib.util.spec_from_file_location(f"bench_{name}", HERE / f"bench_{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    b = Bench(shared, name)
    mod.run(b)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
    b.row(name, "peak memory of this section (process RSS)", peak, "MB")
    print("BENCH-ROWS " + json.dumps(b.rows))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(ROOT.parent / "shared" / "data"))
    ap.add_argument("--only", default=os.environ.get("ONLY", ""))
    ap.add_argument("--child", default="")
    args = ap.parse_args()
    shared = pathlib.Path(args.shared)
    if args.child:
        child(args.child, shared)
        return 0
    names = sorted(p.stem[len("bench_"):] for p in HERE.glob("bench_*.py"))
    if args.only:
        names = [n for n in names if n in args.only.split(",")]
    print(f"newsext bench, {time.strftime('%Y-%m-%d')}: {machine()}")
    print(f"data: {shared if shared.exists() else 'sample corpus (../shared/data absent)'}\n")
    rows, failed = [], False
    for n in names:
        t0 = time.time()
        p = subprocess.run([sys.executable, __file__, "--shared", str(shared), "--child", n],
                           capture_output=True, text=True)
        got = [l for l in p.stdout.splitlines() if l.startswith("BENCH-ROWS ")]
        if p.returncode != 0 or not got:
            failed = True
            print(f"bench_{n} failed:\n{p.stdout[-2000:]}\n{p.stderr[-4000:]}", file=sys.stderr)
            continue
        rows += json.loads(got[-1][len("BENCH-ROWS "):])
        print(f"  bench_{n}: {time.time() - t0:.0f} s", file=sys.stderr)
    print("| section | metric | value | target | met |")
    print("|---|---|---|---|---|")
    for r in rows:
        v = fmt(r["value"]) + (" " + r["unit"] if r["unit"] else "")
        print(f"| {r['section']} | {r['metric']} | {v} | {r['target'] or ''} | {met(r['value'], r['target'])} |")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
