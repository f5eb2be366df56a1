-- Loader internals (see sql/loader/kit.sh): the staging tables of one load.
DROP TABLE IF EXISTS temp.kit_stage;
DROP TABLE IF EXISTS temp.kit_info;
DROP TABLE IF EXISTS temp.kit_lines;
CREATE TEMP TABLE kit_stage(
  n INTEGER PRIMARY KEY,  -- line number or file number
  loc TEXT,               -- where, for messages: file:line or the file's path
  url TEXT, source TEXT, lang TEXT, published TEXT, title TEXT, html TEXT, body TEXT,
  err TEXT,               -- why it is skipped, or NULL
  state TEXT);            -- new, updated, unchanged
CREATE TEMP TABLE kit_info(
  what TEXT, name TEXT, abs TEXT, batch INTEGER,
  t0 REAL DEFAULT (julianday('now')),
  before INTEGER);
CREATE TEMP TABLE kit_lines(n INTEGER PRIMARY KEY, j TEXT);
