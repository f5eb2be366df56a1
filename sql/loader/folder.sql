-- Loader internals (see sql/load_folder.sh): reads the files of a folder
-- (temp.kit_info: name = the folder as given, abs = its absolute path) with
-- the sqlite3 shell's fsdir() and stages them in temp.kit_stage.
--
-- *.html, *.htm   html = the file; title from <title> (without a trailing
--                 " | Site" when Site is the source); url from
--                 <link rel="canonical" href="..."> or og:url; source from
--                 og:site_name or <meta name="source">; date from
--                 article:published_time, <meta name="date"> or the first
--                 <time datetime="...">; lang from <html lang="...">.
--                 Attribute values in double quotes, name before content.
-- *.md, *.markdown, *.txt
--                 optional front matter between two "---" lines, with
--                 "key: value" lines for title, date, source, lang, url;
--                 without a title, the first non-empty line is the title
--                 (leading '#' removed) and the rest the body.
-- Otherwise: date from a file name that starts with YYYY-MM-DD, lang from a
-- following -xx- (en zh de fr es ja ru it pt nl ko ar), url file://<path>.
-- Hidden files and other extensions are ignored.
INSERT INTO temp.kit_stage(n, loc, url, source, lang, published, title, html, body, err)
WITH RECURSIVE
info AS (SELECT name AS dir, abs FROM temp.kit_info),
files AS (
  SELECT f.name AS path, substr(f.name, length(info.dir) + 2) AS rel, f.data,
         lower(substr(f.name, length(rtrim(f.name, replace(f.name, '.', ''))) + 1)) AS ext,
         substr(f.name, length(rtrim(f.name, replace(f.name, '/', ''))) + 1) AS base
    FROM info, fsdir(info.dir) AS f
   WHERE (f.mode & 61440) = 32768),
texts AS (
  SELECT row_number() OVER (ORDER BY path) AS n, path, rel, ext, base,
         CASE WHEN ext IN ('html', 'htm') THEN 'html' ELSE 'text' END AS type,
         replace(CASE WHEN substr(t0, 1, 1) = char(65279) THEN substr(t0, 2) ELSE t0 END,
                 char(13) || char(10), char(10)) AS t
    FROM (SELECT *, CAST(data AS TEXT) AS t0 FROM files)
   WHERE ext IN ('html', 'htm', 'md', 'markdown', 'txt')
     AND ('/' || rel) NOT GLOB '*/.*'),
-- front matter of text files
fm AS (
  SELECT n, substr(t, 1, 4) = '---' || char(10) AS has,
         instr(char(10) || substr(t, 5) || char(10), char(10) || '---' || char(10)) AS e,
         char(10) || substr(t, 5) || char(10) AS r
    FROM texts WHERE type = 'text'),
fmparts AS (
  SELECT n, has, e,
         CASE WHEN has AND e > 1 THEN substr(r, 2, e - 2) WHEN has AND e = 1 THEN '' END AS head,
         CASE WHEN has AND e > 0 THEN substr(r, e + 5, length(r) - e - 5) END AS content
    FROM fm),
fmlines(n, line, rest) AS (
  SELECT n, NULL, head || char(10) FROM fmparts WHERE head IS NOT NULL
  UNION ALL
  SELECT n, substr(rest, 1, instr(rest, char(10)) - 1), substr(rest, instr(rest, char(10)) + 1)
    FROM fmlines WHERE rest <> ''),
fmkv AS (
  SELECT n, k,
         CASE WHEN length(v) >= 2 AND substr(v, 1, 1) = '"' AND substr(v, -1) = '"'
                THEN replace(substr(v, 2, length(v) - 2), '\"', '"')
              WHEN length(v) >= 2 AND substr(v, 1, 1) = '''' AND substr(v, -1) = ''''
                THEN replace(substr(v, 2, length(v) - 2), '''''', '''')
              ELSE v END AS v
    FROM (SELECT n, lower(trim(substr(line, 1, instr(line, ':') - 1))) AS k,
                 trim(substr(line, instr(line, ':') + 1)) AS v
            FROM fmlines
           WHERE instr(line, ':') > 1 AND line NOT GLOB '[ #	]*')),
-- <head> of HTML files: meta data by pattern, first match by priority
heads AS (
  SELECT n, t AS h0,
         substr(t, 1, coalesce(nullif(instr(lower(t), '</head'), 0), nullif(instr(lower(t), '<body'), 0), length(t))) AS h
    FROM texts WHERE type = 'html'),
pats(field, prio, pat, attr) AS (VALUES
  ('url', 1, 'rel="canonical"', 'href="'), ('url', 2, 'property="og:url"', 'content="'),
  ('source', 1, 'property="og:site_name"', 'content="'), ('source', 2, 'name="source"', 'content="'),
  ('date', 1, 'property="article:published_time"', 'content="'), ('date', 2, 'name="date"', 'content="'),
  ('date', 3, 'itemprop="datepublished"', 'content="'), ('date', 4, '<time datetime="', ''),
  ('lang', 1, '<html lang="', ''), ('lang', 2, 'http-equiv="content-language"', 'content="')),
meta AS (
  SELECT n, field, prio,
         CASE WHEN attr = '' THEN substr(tail, 1, instr(tail, '"') - 1)
              WHEN a > 0 AND (gt = 0 OR a < gt)
                THEN substr(tail, a + length(attr), instr(substr(tail, a + length(attr)), '"') - 1)
         END AS v
    FROM (SELECT n, field, prio, attr, tail, instr(lower(tail), attr) AS a, instr(tail, '>') AS gt
            FROM (SELECT heads.n, field, prio, attr,
                         substr(CASE WHEN pats.field = 'date' AND pats.prio = 4 THEN heads.h0 ELSE heads.h END,
                                instr(lower(CASE WHEN pats.field = 'date' AND pats.prio = 4 THEN heads.h0 ELSE heads.h END), pat)
                                + length(pat)) AS tail
                    FROM heads, pats
                   WHERE instr(lower(CASE WHEN pats.field = 'date' AND pats.prio = 4 THEN heads.h0 ELSE heads.h END), pat) > 0))),
titles AS (
  SELECT n, CASE WHEN t1 > 0 AND t3 > t1 + g
                 THEN trim(html_text('<p>' || substr(h, t1 + g, t3 - t1 - g))) END AS title
    FROM (SELECT n, h, instr(lower(h), '<title') AS t1, instr(lower(h), '</title') AS t3,
                 instr(substr(lower(h), instr(lower(h), '<title')), '>') AS g
            FROM heads)),
-- everything together
raw AS (
  SELECT x.n, x.path, x.rel, x.type, x.base, x.t,
         p.has AS fm_has, p.e AS fm_end, p.content,
         CASE x.type WHEN 'html' THEN (SELECT v FROM meta m WHERE m.n = x.n AND field = 'url' AND v <> '' ORDER BY prio LIMIT 1)
                     ELSE (SELECT v FROM fmkv k WHERE k.n = x.n AND k IN ('url', 'link') AND v <> '' LIMIT 1) END AS url_in,
         CASE x.type WHEN 'html' THEN (SELECT v FROM meta m WHERE m.n = x.n AND field = 'source' AND v <> '' ORDER BY prio LIMIT 1)
                     ELSE (SELECT v FROM fmkv k WHERE k.n = x.n AND k = 'source' AND v <> '' LIMIT 1) END AS source_in,
         CASE x.type WHEN 'html' THEN (SELECT v FROM meta m WHERE m.n = x.n AND field = 'date' AND v <> '' ORDER BY prio LIMIT 1)
                     ELSE (SELECT v FROM fmkv k WHERE k.n = x.n AND k IN ('date', 'published') AND v <> '' LIMIT 1) END AS date_in,
         CASE x.type WHEN 'html' THEN (SELECT v FROM meta m WHERE m.n = x.n AND field = 'lang' AND v <> '' ORDER BY prio LIMIT 1)
                     ELSE (SELECT v FROM fmkv k WHERE k.n = x.n AND k IN ('lang', 'language') AND v <> '' LIMIT 1) END AS lang_in,
         CASE x.type WHEN 'html' THEN (SELECT title FROM titles WHERE titles.n = x.n)
                     ELSE (SELECT v FROM fmkv k WHERE k.n = x.n AND k = 'title' AND v <> '' LIMIT 1) END AS title_in
    FROM texts AS x LEFT JOIN fmparts AS p ON p.n = x.n),
-- text files: the body, and the title from the first line when not given
bodies AS (
  SELECT *,
         CASE WHEN type = 'html' THEN NULL
              ELSE ltrim(CASE WHEN fm_has THEN content ELSE t END, char(10, 32, 9)) END AS txt
    FROM raw),
cooked AS (
  SELECT *,
         CASE WHEN txt IS NULL OR title_in IS NOT NULL THEN NULL
              WHEN instr(txt, char(10)) > 0 THEN substr(txt, 1, instr(txt, char(10)) - 1)
              ELSE txt END AS first_line
    FROM bodies)
SELECT n, path,
       coalesce(url_in, 'file://' || (SELECT abs FROM info) || '/' || rel),
       source_in,
       coalesce(CASE WHEN lower(lang_in) GLOB '[a-z][a-z]' OR lower(lang_in) GLOB '[a-z][a-z][-_]*'
                     THEN lower(substr(lang_in, 1, 2)) END,
                CASE WHEN lang_in IS NULL AND base GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]-[a-z][a-z][-_.]*'
                      AND substr(base, 12, 2) IN ('en', 'zh', 'de', 'fr', 'es', 'ja', 'ru', 'it', 'pt', 'nl', 'ko', 'ar')
                     THEN substr(base, 12, 2) END),
       CASE WHEN date_in IS NOT NULL
              THEN CASE WHEN date(substr(date_in, 1, 10)) = substr(date_in, 1, 10) THEN substr(date_in, 1, 10) END
            WHEN base GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' AND date(substr(base, 1, 10)) = substr(base, 1, 10)
              THEN substr(base, 1, 10) END,
       CASE WHEN type = 'html' AND source_in IS NOT NULL AND
                 substr(title_in, -(length(source_in) + 3)) IN
                   (' | ' || source_in, ' - ' || source_in, ' – ' || source_in, ' — ' || source_in, ' · ' || source_in)
              THEN rtrim(substr(title_in, 1, length(title_in) - length(source_in) - 3))
            WHEN first_line IS NOT NULL THEN trim(ltrim(first_line, '#'))
            ELSE title_in END,
       CASE WHEN type = 'html' THEN t END,
       CASE WHEN type = 'html' THEN NULL
            WHEN first_line IS NOT NULL THEN nullif(trim(substr(txt, length(first_line) + 2), char(10, 32, 9)), '')
            ELSE nullif(trim(txt, char(10, 32, 9)), '') END,
       CASE WHEN trim(coalesce(t, ''), char(10, 32, 9)) = '' THEN 'empty file'
            WHEN fm_has AND fm_end = 0 THEN 'front matter not closed (no "---" line after it)'
            WHEN date_in IS NOT NULL AND date(substr(date_in, 1, 10)) IS NOT substr(date_in, 1, 10)
              THEN printf('bad date %s (expected YYYY-MM-DD)', quote(date_in))
            WHEN lang_in IS NOT NULL AND NOT (lower(lang_in) GLOB '[a-z][a-z]' OR lower(lang_in) GLOB '[a-z][a-z][-_]*')
              THEN printf('bad lang %s (expected an ISO 639-1 code such as "en")', quote(lang_in))
            WHEN type = 'html' AND trim(html_text(t), char(10, 32, 9)) = '' THEN 'no text'
            WHEN type = 'text' AND trim(coalesce(txt, ''), char(10, 32, 9)) = '' THEN 'no text'
       END
  FROM cooked;
SELECT printf('2	%s: %s: %s, skipped', i.what, s.loc, s.err)
  FROM temp.kit_stage AS s, temp.kit_info AS i WHERE s.err IS NOT NULL ORDER BY s.n;
