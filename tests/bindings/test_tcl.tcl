# newsext from Tcl (Debian's libsqlite3-tcl): loads ./newsext.so through
# the sqlite3 package's "enable_load_extension" and checks each capability.
# Prints "tcl: N passed, N failed".
package require sqlite3

set root [file dirname [file dirname [file dirname [file normalize [info script]]]]]
set passed 0
set failed 0
proc check {name got want} {
    global passed failed
    if {$got eq $want} {
        incr passed
    } else {
        incr failed
        puts "FAIL tcl $name: got {$got}, want {$want}"
    }
}

sqlite3 db :memory:
db enable_load_extension 1
db eval "SELECT load_extension('[file join $root newsext]')"

check version [string match "newsext *" [db onecolumn {SELECT newsext_version()}]] 1
db eval {CREATE VIRTUAL TABLE docs USING fts5(body, tokenize='icu')}
db eval {INSERT INTO docs(body) VALUES ('東京の株式市場は続伸した')}
db eval {INSERT INTO docs(body) VALUES ('La Banque de France révise sa prévision')}
check japanese [db eval {SELECT rowid FROM docs WHERE docs MATCH '"株式"'}] 1
check french [db eval {SELECT rowid FROM docs WHERE docs MATCH 'prevision'}] 2
check tokens [db eval {SELECT token FROM tokens('ＩＢＭ Straße')}] {ibm strasse}
check html_text [db onecolumn {SELECT html_text('<p>Caf&eacute; <b>ouvert</b><script>x()</script>')}] "Caf\u00e9 ouvert"
check html_text_null [db onecolumn {SELECT html_text(NULL) IS NULL}] 1
db close

# The kit's schema and triggers.
sqlite3 kit :memory:
kit enable_load_extension 1
kit eval "SELECT load_extension('[file join $root newsext]')"
set f [open [file join $root sql schema.sql]]
fconfigure $f -encoding utf-8
kit eval [read $f]
close $f
if {[kit onecolumn {SELECT (SELECT count(*) FROM pragma_module_list WHERE name = 'entities') +
                           (SELECT count(*) FROM pragma_function_list WHERE name = 'lang')}] == 2} {
    kit eval {INSERT INTO articles(url, published, html)
              VALUES ('tcl:1', '2024-03-15', '<p>SAP und Alibaba Cloud bauen Rechenzentren in Frankfurt.</p>')}
    check kit_body [kit onecolumn {SELECT body FROM articles WHERE url = 'tcl:1'}] \
        "SAP und Alibaba Cloud bauen Rechenzentren in Frankfurt."
    check kit_lang [kit onecolumn {SELECT lang FROM articles WHERE url = 'tcl:1'}] de
    check kit_fts [kit onecolumn {SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'rechenzentren'}] 1
    check kit_mentions [kit onecolumn {SELECT count(*) > 0 FROM mentions}] 1
    kit eval {DELETE FROM articles}
    check kit_delete [kit eval {SELECT count(*) FROM mentions UNION ALL
                                SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'rechenzentren'}] {0 0}
} else {
    puts "tcl: kit checks skipped: entities() or lang() is not built in"
}
kit close

puts "tcl: $passed passed, $failed failed"
exit [expr {$failed > 0}]
