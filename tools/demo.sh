#!/bin/sh
# make demo: shows what newsext does on a few texts written for the demo.
set -e
cd "$(dirname "$0")/.."
sqlite3 -batch :memory: <<'SQL'
.load ./newsext
.mode box
SELECT newsext_version() AS version;
CREATE VIRTUAL TABLE news USING fts5(body, tokenize = 'icu');
INSERT INTO news(body) VALUES
  ('阿里巴巴的云端服务在欧洲扩张，阿里云在美国的业务规模不大。'),
  ('臺灣的半導體出口創下新高。'),
  ('Die Europäische Zentralbank lässt die Zinsen unverändert.'),
  ('Selon l’Insee, l’économie française a progressé.'),
  ('東京の株式市場では、ソフトバンクグループの株価が上昇した。');
SELECT '"阿里云"' AS query, highlight(news, 0, '[', ']') AS hit FROM news WHERE news MATCH '"阿里云"'
UNION ALL SELECT '台湾', highlight(news, 0, '[', ']') FROM news WHERE news MATCH '台湾'
UNION ALL SELECT 'zentralbank', highlight(news, 0, '[', ']') FROM news WHERE news MATCH 'zentralbank'
UNION ALL SELECT 'economie', highlight(news, 0, '[', ']') FROM news WHERE news MATCH 'economie'
UNION ALL SELECT '"ｿﾌﾄﾊﾞﾝｸ"', highlight(news, 0, '[', ']') FROM news WHERE news MATCH '"ｿﾌﾄﾊﾞﾝｸ"';
SQL
