-- Loader internals (see sql/loader/kit.sh): rows @lo..@hi of temp.kit_stage into
-- articles, in one transaction, then a progress line for large loads.
BEGIN;
UPDATE temp.kit_stage
   SET body = coalesce(body, html_text(html)),
       lang = coalesce(lang, lang(coalesce(title, '') || char(10) ||
                                  coalesce(body, html_text(html), '')), 'und')
 WHERE n BETWEEN @lo AND @hi AND err IS NULL;
UPDATE temp.kit_stage AS s
   SET state = coalesce((SELECT CASE WHEN a.source IS s.source AND a.lang IS s.lang
                                      AND a.published IS s.published AND a.title IS s.title
                                      AND a.html IS s.html AND a.body IS s.body
                                     THEN 'unchanged' ELSE 'updated' END
                           FROM main.articles AS a WHERE a.url = s.url), 'new')
 WHERE n BETWEEN @lo AND @hi AND err IS NULL;
INSERT INTO main.articles(url, source, lang, published, title, html, body)
SELECT url, source, lang, published, title, html, body FROM temp.kit_stage
 WHERE n BETWEEN @lo AND @hi AND err IS NULL AND state <> 'unchanged'
 ORDER BY n
    ON CONFLICT(url) DO UPDATE
   SET source = excluded.source, lang = excluded.lang, published = excluded.published,
       title = excluded.title, html = excluded.html, body = excluded.body;
COMMIT;
SELECT printf('2	%s: %s: %d of %d, %d loaded, %d skipped, %.0f articles/s',
              i.what, i.name, min(@hi, s.total), s.total, s.done, s.bad,
              s.done / max((julianday('now') - i.t0) * 86400.0, 0.001))
  FROM temp.kit_info AS i,
       (SELECT count(*) AS total, count(state) AS done,
               count(*) FILTER (WHERE err IS NOT NULL AND n <= @hi) AS bad
          FROM temp.kit_stage) AS s
 WHERE s.total > i.batch;
