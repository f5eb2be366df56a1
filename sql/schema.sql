-- newsext kit: the schema of a news database.
--
--   sqlite3 news.db -cmd '.load ./newsext' < sql/schema.sql
--
-- Safe to run again (IF NOT EXISTS everywhere); the loaders run it first.
-- Needs newsext loaded whenever articles are written: the triggers call
-- html_text(), lang() and entities(), and the index uses the icu tokenizer.
--
-- articles     one row per article, url unique
-- articles_fts full-text index over title and body (external content, icu)
-- mentions     the entities() rows of each article's title and body
--
-- What the triggers keep true, whatever writes to articles:
-- * body: when a row has html but no body, body is set to html_text(html).
--   A body that is given is kept as it is (the loaders give none for HTML).
-- * lang: when a row has no lang, lang is set to lang(title || body), or to
--   'und' (ISO 639 "undetermined") when lang() cannot tell.
-- * articles_fts holds title and body of every row; mentions holds the
--   entities of title and body, found with the row's published date as the
--   reference date and its lang as the language hint.  Both follow inserts,
--   updates and deletes.  While a row still waits for its body (inside the
--   statement that inserts it) it is in neither.
-- Do not change articles.id of an existing row; delete and insert instead.

CREATE TABLE IF NOT EXISTS articles (
  id        INTEGER PRIMARY KEY,
  url       TEXT NOT NULL UNIQUE,
  source    TEXT,                       -- outlet or agency, as written
  lang      TEXT                        -- ISO 639-1 (lower case), or 'und'
            CHECK (lang IS NULL OR lang = 'und' OR lang GLOB '[a-z][a-z]'),
  published TEXT                        -- ISO date YYYY-MM-DD
            CHECK (published IS NULL OR published = date(published)),
  title     TEXT,
  html      TEXT,                       -- the page or fragment, if any
  body      TEXT                        -- readable text (html_text(html))
);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);
CREATE INDEX IF NOT EXISTS articles_source ON articles(source, published);
CREATE INDEX IF NOT EXISTS articles_lang ON articles(lang, published);

CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
  title, body, content = 'articles', content_rowid = 'id', tokenize = 'icu');

CREATE TABLE IF NOT EXISTS mentions (
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  field      TEXT NOT NULL,             -- 'title' or 'body'
  kind       TEXT NOT NULL,             -- person, org, place, money, percent, date, ...
  text       TEXT NOT NULL,             -- as written
  start      INTEGER NOT NULL,          -- substr(<field>, start, length) = text
  length     INTEGER NOT NULL,
  value      TEXT,                      -- canonical name / ISO date / '50000000 USD'
  amount     REAL,                      -- money and percent
  currency   TEXT,                      -- money: ISO 4217
  usd        REAL                       -- money in US dollars at the published date
);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions(article_id, field, start);
CREATE INDEX IF NOT EXISTS mentions_value ON mentions(kind, value, article_id);

-- ---- body and lang, when not given ------------------------------------------
-- One UPDATE fills both; it fires the update triggers below, which index the
-- completed row.  The WHEN clauses are false once the row is complete, so the
-- fill never repeats (also with PRAGMA recursive_triggers = 1).
CREATE TRIGGER IF NOT EXISTS articles_fill_ai AFTER INSERT ON articles
WHEN (new.body IS NULL AND new.html IS NOT NULL) OR new.lang IS NULL
BEGIN
  UPDATE articles
     SET body = coalesce(body, html_text(html)),
         lang = coalesce(lang, lang(coalesce(title, '') || char(10) ||
                                    coalesce(body, html_text(html), '')), 'und')
   WHERE id = new.id;
END;

CREATE TRIGGER IF NOT EXISTS articles_fill_au AFTER UPDATE OF body, html, lang ON articles
WHEN (new.body IS NULL AND new.html IS NOT NULL) OR new.lang IS NULL
BEGIN
  UPDATE articles
     SET body = coalesce(body, html_text(html)),
         lang = coalesce(lang, lang(coalesce(title, '') || char(10) ||
                                    coalesce(body, html_text(html), '')), 'und')
   WHERE id = new.id;
END;

-- ---- full-text index -----------------------------------------------------------
-- A row is indexed when it is complete: it has a body, or no html to make
-- one from.  Deletes remove exactly what was indexed (the old values).
CREATE TRIGGER IF NOT EXISTS articles_fts_ai AFTER INSERT ON articles
WHEN new.body IS NOT NULL OR new.html IS NULL
BEGIN
  INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;

CREATE TRIGGER IF NOT EXISTS articles_fts_ad AFTER DELETE ON articles
WHEN old.body IS NOT NULL OR old.html IS NULL
BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, body)
  VALUES ('delete', old.id, old.title, old.body);
END;

CREATE TRIGGER IF NOT EXISTS articles_fts_au AFTER UPDATE OF title, body, html ON articles
BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, body)
  SELECT 'delete', old.id, old.title, old.body
   WHERE old.body IS NOT NULL OR old.html IS NULL;
  INSERT INTO articles_fts(rowid, title, body)
  SELECT new.id, new.title, new.body
   WHERE new.body IS NOT NULL OR new.html IS NULL;
END;

-- ---- mentions -----------------------------------------------------------------
-- Rebuilt from the row as it is in the table when the trigger runs, so the
-- result is right whichever order SQLite fires these and the fill triggers.
-- A complete row with a lang on insert is done at once; any other row gets
-- its mentions from the fill's UPDATE.
CREATE TRIGGER IF NOT EXISTS articles_mentions_ai AFTER INSERT ON articles
WHEN (new.body IS NOT NULL OR new.html IS NULL) AND new.lang IS NOT NULL
BEGIN
  INSERT INTO mentions(article_id, field, kind, text, start, length, value, amount, currency, usd)
  SELECT new.id, 'title', e.kind, e.text, e.start, e.length, e.value, e.amount, e.currency, e.usd
    FROM entities(new.title, new.published, nullif(new.lang, 'und')) AS e;
  INSERT INTO mentions(article_id, field, kind, text, start, length, value, amount, currency, usd)
  SELECT new.id, 'body', e.kind, e.text, e.start, e.length, e.value, e.amount, e.currency, e.usd
    FROM entities(new.body, new.published, nullif(new.lang, 'und')) AS e;
END;

CREATE TRIGGER IF NOT EXISTS articles_mentions_au
AFTER UPDATE OF title, body, html, lang, published ON articles
BEGIN
  DELETE FROM mentions WHERE article_id = old.id;
  INSERT INTO mentions(article_id, field, kind, text, start, length, value, amount, currency, usd)
  SELECT a.id, 'title', e.kind, e.text, e.start, e.length, e.value, e.amount, e.currency, e.usd
    FROM articles AS a, entities(a.title, a.published, nullif(a.lang, 'und')) AS e
   WHERE a.id = new.id AND (a.body IS NOT NULL OR a.html IS NULL) AND a.lang IS NOT NULL;
  INSERT INTO mentions(article_id, field, kind, text, start, length, value, amount, currency, usd)
  SELECT a.id, 'body', e.kind, e.text, e.start, e.length, e.value, e.amount, e.currency, e.usd
    FROM articles AS a, entities(a.body, a.published, nullif(a.lang, 'und')) AS e
   WHERE a.id = new.id AND (a.body IS NOT NULL OR a.html IS NULL) AND a.lang IS NOT NULL;
END;

CREATE TRIGGER IF NOT EXISTS articles_mentions_ad AFTER DELETE ON articles
BEGIN
  DELETE FROM mentions WHERE article_id = old.id;
END;
