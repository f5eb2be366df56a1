-- The `icu` FTS5 tokenizer and tokens(): segmentation, normalisation, CJK
-- substring search, options, errors, highlight/snippet and index integrity.
-- All texts are written for these tests.

-- ===== tokens(): the token stream =========================================

-- @test German hyphenation and French elision (the example of the docs)
SELECT token FROM tokens('Die Trump-Administration, l’économie');
-- > die
-- > trump
-- > administration
-- > economie

-- @test start and length count characters and give back the source text
SELECT token, start, length, position,
       substr('Die Trump-Administration, l’économie', start, length)
  FROM tokens('Die Trump-Administration, l’économie');
-- > die|1|3|0|Die
-- > trump|5|5|1|Trump
-- > administration|11|14|2|Administration
-- > economie|29|8|3|économie

-- @test Chinese: one token per character, separator between clauses
SELECT group_concat(token, ' ') FROM tokens('阿里巴巴的云端服务，规模不大。');
-- > 阿 里 巴 巴 的 云 端 服 务 ␞ 规 模 不 大

-- @test separator spans the punctuation between two runs
SELECT token, start, length FROM tokens('阿里，云') ;
-- > 阿|1|1
-- > 里|2|1
-- > ␞|3|1
-- > 云|4|1

-- @test Traditional Chinese folds to Simplified
SELECT group_concat(token, '') FROM tokens('臺灣經濟與國際貿易');
-- > 台湾经济与国际贸易

-- @test chinese_variants 0 keeps Traditional characters
SELECT group_concat(token, '') FROM tokens('臺灣經濟', 'chinese_variants 0');
-- > 臺灣經濟

-- @test Japanese kana and kanji, one token per character (kanji fold like Traditional Chinese)
SELECT group_concat(token, ' ') FROM tokens('東京の株式市場は続伸');
-- > 东 京 の 株 式 市 场 は 続 伸

-- @test half-width katakana is normalised before it is split into characters
SELECT token, start, length FROM tokens('ｿﾌﾄﾊﾞﾝｸ');
-- > ソ|1|1
-- > フ|2|1
-- > ト|3|1
-- > バ|4|2
-- > ン|6|1
-- > ク|7|1

-- @test voicing marks of kana are never removed
SELECT group_concat(token, '') FROM tokens('ガラス'), (SELECT 1)
UNION ALL SELECT group_concat(token, '') FROM tokens('カラス');
-- > ガラス
-- > カラス

-- @test decomposed kana (ka + combining voiced mark) composes to ga
SELECT group_concat(token, '') FROM tokens(char(0x30AB, 0x3099, 0x30E9, 0x30B9));
-- > ガラス

-- @test CJK compatibility characters expand (era name, corporation sign)
SELECT group_concat(token, ' ') FROM tokens('㍻㈱');
-- > 平 成 株

-- @test Korean Hangul, one token per syllable
SELECT group_concat(token, ' ') FROM tokens('서울 증시');
-- > 서 울 ␞ 증 시

-- @test decomposed Hangul (jamo, as from macOS) composes to syllables
SELECT group_concat(token, ' ') FROM tokens(char(0x1100, 0x1161, 0x11A8, 0x1109, 0x1175));
-- > 각 시

-- @test Thai is segmented with ICU's dictionary
SELECT group_concat(token, ' ') FROM tokens('ธนาคารแห่งประเทศไทยคงอัตราดอกเบี้ย');
-- > ธนาคาร แห่ง ประเทศไทย คง อัตรา ดอกเบี้ย

-- @test full case folding and NFKC
SELECT group_concat(token, ' ') FROM tokens('STRASSE Straße ＩＢＭ ﬁnance Ⅻ ２０２４');
-- > strasse strasse ibm finance xii 2024

-- @test diacritics are removed by default
SELECT group_concat(token, ' ') FROM tokens('Café Zürich Müller São Paulo Łódź Ørsted naïve');
-- > cafe zurich muller sao paulo lodz orsted naive

-- @test remove_diacritics 0 keeps them
SELECT group_concat(token, ' ') FROM tokens('Café Zürich', 'remove_diacritics 0');
-- > café zürich

-- @test decomposed input folds the same as precomposed
SELECT group_concat(token, ' ') FROM tokens('Cafe' || char(0x301) || ' Zu' || char(0x308) || 'rich');
-- > cafe zurich

-- @test French and Italian elisions with either apostrophe
SELECT group_concat(token, ' ') FROM tokens('L''Assemblée d’après qu''il jusqu’ici dell''economia un’altra aujourd''hui');
-- > assemblee apres il ici economia altra aujourd'hui

-- @test English apostrophes and periods stay inside words
SELECT group_concat(token, ' ') FROM tokens('The U.S. economy can''t grow 3.5% in Q4, says O''Neill.');
-- > the u.s economy can't grow 3.5 in q4 says o'neill

-- @test numbers keep their grouping and decimals
SELECT group_concat(token, ' ') FROM tokens('1,234.5 1.234,5 12 500 2024年');
-- > 1,234.5 1.234,5 12 500 2024 年

-- @test spaces, punctuation and symbols are not tokens
SELECT count(*) FROM tokens(' ,.;:!?()[]{}"—–…«»“”‘’·•@#%&*+=<>|/\ $€¥ 😀 ');
-- > 0

-- @test soft hyphen and zero-width characters do not split words
SELECT group_concat(token, ' ') FROM tokens('Bundes' || char(0xAD) || 'tag Zero' || char(0x200B) || 'Width');
-- > bundestag zero width

-- @test mixed scripts in one text
SELECT group_concat(token, ' ') FROM tokens('iPhone手机在Berlin发布，价格€999');
-- > iphone 手 机 在 berlin 发 布 ␞ 价 格 999

-- @test cjk words: ICU dictionary words instead of characters
SELECT group_concat(token, ' ') FROM tokens('中华人民共和国国务院', 'cjk words');
-- > 中华 人民 共和国 国务院

-- @test cjk words folds Traditional Chinese too
SELECT group_concat(token, ' ') FROM tokens('臺灣', 'cjk words');
-- > 台湾

-- @test a leading "icu" in the options is accepted, as in tokenize=
SELECT group_concat(token, ' ') FROM tokens('Café', 'icu remove_diacritics 0');
-- > café

-- @test locale option is accepted
SELECT group_concat(token, ' ') FROM tokens('Grüße aus Wien', 'locale de_AT');
-- > grusse aus wien

-- @test NULL text gives no rows
SELECT count(*) FROM tokens(NULL);
-- > 0

-- @test empty text gives no rows
SELECT count(*) FROM tokens('');
-- > 0

-- @test numbers and BLOBs are read as text
SELECT group_concat(token, ' ') FROM tokens(12345) UNION ALL
SELECT group_concat(token, ' ') FROM tokens(CAST('Blob Text' AS BLOB));
-- > 12345
-- > blob text

-- @test invalid UTF-8 never crashes and offsets stay inside the input
WITH t(x) AS (SELECT CAST(x'E4B8ADFF41C328' || CAST('abc' AS BLOB) AS TEXT))
SELECT count(*) > 0, max(start + length - 1) <= (SELECT length(x) FROM t)
  FROM t, tokens(t.x);
-- > 1|1

-- @test a token over FTS5's limit is cut at a character boundary
SELECT length(token), length(CAST(token AS BLOB)) <= 32768
  FROM tokens(replace(hex(zeroblob(20000)), '0', 'ж'));
-- > 16384|1

-- @test tokens() joins with a table (text from a column)
CREATE TABLE t_src(id INTEGER PRIMARY KEY, body TEXT);
INSERT INTO t_src VALUES (1, 'Börse Frankfurt'), (2, '上海证券交易所');
SELECT id, count(*) FROM t_src, tokens(t_src.body) GROUP BY id;
-- > 1|2
-- > 2|7

-- ===== errors ==================================================================

-- @test unknown option is named
SELECT * FROM tokens('x', 'stemmer porter');
-- ! tokens(): unknown option 'stemmer'

-- @test bad boolean value is named
SELECT * FROM tokens('x', 'remove_diacritics 2');
-- ! tokens(): bad value '2' for option 'remove_diacritics' (expected 0 or 1)

-- @test bad cjk value is named
SELECT * FROM tokens('x', 'cjk bigrams');
-- ! tokens(): bad value 'bigrams' for option 'cjk' (expected chars or words)

-- @test option without value
SELECT * FROM tokens('x', 'chinese_variants');
-- ! tokens(): option 'chinese_variants' needs a value

-- @test bad locale
SELECT * FROM tokens('x', 'locale qqq');
-- ! tokens(): bad value 'qqq' for option 'locale' (unknown language)

-- @test tokens() without text
SELECT * FROM tokens;
-- ! tokens(): missing text argument

-- @test CREATE VIRTUAL TABLE fails on an unknown option
CREATE VIRTUAL TABLE t_bad USING fts5(x, tokenize='icu bogus 1');
-- ! error in tokenizer constructor

-- @test CREATE VIRTUAL TABLE fails on a bad value
CREATE VIRTUAL TABLE t_bad USING fts5(x, tokenize='icu remove_diacritics yes');
-- ! error in tokenizer constructor

-- ===== FTS5: search ================================================================

CREATE VIRTUAL TABLE news USING fts5(title, body, tokenize = 'icu');
INSERT INTO news(rowid, title, body) VALUES
 (1, '阿里云扩张', '阿里巴巴的云端服务在欧洲扩张，阿里云在美国的业务规模不大。'),
 (2, '臺灣出口', '臺灣的半導體出口創下新高，經濟部表示。'),
 (3, 'Zinsentscheid', 'Die Europäische Zentralbank in Frankfurt lässt die Zinsen unverändert. Die Trump-Administration reagiert.'),
 (4, 'Économie', 'Selon l’Insee, l''économie française a progressé au troisième trimestre.'),
 (5, '株式市場', '東京の株式市場では、ソフトバンクグループの株価が上昇した。'),
 (6, 'Investment', 'Investors cheered the new investment plan of the U.S. Treasury.'),
 (7, '阿里，云', '测试：阿里，云端不是一个词。'),
 (8, 'ガラス', 'ガラス工場の生産が増えた。');

-- @test a two-character Chinese query matches inside longer words
SELECT rowid FROM news WHERE news MATCH '"阿里"' ORDER BY rowid;
-- > 1
-- > 7

-- @test a three-character query matches exactly the rows containing it
SELECT rowid FROM news WHERE news MATCH '"阿里云"' ORDER BY rowid;
-- > 1

-- @test a match never spans punctuation
SELECT rowid FROM news WHERE news MATCH 'body:"里云"' ORDER BY rowid;
-- > 1

-- @test the query may contain the punctuation itself
SELECT rowid FROM news WHERE news MATCH '"阿里，云"' ORDER BY rowid;
-- > 7

-- @test a one-character query
SELECT rowid FROM news WHERE news MATCH '"词"';
-- > 7

-- @test bareword CJK query is a phrase
SELECT rowid FROM news WHERE news MATCH '云端服务';
-- > 1

-- @test Simplified query finds Traditional text
SELECT rowid FROM news WHERE news MATCH '"台湾的半导体"';
-- > 2

-- @test Traditional query finds Simplified text
SELECT rowid FROM news WHERE news MATCH '"雲端服務"';
-- > 1

-- @test query without diacritics finds text with them
SELECT rowid FROM news WHERE news MATCH 'europaische AND unverandert';
-- > 3

-- @test query with diacritics finds the same row
SELECT rowid FROM news WHERE news MATCH '"Europäische Zentralbank"';
-- > 3

-- @test elision: economie finds l’économie
SELECT rowid FROM news WHERE news MATCH 'economie AND insee';
-- > 4

-- @test hyphenated compound parts are searchable
SELECT rowid FROM news WHERE news MATCH 'administration';
-- > 3

-- @test prefix query
SELECT rowid FROM news WHERE news MATCH 'invest*' ORDER BY rowid;
-- > 6

-- @test Japanese substring: katakana inside a longer word
SELECT rowid FROM news WHERE news MATCH '"バンク"';
-- > 5

-- @test half-width query finds full-width katakana
SELECT rowid FROM news WHERE news MATCH '"ｿﾌﾄﾊﾞﾝｸ"';
-- > 5

-- @test ガラス does not match カラス, and the reverse
SELECT (SELECT count(*) FROM news WHERE news MATCH '"カラス"'),
       (SELECT count(*) FROM news WHERE news MATCH '"ガラス"');
-- > 0|1

-- @test U.S. as a quoted query
SELECT rowid FROM news WHERE news MATCH '"U.S."';
-- > 6

-- @test a CJK prefix query
SELECT rowid FROM news WHERE news MATCH '"株式市*"';
-- > 5

-- ===== FTS5: highlight() and snippet() ================================================

-- @test highlight marks a Chinese phrase as one span
SELECT highlight(news, 1, '[', ']') FROM news WHERE news MATCH 'body:"阿里云"';
-- > 阿里巴巴的云端服务在欧洲扩张，[阿里云]在美国的业务规模不大。

-- @test highlight of a Traditional match found by a Simplified query
SELECT highlight(news, 1, '[', ']') FROM news WHERE news MATCH '"半导体出口"';
-- > 臺灣的[半導體出口]創下新高，經濟部表示。

-- @test highlight keeps the elided article outside the match
SELECT highlight(news, 1, '[', ']') FROM news WHERE news MATCH 'economie';
-- > Selon l’Insee, l'[économie] française a progressé au troisième trimestre.

-- @test highlight of a prefix query
SELECT highlight(news, 1, '<b>', '</b>') FROM news WHERE news MATCH 'invest*';
-- > <b>Investors</b> cheered the new <b>investment</b> plan of the U.S. Treasury.

-- @test highlight of half-width katakana spans whole source characters
SELECT highlight(news, 1, '[', ']') FROM news WHERE news MATCH '"ソフトバンク"';
-- > 東京の株式市場では、[ソフトバンク]グループの株価が上昇した。

-- @test snippet around a German match
SELECT snippet(news, 1, '[', ']', '…', 5) FROM news WHERE news MATCH 'zinsen';
-- > …lässt die [Zinsen] unverändert. Die…

-- @test snippet around a Chinese match
SELECT snippet(news, 1, '[', ']', '…', 6) FROM news WHERE news MATCH '"出口"';
-- > …導體[出口]創下…

-- ===== FTS5: integrity ===================================================================

-- @test integrity-check after inserts
INSERT INTO news(news) VALUES('integrity-check');

-- @test integrity-check after updates and deletes
UPDATE news SET body = body || ' 追加：東京證券交易所。Zusätzlich.' WHERE rowid IN (1, 3, 5);
DELETE FROM news WHERE rowid IN (2, 4);
INSERT INTO news(news) VALUES('integrity-check');
SELECT count(*) FROM news WHERE news MATCH '"东京证券"';
-- > 3

-- @test integrity-check with invalid UTF-8 in documents
INSERT INTO news(rowid, title, body) VALUES (20, CAST(x'E4B8' AS TEXT), CAST(x'41FF42E4B8AD80C3' AS TEXT));
INSERT INTO news(rowid, title, body) VALUES (21, CAST(x'F0908080EDA080' AS TEXT), CAST(x'C0AFE0808061' AS TEXT));
INSERT INTO news(news) VALUES('integrity-check');
DELETE FROM news WHERE rowid IN (20, 21);
INSERT INTO news(news) VALUES('integrity-check');

-- @test external-content table with the icu tokenizer
CREATE TABLE art(id INTEGER PRIMARY KEY, body TEXT);
CREATE VIRTUAL TABLE art_fts USING fts5(body, content='art', content_rowid='id', tokenize='icu');
INSERT INTO art VALUES (1, '新華社北京電：國務院召開常務會議。'), (2, 'Le Conseil d’État a tranché.');
INSERT INTO art_fts(art_fts) VALUES('rebuild');
INSERT INTO art_fts(art_fts) VALUES('integrity-check');
SELECT id FROM art WHERE id IN (SELECT rowid FROM art_fts WHERE art_fts MATCH '"新华社北京电"' OR art_fts MATCH 'etat');
-- > 1
-- > 2

-- @test options in the FTS5 declaration change the index
CREATE VIRTUAL TABLE strict_fts USING fts5(body, tokenize='icu remove_diacritics 0 chinese_variants 0');
INSERT INTO strict_fts VALUES ('Café 臺灣');
SELECT (SELECT count(*) FROM strict_fts WHERE strict_fts MATCH 'cafe'),
       (SELECT count(*) FROM strict_fts WHERE strict_fts MATCH 'café'),
       (SELECT count(*) FROM strict_fts WHERE strict_fts MATCH '台湾'),
       (SELECT count(*) FROM strict_fts WHERE strict_fts MATCH '臺灣');
-- > 0|1|0|1

-- @test cjk words: whole words only, smaller index
CREATE VIRTUAL TABLE words_fts USING fts5(body, tokenize='icu cjk words');
INSERT INTO words_fts VALUES ('中华人民共和国国务院发布通知');
SELECT (SELECT count(*) FROM words_fts WHERE words_fts MATCH '国务院'),
       (SELECT count(*) FROM words_fts WHERE words_fts MATCH '"务院"');
-- > 1|0

-- @test Thai search by dictionary word
CREATE VIRTUAL TABLE th_fts USING fts5(body, tokenize='icu locale th');
INSERT INTO th_fts VALUES ('ธนาคารแห่งประเทศไทยคงอัตราดอกเบี้ย');
SELECT count(*) FROM th_fts WHERE th_fts MATCH 'ดอกเบี้ย';
-- > 1

-- ===== more scripts ======================================================================

-- @test Russian: case folding, ё keeps its identity unless diacritics are removed
SELECT group_concat(token, ' ') FROM tokens('МОСКВА Центробанк сохранил ставку, ЁЛКА');
-- > москва центробанк сохранил ставку елка

-- @test Greek: final sigma folds like sigma, accents removed
SELECT group_concat(token, ' ') FROM tokens('ΑΘΗΝΑ Αθήνα κόσμος ΚΟΣΜΟΣ');
-- > αθηνα αθηνα κοσμοσ κοσμοσ

-- @test Arabic: words split at spaces, letters kept
SELECT group_concat(token, ' ') FROM tokens('البنك المركزي يرفع الفائدة');
-- > البنك المركزي يرفع الفائدة

-- @test Spanish: ñ folds to n only when diacritics are removed
SELECT group_concat(token, ' ') FROM tokens('España año'), (SELECT 1)
UNION ALL SELECT group_concat(token, ' ') FROM tokens('España año', 'remove_diacritics 0');
-- > espana ano
-- > españa año

-- @test Vietnamese: stacked diacritics removed
SELECT group_concat(token, ' ') FROM tokens('Việt Nam Hà Nội');
-- > viet nam ha noi

-- @test Handles and e-mail addresses are cut at @
SELECT group_concat(token, ' ') FROM tokens('@Reuters: press@example.org');
-- > reuters press example.org

-- @test French narrow no-break space before punctuation is a space
SELECT group_concat(token, '|') FROM tokens('Il a dit' || char(0x202F) || ': « oui' || char(0x202F) || '! » 12' || char(0x202F) || '500 euros');
-- > il|a|dit|oui|12|500|euros

-- @test Spanish search without accents
CREATE VIRTUAL TABLE es_fts USING fts5(body, tokenize='icu');
INSERT INTO es_fts VALUES ('El Banco de España eleva la previsión de crecimiento');
SELECT count(*) FROM es_fts WHERE es_fts MATCH 'espana AND prevision';
-- > 1

-- @test Russian search in another case
CREATE VIRTUAL TABLE ru_fts USING fts5(body, tokenize='icu');
INSERT INTO ru_fts VALUES ('Центробанк России сохранил ключевую ставку');
SELECT count(*) FROM ru_fts WHERE ru_fts MATCH 'ЦЕНТРОБАНК';
-- > 1
