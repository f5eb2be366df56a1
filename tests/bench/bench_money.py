"""money_usd() speed (issue: money): calls per second over a table of short
phrases, and the time of money_usd() over the rows as a ratio to lower()
over the same rows (target <= 10).

Two tables: money phrases in six languages written for this bench (every row
has an amount), and sentences cut from the news corpus (most have none, so
they measure the cost of rejecting text)."""
import re

PHRASES = [
    "Apple paid $3.2 billion for the startup", "a fine of €500 million",
    "revenue rose to £1.25bn last year", "The deal is worth US$450m.",
    "raised 12 million dollars", "two million dollars in aid", "a $5-10 million round",
    "营收达92亿美元", "融资5000万美元", "投资两千亿元", "近500亿港元", "人民币50亿元",
    "35億円の赤字", "1200億ドルが流出", "約5000万ユーロ", "2ドル3セント",
    "Umsatz: 50 Mio. US-Dollar", "3,5 Milliarden Euro", "zwei Millionen Euro",
    "zwischen 3 und 4 Mio. Euro", "50 millions de dollars", "deux milliards d'euros",
    "environ 300 000 euros", "50 millones de dólares", "mil millones de euros",
    "US$ 30 millones", "doscientos cuarenta y cinco euros", "CHF 20 million",
]
ROWS = 200_000


def sentences(b, n):
    out = []
    for t in b.mixed(3_000_000):
        for s in re.split(r"(?<=[.!?。！？])\s*", t):
            s = s.strip()
            if 10 <= len(s) <= 160:
                out.append(s)
                if len(out) >= n:
                    return out
    return out


def measure(b, db, table):
    t_lower = b.best(lambda: db.execute(f"SELECT count(lower(x)) FROM {table}").fetchone(), 5)
    t_money = b.best(lambda: db.execute(f"SELECT count(money_usd(x)) FROM {table}").fetchone(), 5)
    return t_lower, t_money


def run(b):
    db = b.connect()
    db.execute("CREATE TABLE phrases(x TEXT)")
    db.executemany("INSERT INTO phrases VALUES (?)",
                   ((PHRASES[i % len(PHRASES)],) for i in range(ROWS)))
    t_lower, t_money = measure(b, db, "phrases")
    found = db.execute("SELECT count(money_usd(x)) FROM phrases").fetchone()[0]
    b.row("money", f"money_usd calls/s, short money phrases ({ROWS:,} rows, {found:,} with money)",
          ROWS / t_money, "calls/s")
    b.row("money", "money_usd time / lower() time, short money phrases", t_money / t_lower, "", "<= 10")
    sents = sentences(b, ROWS)
    if sents:
        db.execute("CREATE TABLE news(x TEXT)")
        db.executemany("INSERT INTO news VALUES (?)", ((s,) for s in sents))
        t_lower, t_money = measure(b, db, "news")
        found = db.execute("SELECT count(money_usd(x)) FROM news").fetchone()[0]
        b.row("money", f"money_usd calls/s, news sentences ({len(sents):,} rows, {found:,} with money)",
              len(sents) / t_money, "calls/s")
        b.row("money", "money_usd time / lower() time, news sentences", t_money / t_lower)
    db.close()
