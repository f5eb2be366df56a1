# Loader internals (see sql/load_jsonl.sh): numbers the lines of a JSON Lines
# file for the sqlite3 shell's .import, as "number<US>line".  A raw 0x1F
# cannot be in valid JSON; it becomes 0x01 so that the line stays one field
# and is reported as invalid.
BEGIN { OFS = "\037" }
{ gsub(/\037/, "\001"); sub(/\r$/, ""); print NR, $0 }
