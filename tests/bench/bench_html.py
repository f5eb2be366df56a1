"""html_text() speed: MB/s of HTML, and as a ratio to length() over the same rows.

The HTML is built in memory from the benchmark texts (b.mixed): each
article becomes a page with a head (title, meta, style, script), navigation,
one <p> per paragraph with inline links and character references, and a
footer, which is what saved news pages look like.  Nothing is written to
disk.  length() must read every byte of the same rows to count characters,
so the ratio says how close html_text() comes to a plain scan.
"""
import html

PAGE_HEAD = ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
             '<title>{title}</title><link rel="stylesheet" href="/s.css">'
             '<style>body {{ font: 16px/1.4 serif }} .ad > a {{ color: red }}</style>'
             '<script>window.dataLayer = window.dataLayer || []; if (a < b) {{ x = "</p>"; }}</script>'
             '</head><body><nav class="top"><a href="/">Home</a> &middot; '
             '<a href="/world" title="World &amp; politics">World</a></nav>'
             '<article><h1>{title}</h1>')
PAGE_TAIL = ('</article><!-- ad slot --><footer>&copy; 2024 Example&nbsp;News '
             '&ndash; <a href="/about">About</a></footer></body></html>')


def page(text):
    lines = [l for l in text.split("\n") if l.strip()]
    title = html.escape(lines[0][:80]) if lines else ""
    paras = []
    for l in lines:
        words = html.escape(l).split(" ")
        if len(words) > 8:  # a link and an emphasis in longer paragraphs
            words[3] = '<a href="https://example.org/x?a=1&amp;b=2">' + words[3] + "</a>"
            words[7] = "<em>" + words[7] + "</em>"
        paras.append("<p>" + " ".join(words).replace("'", "&rsquo;") + "</p>\n")
    return PAGE_HEAD.format(title=title) + "".join(paras) + PAGE_TAIL


def run(b):
    db = b.connect()
    pages = [page(t) for t in b.mixed(4_000_000)]
    db.execute("CREATE TABLE pages(html TEXT)")
    db.executemany("INSERT INTO pages VALUES (?)", [(p,) for p in pages])
    nbytes = sum(len(p.encode()) for p in pages)
    t_len = b.best(lambda: db.execute("SELECT sum(length(html)) FROM pages").fetchone())
    t_html = b.best(lambda: db.execute("SELECT count(html_text(html)) FROM pages").fetchone())
    out = db.execute("SELECT sum(length(CAST(html_text(html) AS BLOB))) FROM pages").fetchone()[0]
    b.row("html_text", "pages", len(pages))
    b.row("html_text", "HTML in", round(nbytes / 1e6, 2), "MB")
    b.row("html_text", "text out", round(out / 1e6, 2), "MB")
    b.row("html_text", "html_text() throughput", round(nbytes / t_html / 1e6, 1), "MB/s")
    b.row("html_text", "length() throughput", round(nbytes / t_len / 1e6, 1), "MB/s")
    b.row("html_text", "speed ratio html_text()/length()", round(t_len / t_html, 3), "", ">= 0.25")
    db.close()
