-- Limits and odd arguments of every newsext function (issue 6).  The same
-- checks run for every line of tests/reliability/calls.txt in
-- tests/c/limits_test.c; these pin down the exact results.

-- @test NULL in gives NULL out, or no rows
SELECT money_usd(NULL), money_amount(NULL), money_currency(NULL), lang(NULL),
       html_text(NULL) IS NULL,
       (SELECT count(*) FROM tokens(NULL)), (SELECT count(*) FROM entities(NULL));
-- > NULL|NULL|NULL|NULL|1|0|0

-- @test numbers are read as text
SELECT (SELECT group_concat(token) FROM tokens(12345)),
       (SELECT group_concat(token) FROM tokens(1.5)),
       html_text(12345), money_usd(12345), lang(12345),
       (SELECT count(*) FROM entities(12345));
-- > 12345|1.5|12345|NULL|NULL|0

-- @test BLOBs are read as text
SELECT (SELECT group_concat(token) FROM tokens(x'48656c6c6f20576f726c64')),
       money_usd(CAST('$5 million' AS BLOB)), html_text(CAST('<b>x</b>' AS BLOB)),
       lang(CAST('Der Hund und die Katze sind im Haus' AS BLOB)),
       (SELECT count(*) FROM entities(CAST('Angela Merkel besuchte Paris.' AS BLOB)));
-- > hello,world|5000000.0|x|de|2

-- @test a NUL byte is a character like any other: tokens on both sides, offsets count it
SELECT group_concat(token || '@' || start, ' ')
  FROM tokens(CAST(x'616c70686100626574612067616d6d61' AS TEXT));
-- > alpha@1 beta@7 gamma@12

-- @test a NUL byte in html_text() is kept, the tags around it go
SELECT hex(html_text(CAST(x'3c623e61003c2f623e62' AS TEXT)));
-- > 610062

-- @test a NUL byte before the text does not hide it from entities() and lang()
SELECT group_concat(text || '@' || start, ' '),
       lang(CAST(x'00446572204875' AS TEXT))
  FROM entities(CAST(x'00416e67656c61204d65726b656c2062657375636874652050617269732e' AS TEXT));
-- > Angela Merkel@2 Paris@25|de

-- @test invalid UTF-8: read as U+FFFD one byte at a time, offsets stay in the input
SELECT group_concat(token || '@' || start || '+' || length, ' ')
  FROM tokens(CAST(x'41ff42c328e282' AS TEXT));
-- > a@1+1 b@3+1

-- @test invalid UTF-8 passes through html_text() unchanged, and gives no money or language
SELECT hex(html_text(CAST(x'ff3cb3e2' AS TEXT))), lang(CAST(x'fffe' AS TEXT)),
       money_usd(CAST(x'24ff35' AS TEXT));
-- > FF3CB3E2|NULL|NULL

-- @test a single 1 MB token is cut to FTS5's 32768 bytes, its span stays whole
SELECT count(*), max(length(token)), max(length)
  FROM tokens(replace(hex(zeroblob(500000)), '0', 'a'));
-- > 1|32768|1000000

-- @test a single 1 MB token through every function
SELECT length(html_text(replace(hex(zeroblob(500000)), '0', 'a'))),
       money_usd(replace(hex(zeroblob(500000)), '0', '9')),
       (SELECT count(*) FROM entities(replace(hex(zeroblob(500000)), '0', 'a')));
-- > 1000000|NULL|0

-- @test a 1 MB token is indexed and found by prefix
CREATE VIRTUAL TABLE lim_fts USING fts5(body, tokenize = 'icu');
INSERT INTO lim_fts VALUES (replace(hex(zeroblob(500000)), '0', 'a') || ' end');
INSERT INTO lim_fts(lim_fts) VALUES ('integrity-check');
SELECT count(*) FROM lim_fts WHERE lim_fts MATCH 'aaaa*' AND lim_fts MATCH 'end';
-- > 1

-- @test wrong argument counts of scalar functions are errors
SELECT money_usd();
-- ! wrong number of arguments to function money_usd()

-- @test money_usd() takes at most two arguments
SELECT money_usd('a', 'b', 'c');
-- ! wrong number of arguments to function money_usd()

-- @test money_amount() takes one argument
SELECT money_amount('a', 'b');
-- ! wrong number of arguments to function money_amount()

-- @test money_currency() takes one argument
SELECT money_currency();
-- ! wrong number of arguments to function money_currency()

-- @test lang() takes one argument
SELECT lang('a', 'b');
-- ! wrong number of arguments to function lang()

-- @test html_text() takes one argument
SELECT html_text();
-- ! wrong number of arguments to function html_text()

-- @test tokens() needs its text
SELECT * FROM tokens();
-- ! tokens(): missing text argument

-- @test tokens() takes at most two arguments
SELECT * FROM tokens('a', 'b', 'c');
-- ! too many arguments on tokens() - max 2

-- @test entities() needs its text
SELECT * FROM entities();
-- ! entities(): missing text argument

-- @test entities() takes at most three arguments
SELECT * FROM entities('a', '2024-01-01', 'en', 'x');
-- ! too many arguments on entities() - max 3

-- @test fx_rates() takes no arguments
SELECT * FROM fx_rates('x');
-- ! too many arguments on fx_rates() - max 0
