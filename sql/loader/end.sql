-- Loader internals (see sql/loader/kit.sh): the summary of a load.
SELECT printf('1	%s: %s: %d %s, %d loaded (%d new, %d updated, %d unchanged), %d skipped, %.1f s; %d articles in the database',
              i.what, i.name, count(s.n), CASE i.what WHEN 'load_jsonl' THEN 'lines' ELSE 'files' END,
              count(s.state),
              (SELECT count(*) FROM main.articles) - i.before,
              count(s.state) - count(s.state) FILTER (WHERE s.state = 'unchanged')
                - ((SELECT count(*) FROM main.articles) - i.before),
              count(s.state) FILTER (WHERE s.state = 'unchanged'),
              count(s.err),
              (julianday('now') - i.t0) * 86400.0,
              (SELECT count(*) FROM main.articles))
  FROM temp.kit_info AS i LEFT JOIN temp.kit_stage AS s;
SELECT printf('3	%d', count(*)) FROM temp.kit_stage WHERE err IS NOT NULL;
