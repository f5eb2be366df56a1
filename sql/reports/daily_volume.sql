-- Daily volume: articles per day, by language, with the mentions and the
-- entities seen that day for the first time in the database (for a cron job;
-- new_entities.sql lists them).
--
--   sqlite3 -box news.db < sql/reports/daily_volume.sql
--
-- @from, @to  the days, YYYY-MM-DD (default: the 14 days up to the newest article)
.headers on
WITH
period AS (
  SELECT coalesce(@from, date(d_to, '-13 days')) AS d_from, d_to
    FROM (SELECT coalesce(@to, (SELECT max(published) FROM articles)) AS d_to)),
first_seen AS (
  SELECT m.kind, m.value, min(a.published) AS day
    FROM mentions AS m JOIN articles AS a ON a.id = m.article_id
   WHERE m.kind IN ('person', 'org', 'place') AND m.value IS NOT NULL
   GROUP BY m.kind, m.value),
days AS (
  SELECT a.published AS day, count(*) AS articles, count(DISTINCT a.source) AS sources,
         sum((SELECT count(*) FROM mentions AS m WHERE m.article_id = a.id)) AS mentions
    FROM period, articles AS a
   WHERE a.published BETWEEN period.d_from AND period.d_to
   GROUP BY a.published)
SELECT d.day, d.articles,
       (SELECT group_concat(lang || ' ' || n, ', ') FROM (
          SELECT lang, count(*) AS n FROM articles WHERE published = d.day
           GROUP BY lang ORDER BY n DESC, lang)) AS by_language,
       d.sources, d.mentions,
       (SELECT count(*) FROM first_seen AS f WHERE f.day = d.day) AS new_entities
  FROM days AS d
 ORDER BY d.day;
