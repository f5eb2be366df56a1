-- lang(): the ISO 639-1 code of a text's main language.  Sentences written
-- for these tests.

-- @test English
SELECT lang('The central bank said on Tuesday that it would keep interest rates unchanged.');
-- > en

-- @test German
SELECT lang('Die Regierung hat am Mittwoch einen neuen Haushalt für das kommende Jahr vorgelegt.');
-- > de

-- @test French, with elisions
SELECT lang('Le gouvernement a présenté mercredi un projet de loi sur l''énergie.');
-- > fr

-- @test Spanish
SELECT lang('El presidente del Gobierno anunció ayer que las elecciones serán en otoño.');
-- > es

-- @test Italian
SELECT lang('Il governo ha approvato ieri la legge di bilancio per il prossimo anno.');
-- > it

-- @test Portuguese
SELECT lang('O governo anunciou nesta quarta-feira que não vai aumentar os impostos.');
-- > pt

-- @test Dutch
SELECT lang('De regering heeft dinsdag een nieuw plan voor de woningmarkt gepresenteerd.');
-- > nl

-- @test Chinese, Simplified
SELECT lang('国务院总理主持召开常务会议，部署进一步稳定经济的措施。');
-- > zh

-- @test Chinese, Traditional
SELECT lang('行政院今天宣布，明年將調高基本工資，並擴大對中小企業的補助。');
-- > zh

-- @test Japanese
SELECT lang('政府は来年度の予算案を閣議決定し、防衛費を大幅に増やすことになった。');
-- > ja

-- @test Japanese headline without kana, by its shinjitai
SELECT lang('東京駅周辺再開発計画');
-- > ja

-- @test Russian
SELECT lang('Правительство утвердило новый бюджет на следующий год.');
-- > ru

-- @test Korean
SELECT lang('정부는 내년도 예산안을 국회에 제출했다고 밝혔다.');
-- > ko

-- @test Arabic
SELECT lang('أعلنت الحكومة اليوم عن خطة جديدة لدعم الاقتصاد الوطني.');
-- > ar

-- @test other scripts: Greek, Hebrew, Thai, Hindi, Ukrainian, Persian
SELECT lang('Η κυβέρνηση ανακοίνωσε νέα μέτρα για την οικονομία.'),
       lang('הממשלה הודיעה היום על תוכנית כלכלית חדשה.'),
       lang('รัฐบาลประกาศมาตรการใหม่เพื่อกระตุ้นเศรษฐกิจ'),
       lang('सरकार ने आज नई आर्थिक योजना की घोषणा की।'),
       lang('Уряд схвалив новий бюджет на наступний рік і підвищив пенсії.'),
       lang('دولت امروز برنامه جدیدی برای کمک به اقتصاد کشور اعلام کرد.');
-- > el|he|th|hi|uk|fa

-- @test short headlines without function words
SELECT lang('Streit um Abzug'), lang('Grève générale à Marseille'), lang('Inflación récord'),
       lang('Bundesregierung beschließt Klimapaket');
-- > de|fr|es|de

-- @test one word with a telling letter
SELECT lang('Straße'), lang('mañana'), lang('coração');
-- > de|es|pt

-- @test English contractions and French elisions
SELECT lang('It''s what they don''t say'), lang('l’économie qu’il défend');
-- > en|fr

-- @test all capitals are read as lower case
SELECT lang('STOCKS FALL AS THE FED RAISES RATES AGAIN'), lang('DIE BÖRSE IN FRANKFURT SCHLIESST FESTER');
-- > en|de

-- @test mixed: the main language wins
SELECT lang('Apple 发布了新款 iPhone，售价与去年持平。'),
       lang('The word 经济 means economy in Chinese, and it is used in many news reports.'),
       lang('Der Begriff „fake news“ wird auch in deutschen Zeitungen oft verwendet.');
-- > zh|en|de

-- @test Japanese with kanji and kana mixed with Latin
SELECT lang('ソニーグループは、新型のPlayStationを発表した。');
-- > ja

-- @test no letters: NULL
SELECT lang(''), lang('   '), lang('12,5 % — 2024-01-18'), lang('!!! ??? 123'), lang('😀🎉');
-- > NULL|NULL|NULL|NULL|NULL

-- @test NULL in, NULL out
SELECT lang(NULL);
-- > NULL

-- @test numbers are read as text: no letters
SELECT lang(42), lang(3.5);
-- > NULL|NULL

-- @test BLOB read as text
SELECT lang(CAST('Die Bundesbank erwartet ein schwaches Wachstum' AS BLOB));
-- > de

-- @test invalid UTF-8 never crashes and is skipped
SELECT lang(x'fffe80c3'), lang(x'c3' || CAST('Le président est arrivé à Paris' AS BLOB) || x'e282');
-- > NULL|fr

-- @test a letter alone, unknown words: English is the default Latin language
SELECT lang('x'), lang('Qx');
-- > en|en

-- @test long texts are read up to the first 256 KiB
SELECT lang(replace(hex(zeroblob(200000)), '00', 'der Hund und die Katze ') || '国家经济发展');
-- > de

-- @test deterministic and usable in indexes
CREATE TABLE t_lang(body TEXT);
CREATE INDEX t_lang_i ON t_lang(lang(body));
INSERT INTO t_lang VALUES ('Il presidente ha parlato oggi'), ('今天天气很好');
SELECT lang(body) FROM t_lang ORDER BY lang(body);
-- > it
-- > zh

-- @test wrong number of arguments
SELECT lang();
-- ! wrong number of arguments to function lang()

-- @test Latin brand names without a language cue yield to the kana around them
SELECT lang('XPERIA Z ULTRA SOL24が登場'), lang('iPhone 15 Pro Max 发布');
-- > ja|zh

-- @test short headlines in seven Latin-script languages
SELECT lang('Eleições municipais em São Paulo'), lang('Governo anuncia novas medidas para a economia'),
       lang('Elezioni regionali in Sicilia'), lang('Gli studenti protestano contro la riforma'),
       lang('Verkiezingen in Amsterdam'), lang('De Nederlandsche Bank verwacht minder groei.'),
       lang('Elecciones en Cataluña'), lang('Los sindicatos convocan una huelga general'),
       lang('Élections municipales à Lyon'), lang('Les syndicats appellent à la grève'),
       lang('Elections in Scotland'), lang('Unions call general strike'),
       lang('Wahlen in Bayern'), lang('Gewerkschaften rufen zum Generalstreik auf');
-- > pt|pt|it|it|nl|nl|es|es|fr|fr|en|en|de|de
