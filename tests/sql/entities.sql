-- entities(): people, organisations, places, linked to one name, with
-- character offsets.  All texts are written for these tests.

-- ===== people, places and organisations ===================================

-- @test English: title, country short forms, a later short mention takes the full name
SELECT kind, text, start, length, value
  FROM entities('US President Joe Biden met Mr. Hagerty in Tokyo. Later Biden said the U.S. and Bank of England staff talked.', NULL, 'en');
-- > place|US|1|2|United States
-- > person|Joe Biden|14|9|Joe Biden
-- > person|Hagerty|32|7|Hagerty
-- > place|Tokyo|43|5|Tokyo
-- > person|Biden|56|5|Joe Biden
-- > place|U.S.|71|4|United States
-- > org|Bank of England|80|15|Bank of England

-- @test German: title, weak adjective ending of a country, given name, ICU name of the EU
SELECT kind, text, start, length, value
  FROM entities('Präsident Joe Biden sprach in den Vereinigten Staaten mit Olaf Scholz über die Europäische Union.', NULL, 'de');
-- > person|Joe Biden|11|9|Joe Biden
-- > place|Vereinigten Staaten|35|19|United States
-- > person|Olaf Scholz|59|11|Olaf Scholz
-- > org|Europäische Union|80|17|European Union

-- @test German weak adjective endings are undone after an article, and the result is linked when listed
SELECT kind, text, value FROM entities('Er sprach mit der Deutschen Bank und der Nordischen Bank.', NULL, 'de');
-- > org|Deutschen Bank|Deutsche Bank
-- > org|Nordischen Bank|Nordische Bank

-- @test French and Spanish country names link to the English name
SELECT kind, text, value
  FROM entities('Les États-Unis, la Chine et la Russie. EE. UU. y España firmaron.', NULL, 'fr');
-- > place|États-Unis|United States
-- > place|Chine|China
-- > place|Russie|Russia
-- > place|EE. UU.|United States
-- > place|España|Spain

-- @test Chinese: Traditional folds to Simplified, surname + given name before 说, suffixes
SELECT kind, text, start, length, value
  FROM entities('美國與中国，外交部长王毅说，华为公司在广东省深圳市。', NULL, 'zh');
-- > place|美國|1|2|United States
-- > place|中国|4|2|China
-- > person|王毅|11|2|Wang Yi
-- > org|华为公司|15|4|Huawei
-- > place|广东省|20|3|Guangdong
-- > place|深圳市|23|3|Shenzhen

-- @test Chinese: transliterated name joined by a dot, international organisations
SELECT kind, text, start, length, value
  FROM entities('美国总统约瑟夫·拜登表示，将与欧盟和联合国合作。拜登说。', NULL, 'zh');
-- > place|美国|1|2|United States
-- > person|约瑟夫·拜登|5|6|Joe Biden
-- > org|欧盟|16|2|European Union
-- > org|联合国|19|3|United Nations
-- > person|拜登|25|2|Joe Biden

-- @test Japanese: katakana name with ・, kanji name before 首相, katakana countries
SELECT kind, text, value
  FROM entities('ジョー・バイデン大統領と岸田首相が会談した。アメリカとイギリス。', NULL, 'ja');
-- > person|ジョー・バイデン|Joe Biden
-- > person|岸田|Fumio Kishida
-- > place|アメリカ|United States
-- > place|イギリス|United Kingdom

-- @test companies by their legal form, which ends the name (Inc. keeps its dot)
SELECT kind, text FROM entities('Grupo Nortex S.A. y Kramer Werke GmbH firmaron con Acme Widgets Inc. y Nortel Holdings plc.', NULL, 'es');
-- > org|Grupo Nortex S.A.
-- > org|Kramer Werke GmbH
-- > org|Acme Widgets Inc.
-- > org|Nortel Holdings plc

-- @test dateline: city in capitals and the agency in brackets
SELECT kind, text, value
  FROM entities('BERLIN (dpa) - Die Gespräche in der Hauptstadt gingen weiter.', NULL, 'de');
-- > place|BERLIN|Berlin
-- > org|dpa|Deutsche Presse-Agentur

-- @test full-width letters match as ASCII
SELECT kind, text, start, length, value
  FROM entities('ＵＳＡ und Ｖｅｒｅｉｎｉｇｔｅ Ｓｔａａｔｅｎ', NULL, 'de');
-- > place|ＵＳＡ|1|3|United States
-- > place|Ｖｅｒｅｉｎｉｇｔｅ Ｓｔａａｔｅｎ|9|18|United States

-- @test lower-case words never match a case-sensitive acronym or a capitalised name
SELECT count(*) FROM entities('let us talk about turkey and china plates', NULL, 'en');
-- > 0

-- @test substr(input, start, length) gives back the mention in every language
WITH t(x) AS (VALUES ('Präsident Joe Biden traf in den Vereinigten Staaten Olaf Scholz.'),
                     ('美國與中国，外交部长王毅说，华为公司在广东省深圳市。'),
                     ('ジョー・バイデン大統領と岸田首相。'),
                     ('Les États-Unis, la Chine et la Russie.'))
SELECT count(*) >= 12, count(*) = sum(substr(x, start, length) = text) FROM t, entities(t.x);
-- > 1|1

-- @test one row per mention in text order
WITH r AS (SELECT start FROM entities('Joe Biden, Olaf Scholz, China, Japan, Russia and India.', NULL, 'en'))
SELECT count(*), min(start), max(start) FROM r;
-- > 6|1|50

-- @test language: the hint is reported
SELECT DISTINCT language FROM entities('Joe Biden in China.', NULL, 'EN-us');
-- > en

-- @test HIDDEN arguments read back as given
SELECT ref_date, lang FROM entities('Joe Biden.', '2024-01-31', 'en');
-- > 2024-01-31|en

-- @test entities() joins with a table of articles
CREATE TABLE docs(id INTEGER PRIMARY KEY, body TEXT);
INSERT INTO docs VALUES (1, 'Angela Merkel besuchte Frankreich.'), (2, '日本と中国'), (3, NULL);
SELECT d.id, e.value FROM docs d, entities(d.body) e ORDER BY d.id, e.start;
-- > 1|Angela Merkel
-- > 1|France
-- > 2|Japan
-- > 2|China

-- ===== money, percentages and dates (the shared parsers) ====================

-- @test money with amount, currency and dollars at the reference date; percent; dates resolved against ref_date
SELECT kind, text, start, length, value, amount, currency, round(usd)
  FROM entities('Apple agreed on Tuesday to pay $50 million, up 50% from last year, Joe Biden said.', '2024-03-07', 'en')
 WHERE kind IN ('money', 'percent', 'date');
-- > date|Tuesday|17|7|2024-03-05|NULL|NULL|NULL
-- > money|$50 million|32|11|50000000 USD|50000000.0|USD|50000000.0
-- > percent|50%|48|3|50%|50.0|NULL|NULL
-- > date|last year|57|9|2023|NULL|NULL|NULL

-- @test Chinese: 拥有400万客户 is no money, 百分之五十 is 50%, partial dates take the reference year
SELECT kind, text, start, length, value, amount, currency
  FROM entities('某公司拥有400万客户，营收增长百分之五十，达到3亿元人民币。2019年1月18日，1月18日。', '2024-03-07', 'zh')
 WHERE kind IN ('money', 'percent', 'date');
-- > percent|百分之五十|17|5|50%|50.0|NULL
-- > money|3亿元人民币|25|6|300000000 CNY|300000000.0|CNY
-- > date|2019年1月18日|32|10|2019-01-18|NULL|NULL
-- > date|1月18日|43|5|2024-01-18|NULL|NULL

-- @test a bare year is no date, a year after "im Jahr" is
SELECT kind, text, value FROM entities('Im Jahr 2019 gab es 2019 Fälle.', '2024-03-07', 'de');
-- > date|2019|2019

-- @test euros in French, converted at the rate of the article's month
SELECT kind, text, value, currency, usd > 1.9e9 AND usd < 2.4e9
  FROM entities('Le groupe a levé 2 milliards d''euros le 5 mars.', '2023-03-07', 'fr');
-- > money|2 milliards d'euros|2000000000 EUR|EUR|1
-- > date|5 mars|2023-03-05|NULL|NULL

-- @test one story, one identity across languages: the value is the same English name
SELECT DISTINCT value FROM entities('拜登说。Joe Biden said. Biden sagte.', NULL, NULL) WHERE kind = 'person';
-- > Joe Biden

-- ===== inputs that are not ordinary text ====================================

-- @test NULL text gives no rows
SELECT * FROM entities(NULL);
-- @empty

-- @test empty text gives no rows
SELECT * FROM entities('');
-- @empty

-- @test a BLOB is read as text, invalid UTF-8 included, and offsets still give back the text
SELECT kind, text, start, length, substr(CAST(x'4a6f6520426964656e20fffe80204a6170616e' AS TEXT), start, length)
  FROM entities(x'4a6f6520426964656e20fffe80204a6170616e', NULL, 'en');
-- > person|Joe Biden|1|9|Joe Biden
-- > place|Japan|14|5|Japan

-- @test random bytes (invalid UTF-8, NULs) never crash and start inside the input
WITH RECURSIVE r(i, b) AS (SELECT 1, randomblob(20000) UNION ALL
                           SELECT i + 1, randomblob(20000) FROM r WHERE i < 20)
SELECT count(*) = sum(start >= 1 AND length >= 1 AND start <= 20000) FROM r, entities(r.b);
-- > 1

-- @test Chinese rules: a listed place with a suffix, a place before an organisation suffix, a country's government
SELECT kind, text, value FROM entities('北京大学和中国电影出版社。印度政府表示，北京市政府。', NULL, 'zh');
-- > org|北京大学|Peking University
-- > org|中国电影出版社|中国电影出版社
-- > place|印度|India
-- > org|北京市政府|北京市政府

-- @test a number is read as text
SELECT count(*) FROM entities(12345);
-- > 0

-- @test 20 MB of text is scanned chunk by chunk
SELECT count(*) >= 599000, sum(kind = 'person') >= 599000
  FROM entities((SELECT replace(hex(zeroblob(600000)), '00', 'Joe Biden met Mr. Hagerty in Tokyo. ')), NULL, 'en');
-- > 1|1

-- ===== errors ===============================================================

-- @test a bad ref_date is an error naming it
SELECT * FROM entities('Joe Biden', 'yesterday');
-- ! entities(): invalid ref_date 'yesterday' (expected YYYY-MM-DD)

-- @test an impossible date is a bad ref_date
SELECT * FROM entities('Joe Biden', '2023-02-29');
-- ! entities(): invalid ref_date '2023-02-29'

-- @test a bad lang is an error naming it
SELECT * FROM entities('Joe Biden', NULL, 'english');
-- ! entities(): invalid lang 'english'

-- @test the text argument is required
SELECT * FROM entities;
-- ! entities(): missing text argument

-- ===== the user's alias table ===============================================

-- @test without a table nothing is added
SELECT count(*) FROM entities('Schmidtke GmbH und Piet sprachen.', NULL, 'de') WHERE value = 'Piet Smit';
-- > 0

-- @test a user alias is used at once, without reconnecting
CREATE TABLE newsext_aliases(alias TEXT, kind TEXT, canonical TEXT);
INSERT INTO newsext_aliases VALUES ('Piet', 'person', 'Piet Smit'), ('Nordlicht', 'org', 'Nordlicht Energie AG');
SELECT kind, text, value FROM entities('Nordlicht und Piet sprachen.', NULL, 'de');
-- > org|Nordlicht|Nordlicht Energie AG
-- > person|Piet|Piet Smit

-- @test an update of the table is seen by the next query
UPDATE newsext_aliases SET canonical = 'Pieter Smit' WHERE alias = 'Piet';
SELECT value FROM entities('Nordlicht und Piet sprachen.', NULL, 'de') WHERE kind = 'person';
-- > Pieter Smit

-- @test user aliases override built-in names, and kind 'none' removes one
INSERT INTO newsext_aliases VALUES ('Georgia', 'place', 'Georgia (U.S. state)'), ('Japan', 'none', NULL);
SELECT kind, text, value FROM entities('Georgia and Japan.', NULL, 'en');
-- > place|Georgia|Georgia (U.S. state)

-- @test a row with an unknown kind is an error naming the table
INSERT INTO newsext_aliases VALUES ('Foo', 'thing', 'Foo');
SELECT * FROM entities('Foo', NULL, 'en');
-- ! entities(): newsext_aliases row 5: unknown kind 'thing'

-- @test dropping the table removes the user aliases
DROP TABLE newsext_aliases;
SELECT kind, value FROM entities('Georgia and Japan.', NULL, 'en');
-- > place|Georgia
-- > place|Japan

-- ===== conjunctions end a name ============================================

-- @test Spanish "y" links two names and never joins them, listed or not
SELECT text, start, length
  FROM entities('Según el diario, Torvex Solar y Parmenta Group firmaron un acuerdo con Alibaba Cloud y SAP.', NULL, 'es');
-- > Torvex Solar|18|12
-- > Parmenta Group|33|14
-- > Alibaba Cloud|72|13
-- > SAP|88|3

-- @test German "und", French "et", English "and" between names
SELECT kind, text, value
  FROM entities('Laut Bericht wollen SAP und Siemens investieren. Selon la presse, Renault et Stellantis discutent. Yesterday Microsoft and SoftBank met.', NULL, NULL);
-- > org|SAP|SAP
-- > org|Siemens|Siemens
-- > org|Renault|Renault
-- > org|Stellantis|Stellantis
-- > org|Microsoft|Microsoft
-- > org|SoftBank|SoftBank Group

-- @test names with "&", "of" and "de" inside stay whole next to a conjunction
SELECT kind, text, value
  FROM entities('Procter & Gamble, Ernst & Young and Johnson & Johnson hired staff. El Banco de España y el Ministerio de Asuntos Exteriores hablaron con Bank of America.', NULL, NULL);
-- > org|Procter & Gamble|Procter & Gamble
-- > org|Ernst & Young|Ernst & Young
-- > org|Johnson & Johnson|Johnson & Johnson
-- > org|Banco de España|Banco de España
-- > org|Ministerio de Asuntos Exteriores|Ministry of Foreign Affairs of Spain
-- > org|Bank of America|Bank of America
