-- Entities seen for the first time (in the whole database) in the last
-- days, newest first: what a daily cron job mails out.
--
--   sqlite3 -box news.db < sql/reports/new_entities.sql
--   sqlite3 -csv news.db -cmd ".parameter set @from date(julianday('now')-1)" < sql/reports/new_entities.sql
--
-- @from, @to  first-seen days, YYYY-MM-DD or an SQL date expression
--             (default: the 7 days up to the newest article)
-- @limit      rows (default 30)
.headers on
WITH
period AS (
  SELECT coalesce(@from, date(d_to, '-6 days')) AS d_from, d_to
    FROM (SELECT coalesce(@to, (SELECT max(published) FROM articles)) AS d_to)),
m AS (
  SELECT m.kind, m.value, m.text, a.id, a.published, a.lang, a.source
    FROM mentions AS m JOIN articles AS a ON a.id = m.article_id
   WHERE m.kind IN ('person', 'org', 'place') AND m.value IS NOT NULL),
firsts AS (
  SELECT kind, value, min(published) AS first_seen FROM m GROUP BY kind, value)
SELECT f.first_seen, f.kind, f.value AS entity,
       count(DISTINCT m.id) AS articles,
       (SELECT group_concat(lang, ' ') FROM (SELECT DISTINCT lang FROM m AS l
           WHERE l.kind = f.kind AND l.value = f.value AND l.published = f.first_seen ORDER BY lang)) AS languages,
       (SELECT group_concat(source, '; ') FROM (SELECT DISTINCT source FROM m AS s
           WHERE s.kind = f.kind AND s.value = f.value AND s.published = f.first_seen ORDER BY source)) AS sources,
       (SELECT group_concat(text, ' / ') FROM (SELECT text FROM m AS w
           WHERE w.kind = f.kind AND w.value = f.value GROUP BY text ORDER BY count(*) DESC, text LIMIT 4)) AS written_as
  FROM period, firsts AS f JOIN m ON m.kind = f.kind AND m.value = f.value AND m.published = f.first_seen
 WHERE f.first_seen BETWEEN period.d_from AND period.d_to
 GROUP BY f.kind, f.value
 ORDER BY f.first_seen DESC, articles DESC, f.kind, f.value
 LIMIT coalesce(@limit, 30);
