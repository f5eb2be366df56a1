#!/usr/bin/env python3
"""make accuracy: newsext's accuracy against the gold sets and peer test
suites in ../shared/data.

Every tests/accuracy/acc_<name>.py has a function run(a) that prints its
tables through a.table().  `make accuracy ONLY=money` runs acc_money.py alone.
"""
import argparse
import importlib.util
import os
import pathlib
import sqlite3
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[2]
HERE = pathlib.Path(__file__).resolve().parent


class Accuracy:
    def __init__(self, shared):
        self.shared = shared if shared and shared.exists() else None

    def connect(self, path=":memory:"):
        db = sqlite3.connect(path, isolation_level=None)
        db.enable_load_extension(True)
        db.load_extension(str(ROOT / "newsext"))
        db.enable_load_extension(False)
        return db

    @staticmethod
    def table(title, headers, rows):
        print(f"\n### {title}\n")
        print("| " + " | ".join(headers) + " |")
        print("|" + "---|" * len(headers))
        for r in rows:
            print("| " + " | ".join(str(c) for c in r) + " |")
        sys.stdout.flush()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(ROOT.parent / "shared" / "data"))
    ap.add_argument("--only", default=os.environ.get("ONLY", ""))
    args = ap.parse_args()
    a = Accuracy(pathlib.Path(args.shared))
    if a.shared is None:
        print(f"accuracy: {args.shared} not found: the gold sets live in ../shared/data")
        return 1
    names = sorted(p.stem[len("acc_"):] for p in HERE.glob("acc_*.py"))
    if args.only:
        names = [n for n in names if n in args.only.split(",")]
    print(f"newsext accuracy, {time.strftime('%Y-%m-%d')}, data: {a.shared}")
    for n in names:
        spec = importlib.util.spec_from_file_location(f"acc_{n}", HERE / f"acc_{n}.py")
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        mod.run(a)
    return 0


if __name__ == "__main__":
    sys.exit(main())
