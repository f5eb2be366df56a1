-- newsext core: loading, version, the exact list of what is registered.

-- @test newsext_version names newsext, the tokenizer, ICU, Unicode and utf8proc
SELECT newsext_version() GLOB 'newsext 0.1.0 (icu tokenizer 1; ICU *; Unicode *; utf8proc *, Unicode *)';
-- > 1

-- @test newsext_version takes no arguments
SELECT newsext_version(1);
-- ! wrong number of arguments to function newsext_version()

-- @test the icu tokenizer is registered with FTS5
CREATE VIRTUAL TABLE t_core USING fts5(x, tokenize='icu');
INSERT INTO t_core VALUES('ok');
SELECT count(*) FROM t_core WHERE t_core MATCH 'ok';
-- > 1

-- @test tokens is an eponymous virtual table, not creatable
CREATE VIRTUAL TABLE t_tok USING tokens;
-- ! no such module: tokens

-- @test loading the extension again on the same connection is harmless
SELECT load_extension('./newsext'), newsext_version() IS NOT NULL;
-- > NULL|1
