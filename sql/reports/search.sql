-- Cross-language full-text search with snippet(): the query also finds the
-- other names of the entity it names, in every language (Joe Biden finds
-- 拜登 and バイデン大統領), through the canonical names in mentions.
--
--   sqlite3 -box news.db -cmd '.load ./newsext' -cmd ".parameter set @q 'Joe Biden'" < sql/reports/search.sql
--
-- Needs newsext loaded (the index uses the icu tokenizer).
-- @q      words or a name, searched as a phrase, plus every form of the
--         entity it names (default: the most mentioned person, org or place)
-- @fts    an FTS5 query used as it is (AND, OR, NEAR, prefix*), instead of @q
-- @limit  rows (default 10)
.headers on
WITH
q AS (
  SELECT coalesce(@q,
    (SELECT value FROM mentions WHERE kind IN ('person', 'org', 'place') AND value IS NOT NULL
      GROUP BY value ORDER BY count(DISTINCT article_id) DESC, count(*) DESC, value LIMIT 1)) AS q),
forms AS (
  SELECT q AS form FROM q
  UNION
  SELECT DISTINCT m.text FROM q, mentions AS m
   WHERE m.value IN (SELECT value FROM mentions, q
                      WHERE value = q.q COLLATE NOCASE OR text = q.q COLLATE NOCASE)),
query AS (
  SELECT coalesce(@fts, (SELECT group_concat('"' || replace(form, '"', '""') || '"', ' OR ') FROM forms)) AS fts)
SELECT a.published, a.lang, a.source, a.title,
       -- the icu tokenizer makes one token per character in Chinese, Japanese
       -- and Korean: a window of 12 tokens would cut names there
       replace(snippet(articles_fts, -1, '[', ']', '…',
                       CASE WHEN a.lang IN ('zh', 'ja', 'ko') THEN 28 ELSE 12 END),
               char(10), ' ') AS snippet
  FROM articles_fts JOIN articles AS a ON a.id = articles_fts.rowid
 WHERE articles_fts MATCH coalesce((SELECT fts FROM query), '""')
 ORDER BY rank
 LIMIT coalesce(@limit, 10);
