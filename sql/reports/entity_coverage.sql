-- One entity's coverage over time, by language and source.
--
--   sqlite3 -box news.db -cmd ".parameter set @entity 'Joe Biden'" < sql/reports/entity_coverage.sql
--
-- @entity  a canonical name ('Joe Biden') or any form as written (拜登, Biden);
--          default: the person, org or place in the most articles
-- @by      'day' (default), 'week' or 'month'
-- @from, @to  the period, YYYY-MM-DD (default: all)
.headers on
WITH
target AS (
  SELECT coalesce(
    (SELECT value FROM mentions
      WHERE @entity IS NOT NULL AND (value = @entity COLLATE NOCASE OR text = @entity COLLATE NOCASE)
      GROUP BY value ORDER BY value = @entity DESC, count(*) DESC LIMIT 1),
    (SELECT value FROM mentions
      WHERE @entity IS NULL AND kind IN ('person', 'org', 'place') AND value IS NOT NULL
      GROUP BY value ORDER BY count(DISTINCT article_id) DESC, count(*) DESC, value LIMIT 1)) AS value),
hits AS (
  SELECT a.id, a.lang, coalesce(a.source, '') AS source,
         CASE coalesce(@by, 'day')
           WHEN 'month' THEN substr(a.published, 1, 7)
           WHEN 'week' THEN strftime('%Y-W%W', a.published)
           ELSE a.published END AS period,
         count(*) AS mentions
    FROM target, mentions AS m JOIN articles AS a ON a.id = m.article_id
   WHERE m.value = target.value
     AND a.published BETWEEN coalesce(@from, '0000-00-00') AND coalesce(@to, '9999-99-99')
   GROUP BY a.id)
SELECT (SELECT value FROM target) AS entity, period, lang, source,
       count(*) AS articles, sum(mentions) AS mentions
  FROM hits
 GROUP BY period, lang, source
 ORDER BY period, lang, source;
