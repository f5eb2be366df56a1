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
db close

puts "tcl: $passed passed, $failed failed"
exit [expr {$failed > 0}]
