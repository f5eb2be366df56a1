#!/usr/bin/python3
"""Generates ext/data/dates_words.h, the word table of the date and percentage
parser (ext/dates.c).

    /usr/bin/python3 tools/gen_dates_words.py > ext/data/dates_words.h

Each line of TABLE is "KIND lang: entries"; an entry is "word" or
"word=value" (units: 1 day, 2 week, 3 month, 4 year, plus 10 for a plural; the value defaults to the entry's position on its line, from 1,
which numbers months and weekdays); a trailing "!" marks a word that is taken
only when the caller's language hint is that language ("hier" is French for
yesterday and German for here).  Words are lower case.  The output is sorted
by the words' UTF-8 bytes for binary search.  Written by the newsext team
from general knowledge of the languages.
"""

LANGS = {"any": 0, "en": 1, "de": 2, "fr": 3, "es": 4, "it": 5, "pt": 6, "nl": 7}

# Must match the K_* enum in ext/dates.c.
KINDS = ["MONTH", "MONABBR", "WDAY", "RELDAY", "UNIT", "PREV", "THIS", "NEXT",
         "YEARCTX", "AGO", "AGOPRE", "NUMW", "PCT", "PCT1", "PCT2", "YEARW",
         "DE", "RELPER", "ORD"]

TABLE = """
MONTH en: january february march april may june july august september october november december
MONTH de: januar februar märz april mai juni juli august september oktober november dezember
MONTH fr: janvier février mars avril mai juin juillet août septembre octobre novembre décembre
MONTH es: enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre
MONTH it: gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre
MONTH pt: janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro
MONTH nl: januari februari maart april mei juni juli augustus september oktober november december
MONTH de: jänner=1 feber=2
MONTH es: setiembre=9
MONABBR en: jan=1 feb=2 mar=3 apr=4 jun=6 jul=7 aug=8 sep=9 sept=9 oct=10 nov=11 dec=12
MONABBR de: jan=1 feb=2 mär=3 apr=4 jun=6 jul=7 aug=8 sep=9 sept=9 okt=10 nov=11 dez=12
MONABBR fr: janv=1 févr=2 fév=2 avr=4 juil=7 sept=9 oct=10 nov=11 déc=12
MONABBR es: ene=1 feb=2 mar=3 abr=4 jun=6 jul=7 ago=8 sep=9 sept=9 oct=10 nov=11 dic=12
MONABBR it: gen=1 feb=2 mar=3 apr=4 mag=5 giu=6 lug=7 ago=8 set=9 ott=10 nov=11 dic=12
MONABBR pt: jan=1 fev=2 mar=3 abr=4 mai=5 jun=6 jul=7 ago=8 set=9 out=10 nov=11 dez=12
WDAY en: monday tuesday wednesday thursday friday saturday sunday
WDAY de: montag dienstag mittwoch donnerstag freitag samstag sonntag
WDAY fr: lundi mardi mercredi jeudi vendredi samedi dimanche
WDAY es: lunes martes miércoles jueves viernes sábado domingo
WDAY it: lunedì martedì mercoledì giovedì venerdì sabato domenica
WDAY pt: segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo
WDAY nl: maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
RELDAY en: today=0 yesterday=-1 tomorrow=1
RELDAY de: heute=0 gestern=-1 vorgestern=-2 übermorgen=2 morgen=1!
RELDAY fr: aujourd'hui=0 hier=-1! avant-hier=-2 demain=1 après-demain=2
RELDAY es: hoy=0 ayer=-1 anteayer=-2 anoche=-1 mañana=1!
RELDAY it: oggi=0 ieri=-1 domani=1 dopodomani=2
RELDAY pt: hoje=0 ontem=-1 amanhã=1 anteontem=-2
RELDAY nl: vandaag=0 gisteren=-1 eergisteren=-2 morgen=1!
UNIT en: day=1 days=11 week=2 weeks=12 month=3 months=13 year=4 years=14
UNIT de: tag=1 tage=11 tagen=11 woche=2 wochen=12 monat=3 monate=13 monaten=13 jahr=4 jahre=14 jahren=14
UNIT fr: jour=1 jours=11 semaine=2 semaines=12 mois=3 an=4 ans=14 année=4 années=14 l'an=4 l'année=4
UNIT es: día=1 días=11 semana=2 semanas=12 mes=3 meses=13 año=4 años=14
UNIT it: giorno=1 giorni=11 settimana=2 settimane=12 mese=3 mesi=13 anno=4 anni=14 l'anno=4
UNIT pt: dia=1 dias=11 semana=2 semanas=12 mês=3 meses=13 ano=4 anos=14
UNIT nl: dag=1 dagen=11 week=2 weken=12 maand=3 maanden=13 jaar=4 jaren=14
PREV en: last=-1 past=-1 previous=-1
PREV de: letzte=-1 letzten=-1 letztes=-1 vergangene=-1 vergangenen=-1 vergangenes=-1 vorige=-1 vorigen=-1 voriges=-1
PREV fr: dernier=-1 dernière=-1 passé=-1 passée=-1
PREV es: pasado=-1 pasada=-1
PREV it: scorso=-1 scorsa=-1
PREV pt: passado=-1 passada=-1
PREV nl: vorige=-1 vorig=-1 afgelopen=-1
THIS en: this=0
THIS de: diese=0 diesen=0 dieses=0
THIS fr: cette=0 ce=0
THIS es: este=0 esta=0
THIS it: questo=0 questa=0
THIS pt: este=0 esta=0 neste=0 nesta=0
THIS nl: deze=0 dit=0
NEXT en: next=1 coming=1
NEXT de: nächste=1 nächsten=1 nächstes=1 kommende=1 kommenden=1 kommendes=1
NEXT fr: prochain=1 prochaine=1
NEXT es: próximo=1 próxima=1
NEXT it: prossimo=1 prossima=1
NEXT pt: próximo=1 próxima=1
NEXT nl: volgende=1 komende=1
YEARCTX en: in=0 since=0 by=0 until=0 from=0 before=0 after=0 during=0 early=0 late=0 mid=0 end=0 year=0
YEARCTX de: im=0 seit=0 bis=0 ab=0 anfang=0 ende=0 mitte=0 jahr=0 jahre=0 jahres=0 frühjahr=0 sommer=0 herbst=0 winter=0
YEARCTX fr: en=0 depuis=0 jusqu'en=0 d'ici=0 dès=0 année=0 l'année=0 an=0 l'an=0 début=0 fin=0 printemps=0 été=0 automne=0 hiver=0
YEARCTX es: en=0 desde=0 hasta=0 durante=0 año=0 principios=0 finales=0 mediados=0
YEARCTX it: nel=0 dal=0 fino=0 entro=0 anno=0 l'anno=0
YEARCTX pt: em=0 desde=0 até=0 ano=0 durante=0
YEARCTX nl: in=0 sinds=0 tot=0 jaar=0
AGO en: ago=0
AGO it: fa=0
AGOPRE de: vor=0
AGOPRE fr: il=1
AGOPRE es: hace=0
AGOPRE pt: há=0
NUMW en: one=1 two=2 three=3 four=4 five=5 six=6 seven=7 eight=8 nine=9 ten=10 a=1 an=1
NUMW de: einem=1 einer=1 zwei=2 drei=3 vier=4 fünf=5 sechs=6 sieben=7 acht=8 neun=9 zehn=10
NUMW fr: un=1 une=1 deux=2 trois=3 quatre=4 cinq=5 six=6 sept=7 huit=8 neuf=9 dix=10
NUMW es: un=1 una=1 dos=2 tres=3 cuatro=4 cinco=5 seis=6 siete=7 ocho=8 nueve=9 diez=10
NUMW it: un=1 una=1 due=2 tre=3 quattro=4 cinque=5 sei=6 sette=7 otto=8 nove=9 dieci=10
NUMW pt: um=1 uma=1 dois=2 duas=2 três=3 quatro=4 cinco=5 seis=6 sete=7 oito=8 nove=9 dez=10
PCT en: percent=0 pct=0
PCT de: prozent=0
PCT nl: procent=0
PCT1 en: per=0
PCT1 fr: pour=0
PCT1 es: por=0
PCT1 it: per=0
PCT1 pt: por=0
PCT2 en: cent=0
PCT2 fr: cent=0
PCT2 es: ciento=0
PCT2 it: cento=0
PCT2 pt: cento=0
DE es: de=0 del=0
DE pt: de=0
DE en: of=0
RELPER de: vorjahr=44 vormonat=34 vorwoche=24
RELPER it: quest'anno=45
"""


def main():
    rows = []
    for line in TABLE.strip().splitlines():
        head, _, words = line.partition(":")
        kind, lang = head.split()
        for pos, tok in enumerate(words.split(), 1):
            hint = tok.endswith("!")
            tok = tok.rstrip("!")
            w, eq, v = tok.partition("=")
            rows.append((w.encode(), KINDS.index(kind), LANGS[lang], hint,
                         int(v) if eq else pos))
    rows.sort()
    # RELPER values: unit * 10 + offset + 5 (vorjahr: year, -1 = 44)
    out = ["/* Generated by tools/gen_dates_words.py: do not edit. */",
           "typedef struct DateWord {",
           "  const char *z;",
           "  unsigned char n, eKind, eLang, bHint;",
           "  signed char iVal;",
           "} DateWord;",
           "static const DateWord aDateWord[] = {"]
    for w, k, l, h, v in rows:
        lit = "".join(chr(c) if 32 <= c < 127 and c not in (34, 92) else f'\\x{c:02x}""' for c in w)
        out.append(f'    {{"{lit}", {len(w)}, {k}, {l}, {int(h)}, {v}}},')
    out.append("};")
    print("\n".join(out))


if __name__ == "__main__":
    main()
