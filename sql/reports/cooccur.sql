-- Entities that appear in the same articles: pairs by number of articles,
-- or, with @entity, the partners of one entity.
--
--   sqlite3 -box news.db < sql/reports/cooccur.sql
--   sqlite3 -box news.db -cmd ".parameter set @entity '王文涛'" < sql/reports/cooccur.sql
--
-- @entity     a canonical name or a form as written (default: all pairs)
-- @from, @to  the period, YYYY-MM-DD (default: all)
-- @min        fewest shared articles (default 2)
-- @limit      rows (default 20)
.headers on
WITH
target AS (
  SELECT value FROM mentions
   WHERE @entity IS NOT NULL AND (value = @entity COLLATE NOCASE OR text = @entity COLLATE NOCASE)
   GROUP BY value ORDER BY value = @entity DESC, count(*) DESC LIMIT 1),
ents AS (
  SELECT DISTINCT m.article_id, m.value, a.lang
    FROM mentions AS m JOIN articles AS a ON a.id = m.article_id
   WHERE m.kind IN ('person', 'org', 'place') AND m.value IS NOT NULL
     AND a.published BETWEEN coalesce(@from, '0000-00-00') AND coalesce(@to, '9999-99-99')),
pairs AS (
  SELECT x.value AS entity, y.value AS with_entity, x.article_id, x.lang
    FROM ents AS x JOIN ents AS y ON y.article_id = x.article_id AND y.value <> x.value
   WHERE CASE WHEN @entity IS NULL THEN x.value < y.value
              ELSE x.value = (SELECT value FROM target) END)
SELECT entity, with_entity, count(*) AS articles,
       (SELECT group_concat(lang, ' ') FROM (SELECT DISTINCT lang FROM pairs AS l
           WHERE l.entity = p.entity AND l.with_entity = p.with_entity ORDER BY lang)) AS languages
  FROM pairs AS p
 GROUP BY entity, with_entity
HAVING count(*) >= coalesce(@min, 2)
 ORDER BY articles DESC, entity, with_entity
 LIMIT coalesce(@limit, 20);
