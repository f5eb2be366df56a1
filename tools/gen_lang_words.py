#!/usr/bin/python3
"""Generates ext/data/lang_words.h, the cue table of lang() for Latin-script text.

    /usr/bin/python3 tools/gen_lang_words.py > ext/data/lang_words.h

The word lists below were written by the newsext team from general knowledge of
each language (the most frequent function words, and typical word endings); they
are not derived from any corpus.  A word listed for several languages counts for
each of them with a smaller weight.  "-xyz" is a word ending (the word must be at
least two characters longer than the ending).  "xy'" is a word before an
apostrophe (French and Italian elision), "'xy" one after it (English).  "word:N" gives an explicit weight.

The output is an open-addressing hash table (FNV-1a over the lower-cased UTF-8
bytes, linear probing) so that lang() looks up each word with one hash and
usually one comparison.  lang.c computes the same hash: keep the two in step.
"""
import sys

LANGS = ["en", "de", "fr", "es", "it", "pt", "nl"]

WORDS = {
    "en": """
        the:3 of and to that:3 for is:1 it was:1 on with as are be by this at from
        have:3 has:3 had:3 an:1 not but or which:3 were:3 they their:3 he she his her
        will:1 would:3 said:3 been:3 its who:3 after more about:3 than:3 there:3 when
        we you can up out into new over last year could:3 should:3 what all one
        also:1 these those them there's it's our us if no so:1 some other only
        just most such because however while where between before under against
        during through being did does do i my me him how many much very any each
        told says people government week month years first two three million
        billion percent per cent company market shares bank
        -ing -tion:1 -ly -ness -ity:1 -ough -ould -ght -ed:1 -ies:1 -ment:1 -ship
        -ful -less -ward -wn -ck:1 -th:1 -ng:1
        's:1 't:3 'll:3 're:3 've:3 'd:2 'm:2 in:1
        january february march april:1 may:1 june july august:1 september:1
        october november:1 december:1 monday tuesday wednesday thursday friday
        saturday sunday today yesterday
        mln:3 bln:3 dlrs:3 dlr:3 pct:3 cts:3 shr:3 qtr:3 inc:2 corp:2 ltd:2 co:1 vs:1
        loss:2 sales:2 profit:1 net:1 revs:2 oper:2 shares:2 stock:2 unit:2
        call calls says strike deal talks court police election elections vote
        wins rates rise rises falls fall cuts plan amid warns hits sees back off
        down world war:1 new:2 city home first:2 after:2 deal
    """,
    "de": """
        der:3 die:2 das:3 und:3 ist:3 nicht:3 mit:2 sich:3 auf:3 für:3 den dem des
        ein eine einen einem einer eines zu:1 von im:2 auch wird werden wurde wurden
        sind bei nach aus noch wie über nur oder aber vor zum zur sie er hat haben
        dass daß kann können mehr seit gegen schon wenn bis soll sollen diese dieser
        um:2 dieses ihre ihr ihren man uns wir ich durch unter sowie sagte sagt jahr
        jahren prozent heute zwei drei immer doch beim vom am:1 als war:1 waren
        es:1 so:1 da:1 hatte hatten keine kein mich mir dir ob sei nun zwischen
        bereits etwa rund laut jedoch damit dabei dazu wieder sehr ganz viele neue
        neuen ersten zeit gibt müssen muss ab:1 also:1 will:1 was:1 wo was
        -ung -ungen -heit -keit -lich -liche -lichen -isch -ische -ischen -schaft
        -chen -igen -ten:1 -tet -zt -tz -ß -ft:1 -cht -ieren -iert -sch -eit -ern:1
        in:1 januar februar märz april:1 mai:1 juni:1 juli:1 august:1 september:1
        oktober:1 november:1 dezember montag dienstag mittwoch donnerstag freitag
        samstag sonntag gestern morgen heute
    """,
    "fr": """
        le:2 la:1 les:3 des:2 du:3 et:3 est:3 une:3 un:1 dans:3 pour:3 que:1 qui:3
        sur:3 pas:3 par:2 au:3 aux:3 avec:3 ce:3 cette:3 ces:3 il:1 elle ils elles
        sont ont été plus mais ou son sa ses leur leurs nous vous selon aussi comme
        tout tous très déjà où être avoir fait entre depuis sans même contre lors
        après deux ans ne je on:1 y:1 se:1 été était avait sera peut faire dont
        encore alors ainsi chez moins bien fois année cet notre nos quand donc
        pendant avant autres autre après lui leur trop
        -eux -aux -eau -eaux -ement -ique -iques -ait -aient -ées -ée -és:1 -oir
        -eur -eurs -ière -ières -ance -ence:1 -tion:1 -tions:1 -ité -ais -ont
        l':2 d':3 qu':3 n':3 s':3 c':3 j':3 m':2 jusqu':3 lorsqu':3 puisqu':3
        de:1 janvier février mars avril mai:1 juin juillet août septembre:1
        octobre novembre:1 décembre lundi mardi mercredi jeudi vendredi samedi
        dimanche hier aujourd' demain
    """,
    "es": """
        el:3 los:3 las:3 del:3 y:3 que:1 en:1 por:2 con:2 para:2 una:2 un:1 es:2 se:1
        al:2 lo:2 como:1 más:3 pero:3 sus:3 su:2 le:1 ha:1 han:2 este:2 esta:2
        esto:3 sobre:1 entre:1 también:3 fue:3 ser:1 son:1 hay:3 muy:3 sin:2
        desde:3 hasta:3 ya:2 cuando:3 porque:3 donde:3 tras:2 según:3 años:3 año:3
        dijo:3 gobierno:1 nos:1 ni:2 sí:2 todo:1 todos:1 otro:2 otra:2 puede:2
        o:1 e:1 estos:3 estas:3 había:3 tiene:3 tienen:3 hace:3 sólo:3 solo:1
        mismo:2 ahora:3 cuenta:1 millones:3 euros:1 parte:1 nuevo:3 nueva:3
        aunque:3 mientras:3 durante:1 contra:1 dos:1 tres:2 cada:2 así:3 sino:3
        -ción -ciones -dad -idad -ado:1 -ada:1 -ados:1 -adas:1 -ando -iendo -ía
        -ían -mente:1 -ismo:1 -amos -emos -aron -ieron -ñ -ño -ña -iones:1
        de:1 enero febrero marzo:1 abril:1 mayo junio julio agosto:1
        septiembre:1 octubre noviembre diciembre lunes martes miércoles jueves
        viernes sábado domingo ayer hoy mañana
    """,
    "it": """
        il:3 lo:1 la:1 gli:3 le:1 i:1 di:3 del:1 della:3 dei:3 delle:3 dello:3
        degli:3 che:3 e:1 è:3 un:1 una:1 per:2 con:1 non:2 in:1 si:2 sono:3 ha:1
        hanno:3 al:1 alla:3 ai:3 alle:3 nel:3 nella:3 nei:3 dal:3 dalla:3 come:1
        più:3 anche:3 ma:2 questo:3 questa:3 tra:1 fra:2 su:1 sul:3 sulla:3
        essere:3 stato:3 stata:3 dopo:3 anni:3 ancora:3 molto:3 se:1 cui:3
        perché:3 già:3 governo:1 sia:2 ci:2 mi:1 ne:1 loro:3 suo:3 sua:3 quando:1
        dove:3 oggi:3 tutti:3 tutto:3 solo:1 ogni:3 anno:3 milioni:3 euro:1
        aveva:3 essere:3 fatto:3 secondo:2 contro:3 senza:3 altri:3 altre:3 poi:3
        -zione -zioni -ità -ggi -zz -gli -ato:1 -ata:1 -ati -ate:1 -ione:1 -etto
        -ssimo -ano:1 -ono:1 -ere:1 -are:1 -ire:1 -ebbe -ei:1 -cchi
        l':1 dell':3 all':3 nell':3 dall':3 sull':3 un':3 quell':3 po':2
        gennaio febbraio marzo:1 aprile maggio giugno luglio agosto:1 settembre
        ottobre novembre:1 dicembre lunedì martedì mercoledì giovedì venerdì
        sabato domenica ieri
    """,
    "pt": """
        o:2 os:3 as:1 da:2 do:3 das:3 dos:2 em:3 no:1 na:2 nos:1 nas:3 um:2 uma:3
        que:1 não:3 com:2 para:2 por:1 mais:1 ao:3 aos:3 é:2 foi:2 ser:1 são:3
        como:1 se:1 pelo:3 pela:3 pelos:3 pelas:3 também:3 já:2 seu:3 sua:2 ele:3
        ela:3 entre:1 sobre:1 ainda:3 isso:3 este:1 esta:1 quando:1 muito:3
        anos:2 disse:3 governo:2 há:3 até:3 mas:2 ou:1 só:3 depois:3 então:3
        porque:1 onde:2 essa:3 esse:3 num:3 numa:3 dia:1 também:3 milhões:3
        -ção -ções -ões -ão -ães -agem -inho -inha -lh -nh -dade:1 -ado:1 -ada:1
        -mente:1 -amos:1 -ava -avam -eiro -eira
        de:1 janeiro fevereiro março abril:1 maio junho julho agosto:1 setembro
        outubro novembro dezembro segunda terça quarta quinta sexta sábado:1
        domingo:1 ontem hoje
    """,
    "nl": """
        de:1 het:3 een:3 van:3 en:1 in:1 is:1 dat:3 op:3 te:2 voor:3 met:2 zijn:3
        niet:3 die:1 aan:3 er:2 ook:3 als:1 bij:3 maar:3 om:2 door:3 over:1
        naar:3 uit:3 heeft:3 hebben:3 wordt:3 worden:3 werd:3 nog:3 wel:2 meer:2
        dan:2 dit:3 deze:3 ze:2 zij:3 hij:3 tegen:3 geen:3 kan:2 moet:3 haar:2
        jaar:3 tussen:3 onder:1 sinds:3 volgens:3 zou:3 zal:3 waar:3 wat:2 hoe:3
        omdat:3 twee:3 ik:3 je:1 we:1 was:1 al:1 nu:3 zo:2 toch:3 alleen:3
        -ijk -lijk -lijke -heid -tje -ij -aa -oo -ee:1 -uur -eert -cht:1 -ig:1
        minder groei verkiezingen kabinet gemeente regering nieuwe nieuw politie
        prijzen woningen miljoen miljard bedrijven mensen stad overheid onderzoek
        zegt blijft blijven krijgt krijgen gaat komt steeds veel
        januari februari maart april:1 mei juni:1 juli:1 augustus september:1
        oktober:1 november:1 december:1 maandag dinsdag woensdag donderdag
        vrijdag zaterdag zondag gisteren vandaag
    """,
}


# Letter sequences, used only when the words above leave two languages close
# (short texts).  "_" marks the start or the end of a word.
NGRAMS = {
    "en": """th:2 _th:2 wh:2 sh:1 ea:2 ou:1 ow:2 aw:2 ay:2 ey:1 oo:1 gh:2 ght:3
             ck:1 ing_:3 ed_:1 y_:2 _w:1 ss:1 ly_:2 _kn:2 ies_:1 wor:1 _sh:1""",
    "de": """sch:2 tsch:3 ch:1 ck:1 tz:3 pf:2 zw:3 _zu:2 ei:2 eu:1 äu:3 ie:1 ung:3
             cht:2 chs:2 hr:1 hl:1 hn:1 rz:2 nz:1 _ge:2 _ver:2 _be:1 _ein:2
             _aus:2 _auf:2 _ent:2 _zer:3 en_:1 er_:1 _kr:1 _schl:2 tt:1
             gt_:2 kt:1 eh:2 uh:2 ieg:2 ig_:1 _sp:1 nk:1 lz:2 _z:1 ff:1 üh:2""",
    "fr": """eau:3 oi:2 ou:2 qu:1 aux:2 ai:1 oin:2 ien:1 ille:2 eur:2 ée:2 ent_:1
             tien:2 ès:2 eux:2 que_:1 age_:1 nn:1 ette:2 oir:2 ue_:1 _ch:1 es_:1
             re_:1 ction:1 ssi:1""",
    "es": """ll:1 ue:2 ió:2 ción:3 os_:2 as_:1 ado_:1 _ll:2 rr:1 dad_:3 za:1
             zo_:1 ero_:1 _es:1 ía_:2 ía:1 _ej:2 eci:1 ar_:1 ir_:1""",
    "it": """zz:3 gl:2 gn:1 cch:3 ghi:2 i_:2 o_:1 zione:3 tt:1 cc:2 ggi:2 ia_:1
             uo:2 iu:1 cia:1 zio:2 ll:1 ssi:1 _gi:1""",
    "pt": """nh:3 lh:3 ão:3 õe:3 ção:3 em_:1 am_:1 eir:2 _nã:2 ç:1 os_:1 ei:0""",
    "nl": """ij:3 aa:3 uu:2 oe:2 ui:1 ee:1 oo:1 sch:1 en_:1 lijk:3 tje:3 ijk:2
             _ge:1 cht:1 dt:1 _z:1 _v:1 ie:1""",
}


def fnv1a(b):
    h = 0x811C9DC5
    for x in b:
        h ^= x
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h


def main():
    final = {}
    raw = {}
    for li, lang in enumerate(LANGS):
        for tok in WORDS[lang].split():
            w, _, n = tok.partition(":")
            raw.setdefault(w, {})
            if lang not in raw[w]:
                raw[w][lang] = int(n) if n else None
    for w, d in raw.items():
        k = len(d)
        final[w] = [
            (d[l] if d[l] is not None else (2 if k == 1 else 1)) if l in d else 0
            for l in LANGS
        ]
    for li, lang in enumerate(LANGS):
        for tok in NGRAMS[lang].split():
            w, _, n = tok.partition(":")
            final.setdefault("~" + w, [0] * len(LANGS))[li] = int(n) if n else 1
    keys = sorted(final, key=lambda s: s.encode())
    for k in keys:
        if len(k.encode()) > 15:
            sys.exit(f"gen_lang_words: '{k}' is longer than 15 bytes")
    size = 1
    while size < len(keys) * 3:
        size *= 2
    slots = [0] * size  # 0 = empty, else 1 + index into entries
    for i, k in enumerate(keys):
        h = fnv1a(k.encode()) & (size - 1)
        while slots[h]:
            h = (h + 1) & (size - 1)
        slots[h] = i + 1
    out = []
    out.append("/* Generated by tools/gen_lang_words.py: do not edit. */")
    out.append("/* Languages, in the order of aW[]: " + " ".join(LANGS) + " */")
    out.append(f"#define LANG_NLATIN {len(LANGS)}")
    out.append(f"#define LANG_WORD_SLOTS {size}")
    out.append("typedef struct LangWord {")
    out.append("  const char z[16];")
    out.append("  unsigned char n;")
    out.append(f"  signed char aW[{len(LANGS)}];")
    out.append("} LangWord;")
    out.append("static const LangWord aLangWord[] = {")
    for k in keys:
        b = k.encode()
        lit = "".join(chr(c) if 32 <= c < 127 and c not in (34, 92) else f"\\x{c:02x}\"\"" for c in b)
        ws = ", ".join(str(x) for x in final[k])
        out.append(f'    {{"{lit}", {len(b)}, {{{ws}}}}},')
    out.append("};")
    out.append(f"static const unsigned short aLangSlot[{size}] = {{")
    for i in range(0, size, 16):
        out.append("    " + ", ".join(str(x) for x in slots[i:i + 16]) + ",")
    out.append("};")
    print("\n".join(out))


if __name__ == "__main__":
    main()
