-- Money mentions in US dollars, largest first, with the entities written
-- nearest to them (same title or body, within @near characters).  An amount
-- written twice in one article (title and body) is shown once.
--
--   sqlite3 -box news.db < sql/reports/money.sql
--   sqlite3 -json news.db -cmd ".parameter set @currencies 'EUR,JPY'" -cmd ".parameter set @min_usd 1e9" < sql/reports/money.sql
--
-- @from, @to    the period, YYYY-MM-DD (default: all)
-- @currencies   currencies as written, ISO 4217 codes separated by commas (default: all)
-- @min_usd      smallest amount shown, in USD (default 0)
-- @near         how far to look for entities, in characters (default 150)
-- @limit        rows (default 20)
.headers on
WITH money AS (
  SELECT m.*, a.published, a.lang, a.source, a.title,
         row_number() OVER (PARTITION BY m.article_id, m.value
                            ORDER BY m.field = 'title', m.start) AS nth
    FROM mentions AS m JOIN articles AS a ON a.id = m.article_id
   WHERE m.kind = 'money' AND m.usd IS NOT NULL
     AND m.usd >= coalesce(@min_usd, 0)
     AND (@currencies IS NULL OR
          instr(',' || replace(upper(@currencies), ' ', '') || ',', ',' || m.currency || ',') > 0)
     AND a.published BETWEEN coalesce(@from, '0000-00-00') AND coalesce(@to, '9999-99-99'))
SELECT published, lang, source, text AS written,
       CASE WHEN amount = CAST(amount AS INTEGER) THEN CAST(amount AS INTEGER) ELSE amount END AS amount,
       currency,
       CAST(round(usd) AS INTEGER) AS usd,
       (SELECT group_concat(value, ', ') FROM (
          SELECT e.value, min(abs(e.start - m.start)) AS distance
            FROM mentions AS e
           WHERE e.article_id = m.article_id AND e.field = m.field
             AND e.kind IN ('person', 'org', 'place') AND e.value IS NOT NULL
             AND e.start BETWEEN m.start - coalesce(@near, 150) AND m.start + m.length + coalesce(@near, 150)
           GROUP BY e.value ORDER BY distance LIMIT 5)) AS near,
       title
  FROM money AS m
 WHERE nth = 1
 ORDER BY usd DESC, published, article_id, start
 LIMIT coalesce(@limit, 20);
