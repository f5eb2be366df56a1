#!/usr/bin/python3
"""Trains newsext's statistical named-entity tagger and writes ext/data/ner_zh.h.

    make                                  # builds build/zh_variants.h, read here
    /usr/bin/python3 tools/ner_train.py   # about 5-10 minutes; prints F1 on the
                                          # evaluation sets, writes the header
    Options: --epochs N (9), --augment N (1 copy with made-up names), --prune Q,
    --save/--load FILE (pickle of the averaged model, to re-export or analyse).

Model: an averaged structured perceptron over BIO tags (O, B/I-PER, B/I-ORG,
B/I-LOC), one position per character, first-order Viterbi with the BIO
constraints (I-X only after B-X or I-X) hard-wired.  Standard library only.

Training data (../shared/data/ner-train; the data is not in the repository):
  UNER v1 Chinese-GSDSIMP train/dev/test (CC BY-SA 4.0), UNER v1 Chinese-PUD
  test (CC BY-SA 3.0), MultiCoNER v1 ZH dev + partial train (CC BY 4.0; GRP and
  CORP -> ORG, PROD and CW dropped).  Dictionary features come from CC-CEDICT
  proper nouns (../shared/data/gazetteer/cedict_proper.tsv, CC BY-SA 4.0).
  Also the Chinese names of ext/data/aliases.h and ext/data/cedict_names.h and
  ICU/CLDR's Chinese place names (gazetteer/icu_gazetteer.tsv) as dictionary;
  place labels aligned with the news convention (align_places), a copy of each
  sentence with made-up names (augment), and short sentences we wrote
  (synthetic).  The evaluation sets (MSRA test, People's Daily dev) are only
  measured.
  Since the weights derive from CC BY-SA data, the generated header is
  CC BY-SA 4.0.

Everything the C side (ext/ner_model.c) must reproduce byte for byte:

  normalise(cp):   U+FF01..U+FF5E -> cp - 0xFEE0; U+3000 -> U+0020;
                   'A'..'Z' -> lower case; '0'..'9' -> '0';
                   then Traditional -> Simplified through build/zh_variants.h
                   (the table ext/tokenizer.c zhSimplify uses).
  sentinels:       positions -1..-3 read as code point 1 (BOS), n..n+2 as 2 (EOS).
  class(cp):       bit mask, see char_class() (tables exported to the header).
  feature hash:    a feature is a sequence of 32-bit values, the template id
                   first, then code points (or class masks / dictionary codes);
                   h = 0xcbf29ce484222325; for v in seq: h = (h ^ v) * 0x100000001b3
                   (mod 2^64); then h ^= h >> 32.  Zero never occurs as a key
                   (a zero hash is mapped to 1).
  templates:       see features() below (17 and 18 when NER_ZH_WIDE is 1).
  dictionary:      a word (normalised, 2..8 chars) hashed with template id
                   0 as above; value = bit mask of types (1 PER, 2 LOC, 4 ORG,
                   8 other proper noun).  Every match covering a position adds
                   feature (12, type, 1|2|3 for begin|inside|end).
"""
import argparse
import math
import os
import pathlib
import random
import re
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
TAGS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"]
NT = len(TAGS)
TAGIX = {t: i for i, t in enumerate(TAGS)}
BOS, EOS = 1, 2
MAXDICT = 8

# ---------------------------------------------------------------------------
# Normalisation (identical in ext/ner_model.c)


def load_variants():
    """Reads build/zh_variants.h into a dict cp -> simplified cp."""
    path = ROOT / "build" / "zh_variants.h"
    if not path.exists():
        sys.exit("ner_train.py: build/zh_variants.h missing: run make first")
    text = path.read_text()
    m = {}
    for a, b in re.findall(r"\{0x([0-9A-Fa-f]+), 0x([0-9A-Fa-f]+)\}", text):
        m[int(a, 16)] = int(b, 16)
    first = int(re.search(r"#define ZH_BMP_FIRST 0x([0-9A-Fa-f]+)", text).group(1), 16)
    body = text[text.index("aZhBmp["):]
    body = body[body.index("{") + 1: body.index("};")]
    vals = [int(v, 0) for v in body.replace("\n", "").split(",") if v.strip()]
    for i, v in enumerate(vals):
        if v:
            m[first + i] = v
    return m


VARIANTS = None


def norm_cp(c):
    if 0xFF01 <= c <= 0xFF5E:
        c -= 0xFEE0
    elif c == 0x3000:
        c = 0x20
    if 0x41 <= c <= 0x5A:
        c += 32
    elif 0x30 <= c <= 0x39:
        c = 0x30
    return VARIANTS.get(c, c)


def norm_text(s):
    return [norm_cp(ord(ch)) for ch in s]


# ---------------------------------------------------------------------------
# Character classes (bit masks; tables exported to the header)

C_DIGIT, C_HANNUM, C_LATIN, C_PUNCT, C_SURNAME, C_TRANSLIT, C_LOCSUF, C_ORGSUF, C_SENT = (
    1, 2, 4, 8, 16, 32, 64, 128, 256)

HANNUM = "〇零一二三四五六七八九十百千万亿两"
# Characters frequent in transliterated foreign names.
TRANSLIT = ("斯尔克特德拉伊布尼里亚巴夫基罗维奇卡莫科安娜丽莎西诺奥普洛格森姆兹"
            "汉顿登伦赫沃瓦塞蒂菲迪波佩帕戈茨霍索萨勒默本恩兰贝哈塔达库鲁乌埃"
            "迈梅费福弗雷切茨谢耶扎泽丹曼琳妮娅莉")
LOCSUF = "省市县州区国乡镇村岛山河湖江洋海港湾街路城郡洲屯庄"
ORGSUF = "司团行学会部局院社厅处署所校党军委报台队馆盟组协"
# Common single-character surnames (supplemented by CC-CEDICT's "surname" entries).
SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖"
            "田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付"
            "方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
            "习温胡江朱邓李")

SURNAME_SET = set()
SPECIAL = {}  # cp -> mask for table-driven classes


def build_classes(cedict_rows):
    sur = set(ord(c) for c in SURNAMES)
    for simp, trad, pin, gloss in cedict_rows:
        if len(simp) == 1 and re.search(r"\bsurname\b", gloss):
            sur.add(norm_cp(ord(simp)))
    for ch in HANNUM:
        SPECIAL[norm_cp(ord(ch))] = SPECIAL.get(norm_cp(ord(ch)), 0) | C_HANNUM
    for s, bit in ((sur, C_SURNAME),):
        for c in s:
            SPECIAL[c] = SPECIAL.get(c, 0) | bit
    for text, bit in ((TRANSLIT, C_TRANSLIT), (LOCSUF, C_LOCSUF), (ORGSUF, C_ORGSUF)):
        for ch in text:
            c = norm_cp(ord(ch))
            SPECIAL[c] = SPECIAL.get(c, 0) | bit


def char_class(c):
    """Class mask of a normalised code point (ext/ner_model.c nerClass)."""
    if c <= 2:
        return C_SENT
    if c < 0x80:
        if c == 0x30:
            return C_DIGIT
        if 0x61 <= c <= 0x7A:
            return C_LATIN
        return C_PUNCT
    if 0xC0 <= c <= 0x24F:
        return C_LATIN
    if (0x2000 <= c <= 0x206F) or (0x3000 <= c <= 0x303F) or (0xFF00 <= c <= 0xFFEF) or c == 0xB7:
        return C_PUNCT
    return SPECIAL.get(c, 0)


# ---------------------------------------------------------------------------
# Dictionary (CC-CEDICT proper nouns)

LOC_RE = re.compile(r"\b(city|province|county|district|country|river|mountain|lake|island|"
                    r"prefecture|town|region|capital|state of|village|sea|ocean|republic|"
                    r"kingdom|peninsula|desert|bay|strait|autonomous|municipality|port|"
                    r"township|continent|emirate|principality|canton)\b", re.I)
ORG_RE = re.compile(r"\b(company|corporation|corp|university|bank|party|organization|"
                    r"organisation|association|agency|ministry|committee|council|group|"
                    r"institute|college|school|newspaper|league|union|federation|club|"
                    r"department|bureau|commission|inc|ltd|airlines?|army|academy|"
                    r"foundation|society|court|parliament|congress|team|network|"
                    r"news|television|broadcasting|exchange)\b", re.I)
PER_RE = re.compile(r"(\(\d{2,4}\s*[-–]\s*\d{2,4}\)|\b(emperor|king|queen|poet|writer|"
                    r"painter|politician|philosopher|general|footballer|actor|actress|"
                    r"singer|president|prime minister|novelist|scientist|physicist|"
                    r"mathematician|composer|statesman|dynasty founder|minister|"
                    r"player|author|director|athlete|chancellor|pope|prophet)\b)", re.I)


def load_cedict(shared):
    rows = []
    path = shared / "gazetteer" / "cedict_proper.tsv"
    for line in path.open(encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if len(f) >= 4:
            rows.append(f[:4])
    return rows


def fnv(seq):
    h = 0xcbf29ce484222325
    for v in seq:
        h = ((h ^ v) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    h ^= h >> 32
    return h or 1


def build_dict(rows):
    d = {}
    for simp, trad, pin, gloss in rows:
        if not pin[:1].isupper():
            continue
        w = tuple(norm_text(simp))
        if not (2 <= len(w) <= MAXDICT):
            continue
        if any(char_class(c) & (C_PUNCT | C_DIGIT) for c in w):
            continue
        g = gloss
        m = 0
        if PER_RE.search(g):
            m |= 1
        if LOC_RE.search(g):
            m |= 2
        if ORG_RE.search(g):
            m |= 4
        if not m:
            m = 8
        d[w] = d.get(w, 0) | m
    return d


DICT = {}
PLACES = set()  # normalised place names (tuples) for aligning training labels


def load_places(shared, cedict_rows):
    """Country, region and city names: ICU/CLDR's Chinese display names
    (gazetteer/icu_gazetteer.tsv) and CC-CEDICT's provinces and cities."""
    out = set()
    for line in (shared / "gazetteer" / "icu_gazetteer.tsv").open(encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if len(f) < 4 or f[0] not in ("country", "country_alt", "city", "region"):
            continue
        if f[1] in ("001", "EU", "EZ", "UN"):  # the world, and organisations
            continue
        if not f[2].startswith("zh"):
            continue
        name = re.sub(r"[（(].*?[)）]", "", f[3])
        for suffix in ("特别行政区",):
            if name.endswith(suffix) and name.startswith("中国"):
                name = name[2:-len(suffix)]
        w = tuple(norm_text(name))
        if 2 <= len(w) <= MAXDICT:
            out.add(w)
    prov = re.compile(r"\b(province|municipality|autonomous region|prefecture-level city|"
                      r"county-level city|capital of|country in|republic of|kingdom of|"
                      r"federation|emirates)\b", re.I)
    for simp, trad, pin, gloss in cedict_rows:
        if pin[:1].isupper() and prov.search(gloss):
            w = tuple(norm_text(simp))
            if 2 <= len(w) <= 6:
                out.add(w)
    return out


ABBR1 = set("中美日俄英法德韩朝")
ABBR2 = set("中美日俄英法德韩朝印巴澳加越")
VISIT = set("访来在驻对赴离抵返")
VISIT_ABBR = set("华美俄")
VISIT_STRICT = {"访日", "驻日", "赴日", "访英", "驻英", "访法", "驻法", "访德", "驻德", "访韩",
                "驻韩"}


def align_places(text, tags):
    """Aligns a training sentence with the news convention of MSRA and
    People's Daily, where every mention of a country or city is LOC, also
    inside a longer word (中国人民, 中美关系, 访华); UNER tags some of them O
    or ORG.  Only O characters change, and ORG spans that are exactly a place."""
    cps = norm_text(text)
    n = len(cps)
    tags = list(tags)
    # ORG spans that are a country name -> LOC
    for s, e, t in sorted(spans(tags)):
        if t == "ORG" and tuple(cps[s:e]) in PLACES:
            tags[s] = "B-LOC"
            for i in range(s + 1, e):
                tags[i] = "I-LOC"
    i = 0
    while i < n:
        if tags[i] != "O":
            i += 1
            continue
        hit = 0
        for L in range(min(MAXDICT, n - i), 1, -1):
            if tuple(cps[i:i + L]) in PLACES and all(t == "O" for t in tags[i:i + L]):
                hit = L
                break
        if hit:
            tags[i] = "B-LOC"
            for k in range(i + 1, i + hit):
                tags[k] = "I-LOC"
            i += hit
            continue
        i += 1
    for i in range(n - 1):
        a, b = text[i], text[i + 1]
        nxt = text[i + 2] if i + 2 < n else ""
        if (a in ABBR1 and b in ABBR2 and a != b and tags[i] == "O" and tags[i + 1] == "O"
                and nxt not in "洲元文语"):
            tags[i] = tags[i + 1] = "B-LOC"
        if (a in VISIT and tags[i + 1] == "O" and nxt != "国"
                and (b in VISIT_ABBR or a + b in VISIT_STRICT)):
            tags[i + 1] = "B-LOC"
    return tags


def load_repo_names():
    """Chinese names with their kind from the repository's own tables, which
    entities() uses too: ext/data/aliases.h (the curated alias table) and
    ext/data/cedict_names.h (CC-CEDICT names typed by tools/gen_cedict_names.py)."""
    out = {}
    bit = {"PERSON": 1, "PLACE": 2, "ORG": 4, "1": 1, "3": 2, "2": 4}
    p = ROOT / "ext" / "data" / "aliases.h"
    if p.exists():
        for a, _, k in re.findall(r'\{"((?:[^"\\]|\\.)*)", "((?:[^"\\]|\\.)*)", '
                                  r'NX_KIND_(PERSON|ORG|PLACE), \d\}', p.read_text("utf-8")):
            out.setdefault(a, 0)
            out[a] |= bit[k]
    p = ROOT / "ext" / "data" / "cedict_names.h"
    if p.exists():
        for a, _, k in re.findall(r'\{"((?:[^"\\]|\\.)*)", "((?:[^"\\]|\\.)*)", (\d)\}',
                                  p.read_text("utf-8")):
            out.setdefault(a, 0)
            out[a] |= bit[k]
    res = {}
    for a, m in out.items():
        if not re.search(r"[\u4e00-\u9fff]", a):
            continue
        w = tuple(norm_text(a))
        if 2 <= len(w) <= MAXDICT:
            res[w] = res.get(w, 0) | m
    return res


def dict_codes(cps):
    """Per position, a set of (type, pos) codes from dictionary matches."""
    n = len(cps)
    out = [0] * n  # bit (t*3 + p) for type index t in 0..3, pos p in 0..2
    for s in range(n):
        for L in range(2, MAXDICT + 1):
            if s + L > n:
                break
            m = DICT.get(tuple(cps[s:s + L]))
            if not m:
                continue
            for t in range(4):
                if m & (1 << t):
                    out[s] |= 1 << (t * 3 + 0)
                    for k in range(s + 1, s + L - 1):
                        out[k] |= 1 << (t * 3 + 1)
                    out[s + L - 1] |= 1 << (t * 3 + 2)
    return out


# ---------------------------------------------------------------------------
# Features: tuples (template id, values...)


WIDE = True  # templates 17 and 18: the bigrams 2..3 characters away


def features(cps):
    n = len(cps)
    c = [BOS, BOS, BOS] + cps + [EOS, EOS, EOS]
    k = [char_class(x) for x in c]
    dc = dict_codes(cps)
    res = []
    for i in range(n):
        j = i + 3
        f = [
            (1, c[j - 2]), (2, c[j - 1]), (3, c[j]), (4, c[j + 1]), (5, c[j + 2]),
            (6, c[j - 2], c[j - 1]), (7, c[j - 1], c[j]), (8, c[j], c[j + 1]),
            (9, c[j + 1], c[j + 2]),
            (10, c[j - 1], c[j], c[j + 1]),
            (11, k[j - 1], k[j], k[j + 1]),
            (13,),
            (14, c[j - 2], c[j - 1], c[j]),
            (15, c[j], c[j + 1], c[j + 2]),
            (16, k[j - 2], k[j - 1], k[j], k[j + 1], k[j + 2]),
        ]
        if WIDE:
            f.append((17, c[j + 2], c[j + 3]))
            f.append((18, c[j - 3], c[j - 2]))
        b = dc[i]
        t = 0
        while b:
            if b & 1:
                f.append((12, t // 3 + 1, t % 3 + 1))
            b >>= 1
            t += 1
        res.append(f)
    return res


# ---------------------------------------------------------------------------
# Data


def spans_to_tags(n, spans):
    tags = ["O"] * n
    for s, e, t in spans:
        tags[s] = "B-" + t
        for i in range(s + 1, e):
            tags[i] = "I-" + t
    return tags


def is_alnum_word(w):
    return bool(re.match(r"^[0-9A-Za-z\u00C0-\u024F]", w[:1])) and bool(
        re.match(r".*[0-9A-Za-z\u00C0-\u024F]$", w))


def words_to_chars(words, wtags, mapper):
    """Word-level BIO -> (text, char-level tags); spaces between Latin words."""
    text = ""
    tags = []
    prev_w = None
    for w, t in zip(words, wtags):
        t = mapper(t)
        if prev_w is not None and is_alnum_word(prev_w) and is_alnum_word(w):
            text += " "
            tags.append("I-" + t[2:] if t.startswith("I-") else "O")
        for i, ch in enumerate(w):
            text += ch
            if t == "O":
                tags.append("O")
            elif i == 0:
                tags.append(t)
            else:
                tags.append("I-" + t[2:])
        prev_w = w
    return text, tags


def fix_bio(tags):
    out = []
    prev = "O"
    for t in tags:
        if t.startswith("I-") and prev[2:] != t[2:]:
            t = "B-" + t[2:]
        out.append(t)
        prev = t
    return out


def read_conllish(path, word_col, tag_col, sep, mapper):
    sents = []
    words, tags = [], []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("#"):
            continue
        if not line.strip():
            if words:
                sents.append(words_to_chars(words, tags, mapper))
            words, tags = [], []
            continue
        f = line.split(sep)
        if len(f) <= max(word_col, tag_col):
            continue
        words.append(f[word_col])
        tags.append(f[tag_col])
    if words:
        sents.append(words_to_chars(words, tags, mapper))
    return [(t, fix_bio(g)) for t, g in sents]


def map_uner(t):
    if t in ("O", "") or t[2:] not in ("PER", "ORG", "LOC"):
        return "O"
    return t


def map_multiconer(t):
    if t == "O":
        return t
    typ = {"PER": "PER", "LOC": "LOC", "GRP": "ORG", "CORP": "ORG"}.get(t[2:])
    return t[:2] + typ if typ else "O"


def read_char_bio(path):
    """MSRA / People's Daily: one character and its tag a line."""
    sents = []
    chars, tags = [], []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip():
            if chars:
                sents.append(("".join(chars), fix_bio(tags)))
            chars, tags = [], []
            continue
        f = line.split()
        if len(f) == 1:
            ch, t = " ", f[0]
        else:
            ch, t = f[0], f[-1]
        chars.append(ch[0])
        tags.append(t if t[2:] in ("PER", "ORG", "LOC") else "O")
    if chars:
        sents.append(("".join(chars), fix_bio(tags)))
    return sents


TRAIN_FILES = [
    ("ner-train/uner/Chinese-GSDSIMP/zh_gsdsimp-ud-train.iob2", "uner"),
    ("ner-train/uner/Chinese-GSDSIMP/zh_gsdsimp-ud-dev.iob2", "uner"),
    ("ner-train/uner/Chinese-GSDSIMP/zh_gsdsimp-ud-test.iob2", "uner"),
    ("ner-train/uner/Chinese-PUD/zh_pud-ud-test.iob2", "uner"),
    ("ner-train/multiconer_v1/ZH-Chinese/zh_dev.conll", "multiconer"),
    ("ner-train/multiconer_v1/ZH-Chinese/zh_train_PARTIAL_Abiks-processed-validation.conll",
     "multiconer"),
]
EVAL_FILES = [
    ("MSRA test", "ner/msra/msra_test_bio.txt"),
    ("People's Daily dev", "ner/peoples_daily/example.dev"),
]


# Characters of Chinese given names, for entity-substitution augmentation.
GIVEN = ("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国文辉力永健世广志义兴良海山仁波"
         "宁贵福生龙元全林东春红玉光德荣新庆云小金宝成中立宏晓俊峰斌鹏飞浩亮彬博宇嘉佳琳欣怡"
         "思雨晨子涵萱睿哲轩铭泽瑞凯翔昊然婷倩雪梅琴慧莉洁蕾颖璐瑶丹阳晶鑫鸿毅锋坤振继长安"
         "家民祥兵学先胜才发耀维远启克勤信恒")
ORGSUFFIX = ["公司", "集团", "银行", "大学", "委员会", "政府", "人民政府", "研究所", "研究院",
             "学院", "协会", "报社", "电视台", "医院", "中学", "有限公司", "股份有限公司", "省委",
             "市委", "外交部", "商会", "基金会", "俱乐部"]


def augment(sents, seed=11):
    """One copy of every sentence with a person, place or organisation, each
    name replaced by a made-up one of the same kind: Chinese names from
    common surnames and given-name characters, foreign names from the
    characters of transliteration, places from the place list, organisations
    as a place plus the organisation's own suffix.  It teaches the model the
    shapes of names rather than the few names of the training sets."""
    rnd = random.Random(seed)
    sur = sorted(set(SURNAMES))
    trans = sorted(set(TRANSLIT + "阿埃艾奥欧比伯查达戴杜恩法菲盖戈古哈赫胡吉杰凯科拉莱兰勒"
                       "雷利林卢伦罗马麦曼梅米莫穆纳内尼诺帕佩皮普奇萨桑沙舍施什斯苏索塔"
                       "泰汤特图瓦威韦温沃乌西希谢辛休雅亚扬伊因约泽扎詹"))
    places = sorted("".join(chr(c) for c in w) for w in PLACES)
    out = []
    for text, tags in sents:
        sp = sorted(spans(tags))
        if not sp:
            continue
        new_text, new_tags, pos = "", [], 0
        for s, e, t in sp:
            new_text += text[pos:s]
            new_tags += tags[pos:s]
            name = text[s:e]
            han = all("\u4e00" <= ch <= "\u9fff" for ch in name)
            if t == "PER" and han and 2 <= len(name) <= 3 and name[0] in SURNAMES:
                name = rnd.choice(sur) + "".join(rnd.choice(GIVEN)
                                                 for _ in range(rnd.choice((1, 2, 2))))
            elif t == "PER" and han and len(name) >= 2:
                name = "".join(rnd.choice(trans) for _ in range(rnd.randint(2, 5)))
            elif t == "LOC" and han and places:
                name = rnd.choice(places)
            elif t == "ORG" and han:
                for suf in sorted(ORGSUFFIX, key=len, reverse=True):
                    if name.endswith(suf) and len(name) > len(suf):
                        name = rnd.choice(places) + suf
                        break
            new_text += name
            new_tags += ["B-" + t] + ["I-" + t] * (len(name) - 1)
            pos = e
        new_text += text[pos:]
        new_tags += tags[pos:]
        out.append((new_text, new_tags))
    return out


# Sentences we wrote around single-character country abbreviations, as
# Chinese news uses them (中美关系, 访华, 中方), and currency names, which are
# not places (日元, 欧元).  {A} and {B} are abbreviations, {P} a person.
ABBR_TEMPLATES = [
    "{A}{B}两国领导人举行会谈。", "{A}{B}关系取得了新的进展。", "{A}方表示欢迎。",
    "{P}将于下月访{A}。", "{A}{B}双方同意加强合作。", "驻{A}大使{P}出席了招待会。",
    "{A}{B}贸易额继续增长。", "{P}说，{A}{B}合作前景广阔。", "{A}{B}联合声明发表。",
    "{A}{B}两国外长在记者会上回答提问。", "代表团结束了对{A}的访问。", "{A}方代表团今天抵达。",
]
ABBR_PAIRS = "中美日俄英法德韩朝印巴澳加越"
CURRENCY_TEMPLATES = ["这笔交易价值{N}{C}。", "{C}汇率继续走低。", "市场上{C}兑美元小幅上涨。",
                      "总投资约{N}{C}。"]
CURRENCIES = ["日元", "欧元", "美元", "人民币", "英镑", "卢布", "港元", "韩元", "瑞士法郎",
              "加元", "澳元", "新台币", "印度卢比", "挪威克朗", "瑞典克朗"]


# Organisations named as a country or city plus the body (俄罗斯外交部,
# 美国国会), as news writes them; a government (中国政府) stays the place.
ORG_BODIES = ["外交部", "国防部", "财政部", "大使馆", "使馆", "总领事馆", "国会", "议会", "中央银行",
              "商会", "工会", "通讯社", "电视台", "大学", "科学院", "委员会", "市委", "省委",
              "人民代表大会", "工商联合会", "足球队", "代表团", "航空公司", "石油公司"]
ORG_TEMPLATES = ["{O}发言人{P}说，", "{P}出席了{O}举行的招待会。", "{O}当天发表声明。",
                 "据{O}消息，", "{O}的代表{P}在会上发言。", "{O}和{O2}签署了合作协议。",
                 "{P}会见了{O}代表团。", "{O}负责人表示，"]


def synthetic(n_abbr=1200, seed=5):
    rnd = random.Random(seed)
    out = []
    sur = sorted(set(SURNAMES))
    for _ in range(n_abbr):
        t = rnd.choice(ABBR_TEMPLATES)
        a = rnd.choice(ABBR_PAIRS)
        b = rnd.choice([c for c in ABBR_PAIRS if c != a])
        p = rnd.choice(sur) + "".join(rnd.choice(GIVEN) for _ in range(rnd.choice((1, 2))))
        text, tags = "", []
        i = 0
        while i < len(t):
            if t.startswith("{A}", i) or t.startswith("{B}", i):
                text += a if t[i + 1] == "A" else b
                tags.append("B-LOC")
                i += 3
            elif t.startswith("{P}", i):
                text += p
                tags += ["B-PER"] + ["I-PER"] * (len(p) - 1)
                i += 3
            else:
                text += t[i]
                tags.append("O")
                i += 1
        out.append((text, tags))
    places = sorted("".join(chr(c) for c in w) for w in PLACES)
    for _ in range(n_abbr if places else 0):
        t = rnd.choice(ORG_TEMPLATES)
        p = rnd.choice(sur) + "".join(rnd.choice(GIVEN) for _ in range(rnd.choice((1, 2))))
        parts = re.split(r"(\{O2?\}|\{P\})", t)
        text, tags = "", []
        for part in parts:
            if part in ("{O}", "{O2}"):
                name = rnd.choice(places) + rnd.choice(ORG_BODIES)
                tags += ["B-ORG"] + ["I-ORG"] * (len(name) - 1)
            elif part == "{P}":
                name = p
                tags += ["B-PER"] + ["I-PER"] * (len(name) - 1)
            else:
                name = part
                tags += ["O"] * len(name)
            text += name
        out.append((text, tags))
    for _ in range(n_abbr // 4):
        t = rnd.choice(CURRENCY_TEMPLATES)
        text = t.replace("{N}", str(rnd.randint(2, 900))).replace("{C}", rnd.choice(CURRENCIES))
        out.append((text, ["O"] * len(text)))
    return out


def load_train(shared, skip=()):
    data = []
    for rel, kind in TRAIN_FILES:
        if any(s in rel for s in skip):
            continue
        p = shared / rel
        if kind == "uner":
            s = read_conllish(p, 1, 2, "\t", map_uner)
        else:
            s = read_conllish(p, 0, 3, " ", map_multiconer)
        print(f"  {rel}: {len(s)} sentences", file=sys.stderr)
        data.extend(s)
    return data


# ---------------------------------------------------------------------------
# Perceptron

ALLOWED = [[True] * NT for _ in range(NT)]  # ALLOWED[prev][cur]
for _p in range(NT):
    for _c in range(NT):
        if TAGS[_c].startswith("I-") and TAGS[_p][2:] != TAGS[_c][2:]:
            ALLOWED[_p][_c] = False
START_OK = [not t.startswith("I-") for t in TAGS]
NEG = -1e18


def viterbi(em, trans):
    n = len(em)
    if n == 0:
        return []
    score = [em[0][t] if START_OK[t] else NEG for t in range(NT)]
    back = []
    rng = range(NT)
    for i in range(1, n):
        e = em[i]
        ns = [0.0] * NT
        bp = [0] * NT
        for c in rng:
            best, arg = NEG * 2, 0
            for p in rng:
                if ALLOWED[p][c]:
                    v = score[p] + trans[p][c]
                    if v > best:
                        best, arg = v, p
            ns[c] = best + e[c]
            bp[c] = arg
        score = ns
        back.append(bp)
    t = max(rng, key=lambda x: score[x])
    path = [t]
    for bp in reversed(back):
        t = bp[t]
        path.append(t)
    path.reverse()
    return path


class Model:
    def __init__(self):
        self.fid = {}
        self.w = []    # per feature: list of NT floats
        self.u = []    # accumulated c*update for averaging
        self.tw = [[0.0] * NT for _ in range(NT)]
        self.tu = [[0.0] * NT for _ in range(NT)]
        self.c = 1

    def ids(self, feats, grow):
        out = []
        for f in feats:
            i = self.fid.get(f)
            if i is None and grow:
                i = len(self.w)
                self.fid[f] = i
                self.w.append([0.0] * NT)
                self.u.append([0.0] * NT)
            if i is not None:
                out.append(i)
        return out

    def emissions(self, fids_seq, w):
        em = []
        for fids in fids_seq:
            e = [0.0] * NT
            for i in fids:
                r = w[i]
                for t in range(NT):
                    e[t] += r[t]
            em.append(e)
        return em

    def train(self, data, epochs, seed=7):
        rnd = random.Random(seed)
        idx = list(range(len(data)))
        for ep in range(epochs):
            rnd.shuffle(idx)
            t0 = time.time()
            errs = 0
            for k in idx:
                fids_seq, gold = data[k]
                em = self.emissions(fids_seq, self.w)
                pred = viterbi(em, self.tw)
                if pred != gold:
                    errs += 1
                    c = self.c
                    for i in range(len(gold)):
                        g, p = gold[i], pred[i]
                        if g != p:
                            for f in fids_seq[i]:
                                self.w[f][g] += 1
                                self.u[f][g] += c
                                self.w[f][p] -= 1
                                self.u[f][p] -= c
                        if i > 0:
                            gp, pp = gold[i - 1], pred[i - 1]
                            if gp != pp or g != p:
                                self.tw[gp][g] += 1
                                self.tu[gp][g] += c
                                self.tw[pp][p] -= 1
                                self.tu[pp][p] -= c
                self.c += 1
            print(f"  epoch {ep + 1}: {errs} sentences wrong, {time.time() - t0:.0f}s",
                  file=sys.stderr)

    def average(self):
        c = self.c
        self.w = [[w - u / c for w, u in zip(rw, ru)] for rw, ru in zip(self.w, self.u)]
        self.tw = [[w - u / c for w, u in zip(rw, ru)] for rw, ru in zip(self.tw, self.tu)]
        self.u = None
        self.tu = None


# ---------------------------------------------------------------------------
# Evaluation


def spans(tags):
    out = set()
    s = None
    for i, t in enumerate(list(tags) + ["O"]):
        if s is not None and not (t.startswith("I-") and t[2:] == s[1]):
            out.add((s[0], i, s[1]))
            s = None
        if t.startswith("B-") or (t.startswith("I-") and s is None):
            s = (i, t[2:])
    return out


def prf(tp, np_, ng):
    p = tp / np_ if np_ else 0.0
    r = tp / ng if ng else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def evaluate(model, sents, wtab=None):
    stats = {t: [0, 0, 0] for t in ("PER", "ORG", "LOC")}
    for text, gold in sents:
        pred = [TAGS[t] for t in tag_text(model, text)]
        gs, ps = spans(gold), spans(pred)
        for s in gs:
            stats[s[2]][2] += 1
        for s in ps:
            stats[s[2]][1] += 1
            if s in gs:
                stats[s[2]][0] += 1
    tot = [sum(v[i] for v in stats.values()) for i in range(3)]
    res = {t: prf(*v) for t, v in stats.items()}
    res["all"] = prf(*tot)
    return res


def tag_text(model, text):
    cps = norm_text(text)
    fids = [model.ids(f, False) for f in features(cps)]
    em = model.emissions(fids, model.w)
    return viterbi(em, model.tw)


# ---------------------------------------------------------------------------
# Export


def quant_scale(model, scale_q):
    maxw = max(max(abs(x) for x in r) for r in model.w) or 1.0
    maxt = max(max(abs(x) for x in r) for r in model.tw) or 1.0
    return scale_q / max(maxw, maxt)


def prune_model(model, scale_q, prune):
    """Zeroes the features export() leaves out, so that evaluation in Python
    measures the exported model."""
    scale = quant_scale(model, scale_q)
    lim = prune / scale
    for i, r in enumerate(model.w):
        if max(abs(x) for x in r) * 1.0 < lim:
            model.w[i] = [0.0] * NT


def export(model, out, scale_q, prune, sources):
    # Weights pruned and quantised to int16.
    scale = quant_scale(model, scale_q)
    rows = []
    inv = {i: f for f, i in model.fid.items()}
    for i, r in enumerate(model.w):
        q = [int(round(x * scale)) for x in r]
        if max(abs(x) for x in q) < prune:
            continue
        if not any(q):
            continue
        rows.append((fnv(inv[i]), q))
    keys = set(k for k, _ in rows)
    if len(keys) != len(rows):
        print(f"  warning: {len(rows) - len(keys)} feature hash collisions", file=sys.stderr)
    size = 1
    while size < len(rows) * 10 // 7 + 1:
        size *= 2
    slots = [None] * size
    for h, q in rows:
        j = (h >> 7) & (size - 1)
        while slots[j] is not None:
            if slots[j][0] == h:
                break
            j = (j + 1) & (size - 1)
        if slots[j] is None:
            slots[j] = (h, q)
    # Dictionary table.
    dsize = 1
    while dsize < len(DICT) * 10 // 7 + 1:
        dsize *= 2
    dslots = [None] * dsize
    for w, m in DICT.items():
        h = fnv((0,) + w)
        j = (h >> 7) & (dsize - 1)
        while dslots[j] is not None and dslots[j][0] != h:
            j = (j + 1) & (dsize - 1)
        if dslots[j] is None:
            dslots[j] = (h, m)
        else:
            dslots[j] = (h, dslots[j][1] | m)
    special = sorted(SPECIAL.items())
    tq = [[int(round(x * scale)) for x in r] for r in model.tw]
    with open(out, "w", encoding="utf-8") as f:
        f.write("/* Generated by tools/ner_train.py: Chinese named-entity tagger weights.\n"
                "** Do not edit.  Licence: CC BY-SA 4.0 (the weights derive from the\n"
                "** CC BY-SA sets below).  Attribution:\n")
        for s in sources:
            f.write(f"**   {s}\n")
        f.write(
            "** Feature hash: FNV-1a-style over 32-bit values (template id, then code\n"
            "** points of normalised text), h ^= h >> 32, 0 -> 1; slot = (h >> 7) & mask,\n"
            "** linear probing; key 0 = empty.  See tools/ner_train.py. */\n")
        f.write("#ifndef NER_ZH_SLOT_DEFINED\n#define NER_ZH_SLOT_DEFINED\n"
                "typedef struct NerZhSlot {\n  unsigned long long k; /* feature hash, 0 = empty */\n"
                f"  short w[{NT}];          /* weight per tag, quantised */\n}} NerZhSlot;\n#endif\n")
        f.write(f"#define NER_ZH_NTAG {NT}\n")
        f.write(f"#define NER_ZH_SCALE {scale:.6f}f\n")
        f.write(f"#define NER_ZH_MAXDICT {MAXDICT}\n")
        f.write(f"#define NER_ZH_WIDE {1 if WIDE else 0}\n")
        f.write(f"#define NER_ZH_NFEAT {len(rows)}\n")
        f.write(f"#define NER_ZH_MASK {size - 1}u\n")
        f.write(f"#define NER_ZH_DMASK {dsize - 1}u\n")
        f.write("static const short aNerZhTrans[%d][%d] = {\n" % (NT, NT))
        for r in tq:
            f.write("  {" + ",".join(str(x) for x in r) + "},\n")
        f.write("};\n")
        f.write("/* Class bits of characters beyond the rules in nerClass(). */\n")
        f.write("static const unsigned int aNerZhClass[][2] = {\n")
        for i in range(0, len(special), 6):
            f.write("  " + "".join("{0x%X,%d}," % kv for kv in special[i:i + 6]) + "\n")
        f.write("};\n")
        f.write(f"#define NER_ZH_NCLASS {len(special)}\n")
        f.write("static const unsigned long long aNerZhDictKey[%d] = {\n" % dsize)
        line = []
        for s in dslots:
            line.append("0" if s is None else "0x%xull" % s[0])
        for i in range(0, len(line), 8):
            f.write(",".join(line[i:i + 8]) + ",\n")
        f.write("};\nstatic const unsigned char aNerZhDictType[%d] = {\n" % dsize)
        line = ["0" if s is None else str(s[1]) for s in dslots]
        for i in range(0, len(line), 40):
            f.write(",".join(line[i:i + 40]) + ",\n")
        f.write("};\n")
        f.write("static const NerZhSlot aNerZh[%d] = {\n" % size)
        line = ["{0}" if s is None else "{0x%xull,{%s}}" % (s[0], ",".join(str(x) for x in s[1]))
                for s in slots]
        for i in range(0, len(line), 4):
            f.write(",".join(line[i:i + 4]) + ",\n")
        f.write("};\n")
    print(f"  wrote {out}: {len(rows)} features, {size} slots, "
          f"{len(DICT)} dictionary words, {os.path.getsize(out) / 1e6:.1f} MB",
          file=sys.stderr)


SOURCES = [
    "UNER v1 Chinese-GSDSIMP (Mayhew et al. 2024, Universal NER), CC BY-SA 4.0",
    "UNER v1 Chinese-PUD, CC BY-SA 3.0",
    "MultiCoNER v1 ZH (Malmasi et al. 2022, Amazon), CC BY 4.0",
    "CC-CEDICT proper nouns (MDBG, cc-cedict.org), CC BY-SA 4.0",
]


def main():
    global VARIANTS, DICT, WIDE
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(ROOT.parent / "shared" / "data"))
    ap.add_argument("--epochs", type=int, default=9)
    ap.add_argument("--out", default=str(ROOT / "ext" / "data" / "ner_zh.h"))
    ap.add_argument("--prune", type=int, default=800,
                    help="leave out features whose largest quantised weight is below this")
    ap.add_argument("--skip", default="")
    ap.add_argument("--no-dict", action="store_true")
    ap.add_argument("--no-eval", action="store_true")
    ap.add_argument("--no-align", action="store_true")
    ap.add_argument("--augment", type=int, default=1, help="augmented copies")
    ap.add_argument("--synthetic", type=int, default=1200)
    ap.add_argument("--narrow", action="store_true", help="without templates 17, 18")
    ap.add_argument("--no-repo-names", action="store_true")
    ap.add_argument("--load", default="", help="export a pickled model, no training")
    ap.add_argument("--save", default="", help="pickle the averaged model here (analysis)")
    args = ap.parse_args()
    shared = pathlib.Path(args.shared)
    WIDE = not args.narrow
    VARIANTS = load_variants()
    rows = load_cedict(shared)
    build_classes(rows)
    if not args.no_dict:
        DICT = build_dict(rows)
        if not args.no_repo_names:
            extra = load_repo_names()
            for w, m in extra.items():
                # a typed entry replaces CC-CEDICT's guess from the gloss
                DICT[w] = (DICT.get(w, 0) & ~8 if DICT.get(w, 0) == 8 else DICT.get(w, 0)) | m
            print(f"names from ext/data: {len(extra)}", file=sys.stderr)
    print(f"dictionary: {len(DICT)} words", file=sys.stderr)
    model = Model()
    if args.load:
        import pickle
        with open(args.load, "rb") as f:
            saved = pickle.load(f)
        model.fid, model.w, model.tw = saved[:3]
        if len(saved) > 3:
            DICT = saved[3]
        elif not args.no_align:
            for w in load_places(shared, rows):
                DICT[w] = DICT.get(w, 0) | 2
        prune_model(model, 30000, args.prune)
        for name, rel in EVAL_FILES:
            if not args.no_eval:
                r = evaluate(model, read_char_bio(shared / rel))
                print(f"{name}: " + "  ".join(f"{k} P={v[0]:.3f} R={v[1]:.3f} F1={v[2]:.3f}"
                                              for k, v in r.items()))
        export(model, args.out, 30000, args.prune, SOURCES)
        return
    train = load_train(shared, [s for s in args.skip.split(",") if s])
    if not args.no_align:
        global PLACES
        PLACES = load_places(shared, rows)
        changed = 0
        for k, (text, tags) in enumerate(train):
            new = align_places(text, tags)
            changed += sum(a != b for a, b in zip(new, tags))
            train[k] = (text, new)
        print(f"aligned place labels: {len(PLACES)} names, {changed} tags changed",
              file=sys.stderr)
        if not args.no_dict:
            for w in PLACES:
                DICT[w] = DICT.get(w, 0) | 2
    if args.augment:
        extra = []
        for k in range(args.augment):
            extra += augment(train, seed=11 + k)
        print(f"augmented: {len(extra)} sentences with made-up names", file=sys.stderr)
        train.extend(extra)
    if args.synthetic:
        extra = synthetic(args.synthetic)
        print(f"synthetic: {len(extra)} sentences", file=sys.stderr)
        train.extend(extra)
    t0 = time.time()
    data = []
    for text, tags in train:
        cps = norm_text(text)
        data.append(([model.ids(f, True) for f in features(cps)], [TAGIX[t] for t in tags]))
    print(f"featurised {len(data)} sentences, {len(model.w)} features, "
          f"{time.time() - t0:.0f}s", file=sys.stderr)
    model.train(data, args.epochs)
    model.average()
    prune_model(model, 30000, args.prune)
    if args.save:
        import pickle
        with open(args.save, "wb") as f:
            pickle.dump((model.fid, model.w, model.tw, DICT), f)
    if not args.no_eval:
        for name, rel in EVAL_FILES:
            r = evaluate(model, read_char_bio(shared / rel))
            print(f"{name}: " + "  ".join(f"{k} P={v[0]:.3f} R={v[1]:.3f} F1={v[2]:.3f}"
                                          for k, v in r.items()))
    export(model, args.out, 30000, args.prune, SOURCES)


if __name__ == "__main__":
    main()
