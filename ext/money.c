/*
** money: amounts of money in news text, in any of our languages, in US
** dollars.
**
**   money_usd(text [, date])  -> REAL   the first amount in text, in US
**                                       dollars at the rate of date's month
**                                       (or year), else at the newest rate
**   money_amount(text)        -> REAL   that amount in its own currency
**   money_currency(text)      -> TEXT   its ISO 4217 code
**
**   SELECT money_usd('Umsatz: 50 Mio. US-Dollar');   -- 50000000.0
**   SELECT money_amount('营收92亿美元'),
**          money_currency('营收92亿美元');            -- 9200000000.0|USD
**   SELECT money_usd('deux milliards d''euros', '2020-06');
**                                   -- in US dollars at June 2020's rate
**
** NULL in, or no money in the text, gives NULL; date is 'YYYY-MM-DD',
** 'YYYY-MM' or 'YYYY' (an error otherwise).  The parser,
** newsext_money_scan() (money.h), is one left-to-right pass: at each number
** (digits, Chinese/Japanese numerals, spelled-out numbers in en/de/fr/es)
** or currency prefix it tries to read an amount with scale words and a
** currency next to it, then goes on after it.  Currency names come from
** ICU's CLDR data through a table generated at build time
** (tools/gen_money_names.c), plus the table below for symbols, news
** shorthand and words whose currency depends on context.
*/
#include "newsext_int.h"

#include <math.h>
#include <string.h>

#include "money.h"

SQLITE_EXTENSION_INIT3

/* Languages, as bits: the words of an expression say which language it is
** in, which decides "1.234" and German/French "Billion". */
#define L_EN 0x1
#define L_DE 0x2
#define L_FR 0x4
#define L_ES 0x8
#define L_IT 0x10
#define L_PT 0x20
#define L_RU 0x40
#define L_ZH 0x80
#define L_JA 0x100
#define L_NL 0x200
#define L_SV 0x400
/* decimal-comma languages */
#define L_CONT (L_DE | L_FR | L_ES | L_IT | L_PT | L_RU | L_NL | L_SV)
#define L_ALL 0x7FF

typedef struct MoneyName {
  const char *z; /* folded (newsext_money_fold), UTF-8 */
  int n;         /* bytes */
  char zIso[4];
  unsigned mask; /* languages */
} MoneyName;

#include "money_names.h"

#define N_ICU ((int)(sizeof(aMoneyIcu) / sizeof(aMoneyIcu[0])))

/* ---- the hand-made currency table ------------------------------------ */

/* Flags of a currency word */
#define C_PRE                                                                  \
  0x1 /* may stand before the number: "$5", "USD 5", "人民币50元"          \
       */
#define C_SUF 0x2 /* may follow it: "5 dollars", "5美元" */
#define C_SYM 0x4 /* a symbol: no word boundary needed around it */
#define C_SUB 0x8 /* a subunit: cent, 角, 銭 ... (zIso: of which currency) */
#define C_SUB10 0x10 /* a tenth, not a hundredth (角, 毛) */
#define C_ALONE 0x20 /* a subunit that makes an amount on its own: 50 cents */
#define C_WEAK                                                                 \
  0x40 /* also a common word (un peso importante, un franc                     \
       ** succès, a Franco): not after a spelled-out number                   \
       ** or an article unless a scale word comes between */
#define C_NEEDSCALE                                                            \
  0x80 /* only after a scale word: "5 livres" are books,                       \
       ** "361 millions de livres" pounds */

/* Pseudo-codes resolved by context (see moneyResolve) */
#define X_YEN "#YN"  /* ¥, ￥: CNY in Chinese text, JPY otherwise */
#define X_YUAN "#YU" /* 元, 块: CNY unless another currency names it */
#define X_FRANC                                                                \
  "#FR" /* francs: FRF before 2002 when the date says so, else CHF */
#define X_KRONE "#KR"    /* kr, Kronen: by language, else SEK */
#define X_KRONE_DN "#KD" /* krone, kroner: NOK for no/nb/nn, else DKK */
#define X_MAIN "#MN"     /* a subunit of the expression's own currency */
#define X_CENT "#CT"     /* cents on their own: USD, or EUR in euro languages */

typedef struct MoneyWord {
  const char *z; /* folded */
  int n;
  const char *zIso; /* ISO code or one of the X_ pseudo-codes */
  unsigned flags;
  unsigned mask; /* languages */
} MoneyWord;

#define W(s, iso, fl, m)                                                       \
  { s, (int)sizeof(s) - 1, iso, fl, m }
#define PS (C_PRE | C_SUF | C_SYM)
#define SUF C_SUF
#define PRESUF (C_PRE | C_SUF)
/* Sorted by bytes (memcmp, then length): checked by a C test at start-up
** of the scan in debug builds and by tests/sql/money.sql. */
/* clang-format off */
static const MoneyWord aMoneyWord[] = {
    W("$", "USD", PS, L_ALL),
    W("$ c", "CAD", SUF, L_FR),
    W("$ ca", "CAD", SUF, L_FR),
    W("$ can", "CAD", SUF, L_FR),
    W("$ hk", "HKD", SUF, L_FR),
    W("$ us", "USD", SUF, L_FR),
    W("$cad", "CAD", SUF, L_FR),
    W("$can", "CAD", SUF, L_FR),
    W("$us", "USD", SUF, L_FR),
    W("\\", "JPY", C_PRE | C_SYM, L_JA),
    W("a$", "AUD", PS, L_ALL),
    W("american dollars", "USD", SUF, L_EN),
    W("au$", "AUD", PS, L_ALL),
    W("australischen dollar", "AUD", SUF, L_DE),
    W("c $", "CAD", C_PRE, L_ALL),
    W("c$", "CAD", PS, L_ALL),
    W("ca$", "CAD", PS, L_ALL),
    W("cent", X_CENT, SUF | C_SUB | C_ALONE, L_ALL),
    W("centavo", X_CENT, SUF | C_SUB | C_ALONE, L_ES | L_PT),
    W("centavos", X_CENT, SUF | C_SUB | C_ALONE, L_ES | L_PT),
    W("centesimi", X_CENT, SUF | C_SUB | C_ALONE, L_IT),
    W("centesimo", X_CENT, SUF | C_SUB | C_ALONE, L_IT),
    W("centime", X_CENT, SUF | C_SUB | C_ALONE, L_FR),
    W("centimes", X_CENT, SUF | C_SUB | C_ALONE, L_FR),
    W("cents", X_CENT, SUF | C_SUB | C_ALONE, L_EN),
    W("chf", "CHF", PRESUF, L_ALL),
    W("céntimo", X_CENT, SUF | C_SUB | C_ALONE, L_ES),
    W("céntimos", X_CENT, SUF | C_SUB | C_ALONE, L_ES),
    W("d mark", "DEM", SUF, L_DE),
    W("dlr", "USD", SUF, L_EN),
    W("dlrs", "USD", SUF, L_EN),
    W("dm", "DEM", SUF, L_DE),
    W("dolar", "USD", PRESUF, L_ES),
    W("dolares", "USD", PRESUF, L_ES),
    W("dollar", "USD", PRESUF, L_EN | L_DE | L_FR | L_NL),
    W("dollar hongkongais", "HKD", SUF, L_FR),
    W("dollari", "USD", PRESUF, L_IT),
    W("dollaro", "USD", SUF, L_IT),
    W("dollars", "USD", PRESUF, L_EN | L_FR),
    W("dollars américains", "USD", SUF, L_FR),
    W("dollars hongkongais", "HKD", SUF, L_FR),
    W("dollars us", "USD", SUF, L_FR),
    W("dólar", "USD", PRESUF, L_ES | L_PT),
    W("dólares", "USD", PRESUF, L_ES | L_PT),
    W("egyptianpound", "EGP", SUF, L_EN),
    W("euro", "EUR", SUF, L_ALL & ~L_EN),
    W("euros", "EUR", SUF, L_EN | L_FR | L_ES | L_PT),
    W("fiorini olandesi", "NLG", SUF, L_IT),
    W("florins hollandais", "NLG", SUF, L_FR),
    W("florins néerlandais", "NLG", SUF, L_FR),
    W("fr.", "CHF", C_PRE, L_DE | L_FR),
    W("franc", X_FRANC, SUF | C_WEAK, L_EN | L_FR),
    W("franc suisse", "CHF", SUF, L_FR),
    W("franchi", X_FRANC, SUF | C_WEAK, L_IT),
    W("franchi svizzeri", "CHF", SUF, L_IT),
    W("franco", X_FRANC, SUF | C_WEAK, L_ES | L_PT),
    W("francos", X_FRANC, SUF | C_WEAK, L_ES | L_PT),
    W("francos suicos", "CHF", SUF, L_PT),
    W("francos suizos", "CHF", SUF, L_ES),
    W("francos suíços", "CHF", SUF, L_PT),
    W("francs", X_FRANC, SUF | C_WEAK, L_EN | L_FR),
    W("francs cfa", "XOF", SUF, L_FR),
    W("francs suisses", "CHF", SUF, L_FR),
    W("franken", "CHF", SUF, L_DE),
    W("geneh", "EGP", SUF, L_EN),
    W("genihat masriya", "EGP", SUF, L_EN),
    W("gulden", "NLG", SUF, L_NL | L_DE),
    W("hk $", "HKD", C_PRE, L_ALL),
    W("hk$", "HKD", PS, L_ALL),
    W("ienes", "JPY", SUF, L_PT),
    W("indische rupien", "INR", SUF, L_DE),
    W("indischen rupien", "INR", SUF, L_DE),
    W("kanadische dollar", "CAD", SUF, L_DE),
    W("kanadischen dollar", "CAD", SUF, L_DE),
    W("kopiykas", X_MAIN, SUF | C_SUB, L_EN),
    W("kr", X_KRONE, PRESUF, L_SV),
    W("kr.", X_KRONE, PRESUF, L_SV),
    W("krona", "SEK", SUF, L_SV),
    W("krone", X_KRONE_DN, SUF, L_SV),
    W("kronen", X_KRONE, SUF, L_DE),
    W("kroner", X_KRONE_DN, SUF, L_SV),
    W("kronor", "SEK", SUF, L_SV),
    W("kuai", X_YUAN, SUF, L_EN),
    W("l.e", "EGP", SUF, L_EN),
    W("l.e.", "EGP", SUF, L_EN),
    W("libra", "GBP", SUF | C_WEAK, L_ES | L_PT),
    W("libras", "GBP", SUF | C_WEAK, L_ES | L_PT),
    W("libras esterlinas", "GBP", SUF, L_ES),
    W("livre sterling", "GBP", SUF, L_FR),
    W("livres", "GBP", SUF | C_NEEDSCALE, L_FR),
    W("livres sterling", "GBP", SUF, L_FR),
    W("malaysia ringgit", "MYR", PRESUF, L_EN),
    W("malaysia ringgits", "MYR", PRESUF, L_EN),
    W("malaysian ringgit", "MYR", PRESUF, L_EN),
    W("malaysian ringgits", "MYR", PRESUF, L_EN),
    W("mao", X_MAIN, SUF | C_SUB | C_SUB10, L_EN),
    W("marchi finlandesi", "FIM", SUF, L_IT),
    W("marcos finlandeses", "FIM", SUF, L_ES | L_PT),
    W("mark", "DEM", SUF | C_WEAK, L_DE),
    W("markka", "FIM", SUF, L_EN | L_NL),
    W("mex$", "MXN", PS, L_ALL),
    W("mx$", "MXN", PS, L_ALL),
    W("nt $", "TWD", C_PRE, L_ALL),
    W("nt$", "TWD", PS, L_ALL),
    W("nz$", "NZD", PS, L_ALL),
    W("pence", "GBP", SUF | C_SUB | C_ALONE, L_EN),
    W("penies", "GBP", SUF | C_SUB | C_ALONE, L_PT),
    W("peniques", "GBP", SUF | C_SUB | C_ALONE, L_ES),
    W("pennies", X_CENT, SUF | C_SUB | C_ALONE, L_EN),
    W("penny", "GBP", SUF | C_SUB | C_ALONE, L_EN),
    W("peseta", "ESP", SUF, L_ES | L_EN),
    W("pesetas", "ESP", SUF, L_ES | L_EN | L_FR | L_IT | L_PT),
    W("peso", "MXN", SUF | C_WEAK, L_ES | L_EN),
    W("pesos", "MXN", SUF | C_WEAK, L_ES | L_EN),
    W("pfund", "GBP", SUF, L_DE),
    W("pfund sterling", "GBP", SUF, L_DE),
    W("pound", "GBP", SUF | C_WEAK, L_EN),
    W("pounds", "GBP", SUF | C_WEAK, L_EN),
    W("pounds sterling", "GBP", SUF, L_EN),
    W("pta", "ESP", SUF, L_ES),
    W("ptas", "ESP", SUF, L_ES),
    W("r$", "BRL", PS, L_ALL),
    W("rand", "ZAR", SUF | C_WEAK, L_EN),
    W("reais", "BRL", SUF, L_PT | L_EN),
    W("renminbi", "CNY", SUF, L_ALL),
    W("ringgit", "MYR", PRESUF, L_EN),
    W("ringgits", "MYR", PRESUF, L_EN),
    W("rm", "MYR", PRESUF, L_EN),
    W("rmb", "CNY", PRESUF, L_ALL),
    W("roubles", "RUB", SUF, L_EN),
    W("roupie", "INR", SUF, L_FR),
    W("roupies", "INR", SUF, L_FR),
    W("rp", "IDR", C_PRE, L_ALL),
    W("rp.", "IDR", C_PRE, L_ALL),
    W("rs", "INR", PRESUF, L_EN),
    W("rs.", "INR", PRESUF, L_EN),
    W("rubel", "RUB", SUF, L_DE),
    W("rubles", "RUB", SUF, L_EN),
    W("rupees", "INR", SUF, L_EN),
    W("rupien", "INR", SUF, L_DE),
    W("s$", "SGD", PS, L_ALL),
    W("saudiriyal", "SAR", SUF, L_EN),
    W("schweizer franken", "CHF", SUF, L_DE),
    W("sen", X_MAIN, SUF | C_SUB, L_EN),
    W("sens", X_MAIN, SUF | C_SUB, L_EN),
    W("sfr", "CHF", C_PRE, L_DE),
    W("sfr.", "CHF", C_PRE, L_DE),
    W("shekel", "ILS", SUF, L_EN),
    W("shekels", "ILS", SUF, L_EN | L_FR),
    W("sterlina", "GBP", SUF, L_IT),
    W("sterline", "GBP", SUF, L_IT),
    W("sterling", "GBP", SUF, L_EN),
    W("stg", "GBP", SUF, L_EN),
    W("u$d", "USD", C_PRE | C_SUF, L_ES),
    W("u$s", "USD", C_PRE | C_SUF, L_ES),
    W("u.s. dollar", "USD", SUF, L_EN),
    W("u.s. dollars", "USD", SUF, L_EN),
    W("u.s.$", "USD", PS, L_ALL),
    W("us $", "USD", C_PRE, L_ALL),
    W("us dollar", "USD", SUF, L_EN | L_DE),
    W("us dollars", "USD", SUF, L_EN),
    W("us$", "USD", PS, L_ALL),
    W("won", "KRW", SUF | C_WEAK, L_EN),
    W("yen", "JPY", SUF, L_EN | L_DE | L_FR),
    W("yenes", "JPY", SUF, L_ES),
    W("yens", "JPY", SUF, L_FR),
    W("yuan", "CNY", SUF, L_EN | L_DE | L_FR | L_ES),
    W("yuanes", "CNY", SUF, L_ES),
    W("yuans", "CNY", SUF, L_FR | L_ES | L_PT),
    W("¢", X_CENT, SUF | C_SYM | C_SUB | C_ALONE, L_ALL),
    W("£", "GBP", PS, L_ALL),
    W("¥", X_YEN, PS, L_ALL),
    W("грн", "UAH", PRESUF, L_RU),
    W("грн.", "UAH", PRESUF, L_RU),
    W("долл.", "USD", SUF, L_RU),
    W("доллар", "USD", SUF, L_RU),
    W("доллара", "USD", SUF, L_RU),
    W("долларов", "USD", SUF, L_RU),
    W("евро", "EUR", SUF, L_RU),
    W("руб", "RUB", SUF, L_RU),
    W("руб.", "RUB", SUF, L_RU),
    W("рублей", "RUB", SUF, L_RU),
    W("рубль", "RUB", SUF, L_RU),
    W("рубля", "RUB", SUF, L_RU),
    W("рублях", "RUB", SUF, L_RU),
    W("ரூ", "LKR", PS, L_ALL),
    W("₡", "CRC", PS, L_ALL),
    W("₦", "NGN", PS, L_ALL),
    W("₩", "KRW", PS, L_ALL),
    W("₪", "ILS", PS, L_ALL),
    W("₫", "VND", PS, L_ALL),
    W("€", "EUR", PS, L_ALL),
    W("₭", "LAK", PS, L_ALL),
    W("₱", "PHP", PS, L_ALL),
    W("₴", "UAH", PS, L_ALL),
    W("₹", "INR", PS, L_ALL),
    W("₺", "TRY", PS, L_ALL),
    W("₽", "RUB", PS, L_ALL),
    W("₾", "GEL", PS, L_ALL),
    W("ウォン", "KRW", SUF, L_JA),
    W("セント", X_CENT, SUF | C_SUB | C_ALONE, L_JA),
    W("ドル", "USD", SUF, L_JA),
    W("ナイラ", "NGN", SUF, L_JA),
    W("ニュー台湾ドル", "TWD", SUF, L_JA),
    W("ポンド", "GBP", SUF, L_JA),
    W("ユーロ", "EUR", SUF, L_JA),
    W("ルピー", "INR", SUF, L_JA),
    W("ルーブル", "RUB", SUF, L_JA),
    W("人民元", "CNY", PRESUF, L_JA),
    W("人民币", "CNY", PRESUF, L_ZH),
    W("人民幣", "CNY", PRESUF, L_ZH),
    W("元", X_YUAN, SUF, L_ZH | L_JA),
    W("円", "JPY", SUF, L_JA),
    W("分", X_MAIN, SUF | C_SUB, L_ZH),
    W("加元", "CAD", SUF, L_ZH),
    W("卢布", "RUB", SUF, L_ZH),
    W("台币", "TWD", PRESUF, L_ZH),
    W("台幣", "TWD", PRESUF, L_ZH),
    W("台湾ドル", "TWD", SUF, L_JA),
    W("圆", X_YUAN, SUF, L_ZH),
    W("圓", X_YUAN, SUF, L_ZH),
    W("块", X_YUAN, SUF, L_ZH),
    W("块钱", X_YUAN, SUF, L_ZH),
    W("塊", X_YUAN, SUF, L_ZH),
    W("塊錢", X_YUAN, SUF, L_ZH),
    W("奈拉", "NGN", SUF, L_ZH),
    W("新台币", "TWD", PRESUF, L_ZH),
    W("新台幣", "TWD", PRESUF, L_ZH),
    W("日元", "JPY", SUF, L_ZH),
    W("日圆", "JPY", SUF, L_ZH),
    W("日圓", "JPY", SUF, L_ZH),
    W("日币", "JPY", PRESUF, L_ZH),
    W("日本銭", X_MAIN, SUF | C_SUB, L_ZH | L_JA),
    W("欧元", "EUR", SUF, L_ZH),
    W("歐元", "EUR", SUF, L_ZH),
    W("毛", X_MAIN, SUF | C_SUB | C_SUB10, L_ZH),
    W("毫", X_MAIN, SUF | C_SUB | C_SUB10, L_ZH),
    W("法郎", X_FRANC, SUF, L_ZH),
    W("港元", "HKD", SUF, L_ZH),
    W("港圆", "HKD", SUF, L_ZH),
    W("港币", "HKD", PRESUF, L_ZH),
    W("港幣", "HKD", PRESUF, L_ZH),
    W("澳元", "AUD", SUF, L_ZH),
    W("美元", "USD", SUF, L_ZH),
    W("美分", X_CENT, SUF | C_SUB | C_ALONE, L_ZH),
    W("美圆", "USD", SUF, L_ZH),
    W("美金", "USD", PRESUF, L_ZH),
    W("英鎊", "GBP", SUF, L_ZH),
    W("英镑", "GBP", SUF, L_ZH),
    W("角", X_MAIN, SUF | C_SUB | C_SUB10, L_ZH | L_JA),
    W("銭", X_MAIN, SUF | C_SUB, L_JA),
    W("韩元", "KRW", SUF, L_ZH),
    W("香港ドル", "HKD", SUF, L_JA),
    W("￥", X_YEN, PS, L_ALL),
    W("￦", "KRW", PS, L_ALL),
};
/* clang-format on */
#define N_WORD ((int)(sizeof(aMoneyWord) / sizeof(aMoneyWord[0])))

/* ---- scale words ----------------------------------------------------- */

#define S_ATTACH 0x1  /* only written against the number: 5m, $10K */
#define S_BILLION 0x2 /* 10^9 in English, 10^12 in German and French */

typedef struct MoneyScale {
  const char *z; /* folded */
  int n;
  int iExp; /* power of ten */
  unsigned flags;
  unsigned mask;
} MoneyScale;

#define S(s, e, fl, m)                                                         \
  { s, (int)sizeof(s) - 1, e, fl, m }
/* clang-format off */
static const MoneyScale aMoneyScale[] = {
    S("b", 9, S_ATTACH, L_EN),
    S("bi", 9, S_ATTACH, L_PT),
    S("bilhoes", 9, 0, L_PT),
    S("bilhão", 9, 0, L_PT),
    S("bilhões", 9, 0, L_PT),
    S("billion", 9, S_BILLION, L_EN | L_DE | L_FR),
    S("billionen", 12, 0, L_DE),
    S("billions", 9, S_BILLION, L_EN | L_FR),
    S("billones", 12, 0, L_ES),
    S("billón", 12, 0, L_ES),
    S("bln", 9, 0, L_EN),
    S("bn", 9, 0, L_EN),
    S("crore", 7, 0, L_EN),
    S("crores", 7, 0, L_EN),
    S("duizend", 3, 0, L_NL),
    S("k", 3, S_ATTACH, L_EN),
    S("lakh", 5, 0, L_EN),
    S("lakhs", 5, 0, L_EN),
    S("m", 6, S_ATTACH, L_EN),
    S("md", 9, 0, L_FR),
    S("mds", 9, 0, L_FR),
    S("mil", 3, 0, L_ES | L_PT),
    S("mila", 3, 0, L_IT),
    S("milhoes", 6, 0, L_PT),
    S("milhão", 6, 0, L_PT),
    S("milhões", 6, 0, L_PT),
    S("miliardi", 9, 0, L_IT),
    S("miliardo", 9, 0, L_IT),
    S("milione", 6, 0, L_IT),
    S("milioni", 6, 0, L_IT),
    S("miljard", 9, 0, L_NL),
    S("miljoen", 6, 0, L_NL),
    S("millardo", 9, 0, L_ES),
    S("millardos", 9, 0, L_ES),
    S("mille", 3, 0, L_FR),
    S("milliard", 9, 0, L_FR),
    S("milliarde", 9, 0, L_DE),
    S("milliarden", 9, 0, L_DE),
    S("milliards", 9, 0, L_FR),
    S("million", 6, 0, L_EN | L_DE | L_FR),
    S("millionen", 6, 0, L_DE),
    S("millions", 6, 0, L_EN | L_FR),
    S("millones", 6, 0, L_ES),
    S("millón", 6, 0, L_ES),
    S("mio", 6, 0, L_DE),
    S("mio.", 6, 0, L_DE),
    S("mld", 9, 0, L_IT),
    S("mln", 6, 0, L_EN | L_IT),
    S("mm", 6, S_ATTACH, L_EN),
    S("mn", 6, 0, L_EN),
    S("mrd", 9, 0, L_DE | L_FR),
    S("mrd.", 9, 0, L_DE),
    S("mrds", 9, 0, L_FR),
    S("tausend", 3, 0, L_DE),
    S("thousand", 3, 0, L_EN),
    S("tn", 12, 0, L_EN),
    S("trillion", 12, 0, L_EN),
    S("trillions", 12, 0, L_EN),
    S("tsd", 3, 0, L_DE),
    S("tsd.", 3, 0, L_DE),
    S("миллиард", 9, 0, L_RU),
    S("миллиарда", 9, 0, L_RU),
    S("миллиардов", 9, 0, L_RU),
    S("миллион", 6, 0, L_RU),
    S("миллиона", 6, 0, L_RU),
    S("миллионов", 6, 0, L_RU),
    S("млн", 6, 0, L_RU),
    S("млн.", 6, 0, L_RU),
    S("млрд", 9, 0, L_RU),
    S("млрд.", 9, 0, L_RU),
    S("трлн", 12, 0, L_RU),
    S("трлн.", 12, 0, L_RU),
    S("тыс", 3, 0, L_RU),
    S("тыс.", 3, 0, L_RU),
    S("тысяч", 3, 0, L_RU),
    S("тысячи", 3, 0, L_RU),
};
/* clang-format on */
/* The first two folded bytes of every name of aMoneyWord[] and
** aMoneyScale[] (MONEY_PAIR_HASH, a bit per value), and the names of one
** byte: written by tools/sort_money_tables.py, checked at registration. */
static const unsigned aMoneyWordPair[128] = {
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00200008,
    0x00000000, 0x00000001, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00351220, 0x00B0B020, 0x01225204, 0x20000021, 0x04100008, 0x72320306,
    0x80020024, 0x40284800, 0x80100010, 0x000C410A, 0x016BA232, 0x40108060,
    0x00000000, 0x00000000, 0x00000000, 0x00200020, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x0000002C, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00050000, 0x10380000, 0x00000000, 0x00000000, 0x04008800, 0x00400080,
    0x00008000, 0x00000000, 0x00000000, 0x000C4004, 0xE568F000, 0x04E20000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000,
};
static const char zMoneyOneByte[] = "$\\bkm";

#define N_SCALE ((int)(sizeof(aMoneyScale) / sizeof(aMoneyScale[0])))

/* ---- spelled-out numbers (en, de, fr, es) ----------------------------- */

#define N_UNIT 0     /* adds: one, zwölf, vingt, cuarenta, doscientos */
#define N_HUNDRED 1  /* multiplies what came before by 100 */
#define N_THOUSAND 2 /* closes a group of thousands */
#define N_AND 3      /* joins inside a number: und, and, et, y */
#define N_ARTICLE 4  /* a, an, ein, un: one, before a scale or a currency */
#define N_FRAC 5     /* half, quarter: divides by iValue */

typedef struct MoneyNum {
  const char *z; /* folded */
  int n;
  int iValue;
  int eKind;
  unsigned mask;
} MoneyNum;

#define N(s, v, k, m)                                                          \
  { s, (int)sizeof(s) - 1, v, k, m }
/* clang-format off */
static const MoneyNum aMoneyNum[] = {
    N("a", 1, N_ARTICLE, L_EN),
    N("acht", 8, N_UNIT, L_DE),
    N("achtzehn", 18, N_UNIT, L_DE),
    N("achtzig", 80, N_UNIT, L_DE),
    N("an", 1, N_ARTICLE, L_EN),
    N("and", 0, N_AND, L_EN),
    N("cent", 100, N_HUNDRED, L_FR),
    N("cents", 100, N_HUNDRED, L_FR),
    N("cien", 100, N_UNIT, L_ES),
    N("ciento", 100, N_UNIT, L_ES),
    N("cinco", 5, N_UNIT, L_ES),
    N("cincuenta", 50, N_UNIT, L_ES),
    N("cinq", 5, N_UNIT, L_FR),
    N("cinquante", 50, N_UNIT, L_FR),
    N("cuarenta", 40, N_UNIT, L_ES),
    N("cuatro", 4, N_UNIT, L_ES),
    N("cuatrocientos", 400, N_UNIT, L_ES),
    N("deux", 2, N_UNIT, L_FR),
    N("diecinueve", 19, N_UNIT, L_ES),
    N("dieciocho", 18, N_UNIT, L_ES),
    N("diecisiete", 17, N_UNIT, L_ES),
    N("dieciséis", 16, N_UNIT, L_ES),
    N("diez", 10, N_UNIT, L_ES),
    N("dix", 10, N_UNIT, L_FR),
    N("doce", 12, N_UNIT, L_ES),
    N("dos", 2, N_UNIT, L_ES),
    N("doscientos", 200, N_UNIT, L_ES),
    N("douze", 12, N_UNIT, L_FR),
    N("drei", 3, N_UNIT, L_DE),
    N("dreizehn", 13, N_UNIT, L_DE),
    N("dreißig", 30, N_UNIT, L_DE),
    N("eight", 8, N_UNIT, L_EN),
    N("eighteen", 18, N_UNIT, L_EN),
    N("eighty", 80, N_UNIT, L_EN),
    N("ein", 1, N_ARTICLE, L_DE),
    N("eine", 1, N_ARTICLE, L_DE),
    N("einem", 1, N_ARTICLE, L_DE),
    N("einen", 1, N_ARTICLE, L_DE),
    N("eins", 1, N_UNIT, L_DE),
    N("eleven", 11, N_UNIT, L_EN),
    N("elf", 11, N_UNIT, L_DE),
    N("et", 0, N_AND, L_FR),
    N("fifteen", 15, N_UNIT, L_EN),
    N("fifty", 50, N_UNIT, L_EN),
    N("five", 5, N_UNIT, L_EN),
    N("forty", 40, N_UNIT, L_EN),
    N("four", 4, N_UNIT, L_EN),
    N("fourteen", 14, N_UNIT, L_EN),
    N("fünf", 5, N_UNIT, L_DE),
    N("fünfzehn", 15, N_UNIT, L_DE),
    N("fünfzig", 50, N_UNIT, L_DE),
    N("half", 2, N_FRAC, L_EN),
    N("huit", 8, N_UNIT, L_FR),
    N("hundert", 100, N_HUNDRED, L_DE),
    N("hundred", 100, N_HUNDRED, L_EN),
    N("mil", 1000, N_THOUSAND, L_ES),
    N("mille", 1000, N_THOUSAND, L_FR),
    N("neuf", 9, N_UNIT, L_FR),
    N("neun", 9, N_UNIT, L_DE),
    N("neunzehn", 19, N_UNIT, L_DE),
    N("neunzig", 90, N_UNIT, L_DE),
    N("nine", 9, N_UNIT, L_EN),
    N("nineteen", 19, N_UNIT, L_EN),
    N("ninety", 90, N_UNIT, L_EN),
    N("novecientos", 900, N_UNIT, L_ES),
    N("noventa", 90, N_UNIT, L_ES),
    N("nueve", 9, N_UNIT, L_ES),
    N("ochenta", 80, N_UNIT, L_ES),
    N("ocho", 8, N_UNIT, L_ES),
    N("ochocientos", 800, N_UNIT, L_ES),
    N("once", 11, N_UNIT, L_ES),
    N("one", 1, N_UNIT, L_EN),
    N("onze", 11, N_UNIT, L_FR),
    N("quarante", 40, N_UNIT, L_FR),
    N("quarter", 4, N_FRAC, L_EN),
    N("quarters", 4, N_FRAC, L_EN),
    N("quatorze", 14, N_UNIT, L_FR),
    N("quatre", 4, N_UNIT, L_FR),
    N("quince", 15, N_UNIT, L_ES),
    N("quinientos", 500, N_UNIT, L_ES),
    N("quinze", 15, N_UNIT, L_FR),
    N("sechs", 6, N_UNIT, L_DE),
    N("sechzehn", 16, N_UNIT, L_DE),
    N("sechzig", 60, N_UNIT, L_DE),
    N("seis", 6, N_UNIT, L_ES),
    N("seiscientos", 600, N_UNIT, L_ES),
    N("seize", 16, N_UNIT, L_FR),
    N("sept", 7, N_UNIT, L_FR),
    N("sesenta", 60, N_UNIT, L_ES),
    N("setecientos", 700, N_UNIT, L_ES),
    N("setenta", 70, N_UNIT, L_ES),
    N("seven", 7, N_UNIT, L_EN),
    N("seventeen", 17, N_UNIT, L_EN),
    N("seventy", 70, N_UNIT, L_EN),
    N("sieben", 7, N_UNIT, L_DE),
    N("siebzehn", 17, N_UNIT, L_DE),
    N("siebzig", 70, N_UNIT, L_DE),
    N("siete", 7, N_UNIT, L_ES),
    N("six", 6, N_UNIT, L_EN | L_FR),
    N("sixteen", 16, N_UNIT, L_EN),
    N("sixty", 60, N_UNIT, L_EN),
    N("soixante", 60, N_UNIT, L_FR),
    N("tausend", 1000, N_THOUSAND, L_DE),
    N("ten", 10, N_UNIT, L_EN),
    N("thirteen", 13, N_UNIT, L_EN),
    N("thirty", 30, N_UNIT, L_EN),
    N("thousand", 1000, N_THOUSAND, L_EN),
    N("three", 3, N_UNIT, L_EN),
    N("trece", 13, N_UNIT, L_ES),
    N("treinta", 30, N_UNIT, L_ES),
    N("treize", 13, N_UNIT, L_FR),
    N("trente", 30, N_UNIT, L_FR),
    N("tres", 3, N_UNIT, L_ES),
    N("trescientos", 300, N_UNIT, L_ES),
    N("trois", 3, N_UNIT, L_FR),
    N("twelve", 12, N_UNIT, L_EN),
    N("twenty", 20, N_UNIT, L_EN),
    N("two", 2, N_UNIT, L_EN),
    N("un", 1, N_ARTICLE, L_FR | L_ES),
    N("una", 1, N_ARTICLE, L_ES),
    N("und", 0, N_AND, L_DE),
    N("une", 1, N_ARTICLE, L_FR),
    N("uno", 1, N_UNIT, L_ES),
    N("veinte", 20, N_UNIT, L_ES),
    N("veinti", 20, N_UNIT, L_ES),
    N("vier", 4, N_UNIT, L_DE),
    N("vierzehn", 14, N_UNIT, L_DE),
    N("vierzig", 40, N_UNIT, L_DE),
    N("vingt", 20, N_UNIT, L_FR),
    N("vingts", 20, N_UNIT, L_FR),
    N("y", 0, N_AND, L_ES),
    N("zehn", 10, N_UNIT, L_DE),
    N("zwanzig", 20, N_UNIT, L_DE),
    N("zwei", 2, N_UNIT, L_DE),
    N("zwölf", 12, N_UNIT, L_DE),
};
/* clang-format on */
#define N_NUM ((int)(sizeof(aMoneyNum) / sizeof(aMoneyNum[0])))

/* 10^e for the exponents of literals and scale words. */
static double pow10i(int e) {
  static const double a[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                             1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                             1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
  if (e >= 0 && e <= 22)
    return a[e];
  return pow(10, e);
}

/* ---- scanning --------------------------------------------------------- */

typedef struct Scan {
  const unsigned char *z;
  int n;
  unsigned hint; /* language bit of zLang, 0 if none */
  char zLang[3]; /* zLang's two letters, lower case ("" if none) */
  int iYear;
  int eScript; /* 0 not looked yet, 1 no CJK, 2 Han without kana, 3 kana */
} Scan;

/* Folded text from a position: what the tables are compared with. */
#define FOLD_MAX 96
typedef struct Fold {
  unsigned char z[FOLD_MAX + 8];
  int aSrc[FOLD_MAX + 9];     /* source offset of the character at each byte */
  int aEnd[FOLD_MAX + 9];     /* source offset after that character */
  unsigned aCp[FOLD_MAX + 8]; /* folded code point starting at each byte */
  int n;
} Fold;

static int isCjkCp(unsigned c) {
  return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x9FFF) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xAC00 && c <= 0xD7AF);
}
static inline int isWordCp(unsigned c) {
  if (c < 0x80) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= '0' && c <= '9');
  }
  return (c >= 0xC0 && c < 0x2000 && c != 0xD7 && c != 0xF7);
}
static int isSpaceCp(unsigned c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 ||
         c == 0x2002 || c == 0x2003 || c == 0x2009 || c == 0x200A ||
         c == 0x202F || c == 0x3000;
}

static unsigned cpAt(const Scan *p, int i, int *pLen) {
  if (i >= p->n) {
    *pLen = 0;
    return 0;
  }
  return newsext_utf8_decode(p->z + i, p->n - i, pLen);
}

/* The code point that ends before i (0 at the start). */
static unsigned cpBefore(const Scan *p, int i) {
  if (i <= 0)
    return 0;
  int j = i - 1;
  while (j > 0 && i - j < 4 && (p->z[j] & 0xC0) == 0x80)
    j--;
  int len;
  unsigned c = newsext_utf8_decode(p->z + j, p->n - j, &len);
  return (j + len == i) ? c : 0xFFFD;
}

static int skipSpaces(const Scan *p, int i) {
  int len;
  while (i < p->n && isSpaceCp(cpAt(p, i, &len)))
    i += len;
  return i;
}

static void foldAt(const Scan *p, int i, int nMax, Fold *f) {
  f->n = 0;
  if (nMax > FOLD_MAX)
    nMax = FOLD_MAX;
  unsigned prev = 0;
  while (i < p->n && f->n < nMax) {
    unsigned char b = p->z[i];
    if (b < 0x80 && b != ' ' && b != '\t' && b != '\n' && b != '\r' &&
        b != '-') {
      /* ASCII: most of the text */
      unsigned c = (b >= 'A' && b <= 'Z') ? b + 32u : b;
      f->aSrc[f->n] = i;
      f->aEnd[f->n] = i + 1;
      f->aCp[f->n] = c;
      f->z[f->n++] = (unsigned char)c;
      prev = c;
      i++;
      continue;
    }
    int len;
    unsigned c = newsext_money_fold(cpAt(p, i, &len));
    if (c == 0) {
      i += len;
      continue;
    }
    if (c == ' ') {
      /* a run of spaces is one; none next to CJK (as the generator does) */
      int j = i + len;
      unsigned d = ' ';
      while (j < p->n && d == ' ') {
        int l2;
        d = newsext_money_fold(cpAt(p, j, &l2));
        if (d == ' ' || d == 0)
          j += l2;
      }
      if (prev == ' ' || prev == 0 || isCjkCp(prev) || isCjkCp(d) ||
          j >= p->n) {
        if (prev == 0)
          break; /* never starts with a space */
        i = j;
        continue;
      }
      f->aSrc[f->n] = i;
      f->aEnd[f->n] = i + len;
      f->aCp[f->n] = ' ';
      f->z[f->n++] = ' ';
      prev = ' ';
      i = j;
      continue;
    }
    unsigned char buf[4];
    int k = newsext_utf8_encode(c, buf);
    if (f->n + k > nMax)
      break;
    for (int m = 0; m < k; m++) {
      f->aSrc[f->n + m] = i;
      f->aEnd[f->n + m] = i + len;
      f->aCp[f->n + m] = m ? 0 : c;
      f->z[f->n + m] = buf[m];
    }
    f->n += k;
    prev = c;
    i += len;
  }
  f->aSrc[f->n] = i;
  f->aCp[f->n] = 0;
}

/* Source offset just after the first k folded bytes (a match of length k):
** the end of its last character, not the start of the next one, so that
** spaces dropped next to CJK stay out of the span. */
static int foldEnd(const Fold *f, int k) {
  return k > 0 ? f->aEnd[k - 1] : f->aSrc[0];
}

/* memcmp() for the short strings of the tables: inline, as the call to
** libc's costs more than the comparison. */
static inline int cmpBytes(const char *a, const unsigned char *b, int n) {
  for (int i = 0; i < n; i++) {
    int d = (int)(unsigned char)a[i] - (int)b[i];
    if (d)
      return d;
  }
  return 0;
}

/* Exact binary search of z[0..n) in a table of records whose first two
** members are (const char *z, int n), sorted by memcmp then length. */
static const void *tableFind(const void *aTab, int nTab, size_t sz,
                             const unsigned char *z, int n) {
  int lo = 0, hi = nTab - 1;
  while (lo <= hi) {
    int mid = (lo + hi) / 2;
    const char *zE = *(const char *const *)((const char *)aTab + sz * mid);
    int nE = *(const int *)((const char *)aTab + sz * mid + sizeof(char *));
    int c = cmpBytes(zE, z, nE < n ? nE : n);
    if (c == 0)
      c = (nE < n) ? -1 : (nE > n);
    if (c < 0) {
      lo = mid + 1;
    } else if (c > 0) {
      hi = mid - 1;
    } else {
      return (const char *)aTab + sz * mid;
    }
  }
  return 0;
}

#define TAB_Z(a, sz, i) (*(const char *const *)((const char *)(a) + (sz) * (i)))
#define TAB_N(a, sz, i)                                                        \
  (*(const int *)((const char *)(a) + (sz) * (i) + sizeof(char *)))

/* Narrows [*pLo, *pHi) to the entries that start with z[0..n). */
static void tableRange(const void *aTab, size_t sz, const unsigned char *z,
                       int n, int *pLo, int *pHi) {
  int lo = *pLo, hi = *pHi;
  /* first entry >= z[0..n) */
  int a = lo, b = hi;
  while (a < b) {
    int m = (a + b) / 2;
    int nE = TAB_N(aTab, sz, m);
    int c = cmpBytes(TAB_Z(aTab, sz, m), z, nE < n ? nE : n);
    if (c < 0 || (c == 0 && nE < n))
      a = m + 1;
    else
      b = m;
  }
  int first = a;
  /* first entry whose first n bytes are above z[0..n) */
  b = hi;
  while (a < b) {
    int m = (a + b) / 2;
    int nE = TAB_N(aTab, sz, m);
    int c = cmpBytes(TAB_Z(aTab, sz, m), z, nE < n ? nE : n);
    if (c <= 0)
      a = m + 1;
    else
      b = m;
  }
  *pLo = first;
  *pHi = a;
}

/* Longest entry of a table that starts the folded text f and ends at a word
** boundary (or on a symbol or CJK character).  *pnEnd: folded length.  The
** candidates are first narrowed to the entries sharing the text's first
** character, then its first two, so that most words cost two or three
** binary searches. */
static const void *foldLongest(const Fold *f, const void *aTab, int nTab,
                               size_t sz, const unsigned short *aFirst,
                               int *pnEnd) {
  if (f->n == 0)
    return 0;
  int c1 = 1;
  while (c1 < f->n && (f->z[c1] & 0xC0) == 0x80)
    c1++;
  int lo1 = 0, hi1 = nTab;
  if (aFirst) {
    lo1 = aFirst[f->z[0]];
    hi1 = aFirst[f->z[0] + 1];
  }
  tableRange(aTab, sz, f->z, c1, &lo1, &hi1);
  if (lo1 >= hi1)
    return 0;
  int c2 = c1;
  if (c2 < f->n) {
    c2++;
    while (c2 < f->n && (f->z[c2] & 0xC0) == 0x80)
      c2++;
  }
  int lo2 = lo1, hi2 = hi1;
  if (c2 > c1)
    tableRange(aTab, sz, f->z, c2, &lo2, &hi2);
  for (int k = f->n; k >= c1; k--) {
    if (k < f->n && (f->z[k] & 0xC0) == 0x80)
      continue; /* not a boundary */
    if (f->z[k - 1] == ' ')
      continue;
    int lo = lo2, hi = hi2;
    if (k < c2) {
      lo = lo1;
      hi = hi1;
    } else if (lo2 >= hi2) {
      k = c2; /* nothing longer than one character can match */
      continue;
    }
    unsigned next = f->aCp[k];
    int kl = k - 1;
    while (kl > 0 && (f->z[kl] & 0xC0) == 0x80)
      kl--;
    unsigned last = f->aCp[kl];
    /* a word ends before a non-letter; digits may follow (Rs20, RM42) */
    if (k < f->n && isWordCp(next) && !(next >= '0' && next <= '9') &&
        isWordCp(last))
      continue;
    const void *e =
        tableFind((const char *)aTab + sz * lo, hi - lo, sz, f->z, k);
    if (e) {
      *pnEnd = k;
      return e;
    }
  }
  return 0;
}

static int scanScript(Scan *p) {
  if (p->eScript == 0) {
    int bHan = 0;
    p->eScript = 1;
    for (int i = 0; i < p->n;) {
      if (p->z[i] < 0x80) {
        i++;
        continue;
      }
      int len;
      unsigned c = cpAt(p, i, &len);
      if (c >= 0x3040 && c <= 0x30FF) {
        p->eScript = 3;
        break;
      }
      if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF))
        bHan = 1;
      i += len;
    }
    if (p->eScript == 1 && bHan)
      p->eScript = 2;
  }
  return p->eScript;
}

/* ---- numbers ------------------------------------------------------------ */

#define AMB_NONE 0
#define AMB_DOT3 1   /* "1.234": 1.234 or 1234 */
#define AMB_COMMA3 2 /* "1,234": 1234 or 1.234 */

typedef struct Num {
  double r;    /* value (for AMB_*: the English reading) */
  double rAlt; /* the other reading of an ambiguous literal */
  int amb;
  int iEnd;
  int eKind;     /* 0 digits, 1 CJK numerals, 2 words */
  int bArticle;  /* "a", "ein", "un": only before a scale or a currency */
  int bInteger;  /* no decimals */
  unsigned mask; /* languages of number words */
  double rBig; /* trailing 万/亿/兆 units: 150万 -> 1e4, 10万亿 -> 1e12 */
  double rSmall; /* the 十/百/千 just before them: 九百亿 -> 100 */
  int bUnits;    /* any Chinese/Japanese unit at all */
} Num;

static int digitAt(const Scan *p, int i, int *pLen) {
  unsigned c = cpAt(p, i, pLen);
  if (c >= '0' && c <= '9')
    return (int)(c - '0');
  if (c >= 0xFF10 && c <= 0xFF19)
    return (int)(c - 0xFF10);
  return -1;
}

/* Digits with grouping and decimal separators: 1,234.5  1.234,5  1 234,5
** 1'234.5  12 500  1.0753  ０．５. */
static int parseDigits(const Scan *p, int i, Num *pNum) {
  int len, d;
  int aGrp[24];    /* digits in each group */
  char aSep[24];   /* separator before group g: '.', ',' or 'g' */
  int aEnd[24];    /* end offset of each group */
  double aVal[24]; /* value of each group's digits */
  int nG = 0;
  int j = i;
  int nTotal = 0;
  for (;;) {
    double v = 0;
    int k = 0;
    while ((d = digitAt(p, j, &len)) >= 0) {
      v = v * 10 + d;
      k++;
      j += len;
    }
    if (k == 0)
      break;
    aGrp[nG] = k;
    aVal[nG] = v;
    aEnd[nG] = j;
    nTotal += k;
    nG++;
    if (nG == 24 || nTotal > 30)
      break;
    /* a separator, then a digit? */
    unsigned c = cpAt(p, j, &len);
    char s;
    if (c == '.' || c == 0xFF0E)
      s = '.';
    else if (c == ',')
      s = ',';
    else if (c == 0xFF0C) {
      /* ， is a clause break ($20，300美圆) unless three digits and another
      ** separator follow: 82，225.00元 */
      int q = j + len, nd = 0, l2;
      while (digitAt(p, q, &l2) >= 0) {
        q += l2;
        nd++;
      }
      unsigned c2 = cpAt(p, q, &l2);
      if (nd != 3 || !(c2 == '.' || c2 == ',' || c2 == 0xFF0C) ||
          digitAt(p, q + l2, &l2) < 0)
        break;
      s = ',';
    } else if (c == '\'' || c == 0x2019 || isSpaceCp(c))
      s = 'g';
    else
      break;
    if (s == 'g' && (c == '\n' || c == '\r' || c == '\t'))
      break;
    if (digitAt(p, j + len, &d) < 0)
      break;
    aSep[nG] = s;
    j += len;
  }
  if (nG == 0)
    return 0;
  if (nTotal > 18)
    return 0; /* ids, not amounts */
  /* Interpret: find the longest valid prefix of groups. */
  int nDot = 0, nComma = 0, nSpace = 0;
  int nUse = nG;
  for (int g = 1; g < nG; g++) {
    if (aSep[g] == 'g') {
      /* thousands groups: 1-3 digits first, then exactly 3 */
      if (aGrp[g] != 3 || aGrp[0] > 3 || nDot + nComma > 0) {
        nUse = g;
        break;
      }
      nSpace++;
    } else if (aSep[g] == '.') {
      nDot++;
    } else {
      nComma++;
    }
  }
  double r = 0, rAlt = 0;
  int amb = AMB_NONE, bInt = 1;
  /* recount on the used groups */
  nDot = nComma = nSpace = 0;
  for (int g = 1; g < nUse; g++) {
    if (aSep[g] == '.')
      nDot++;
    else if (aSep[g] == ',')
      nComma++;
    else
      nSpace++;
  }
  char cDec = 0; /* decimal separator, if any */
  int bAmbig = 0;
  int gLastComma = 0;
  for (int g = 1; g < nUse; g++) {
    if (aSep[g] == ',')
      gLastComma = g;
  }
  int bIndian =
      nComma >= 2 && nSpace == 0 && aGrp[0] <= 2 && aGrp[gLastComma] == 3 &&
      nDot <= 1 &&
      (nDot == 0 || (nUse - 1 == gLastComma + 1 && aSep[nUse - 1] == '.'));
  for (int g = 1; bIndian && g < gLastComma; g++) {
    if (aGrp[g] != 2)
      bIndian = 0;
  }
  if (bIndian) {
    cDec = nDot ? '.' : 0; /* 12,34,567.89: lakh grouping */
  } else if (nUse == 1) {
    cDec = 0;
  } else if (nDot && nComma) {
    char cLast = aSep[nUse - 1];
    int nLast = (cLast == '.') ? nDot : nComma;
    if (nLast == 1)
      cDec = cLast;
    else
      cDec = 0; /* 1.234.567,8 is handled by cLast; 1,2.3.4 is not money */
    /* every other separator must be thousands (3-digit groups) */
    for (int g = 1; g < nUse; g++) {
      if (aSep[g] == cDec && g == nUse - 1)
        continue;
      if (aGrp[g] != 3) {
        nUse = g;
        break;
      }
    }
    if (nUse < nG && cDec && aSep[nUse] != cDec)
      cDec = 0;
    if (nUse == 1)
      cDec = 0;
    if (cDec && aSep[nUse - 1] != cDec)
      cDec = 0;
  } else if (nDot + nComma >= 2) {
    /* 1.234.567 or 1,234,567: thousands; all groups of 3 */
    for (int g = 1; g < nUse; g++) {
      if (aSep[g] != 'g' && aGrp[g] != 3) {
        nUse = g;
        break;
      }
    }
  } else if (nDot + nComma == 1) {
    int g;
    for (g = 1; g < nUse && aSep[g] == 'g'; g++) {
    }
    /* g: the group after the '.' or ',' */
    char s = aSep[g];
    if (g != nUse - 1) {
      /* 1 234.5 6: keep up to the decimal part */
      nUse = g + 1;
    }
    if (aGrp[g] != 3 || aGrp[0] > 3 || nSpace > 0 ||
        (aGrp[0] == 1 && aVal[0] == 0)) {
      cDec = s;
    } else {
      bAmbig = 1;
      cDec = s; /* provisional: the English reading below decides */
    }
  }
  /* value with cDec as decimal separator; others as thousands */
  double intPart = 0, frac = 0;
  int nFrac = 0;
  for (int g = 0; g < nUse; g++) {
    if (g > 0 && aSep[g] == cDec && cDec && g == nUse - 1) {
      frac = aVal[g];
      nFrac = aGrp[g];
    } else {
      intPart = intPart * pow10i(aGrp[g]) + aVal[g];
    }
  }
  double rFrac = nFrac ? frac / pow10i(nFrac) : 0;
  double rDec = intPart + rFrac;
  double rThou = intPart * pow10i(nFrac) + frac;
  if (bAmbig) {
    /* English reading: '.' decimal, ',' thousands */
    if (cDec == '.') {
      r = rDec;
      rAlt = rThou;
      amb = AMB_DOT3;
    } else {
      r = rThou;
      rAlt = rDec;
      amb = AMB_COMMA3;
    }
    bInt = (amb == AMB_COMMA3);
  } else {
    r = rDec;
    rAlt = r;
    bInt = (nFrac == 0);
  }
  pNum->r = r;
  pNum->rAlt = rAlt;
  pNum->amb = amb;
  pNum->iEnd = aEnd[nUse - 1];
  pNum->eKind = 0;
  pNum->bArticle = 0;
  pNum->bInteger = bInt;
  pNum->mask = 0;
  pNum->rBig = pNum->rSmall = 1;
  pNum->bUnits = 0;
  return 1;
}

/* Chinese and Japanese numerals: value of a digit character, or -1; units
** in *pUnit (10, 100, 1000, 1e4, 1e8, 1e12). */
static int cjkDigit(unsigned c, double *pUnit) {
  *pUnit = 0;
  switch (c) {
  case 0x96F6:
  case 0x3007:
    return 0; /* 零 〇 */
  case 0x4E00:
  case 0x58F9:
  case 0x58F1:
    return 1; /* 一 壹 壱 */
  case 0x4E8C:
  case 0x8D30:
  case 0x8CB3:
  case 0x5F10:
  case 0x4E24:
  case 0x5169:
    return 2; /* 二 贰 貳 弐 两 兩 */
  case 0x4E09:
  case 0x53C1:
  case 0x53C3:
  case 0x53C2:
    return 3; /* 三 叁 參 参 */
  case 0x56DB:
  case 0x8086:
    return 4; /* 四 肆 */
  case 0x4E94:
  case 0x4F0D:
    return 5; /* 五 伍 */
  case 0x516D:
  case 0x9646:
  case 0x9678:
    return 6; /* 六 陆 陸 */
  case 0x4E03:
  case 0x67D2:
    return 7; /* 七 柒 */
  case 0x516B:
  case 0x634C:
    return 8; /* 八 捌 */
  case 0x4E5D:
  case 0x7396:
    return 9; /* 九 玖 */
  case 0x5341:
  case 0x62FE:
    *pUnit = 10;
    return -1; /* 十 拾 */
  case 0x767E:
  case 0x4F70:
    *pUnit = 100;
    return -1; /* 百 佰 */
  case 0x5343:
  case 0x4EDF:
    *pUnit = 1000;
    return -1; /* 千 仟 */
  case 0x4E07:
  case 0x842C:
    *pUnit = 1e4;
    return -1; /* 万 萬 */
  case 0x4EBF:
  case 0x5104:
    *pUnit = 1e8;
    return -1; /* 亿 億 */
  case 0x5146:
    *pUnit = 1e12;
    return -1; /* 兆 */
  }
  return -1;
}

/* A run of Chinese/Japanese numerals and units, possibly led by (or mixing
** in) Arabic numbers: 三千万, 1.2万, 36.57亿, 四十九兆九千五百九十二億,
** 1亿2000万, 两个亿.  pLead: an Arabic number already read, or NULL. */
static int parseCjk(const Scan *p, int i, const Num *pLead, Num *pNum) {
  double total = 0, section = 0, digit = -1, lastBig = 0, rBig = 1, rSmall = 1;
  int j = i, bAny = 0, iEnd = i, bUnits = 0, bPrevDigit = 0;
  int bInt = 1;
  if (pLead) {
    digit = pLead->r;
    bInt = pLead->bInteger;
    bAny = 1;
    iEnd = j = pLead->iEnd;
  }
  for (;;) {
    int len;
    int k = skipSpaces(p, j);
    unsigned c = cpAt(p, k, &len);
    double unit;
    int d = cjkDigit(c, &unit);
    /* spaces only before a unit: "7  万" */
    if (k != j && unit == 0)
      break;
    if (c == 0x4E2A || c == 0x500B) { /* 个 個 before 亿/万: 两个亿 */
      int l2;
      double u2;
      cjkDigit(cpAt(p, k + len, &l2), &u2);
      if (u2 >= 1e4 && digit >= 0) {
        j = k + len;
        continue;
      }
      break;
    }
    if (c == 0x591A || c == 0x4F59 || c == 0x51E0 || c == 0x6765) {
      /* 多 余 几 来 after a number: "3000多欧元", "1000余万元": about */
      if (!bAny || k != j)
        break;
      j = iEnd = k + len;
      continue;
    }
    if (d >= 0) {
      rBig = rSmall = 1;
      if (digit >= 0 && !pLead && bPrevDigit) {
        if (d != 0 && fmod(digit, 10) != 0) {
          /* 八九亿, 三五百: "eight or nine": the low one */
          j = iEnd = k + len;
          continue;
        }
        digit = digit * 10 + d; /* 二〇二〇 */
      } else {
        digit = d;
      }
      bPrevDigit = 1;
      bAny = 1;
      j = iEnd = k + len;
      pLead = 0;
      continue;
    }
    if (unit > 0) {
      if (!bAny && unit >= 1e4)
        break; /* 万元: no number before it */
      if (unit >= 1e4) {
        rBig *= unit;
      } else {
        rSmall = unit;
        rBig = 1;
      }
      bUnits = 1;
      bPrevDigit = 0;
      if (unit < 1e4) {
        section += (digit >= 0 ? digit : 1) * unit;
      } else {
        double v = section + (digit >= 0 ? digit : 0);
        if (v == 0 && total > 0 && unit > lastBig) {
          total *= unit; /* 万亿 */
        } else if (lastBig == 0 || unit > lastBig) {
          total = (total + v) * unit;
        } else {
          total += v * unit;
        }
        lastBig = unit;
        section = 0;
      }
      digit = -1;
      bAny = 1;
      j = iEnd = k + len;
      pLead = 0;
      continue;
    }
    /* an Arabic number inside: 1亿2000万 */
    int l3;
    if (digitAt(p, k, &l3) >= 0 && k == j && digit < 0 && bAny) {
      Num n2;
      if (parseDigits(p, k, &n2)) {
        rBig = rSmall = 1;
        bPrevDigit = 0;
        digit = n2.r;
        j = iEnd = n2.iEnd;
        continue;
      }
    }
    break;
  }
  if (!bAny)
    return 0;
  pNum->r = total + section + (digit >= 0 ? digit : 0);
  pNum->rAlt = pNum->r;
  pNum->amb = AMB_NONE;
  pNum->iEnd = iEnd;
  pNum->eKind = 1;
  pNum->bArticle = 0;
  pNum->bInteger = bInt;
  pNum->mask = L_ZH | L_JA;
  pNum->rBig = rBig;
  pNum->rSmall = rSmall;
  pNum->bUnits = bUnits;
  return 1;
}

/* First letters (folded ASCII) that start a number word: a quick filter
** before the table is searched. */
static int numWordStart(unsigned c) {
  switch (c) {
  case 'a':
  case 'c':
  case 'd':
  case 'e':
  case 'f':
  case 'h':
  case 'm':
  case 'n':
  case 'o':
  case 'q':
  case 's':
  case 't':
  case 'u':
  case 'v':
  case 'y':
  case 'z':
    return 1;
  }
  return 0;
}

/* The first two letters of every entry of aMoneyNum[]: bit b of
** aNumPair[a] for letters a, b ('a' = 0); bit 26: a non-ASCII second
** letter (fünf).  One-letter entries: "a", "y".  Checked against the
** table when the functions are registered. */
static const unsigned aNumPair[26] = {
    0x0002004, 0x0000000, 0x0100110, 0x0024110, 0x0080900, 0x4004100, 0x0000000,
    0x0100001, 0x0000000, 0x0000000, 0x0000000, 0x0000000, 0x0000100, 0x0104110,
    0x0002004, 0x0000000, 0x0100000, 0x0000000, 0x0004110, 0x0420091, 0x0002000,
    0x0000110, 0x0000000, 0x0000000, 0x0000000, 0x0400010,
};
static int numPair(const unsigned char *z, int n) {
  unsigned a = z[0] - 'a';
  if (a >= 26)
    return 0;
  if (n == 1)
    return a == 0 || a == 'y' - 'a';
  unsigned b = z[1];
  if (b >= 0x80)
    return (aNumPair[a] >> 26) & 1;
  b -= 'a';
  return b < 26 && ((aNumPair[a] >> b) & 1);
}

/* Spelled-out numbers: "two hundred fifty thousand", "achtundsiebzig",
** "quatre-vingt-dix", "doscientos cuarenta y cinco", "a", "ein". */
static int parseWords(const Scan *p, int i, Num *pNum) {
  double total = 0, cur = 0;
  int j = i, iEnd = i, bAny = 0, bArticle = 0, nWords = 0;
  unsigned mask = 0, lastUnit = 0;
  int bFrac = 0;
  while (j < p->n) {
    int len;
    unsigned c0 = newsext_money_fold(cpAt(p, j, &len));
    if (!numWordStart(c0))
      break;
    if (isWordCp(cpBefore(p, j)))
      break;
    /* the word: letters up to a non-letter */
    int we = j;
    unsigned char zw[48];
    int nw = 0;
    while (we < p->n) {
      unsigned c = cpAt(p, we, &len);
      unsigned fc = newsext_money_fold(c);
      if (!isWordCp(fc) || (fc >= '0' && fc <= '9'))
        break;
      if (nw + 4 >= (int)sizeof(zw)) {
        nw = -1;
        break;
      }
      nw += newsext_utf8_encode(fc, zw + nw);
      we += len;
    }
    if (nw <= 0)
      break;
    /* most words are no number: their first two letters tell, then the
    ** whole word; only long words can be compounds (achtundsiebzig,
    ** veinticinco, einhundert) */
    if (!numPair(zw, nw))
      break;
    if (nw < 8 && !tableFind(aMoneyNum, N_NUM, sizeof(MoneyNum), zw, nw))
      break;
    /* decompose into table entries, longest first: achtundsiebzig */
    int o = 0, bOk = 1;
    double wTotal = total, wCur = cur;
    unsigned wMask = mask;
    int wArticle = 0, wAny = 0, nPart = 0, wFrac = 0;
    unsigned wLast = lastUnit;
    while (o < nw) {
      const MoneyNum *e = 0;
      int k;
      for (k = nw - o; k > 0; k--) {
        e = tableFind(aMoneyNum, N_NUM, sizeof(MoneyNum), zw + o, k);
        if (e)
          break;
      }
      if (!e) {
        bOk = 0;
        break;
      }
      nPart++;
      if (e->eKind == N_ARTICLE) {
        if (nw != e->n || bAny) {
          bOk = 0;
          break;
        }
        wArticle = 1;
        wCur = 1;
      } else if (e->eKind == N_AND) {
        if (!bAny && !wAny) {
          bOk = 0;
          break;
        }
      } else if (e->eKind == N_UNIT) {
        if (e->iValue == 20 && (e->mask & L_FR) && wLast == 4) {
          wCur += 76; /* quatre-vingt */
        } else {
          wCur += e->iValue;
        }
        wLast = (unsigned)e->iValue;
        wAny = 1;
      } else if (e->eKind == N_FRAC) {
        /* half a million, a quarter million, three quarters billion */
        if (o > 0 || nw != e->n) {
          bOk = 0;
          break;
        }
        wCur = (wCur > 0 ? wCur : 1) / e->iValue;
        wAny = 1;
        wFrac = 1;
      } else if (e->eKind == N_HUNDRED) {
        if ((e->mask & L_FR) && (!(wMask & L_FR) || wCur < 1 || wCur > 9)) {
          bOk = 0; /* "cent" alone, "quarante-cinq cents": cents */
          break;
        }
        wCur = (wCur > 0 ? wCur : 1) * 100;
        wAny = 1;
      } else {
        wTotal += (wCur > 0 ? wCur : 1) * e->iValue;
        wCur = 0;
        wAny = 1;
      }
      wMask |= e->mask;
      o += k;
    }
    if (!bOk)
      break;
    /* "and" alone must be followed by more number */
    if (nPart == 1 && !wAny && !wArticle) {
      j = we;
      j = skipSpaces(p, j);
      continue;
    }
    if (wArticle && (bAny || nWords))
      break;
    if (bArticle && !wFrac)
      break; /* a dollar: the article is the number */
    if (wFrac)
      bArticle = 0;
    total = wTotal;
    cur = wCur;
    mask = wMask;
    lastUnit = wLast;
    bArticle = wArticle || (bArticle && !wFrac);
    if (wFrac)
      bFrac = 1;
    bAny = 1;
    nWords++;
    iEnd = we;
    /* next word: after spaces or a hyphen */
    j = we;
    unsigned c = cpAt(p, j, &len);
    if (c == '-' || c == 0x2010)
      j += len;
    j = skipSpaces(p, j);
    if (bArticle) {
      /* only a fraction may follow an article: a quarter million */
      continue;
    }
  }
  if (!bAny)
    return 0;
  pNum->r = total + cur;
  pNum->rAlt = pNum->r;
  pNum->amb = AMB_NONE;
  pNum->iEnd = iEnd;
  pNum->eKind = 2;
  pNum->bArticle = bArticle;
  pNum->bInteger = !bFrac;
  pNum->mask = mask;
  pNum->rBig = pNum->rSmall = 1;
  pNum->bUnits = 0;
  return 1;
}

/* Any number at i.  bGlued: a currency prefix ends at i (USD115). */
static int parseNumberAt(const Scan *p, int i, int bGlued, Num *pNum) {
  int len;
  if (digitAt(p, i, &len) >= 0) {
    /* not inside a word: "A380" */
    unsigned b = cpBefore(p, i);
    if (!bGlued && b < 0x80 &&
        ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z')))
      return 0;
    if ((b >= '0' && b <= '9') || (b >= 0xFF10 && b <= 0xFF19))
      return 0; /* mid-number */
    if (b == '/' && i >= 2 && p->z[i - 2] >= '0' && p->z[i - 2] <= '9')
      return 0; /* the denominator of 7/8 */
    if (!parseDigits(p, i, pNum))
      return 0;
    /* fractions, as market reports write prices: 3/4, 64-7/8, 1 1/2 */
    if (pNum->amb == AMB_NONE && pNum->bInteger && pNum->r < 1e6) {
      const unsigned char *z = p->z;
      int k = pNum->iEnd, n = p->n;
      int q = k, num = -1, den = 0;
      if (q < n && (z[q] == '-' || z[q] == ' ') && q + 3 < n &&
          z[q + 1] >= '1' && z[q + 1] <= '9' && z[q + 2] == '/' &&
          z[q + 3] >= '1' && z[q + 3] <= '9') {
        num = z[q + 1] - '0'; /* 64-7/8: a whole and a fraction */
        q += 3;
      } else if (q + 1 < n && z[q] == '/' && z[q + 1] >= '1' &&
                 z[q + 1] <= '9' && pNum->r >= 1 && pNum->r < 10) {
        num = (int)pNum->r; /* 3/4 */
        q += 1;
      }
      if (num >= 0) {
        while (q < n && z[q] >= '0' && z[q] <= '9' && den < 1000) {
          den = den * 10 + (z[q] - '0');
          q++;
        }
        if (den > num && den <= 64 &&
            (q >= n || !(z[q] >= '0' && z[q] <= '9'))) {
          double whole = (z[k] == '/') ? 0 : pNum->r;
          pNum->r = pNum->rAlt = whole + (double)num / den;
          pNum->bInteger = 0;
          pNum->iEnd = q;
        }
      }
    }
    /* Chinese/Japanese units may follow: 36.57亿, 7 万 */
    int k = skipSpaces(p, pNum->iEnd), l2;
    double unit;
    unsigned c = cpAt(p, k, &l2);
    cjkDigit(c, &unit);
    if (unit > 0 || c == 0x4E2A ||
        (k == pNum->iEnd && (c == 0x591A || c == 0x4F59))) {
      Num lead = *pNum, n2;
      if (parseCjk(p, i, &lead, &n2) && n2.iEnd > pNum->iEnd) {
        n2.bInteger = lead.bInteger;
        if (lead.amb) {
          /* 1,280円 keeps its English reading */
          n2.amb = AMB_NONE;
        }
        *pNum = n2;
      }
    }
    return 1;
  }
  unsigned c = cpAt(p, i, &len);
  double unit;
  int d = cjkDigit(c, &unit);
  if (c >= 0x3007 && d >= 0)
    return parseCjk(p, i, 0, pNum);
  if (unit > 0 && unit < 1e4)
    return parseCjk(p, i, 0, pNum);
  if (numWordStart(newsext_money_fold(c)))
    return parseWords(p, i, pNum);
  return 0;
}
static int parseNumber(const Scan *p, int i, Num *pNum) {
  return parseNumberAt(p, i, 0, pNum);
}

/* ---- currencies ---------------------------------------------------------- */

typedef struct Cur {
  char zIso[4]; /* ISO code or X_ pseudo-code */
  unsigned flags;
  unsigned mask;
  int iEnd;
  int bSymbol; /* a symbol or a code, not a word */
  double rMul; /* 1, or 10^6 for MUSD, MEUR */
} Cur;

/* ISO codes written in lower case too ("3 usd", "2,5 mio usd"), and the
** only ones glued to digits (EUR20, USD115). */
static const char *const azLowerIso[] = {
    "aud", "brl", "cad", "chf", "cny", "dkk", "eur", "gbp", "hkd",
    "inr", "jpy", "krw", "mxn", "nok", "nzd", "rub", "sek", "sgd",
    "twd", "usd", "zar", "aed", "czk", "egp", "huf", "idr", "ils",
    "myr", "pln", "ron", "sar", "thb", "uah", "vnd",
};
/* Upper-case words that are also ISO codes but mostly words in the news. */
static const char *const azNotIso[] = {"ALL", "BOB", "CUP", "MAD", "MOP",
                                       "PEN", "SOS", "TOP", "TRY", "GEL",
                                       "CVE", "PHP", "COP"}; /* COP26 */

/* An ISO 4217 code at i: three letters between word boundaries (a '$' may
** follow: usd$, mxn$). */
static int isoAt(const Scan *p, int i, char *zIso, int *pEnd, double *pMul) {
  *pMul = 1;
  if (i + 4 <= p->n && p->z[i] == 'M' && p->z[i + 1] >= 'A' &&
      p->z[i + 1] <= 'Z' && !isWordCp(cpBefore(p, i))) {
    /* MUSD, MEUR: millions, as in financial reports */
    int e;
    double m;
    Scan s2 = *p;
    if (isoAt(&s2, i + 1, zIso, &e, &m) && zIso[0] == p->z[i + 1]) {
      *pEnd = e;
      *pMul = 1e6;
      return 1;
    }
  }
  if (i + 3 > p->n)
    return 0;
  const unsigned char *z = p->z + i;
  int bUpper = 1;
  for (int k = 0; k < 3; k++) {
    unsigned char c = z[k];
    if (c >= 'A' && c <= 'Z') {
      zIso[k] = (char)c;
    } else if (c >= 'a' && c <= 'z') {
      zIso[k] = (char)(c - 32);
      bUpper = 0;
    } else {
      return 0;
    }
  }
  zIso[3] = 0;
  int len;
  unsigned next = cpAt(p, i + 3, &len);
  if (isWordCp(next) && !(next >= '0' && next <= '9'))
    return 0;
  unsigned b = cpBefore(p, i);
  if (isWordCp(b) && !(b >= '0' && b <= '9') && !(b == 'M' && i > 0))
    return 0;
  int bMajor = 0;
  {
    char zl[4] = {(char)(zIso[0] | 32), (char)(zIso[1] | 32),
                  (char)(zIso[2] | 32), 0};
    for (size_t k = 0; k < sizeof(azLowerIso) / sizeof(azLowerIso[0]); k++) {
      if (memcmp(azLowerIso[k], zl, 3) == 0)
        bMajor = 1;
    }
  }
  /* glued to digits (EUR20, 100USD) only the major codes: G20, COP24,
  ** A380-like names are not money */
  if (!bMajor && ((next >= '0' && next <= '9') || (b >= '0' && b <= '9')))
    return 0;
  if (bUpper) {
    for (size_t k = 0; k < sizeof(azNotIso) / sizeof(azNotIso[0]); k++) {
      if (memcmp(azNotIso[k], zIso, 3) == 0)
        return 0;
    }
    int lo = 0, hi = (int)(sizeof(aMoneyIso) / sizeof(aMoneyIso[0])) - 1,
        bKnown = 0;
    while (lo <= hi && !bKnown) {
      int mid = (lo + hi) / 2, c = memcmp(aMoneyIso[mid], zIso, 3);
      if (c == 0)
        bKnown = 1;
      else if (c < 0)
        lo = mid + 1;
      else
        hi = mid - 1;
    }
    if (!bKnown && memcmp(zIso, "RMB", 3) != 0 &&
        newsext_fx_usd_per_unit(zIso, 0, 0) < 0)
      return 0;
    if (zIso[0] == 'R' && zIso[1] == 'M' && zIso[2] == 'B')
      memcpy(zIso, "CNY", 4);
  } else if (!bMajor) {
    return 0;
  }
  *pEnd = i + 3;
  if (next == '$')
    *pEnd = i + 4;
  return 1;
}

/* Could a name of the tables start at i?  Its first two folded bytes
** against the pair filters: a word that starts no currency or scale word
** costs no folding and no search. */
static int maybeName(const Scan *p, int i, int bIcu) {
  unsigned char b[8];
  int nb = 0, len;
  unsigned c = newsext_money_fold(cpAt(p, i, &len));
  if (c == 0 || len == 0)
    return 1; /* a dropped character: let the search decide */
  nb = newsext_utf8_encode(c, b);
  if (nb == 1) {
    if (strchr(zMoneyOneByte, (int)b[0]) && b[0])
      return 1;
    int l2;
    unsigned d = i + len < p->n ? newsext_money_fold(cpAt(p, i + len, &l2)) : 0;
    if (d == 0)
      return 0;
    nb += newsext_utf8_encode(d, b + 1);
  }
  unsigned h = MONEY_PAIR_HASH(b[0], b[1]);
  if ((aMoneyWordPair[h >> 5] >> (h & 31)) & 1)
    return 1;
  return bIcu && ((aMoneyIcuPair[h >> 5] >> (h & 31)) & 1);
}

/* Can a currency prefix start at i?  A cheap test before any table search:
** symbols, the first letters of the prefixes of aMoneyWord[] (a$, c$, chf,
** fr., hk$, kr, mx$, nt$, r$, rm, rmb, rp, rs, s$, sfr, us$, u.s.$ ...),
** upper-case letters (ISO codes), and 人 港 新 台 美 日. */
static int maybePrefix(const Scan *p, int i) {
  unsigned c = p->z[i];
  if (c < 0x80) {
    if (c >= 'A' && c <= 'Z') {
      /* USD, C$, U.S.$, MUSD; else as the lower-case letter: Rs, Fr. */
      unsigned d = i + 1 < p->n ? p->z[i + 1] : 0;
      if ((d >= 'A' && d <= 'Z') || d == '$' || d == '.')
        return 1;
      c |= 0x20;
    }
    if (c >= 'a' && c <= 'z') {
      /* the first two characters of the letter prefixes of aMoneyWord[]:
      ** a$ au c$ "c " ca ch do dó fr hk kr ma me mx nt nz r$ ri rm rp rs s$
      ** sf u$ u. us */
      unsigned d = i + 1 < p->n ? p->z[i + 1] : 0;
      if (d >= 'A' && d <= 'Z')
        d |= 0x20;
      switch (c) {
      case 'a':
        return d == '$' || d == 'u';
      case 'c':
        return d == '$' || d == ' ' || d == 'a' || d == 'h';
      case 'd':
        return d == 'o' || d == 0xC3;
      case 'f':
        return d == 'r';
      case 'h':
        return d == 'k';
      case 'k':
        return d == 'r';
      case 'm':
        return d == 'a' || d == 'e' || d == 'x';
      case 'n':
        return d == 't' || d == 'z';
      case 'r':
        return d == '$' || d == 'i' || d == 'm' || d == 'p' || d == 's';
      case 's':
        return d == '$' || d == 'f';
      case 'u':
        return d == '$' || d == '.' || d == 's';
      }
      return 0;
    }
    return c == '$' || c == '\\';
  }
  return 1;
}

/* A currency at i that may stand where `want` says (C_PRE or C_SUF). */
static int currencyAt(const Scan *p, int i, unsigned want, Cur *pCur) {
  if (i >= p->n)
    return 0;
  if (want == C_PRE && !maybePrefix(p, i))
    return 0;
  char zIso[4];
  int iEnd;
  unsigned c0 = p->z[i];
  int bLetter = (c0 >= 'a' && c0 <= 'z') || (c0 >= 'A' && c0 <= 'Z');
  if (bLetter && isWordCp(cpBefore(p, i))) {
    unsigned b = cpBefore(p, i);
    if (!(b >= '0' && b <= '9'))
      return 0;
  }
  /* "rmb" is not ISO but is in the word table; codes first */
  double rMul;
  if (bLetter && isoAt(p, i, zIso, &iEnd, &rMul)) {
    /* the code may be part of a longer prefix ("usd$" is the code) */
    memset(pCur, 0, sizeof(*pCur));
    memcpy(pCur->zIso, zIso, 4);
    pCur->rMul = rMul;
    pCur->iEnd = iEnd;
    pCur->flags = C_PRE | C_SUF;
    pCur->mask = L_ALL;
    pCur->bSymbol = 1;
    return 1;
  }
  Fold f;
  if (want == C_SUF) {
    /* after a number: anything but a letter, a symbol or CJK ends it */
    unsigned c = p->z[i];
    if (c < 0x80 && !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) &&
        c != '$' && c != '\\')
      return 0;
  }
  if (!maybeName(p, i, want == C_SUF))
    return 0;
  foldAt(p, i, 28, &f);
  if (f.n == 0)
    return 0;
  if (want == C_SUF && f.n >= 24 && f.aSrc[f.n] < p->n) {
    /* a name longer than what was folded? (few are: "dollars des
    ** États-Unis", "konvertible Mark von Bosnien und Herzegowina") */
    int lo = 0, hi = N_ICU, lo2 = 0, hi2 = N_WORD;
    tableRange(aMoneyIcu, sizeof(MoneyName), f.z, f.n, &lo, &hi);
    tableRange(aMoneyWord, sizeof(MoneyWord), f.z, f.n, &lo2, &hi2);
    if (lo < hi || lo2 < hi2)
      foldAt(p, i, FOLD_MAX, &f);
  }
  int k1 = 0, k2 = 0;
  const MoneyWord *w =
      foldLongest(&f, aMoneyWord, N_WORD, sizeof(MoneyWord), 0, &k1);
  const MoneyName *nm = 0;
  if (want == C_SUF) {
    nm = foldLongest(&f, aMoneyIcu, N_ICU, sizeof(MoneyName), aMoneyIcuFirst,
                     &k2);
  }
  if (w && !(w->flags & want))
    w = 0;
  if (w && (!nm || k1 >= k2)) {
    memset(pCur, 0, sizeof(*pCur));
    memcpy(pCur->zIso, w->zIso, 4);
    pCur->flags = w->flags;
    pCur->mask = w->mask;
    pCur->iEnd = foldEnd(&f, k1);
    pCur->bSymbol = (w->flags & C_SYM) != 0;
    pCur->rMul = 1;
    return 1;
  }
  if (nm) {
    memset(pCur, 0, sizeof(*pCur));
    memcpy(pCur->zIso, nm->zIso, 4);
    pCur->flags = C_SUF;
    pCur->mask = nm->mask;
    pCur->iEnd = foldEnd(&f, k2);
    pCur->rMul = 1;
    return 1;
  }
  return 0;
}

/* Larger amounts are not amounts (ids, phone numbers, digit runs): 10^17
** leaves room for budgets in rupiah, dong or rial. */
#define MONEY_MAX 1e17

/* ---- amounts -------------------------------------------------------- */

typedef struct Amt {
  Num n;           /* the number */
  double rMul;     /* scale words applied (10^9 for a "billion") */
  int bScale;      /* a scale word was read */
  int bBillion;    /* the scale word was billion(s): maybe 10^12 */
  int bBillionCap; /* ... written "Billion" */
  unsigned mask;   /* languages of the scale words */
  int iEnd;
  int bRange;
  Num n2; /* the range's upper bound */
  double rMul2;
} Amt;

/* Scale words after a number: 5 million, 2,5 Mrd., 10K, mil millones. */
static int readScales(const Scan *p, int e, Amt *a, double *pMul, int *pEnd) {
  double mul = 1;
  int bAny = 0;
  for (int nScale = 0; nScale < 3; nScale++) {
    int j = skipSpaces(p, e);
    if (j >= p->n)
      break;
    unsigned c = p->z[j];
    if (c < 0x80 && !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
      break;
    if (!maybeName(p, j, 0))
      break;
    Fold f;
    foldAt(p, j, 24, &f);
    int k;
    const MoneyScale *s =
        foldLongest(&f, aMoneyScale, N_SCALE, sizeof(MoneyScale), 0, &k);
    if (!s)
      break;
    if ((s->flags & S_ATTACH) && j != e) {
      /* "5m" but not "5 m"; yet "5 M€", "5 k$" */
      unsigned nx = f.aCp[k];
      if (!(nx == 0x20AC || nx == '$' || nx == 0xA3))
        break;
    }
    mul *= pow10i(s->iExp);
    if (s->flags & S_BILLION) {
      a->bBillion = 1;
      a->bBillionCap = (p->z[j] == 'B' && j + 1 < p->n && p->z[j + 1] == 'i');
    }
    a->mask |= s->mask;
    bAny = 1;
    e = foldEnd(&f, k);
  }
  *pMul = mul;
  *pEnd = e;
  return bAny;
}

/* Is the word before i one that opens a range: between, zwischen, entre? */
static int afterBetween(const Scan *p, int i) {
  int j = i;
  while (j > 0 && (p->z[j - 1] == ' '))
    j--;
  static const char *const az[] = {"between", "zwischen", "entre", "tra",
                                   "fra"};
  for (size_t k = 0; k < sizeof(az) / sizeof(az[0]); k++) {
    int n = (int)strlen(az[k]);
    if (j >= n && sqlite3_strnicmp((const char *)p->z + j - n, az[k], n) == 0 &&
        (j == n || !isWordCp(cpBefore(p, j - n)))) {
      return 1;
    }
  }
  return 0;
}

/* A range connector at i; returns its end or 0. */
static int rangeConnector(const Scan *p, int i, int bBetween, unsigned *pMask) {
  *pMask = 0;
  if (i >= p->n)
    return 0;
  const unsigned char *z = p->z + i;
  int n = p->n - i;
  if (z[0] == '-' || z[0] == '~') {
    int k = 1;
    while (k < n && z[k] == '-')
      k++; /* 1万元--5万元 */
    return i + k;
  }
  if (n >= 6 && z[0] == 0xE2 && z[1] == 0x80 && z[2] == 0x94 && z[3] == 0xE2 &&
      z[4] == 0x80 && z[5] == 0x94)
    return i + 6; /* —— */
  if (n >= 3 && z[0] == 0xE2 && z[1] == 0x80 && (z[2] == 0x93 || z[2] == 0x94))
    return i + 3; /* – — */
  if (n >= 3 && ((z[0] == 0xE3 && z[1] == 0x80 && z[2] == 0x9C) ||
                 (z[0] == 0xEF && z[1] == 0xBD && z[2] == 0x9E)))
    return i + 3; /* 〜 ～ */
  if (n >= 3 && ((z[0] == 0xE8 && z[1] == 0x87 && z[2] == 0xB3) ||
                 (z[0] == 0xE5 && z[1] == 0x88 && z[2] == 0xB0)))
    return i + 3; /* 至 到 */
  /* words, with their languages (which decide "1.234" and cents) */
  static const struct {
    const char *z;
    unsigned mask;
    int bAnd; /* only after between, zwischen, entre */
  } aWord[] = {{"to", L_EN, 0},  {"bis", L_DE, 0},
               {"à", L_FR, 0},   {"a", L_ES | L_IT | L_PT, 0},
               {"al", L_ES, 0},  {"and", L_EN, 1},
               {"und", L_DE, 1}, {"et", L_FR, 1},
               {"y", L_ES, 1},   {"e", L_IT | L_PT, 1}};
  for (size_t k = 0; k < sizeof(aWord) / sizeof(aWord[0]); k++) {
    int m = (int)strlen(aWord[k].z);
    if ((!aWord[k].bAnd || bBetween) && n > m &&
        memcmp(z, aWord[k].z, (size_t)m) == 0 && isSpaceCp(z[m])) {
      *pMask = aWord[k].mask;
      return i + m;
    }
  }
  return 0;
}

static int readAmount(const Scan *p, int i, int iExpr, int bGlued, Amt *a) {
  memset(a, 0, sizeof(*a));
  if (!parseNumberAt(p, i, bGlued, &a->n))
    return 0;
  int e;
  a->bScale = readScales(p, a->n.iEnd, a, &a->rMul, &e);
  a->mask |= a->n.mask;
  a->iEnd = e;
  if (a->n.bArticle)
    return 1;
  /* a range: $5-10 million, 5至10亿美元, zwischen 3 und 4 Mio. */
  int j = skipSpaces(p, e);
  if (p->n - j >= 5 && (memcmp(p->z + j, "(\xE5\x90\xAB)", 5) == 0))
    j += 5; /* 1万(含)-5万 */
  if (p->n - j >= 9 &&
      memcmp(p->z + j, "\xEF\xBC\x88\xE5\x90\xAB\xEF\xBC\x89", 9) == 0)
    j += 9;
  unsigned mConn;
  int k = rangeConnector(p, j, afterBetween(p, iExpr), &mConn);
  if (k) {
    k = skipSpaces(p, k);
    Cur c2;
    if (k < p->n && currencyAt(p, k, C_PRE, &c2) && c2.bSymbol &&
        (c2.flags & C_PRE)) {
      k = skipSpaces(p, c2.iEnd);
    }
    Amt b;
    memset(&b, 0, sizeof(b));
    if (parseNumber(p, k, &b.n) && !b.n.bArticle &&
        (b.n.eKind == 2) == (a->n.eKind == 2)) {
      int e2;
      int bScale2 = readScales(p, b.n.iEnd, a, &b.rMul, &e2);
      double rMul1 = a->rMul;
      if (!a->bScale && bScale2)
        rMul1 = b.rMul;
      if (!a->bScale && b.n.rBig * b.n.rSmall > 1) {
        /* the upper bound's units: 5至10亿, 一百二十到一百五十万,
        ** 两到三千 (a lone digit takes 千 too), 十八至三十万 (not 十) */
        if (!a->n.bUnits) {
          rMul1 *= b.n.rBig * (a->n.r < 10 ? b.n.rSmall : 1);
        } else if (a->n.rBig == 1) {
          rMul1 *= b.n.rBig;
        }
      }
      if (a->n.r * rMul1 > b.n.r * b.rMul)
        rMul1 = a->rMul; /* 从8500到3万 */
      if (a->n.r * rMul1 <= b.n.r * b.rMul) {
        a->bRange = 1;
        a->mask |= mConn;
        a->rMul = rMul1;
        a->n2 = b.n;
        a->rMul2 = b.rMul;
        a->bScale |= bScale2;
        a->iEnd = e2;
      }
    }
  }
  return 1;
}

/* The reading of an ambiguous literal that the context asks for. */
static double pickReading(const Num *n, int bScale, int eCtx) {
  /* eCtx: 1 English-like (1,234.5), 2 continental (1.234,5), 0 unknown,
  ** 3 only a symbol after the number: 94.000 $ and 100,000 ₭ are both
  ** thousands */
  if (eCtx == 3)
    return n->amb == AMB_DOT3 ? n->rAlt : n->r;
  if (n->amb == AMB_DOT3) {
    if (eCtx == 2)
      return n->rAlt;
    if (eCtx == 1)
      return n->r;
    return bScale ? n->r : n->rAlt;
  }
  if (n->amb == AMB_COMMA3) {
    (void)bScale;
    return eCtx == 2 ? n->rAlt : n->r;
  }
  return n->r;
}

/* 15 significant digits, so that 48.2 million is 48200000 exactly. */
static double roundAmount(double r) {
  if (r == 0 || !isfinite(r) || fabs(r) >= 1e15)
    return round(r);
  int e = (int)floor(log10(fabs(r)));
  double s = pow10i(14 - e);
  if (s > 1e22)
    return r;
  return round(r * s) / s;
}

static void resolveCurrency(Scan *p, const char *zIn, const char *zPre,
                            int eCtx, char *zOut) {
  if (zIn[0] != '#') {
    memcpy(zOut, zIn, 4);
    return;
  }
  const char *z = "USD";
  if (memcmp(zIn, X_YEN, 3) == 0) {
    if (p->hint & L_ZH)
      z = "CNY";
    else if (p->hint)
      z = "JPY";
    else
      z = scanScript(p) == 2 ? "CNY" : "JPY";
  } else if (memcmp(zIn, X_YUAN, 3) == 0) {
    z = (zPre && zPre[0] != '#') ? zPre : "CNY";
  } else if (memcmp(zIn, X_FRANC, 3) == 0) {
    z = (p->iYear > 0 && p->iYear < 2002) ? "FRF" : "CHF";
  } else if (memcmp(zIn, X_KRONE, 3) == 0 || memcmp(zIn, X_KRONE_DN, 3) == 0) {
    /* kr by language: the hint, else kr is SEK and kroner DKK */
    const char *l = p->zLang;
    int bDN = memcmp(zIn, X_KRONE_DN, 3) == 0;
    if (!strcmp(l, "da"))
      z = "DKK";
    else if (!strcmp(l, "no") || !strcmp(l, "nb") || !strcmp(l, "nn"))
      z = "NOK";
    else if (!strcmp(l, "is"))
      z = "ISK";
    else if (!strcmp(l, "sv"))
      z = "SEK";
    else
      z = bDN ? "DKK" : "SEK";
  } else if (memcmp(zIn, X_CENT, 3) == 0) {
    z = (eCtx == 2) ? "EUR" : "USD";
  }
  memcpy(zOut, z, 4);
}

/* Subunits after the currency: 2ドル3セント, 五元三毛, 15 Dollar und 15 Cent,
** zwei Euro fünfzig.  Adds to *pr; returns the new end. */
static int readSubunits(Scan *p, int e, const Cur *pMain, double *pr) {
  /* words and codes, not symbols: "15 dollars 50", "15 USD 50" */
  int bWord = !pMain->bSymbol || isWordCp(p->z[pMain->iEnd - 1]);
  for (int iter = 0; iter < 2; iter++) {
    int j = skipSpaces(p, e);
    if (j >= p->n)
      break;
    /* an optional connector */
    static const char *const azConn[] = {"and ", "und ", "et ",  "y ",
                                         "e ",   ", ",   "con ", "com ",
                                         "en ",  "又",   "と",   "零"};
    int bTo = 0; /* と: Japanese "and" */
    for (size_t k = 0; k < sizeof(azConn) / sizeof(azConn[0]); k++) {
      int m = (int)strlen(azConn[k]);
      if (p->n - j >= m && memcmp(p->z + j, azConn[k], (size_t)m) == 0) {
        bTo = (azConn[k][0] & 0x80) && !strcmp(azConn[k], "と");
        j = skipSpaces(p, j + m);
        break;
      }
    }
    /* 一块二 (1.2), 三块零四 (3.04), 三個一毫四: a bare digit after 块/元/毫 */
    if (pMain->zIso[0] == '#' || (p->z[e - 1] & 0x80)) {
      int l1, l2;
      double u;
      unsigned c1 = cpAt(p, e, &l1);
      int d1 = cjkDigit(c1, &u);
      if (d1 >= 0 && iter == 0) {
        int f = 10;
        int q = e + l1;
        if (d1 == 0) {
          d1 = cjkDigit(cpAt(p, q, &l2), &u);
          q += l2;
          f = 100;
        }
        double u2;
        unsigned c3 = cpAt(p, q, &l2);
        if (d1 > 0 && cjkDigit(c3, &u2) < 0 && u2 == 0 &&
            !(c3 == 0x89D2 || c3 == 0x6BDB || c3 == 0x5206)) {
          *pr += (double)d1 / f;
          e = q;
          break;
        }
      }
    }
    Num n3;
    if (!parseNumber(p, j, &n3) || n3.bArticle || n3.amb)
      break;
    int k = skipSpaces(p, n3.iEnd);
    Cur sub;
    if (currencyAt(p, k, C_SUF, &sub) && (sub.flags & C_SUB)) {
      *pr += n3.r * ((sub.flags & C_SUB10) ? 0.1 : 0.01);
      e = sub.iEnd;
      continue;
    }
    /* 43c */
    if (n3.iEnd < p->n && p->z[n3.iEnd] == 'c' &&
        (n3.iEnd + 1 >= p->n || !isWordCp(p->z[n3.iEnd + 1]))) {
      *pr += n3.r * 0.01;
      e = n3.iEnd + 1;
      break;
    }
    /* zwei Euro fünfzig, 15 Dollar 50: cents without a word, at the end */
    if (iter == 0 && n3.bInteger && n3.r >= 1 && n3.r <= 99 && n3.eKind != 1) {
      int len;
      unsigned c = cpAt(p, n3.iEnd, &len);
      int bEnd = n3.iEnd >= p->n || c == '.' || c == ',' || c == ';' ||
                 c == '!' || c == '?' || c == ')' || c == 0x3002 ||
                 (bTo && c >= 0x3041 && c <= 0x309F); /* 100ユーロと30です */
      /* "15 USD 50 puedes": two digits after a currency word or code, then
      ** a word that is no currency, no scale */
      int bTwo = 0;
      if (!bEnd && bWord && n3.eKind == 0 && n3.iEnd - j == 2 && c == ' ') {
        int q = skipSpaces(p, n3.iEnd);
        unsigned c2 = p->z[q < p->n ? q : p->n - 1];
        Cur c3;
        Amt tmp;
        double m;
        int e3;
        memset(&tmp, 0, sizeof(tmp));
        bTwo = q < p->n && ((c2 >= 'a' && c2 <= 'z') || c2 >= 0xC0) &&
               !currencyAt(p, q, C_SUF, &c3) &&
               !readScales(p, n3.iEnd, &tmp, &m, &e3);
      }
      if (bEnd || bTwo) {
        *pr += n3.r * 0.01;
        e = n3.iEnd;
      }
    }
    break;
  }
  return e;
}

/* Tries to read a money expression that starts at i.  Returns 1 and fills
** *pM if there is one; *piNext is where the scan goes on either way. */
/* Could a name of several words before a digit start at i?  Its first
** word (ending at iWordEnd) is followed by a space or a hyphen, then at
** most four more words of letters and a digit, within 32 bytes of i (the
** longest such names, "dólares de hong kong", are shorter): the few words
** before each number of a text pass, not every word. */
static int maybeNameBeforeNumber(const Scan *p, int i, int iWordEnd) {
  if (iWordEnd - i < 2 || iWordEnd >= p->n ||
      (p->z[iWordEnd] != ' ' && p->z[iWordEnd] != '-'))
    return 0;
  int nMax = i + 32 < p->n ? i + 32 : p->n, nGap = 0;
  for (int q = iWordEnd; q < nMax; q++) {
    unsigned char b = p->z[q];
    if (b >= '0' && b <= '9')
      return nGap > 0 && p->z[q - 1] == ' ' && maybeName(p, i, 1);
    if (b == ' ' || b == '-') {
      if (q > iWordEnd && (p->z[q - 1] == ' ' || p->z[q - 1] == '-'))
        return 0;
      if (++nGap > 4)
        return 0;
    } else if (!(b >= 0x80 || (b >= 'a' && b <= 'z') ||
                 (b >= 'A' && b <= 'Z') || b == '.')) {
      return 0; /* "U.S. dollars 5": a dot inside a name */
    }
  }
  return 0;
}

/* A currency name of two words or more at i (a word start), from the
** suffix tables, that may stand before a number: not a subunit, not a
** word that is also a common word. */
static int nameBeforeNumber(const Scan *p, int i, Cur *pCur) {
  unsigned c = p->z[i];
  if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0xC0))
    return 0;
  if (i > 0 && isWordCp(cpBefore(p, i)))
    return 0;
  int w = i;
  while (w < p->n && (p->z[w] >= 0x80 || isWordCp(p->z[w])))
    w++;
  if (!maybeNameBeforeNumber(p, i, w))
    return 0;
  if (!currencyAt(p, i, C_SUF, pCur) || pCur->bSymbol ||
      (pCur->flags & (C_SUB | C_WEAK | C_NEEDSCALE)) ||
      pCur->zIso[0] == '#' || pCur->rMul != 1)
    return 0;
  for (int q = i + 1; q < pCur->iEnd - 1; q++) {
    if ((p->z[q] == ' ' || p->z[q] == '-') && isWordCp(p->z[q + 1]))
      return 1;
  }
  return 0;
}

/* iDigit: the next ASCII digit at or after i (p->n if none). */
static int matchAt(Scan *p, int i, int iDigit, NxMoney *pM, int *piNext) {
  int len;
  cpAt(p, i, &len);
  *piNext = i + (len > 0 ? len : 1);
  Cur pre, suf;
  int bPre = 0, bSuf = 0;
  Amt a;
  if (currencyAt(p, i, C_PRE, &pre) && (pre.flags & C_PRE)) {
    int j = skipSpaces(p, pre.iEnd);
    if (readAmount(p, j, i, j == pre.iEnd, &a) &&
        (a.n.eKind != 2 || a.bScale)) {
      int q = skipSpaces(p, a.iEnd), l;
      unsigned c = cpAt(p, q, &l);
      bPre = !(c == '%' || c == 0xFF05); /* the dollar 0.5% weaker */
    }
  }
  if (!bPre && iDigit - i < 32 && nameBeforeNumber(p, i, &pre)) {
    /* a currency name of several words before the number: "Canadian
    ** dollars 5", "kanadische Dollar 5", "dollars canadiens 5" (the name
    ** tables are the suffix ones; one word alone, "Euro 2024", is not) */
    int j = skipSpaces(p, pre.iEnd);
    if (j > pre.iEnd && readAmount(p, j, i, 0, &a) && a.n.eKind == 0) {
      int q = skipSpaces(p, a.iEnd), l;
      unsigned c = cpAt(p, q, &l);
      bPre = !(c == '%' || c == 0xFF05);
    }
  }
  if (!bPre) {
    if (!readAmount(p, i, i, 0, &a)) {
      /* skip the rest of a number that cannot start here (A380, x1,234.5) */
      int l0;
      if (digitAt(p, i, &l0) >= 0) {
        int j = i;
        for (;;) {
          int l1;
          if (digitAt(p, j, &l1) >= 0) {
            j += l1;
          } else if (j < p->n &&
                     (p->z[j] == ',' || p->z[j] == '.' || p->z[j] == '\'') &&
                     digitAt(p, j + 1, &l1) >= 0) {
            j++;
          } else {
            break;
          }
        }
        *piNext = j;
        return 0;
      }
      /* skip the rest of a word that is no number */
      unsigned c = p->z[i];
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        int j = i;
        while (j < p->n && isWordCp(p->z[j]))
          j++;
        *piNext = j > i ? j : i + 1;
      }
      return 0;
    }
    if (a.n.eKind != 2)
      *piNext = a.n.iEnd > i ? a.n.iEnd : i + 1;
    else {
      int j = i;
      while (j < p->n && isWordCp(p->z[j]))
        j++;
      *piNext = j > i ? j : i + 1;
    }
  }
  int e = a.iEnd;
  int j = skipSpaces(p, e);
  int bDe = 0;
  if (!bPre && j == e && j + 1 < p->n && p->z[j] == '-' &&
      isWordCp(p->z[j + 1])) {
    j++; /* siebenhundert-Euro, a 12-cent dividend */
  }
  if (a.bScale && j < p->n) {
    /* millions de dollars, milliards d'euros, milioni di euro */
    const char *z = (const char *)p->z + j;
    int n = p->n - j;
    if (n > 3 && (memcmp(z, "de ", 3) == 0 || memcmp(z, "di ", 3) == 0)) {
      j = skipSpaces(p, j + 3);
      bDe = 1;
    } else if (n > 2 && memcmp(z, "d'", 2) == 0) {
      j += 2;
      bDe = 1;
    } else if (n > 4 && memcmp(z, "d\xE2\x80\x99", 4) == 0) {
      j += 4;
      bDe = 1;
    }
  }
  if (currencyAt(p, j, C_SUF, &suf) && (suf.flags & C_SUF) &&
      (!(suf.flags & C_SUB) || (suf.flags & C_ALONE)) &&
      !(isWordCp(p->z[suf.iEnd - 1]) && suf.iEnd + 1 < p->n &&
        p->z[suf.iEnd] == '-' && isWordCp(p->z[suf.iEnd + 1]))) {
    /* (not a compound: ein Euro-City, zwei Euro-Länder, 5 Dollar-Noten) */
    bSuf = 1;
    /* a name of several words glued to the number is a product name: 5D Mark II
     */
    if (j == e && isWordCp(p->z[j]) && !(p->z[j] >= '0' && p->z[j] <= '9')) {
      for (int q = j; q < suf.iEnd; q++) {
        if (p->z[q] == ' ' || p->z[q] == '-')
          bSuf = 0;
      }
    }
    /* "2.3 mln pounds of peanuts": a weight */
    if (memcmp(suf.zIso, "GBP", 3) == 0 && (p->z[j] == 'p' || p->z[j] == 'P') &&
        suf.iEnd - j <= 6 && p->n - suf.iEnd >= 4 &&
        sqlite3_strnicmp((const char *)p->z + suf.iEnd, " of ", 4) == 0) {
      bSuf = 0;
    }
  }
  if (bSuf && (suf.flags & C_WEAK) && a.n.eKind == 2 && !a.bScale)
    bSuf = 0;
  /* an article and its currency word in one language: not "d'un
  ** Franken" (fr + de); no article and a cent: "y'en a cent" */
  if (bSuf && a.n.bArticle && !a.bScale && !suf.bSymbol && suf.mask != L_ALL &&
      !(a.n.mask & suf.mask))
    bSuf = 0;
  if (bSuf && a.n.bArticle && !a.bScale && (suf.flags & C_ALONE))
    bSuf = 0;
  if (bSuf && (suf.flags & C_NEEDSCALE) && !a.bScale)
    bSuf = 0;
  if (!bPre && !bSuf)
    return 0;
  if (a.n.bArticle && !a.bScale && (bPre || suf.bSymbol))
    return 0; /* a $5 ticket */
  if (bPre && bSuf) {
    /* 人民币 50元, US$ 5 million dollars: the suffix only when it agrees */
    if (memcmp(suf.zIso, X_YUAN, 3) == 0 ||
        memcmp(suf.zIso, pre.zIso, 3) == 0) {
      e = suf.iEnd;
    } else {
      bSuf = 0;
    }
  } else if (bSuf) {
    e = suf.iEnd;
    Cur c2;
    if (memcmp(suf.zIso, X_YUAN, 3) == 0 && currencyAt(p, e, C_SUF, &c2) &&
        c2.zIso[0] != '#') {
      /* 三万元欧元, 9000元日币: 元 is the unit word, the currency follows */
      suf = c2;
      e = c2.iEnd;
    }
  }
  const Cur *pCur = bPre ? &pre : &suf;
  if (!a.bScale && !a.n.bArticle) {
    /* 75 USD million, 75 USD millones */
    double m;
    int e2;
    if (readScales(p, e, &a, &m, &e2) && (e2 > skipSpaces(p, e) || m > 1)) {
      a.rMul = m;
      if (a.bRange)
        a.rMul2 *= m;
      a.bScale = 1;
      e = e2;
    }
  }
  if (pCur->rMul != 1) {
    a.rMul *= pCur->rMul;
    a.bScale = 1;
  }
  /* context: the languages of the words, a symbol after the number */
  unsigned mCur = pCur->bSymbol ? 0 : pCur->mask;
  int eCtx = 0;
  if (p->hint) {
    eCtx = (p->hint & L_CONT) ? 2 : 1;
  } else if (bDe) {
    eCtx = 2;
  } else {
    /* the scale and number words first, then the currency word */
    unsigned am[2] = {a.mask, mCur};
    for (int k = 0; k < 2 && eCtx == 0; k++) {
      if (am[k] && (am[k] & ~L_CONT) == 0)
        eCtx = 2;
      else if (am[k] && (am[k] & L_CONT) == 0)
        eCtx = 1;
    }
    if (eCtx == 0 && !bPre && bSuf && pCur->bSymbol &&
        !isWordCp(p->z[suf.iEnd - 1])) {
      eCtx = 3; /* 94.000 $, 12.345€: a thousands point */
    }
  }
  double rMul = a.rMul, rMul2 = a.rMul2;
  if (a.bBillion) {
    int bBig = (p->hint & (L_DE | L_FR | L_NL)) || bDe;
    if (!p->hint && a.bBillionCap && bSuf && !pCur->bSymbol) {
      /* German: "3 Billionen Euro", "1 Billion Dollar" (not "Dollars", not
      ** an upper-case headline: "2.88 BILLION FRANCS") */
      int last = suf.iEnd - 1;
      if (p->z[last] != 's' && p->z[last] != 'S' && p->z[j] >= 'A' &&
          p->z[j] <= 'Z' && j + 1 < p->n && p->z[j + 1] >= 'a' &&
          p->z[j + 1] <= 'z')
        bBig = 1;
    }
    if (bBig) {
      rMul *= 1000;
      if (a.bRange)
        rMul2 *= 1000;
    }
  }
  double r = pickReading(&a.n, a.bScale, eCtx) * rMul;
  double rHigh = a.bRange ? pickReading(&a.n2, a.bScale, eCtx) * rMul2 : r;
  char zIso[4];
  if (bSuf && eCtx == 0 && memcmp(suf.zIso, X_CENT, 3) == 0 && p->z[j] == 'C' &&
      suf.iEnd - j == 4) {
    eCtx = 2; /* "6 Cent": a German noun, euro cents */
  }
  resolveCurrency(p, pCur->zIso, bPre ? pre.zIso : 0, eCtx, zIso);
  if (!bPre && (pCur->flags & C_ALONE)) {
    r *= 0.01;
    rHigh *= 0.01;
    if (memcmp(pCur->zIso, X_CENT, 3) == 0 &&
        (pCur->mask & ~(L_ZH | L_JA)) == 0) {
      memcpy(zIso, "USD", 4);
    }
  } else if (!a.bRange && !a.bScale) {
    double r0 = r;
    e = readSubunits(p, e, pCur, &r);
    rHigh += r - r0;
    /* In Japanese, 元 after kanji numerals is mostly no yuan (三元中継,
    ** 四元数): only with a subunit (五元三角) or a currency before it. */
    int l0;
    if (!bPre && r == r0 && memcmp(pCur->zIso, X_YUAN, 3) == 0 &&
        !(p->hint & L_ZH) && digitAt(p, i, &l0) < 0 && scanScript(p) == 3) {
      *piNext = e > i ? e : i + 1;
      return 0;
    }
  }
  *piNext = e > i ? e : i + 1;
  if (!isfinite(r) || !isfinite(rHigh) || rHigh > MONEY_MAX || r > MONEY_MAX)
    return 0;
  if (rHigh < r)
    rHigh = r;
  pM->iStart = i;
  pM->iEnd = e;
  pM->rAmount = pM->rLow = roundAmount(r);
  pM->rHigh = roundAmount(rHigh);
  memcpy(pM->zCurrency, zIso, 4);
  return 1;
}

/* Could a money expression start at i?  A cheap test on the first
** character, so that most of a text is skipped without a table search. */
static int maybeStart(const Scan *p, int i, int iDigit, int *pLen) {
  unsigned c = p->z[i];
  *pLen = 1;
  if (c < 0x80) {
    if (c >= '0' && c <= '9')
      return 1;
    if (c == '$' || c == '\\')
      return 1;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      if (i > 0 && isWordCp(p->z[i - 1]))
        return 0;
      if (maybePrefix(p, i))
        return 1;
      if (numWordStart(c | 0x20)) {
        /* a number word? its first two letters tell ("the", "said" not) */
        unsigned char w[2] = {(unsigned char)(c | 0x20), 0};
        unsigned d = i + 1 < p->n ? p->z[i + 1] : 0;
        int nw = 1;
        if ((d >= 'a' && d <= 'z') || (d >= 'A' && d <= 'Z')) {
          w[1] = (unsigned char)(d | 0x20);
          nw = 2;
        } else if (d >= 0x80) {
          return 1; /* fünf, dólar: let the parser decide */
        }
        if (numPair(w, nw))
          return 1;
      }
      /* no prefix, no number word: skip the word, unless a currency name
      ** of several words before a number may start here */
      int j = i + 1;
      while (j < p->n && p->z[j] < 0x80 && isWordCp(p->z[j]))
        j++;
      Cur cur;
      if (iDigit - i < 32 && nameBeforeNumber(p, i, &cur))
        return 1;
      *pLen = j - i;
      return 0;
    }
    return 0;
  }
  unsigned cp = cpAt(p, i, pLen);
  if (isWordCp(cp) && cp < 0x2000) {
    /* Latin-1 and Cyrillic letters: dólares, евро are suffixes only */
    return cp == 0xA3 || cp == 0xA5 || cp == 0xA2;
  }
  switch (cp) {
  case 0xA3:
  case 0xA5:
  case 0x20AC:
  case 0x20B9:
  case 0x20A9:
  case 0x20BD:
  case 0x20BA:
  case 0x20AA:
  case 0x20AB:
  case 0x20A6:
  case 0x20B1:
  case 0x20B4:
  case 0xFFE5:
  case 0xFFE6:
  case 0xFF04:
  case 0x4EBA:
  case 0x6E2F:
  case 0x65B0:
  case 0x53F0:
  case 0x7F8E:
  case 0x65E5:
    return 1; /* symbols; 人 港 新 台 美 日 start currency prefixes */
  }
  if (cp >= 0xFF10 && cp <= 0xFF19)
    return 1;
  double unit;
  if (cjkDigit(cp, &unit) >= 0 || (unit > 0 && unit < 1e4))
    return 1;
  return 0;
}

static int langHint(const char *zLang) {
  if (zLang == 0 || zLang[0] == 0 || zLang[1] == 0)
    return 0;
  static const struct {
    char z[3];
    unsigned bit;
  } a[] = {{"en", L_EN}, {"de", L_DE}, {"fr", L_FR}, {"es", L_ES},
           {"it", L_IT}, {"pt", L_PT}, {"ru", L_RU}, {"zh", L_ZH},
           {"ja", L_JA}, {"nl", L_NL}, {"sv", L_SV}};
  char z[2] = {(char)(zLang[0] | 32), (char)(zLang[1] | 32)};
  if (zLang[2] != 0 && zLang[2] != '-' && zLang[2] != '_')
    return 0;
  for (size_t k = 0; k < sizeof(a) / sizeof(a[0]); k++) {
    if (a[k].z[0] == z[0] && a[k].z[1] == z[1])
      return (int)a[k].bit;
  }
  return 0;
}

/* The next money expression at or after *pi. */
static int scanNext(Scan *p, int *pi, NxMoney *pM) {
  int i = *pi;
  int iDigit = -1; /* the next ASCII digit at or after i, or p->n */
  while (i < p->n) {
    int len;
    if (iDigit < i) {
      iDigit = i;
      while (iDigit < p->n && !(p->z[iDigit] >= '0' && p->z[iDigit] <= '9'))
        iDigit++;
    }
    if (!maybeStart(p, i, iDigit, &len)) {
      i += len;
      continue;
    }
    int iNext;
    if (matchAt(p, i, iDigit, pM, &iNext)) {
      *pi = iNext;
      return 1;
    }
    i = iNext > i ? iNext : i + 1;
  }
  *pi = i;
  return 0;
}

int newsext_money_scan(const char *z, int n, const char *zLang, int iYear,
                       NxMoney **paOut, int *pnOut) {
  Scan s;
  memset(&s, 0, sizeof(s));
  s.z = (const unsigned char *)z;
  s.n = (z && n > 0) ? n : 0;
  s.hint = (unsigned)langHint(zLang);
  if (zLang && zLang[0] && zLang[1] &&
      (zLang[2] == 0 || zLang[2] == '-' || zLang[2] == '_')) {
    s.zLang[0] = (char)(zLang[0] | 0x20);
    s.zLang[1] = (char)(zLang[1] | 0x20);
  }
  s.iYear = iYear;
  *paOut = 0;
  *pnOut = 0;
  NxMoney *a = 0;
  int nA = 0, nAlloc = 0, i = 0;
  NxMoney m;
  while (scanNext(&s, &i, &m)) {
    if (nA == nAlloc) {
      int nNew = nAlloc ? nAlloc * 2 : 8;
      NxMoney *aNew =
          sqlite3_realloc64(a, (sqlite3_uint64)nNew * sizeof(NxMoney));
      if (aNew == 0) {
        sqlite3_free(a);
        return SQLITE_NOMEM;
      }
      a = aNew;
      nAlloc = nNew;
    }
    a[nA++] = m;
  }
  *paOut = a;
  *pnOut = nA;
  return SQLITE_OK;
}

/* ---- SQL functions ----------------------------------------------------- */

/* The first money expression of argv[0]; 0 if none (or NULL). */
static int firstMoney(sqlite3_context *ctx, sqlite3_value *pVal, int iYear,
                      NxMoney *pM) {
  if (sqlite3_value_type(pVal) == SQLITE_NULL)
    return 0;
  const unsigned char *z = sqlite3_value_text(pVal);
  int n = sqlite3_value_bytes(pVal);
  if (z == 0) {
    if (n > 0)
      sqlite3_result_error_nomem(ctx);
    return 0;
  }
  Scan s;
  memset(&s, 0, sizeof(s));
  s.z = z;
  s.n = n;
  s.iYear = iYear;
  int i = 0;
  return scanNext(&s, &i, pM);
}

/* 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY' (a time may follow the day). */
static int parseDate(const unsigned char *z, int n, int *pY, int *pM) {
  int y = 0, m = 0;
  if (n < 4)
    return 0;
  for (int k = 0; k < 4; k++) {
    if (z[k] < '0' || z[k] > '9')
      return 0;
    y = y * 10 + (z[k] - '0');
  }
  if (n > 4) {
    if (n < 7 || z[4] != '-' || z[5] < '0' || z[5] > '9' || z[6] < '0' ||
        z[6] > '9')
      return 0;
    m = (z[5] - '0') * 10 + (z[6] - '0');
    if (m < 1 || m > 12)
      return 0;
    if (n > 7) {
      if (n < 10 || z[7] != '-' || z[8] < '0' || z[8] > '3' || z[9] < '0' ||
          z[9] > '9')
        return 0;
      int d = (z[8] - '0') * 10 + (z[9] - '0');
      if (d < 1 || d > 31)
        return 0;
      if (n > 10 && z[10] != ' ' && z[10] != 'T')
        return 0;
    }
  }
  if (y < 1)
    return 0;
  *pY = y;
  *pM = m;
  return 1;
}

static void moneyUsdFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  int iYear = 0, iMonth = 0;
  if (argc > 1 && sqlite3_value_type(argv[1]) != SQLITE_NULL) {
    const unsigned char *zDate = sqlite3_value_text(argv[1]);
    int nDate = sqlite3_value_bytes(argv[1]);
    if (zDate == 0) {
      sqlite3_result_error_nomem(ctx);
      return;
    }
    if (!parseDate(zDate, nDate, &iYear, &iMonth)) {
      char *zErr = sqlite3_mprintf("money_usd(): invalid date '%.40s' "
                                   "(expected YYYY-MM-DD, YYYY-MM or YYYY)",
                                   zDate);
      if (zErr == 0) {
        sqlite3_result_error_nomem(ctx);
        return;
      }
      sqlite3_result_error(ctx, zErr, -1);
      sqlite3_free(zErr);
      return;
    }
  }
  NxMoney m;
  if (!firstMoney(ctx, argv[0], iYear, &m))
    return;
  double rRate = newsext_fx_usd_per_unit(m.zCurrency, iYear, iMonth);
  if (rRate < 0)
    return;
  sqlite3_result_double(ctx, m.rAmount * rRate);
}

static void moneyAmountFunc(sqlite3_context *ctx, int argc,
                            sqlite3_value **argv) {
  (void)argc;
  NxMoney m;
  if (firstMoney(ctx, argv[0], 0, &m))
    sqlite3_result_double(ctx, m.rAmount);
}

static void moneyCurrencyFunc(sqlite3_context *ctx, int argc,
                              sqlite3_value **argv) {
  (void)argc;
  NxMoney m;
  if (firstMoney(ctx, argv[0], 0, &m)) {
    sqlite3_result_text(ctx, m.zCurrency, -1, SQLITE_TRANSIENT);
  }
}

/* The tables are binary-searched: a table out of order is a bug that
** must not load (tests fail at once). */
static int tableSorted(const void *aTab, int nTab, size_t sz) {
  for (int i = 1; i < nTab; i++) {
    const char *zA = *(const char *const *)((const char *)aTab + sz * (i - 1));
    int nA = *(const int *)((const char *)aTab + sz * (i - 1) + sizeof(char *));
    const char *zB = *(const char *const *)((const char *)aTab + sz * i);
    int nB = *(const int *)((const char *)aTab + sz * i + sizeof(char *));
    int c = memcmp(zA, zB, (size_t)(nA < nB ? nA : nB));
    if (c > 0 || (c == 0 && nA >= nB))
      return 0;
  }
  return 1;
}

int newsext_register_money(sqlite3 *db) {
  if (!tableSorted(aMoneyWord, N_WORD, sizeof(MoneyWord)) ||
      !tableSorted(aMoneyScale, N_SCALE, sizeof(MoneyScale)) ||
      !tableSorted(aMoneyNum, N_NUM, sizeof(MoneyNum)) ||
      !tableSorted(aMoneyIcu, N_ICU, sizeof(MoneyName))) {
    return SQLITE_INTERNAL;
  }
  for (int i = 0; i < N_WORD + N_SCALE + N_ICU; i++) {
    const char *z = i < N_WORD             ? aMoneyWord[i].z
                    : i < N_WORD + N_SCALE ? aMoneyScale[i - N_WORD].z
                                           : aMoneyIcu[i - N_WORD - N_SCALE].z;
    const unsigned *aPair =
        i < N_WORD + N_SCALE ? aMoneyWordPair : aMoneyIcuPair;
    if (z[1] == 0) {
      if (!strchr(zMoneyOneByte, z[0]))
        return SQLITE_INTERNAL;
    } else {
      unsigned h = MONEY_PAIR_HASH((unsigned char)z[0], (unsigned char)z[1]);
      if (!((aPair[h >> 5] >> (h & 31)) & 1))
        return SQLITE_INTERNAL;
    }
  }
  for (int i = 0; i < N_NUM; i++) {
    if (!numPair((const unsigned char *)aMoneyNum[i].z, aMoneyNum[i].n))
      return SQLITE_INTERNAL;
  }
  static const struct {
    const char *zName;
    int nArg;
    void (*xFunc)(sqlite3_context *, int, sqlite3_value **);
  } aFunc[] = {
      {"money_usd", 1, moneyUsdFunc},
      {"money_usd", 2, moneyUsdFunc},
      {"money_amount", 1, moneyAmountFunc},
      {"money_currency", 1, moneyCurrencyFunc},
  };
  for (size_t i = 0; i < sizeof(aFunc) / sizeof(aFunc[0]); i++) {
    int rc =
        sqlite3_create_function(db, aFunc[i].zName, aFunc[i].nArg,
                                NEWSEXT_FUNC_FLAGS, 0, aFunc[i].xFunc, 0, 0);
    if (rc != SQLITE_OK)
      return rc;
  }
  return newsext_register_fx(db);
}
