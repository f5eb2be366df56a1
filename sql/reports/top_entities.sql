-- Top entities of a period, by kind, with their canonical names and the
-- forms they were written in (across languages).
--
--   sqlite3 -box news.db < sql/reports/top_entities.sql
--   sqlite3 -csv news.db -cmd ".parameter set @from '2024-03-01'" -cmd ".parameter set @kind 'org'" < sql/reports/top_entities.sql
--
-- @from, @to  the period, YYYY-MM-DD (default: the 30 days up to the newest article)
-- @kind       one kind: person, org, place, money, percent, date (default: person, org and place)
-- @limit      entities per kind (default 5)
.headers on
WITH
period AS (
  SELECT coalesce(@from, date(d_to, '-29 days')) AS d_from, d_to
    FROM (SELECT coalesce(@to, (SELECT max(published) FROM articles)) AS d_to)),
m AS (
  SELECT m.kind, m.value, m.text, a.id, a.lang
    FROM period, articles AS a JOIN mentions AS m ON m.article_id = a.id
   WHERE a.published BETWEEN period.d_from AND period.d_to
     AND (m.kind = @kind OR (@kind IS NULL AND m.kind IN ('person', 'org', 'place')))
     AND m.value IS NOT NULL),
agg AS (
  SELECT kind, value, count(DISTINCT id) AS articles, count(*) AS mentions,
         (SELECT group_concat(lang, ' ') FROM (SELECT DISTINCT lang FROM m AS l
             WHERE l.kind = m.kind AND l.value = m.value ORDER BY lang)) AS languages
    FROM m GROUP BY kind, value),
ranked AS (
  SELECT *, row_number() OVER (PARTITION BY kind ORDER BY articles DESC, mentions DESC, value) AS rank
    FROM agg)
SELECT kind, rank, value AS entity, articles, mentions, languages,
       (SELECT group_concat(text, ' / ') FROM (
          SELECT text FROM m AS w WHERE w.kind = r.kind AND w.value = r.value
           GROUP BY text ORDER BY count(*) DESC, text LIMIT 5)) AS written_as
  FROM ranked AS r
 WHERE rank <= coalesce(@limit, 5)
 ORDER BY kind, rank;
