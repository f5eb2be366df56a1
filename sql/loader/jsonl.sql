-- Loader internals (see sql/load_jsonl.sh): checks the lines of
-- temp.kit_lines (number, text) and stages them in temp.kit_stage.
-- Fields: url (required), source, lang, date (or published), title, and
-- body or html (at least one).  Blank lines are ignored.
INSERT INTO temp.kit_stage(n, loc, url, source, lang, published, title, html, body, err)
SELECT n, loc, url, source, lang, published, title, html, body,
       CASE
         WHEN NOT ok THEN 'invalid JSON'
         WHEN NOT obj THEN 'not a JSON object'
         WHEN url IS NULL THEN 'missing "url"'
         WHEN body IS NULL AND html IS NULL THEN 'no "body" or "html"'
         WHEN date_in IS NOT NULL AND published IS NULL
           THEN printf('bad "date" %s (expected YYYY-MM-DD)', quote(date_in))
         WHEN lang_in IS NOT NULL AND lang IS NULL
           THEN printf('bad "lang" %s (expected an ISO 639-1 code such as "en")', quote(lang_in))
       END
  FROM (
    SELECT n, loc, ok, obj, date_in, lang_in,
           nullif(trim(CAST(url_in AS TEXT)), '') AS url,
           nullif(trim(CAST(source_in AS TEXT)), '') AS source,
           CASE WHEN lower(CAST(lang_in AS TEXT)) GLOB '[a-z][a-z]' OR
                     lower(CAST(lang_in AS TEXT)) GLOB '[a-z][a-z][-_]*'
                THEN lower(substr(lang_in, 1, 2)) END AS lang,
           CASE WHEN date(substr(date_in, 1, 10)) = substr(date_in, 1, 10)
                THEN substr(date_in, 1, 10) END AS published,
           nullif(trim(CAST(title_in AS TEXT)), '') AS title,
           nullif(CAST(html_in AS TEXT), '') AS html,
           nullif(CAST(body_in AS TEXT), '') AS body
      FROM (
        SELECT n, (SELECT name FROM temp.kit_info) || ':' || n AS loc, ok, obj,
               CASE WHEN obj THEN json_extract(j, '$.url') END AS url_in,
               CASE WHEN obj THEN json_extract(j, '$.source') END AS source_in,
               CASE WHEN obj THEN nullif(json_extract(j, '$.lang'), '') END AS lang_in,
               CASE WHEN obj THEN nullif(coalesce(json_extract(j, '$.date'), json_extract(j, '$.published')), '') END AS date_in,
               CASE WHEN obj THEN json_extract(j, '$.title') END AS title_in,
               CASE WHEN obj THEN json_extract(j, '$.html') END AS html_in,
               CASE WHEN obj THEN json_extract(j, '$.body') END AS body_in
          FROM (SELECT n, j, ok, CASE WHEN ok THEN json_type(j) = 'object' ELSE 0 END AS obj
                  FROM (SELECT n, j, json_valid(j) AS ok FROM temp.kit_lines
                         WHERE trim(j, ' ' || char(9, 13)) <> ''))));
SELECT printf('2	%s: %s: %s, skipped', i.what, s.loc, s.err)
  FROM temp.kit_stage AS s, temp.kit_info AS i WHERE s.err IS NOT NULL ORDER BY s.n;
