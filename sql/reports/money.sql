-- Money mentions in US dollars, largest first, with the entities written
-- nearest to them (same title or body, within @near characters).
--
--   sqlite3 -box news.db < sql/reports/money.sql
--   sqlite3 -json news.db -cmd ".parameter set @min_usd 1e9" < sql/reports/money.sql
--
-- @from, @to  the period, YYYY-MM-DD (default: all)
-- @min_usd    smallest amount shown, in USD (default 0)
-- @near       how far to look for entities, in characters (default 150)
-- @limit      rows (default 20)
.headers on
SELECT a.published, a.lang, a.source,
       m.text AS written, m.value, CAST(round(m.usd) AS INTEGER) AS usd,
       (SELECT group_concat(value, ', ') FROM (
          SELECT e.value, min(abs(e.start - m.start)) AS distance
            FROM mentions AS e
           WHERE e.article_id = m.article_id AND e.field = m.field
             AND e.kind IN ('person', 'org', 'place') AND e.value IS NOT NULL
             AND e.start BETWEEN m.start - coalesce(@near, 150) AND m.start + m.length + coalesce(@near, 150)
           GROUP BY e.value ORDER BY distance LIMIT 5)) AS near,
       a.title
  FROM mentions AS m JOIN articles AS a ON a.id = m.article_id
 WHERE m.kind = 'money' AND m.usd IS NOT NULL
   AND m.usd >= coalesce(@min_usd, 0)
   AND a.published BETWEEN coalesce(@from, '0000-00-00') AND coalesce(@to, '9999-99-99')
 ORDER BY m.usd DESC, a.published, a.id, m.start
 LIMIT coalesce(@limit, 20);
