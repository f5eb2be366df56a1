/*
** Tests of the date and percentage parser (ext/dates.h), linked statically.
** Each case: language hint, reference date, text, and the exact spans
** expected, written "text=value" for a date and "text~amount" for a
** percentage, joined by " | " ("" for none).  The texts are ours.
** Prints "dates: N passed, N failed".
*/
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>

#include "dates.h"
#include "lang.h"

typedef struct Case {
  const char *zLang, *zRef, *zText, *zWant;
} Case;

#define R "2022-01-18" /* a Tuesday */

static const Case aCase[] = {
    /* English: full dates */
    {"en", R, "The deal closed on January 18, 2022.",
     "January 18, 2022=2022-01-18"},
    {"en", R, "Published 18 January 2022 in London",
     "18 January 2022=2022-01-18"},
    {"en", R, "Filed Jan. 5, 2021 with the SEC", "Jan. 5, 2021=2021-01-05"},
    {"en", R, "Tuesday, January 18, 2022 at noon",
     "Tuesday, January 18, 2022=2022-01-18"},
    {"en", R, "on January 18th the vote", "January 18th=2022-01-18"},
    {"en", R, "on the 5th of March", "5th of March=2022-03-05"},
    {"en", R, "Freights 2 of April 8", "April 8=2022-04-08"},
    {"en", R, "Sept 9, 2001", "Sept 9, 2001=2001-09-09"},
    {"en", 0, "Published 18 January 2022", "18 January 2022=2022-01-18"},
    /* English: numeric */
    {"en", R, "dated 01/18/2022 in the filing", "01/18/2022=2022-01-18"},
    {"en", R, "dated 03/04/2022", "03/04/2022=2022-03-04"},
    {"en", R, "dated 18/01/2022", "18/01/2022=2022-01-18"},
    {"en", R, "ISO 2022-01-18 and 2021/3/5",
     "2022-01-18=2022-01-18 | 2021/3/5=2021-03-05"},
    {"en", R, "no such day 2022-02-30", ""},
    {"en", R, "at 10:30 on 1,234 items", ""},
    /* English: partial dates */
    {"en", "1987-03-01", "LOS ANGELES, Feb 26 - BankAmerica said",
     "Feb 26=1987-02-26"},
    {"en", "2022-01-05", "on December 30 the", "December 30=2021-12-30"},
    {"en", R, "in December sales fell", "December=2021-12"},
    {"en", R, "since March prices rose", "March=2022-03"},
    {"en", 0, "on January 18 the", "January 18=--01-18"},
    {"en", 0, "in December", "December=--12"},
    {"en", R, "in March 2020 the pandemic", "March 2020=2020-03"},
    {"en", R, "May 2019 was warm", "May 2019=2019-05"},
    {"en", R, "it may 5 times fail", ""},
    /* English: years */
    {"en", R, "in 2015 the company", "2015=2015"},
    {"en", R, "The company has 2019 employees", ""},
    {"en", R, "since 1999, by 2030 and mid-2015",
     "1999=1999 | 2030=2030 | 2015=2015"},
    {"en", R, "in the year 2000", "2000=2000"},
    {"en", R, "in 20 cities", ""},
    /* English: relative */
    {"en", R, "yesterday and today and tomorrow",
     "yesterday=2022-01-17 | today=2022-01-18 | tomorrow=2022-01-19"},
    {"en", R, "last month", "last month=2021-12"},
    {"en", R, "last week", "last week=2022-W02"},
    {"en", R, "next year and this year", "next year=2023 | this year=2022"},
    {"en", R, "on Tuesday", "Tuesday=2022-01-18"},
    {"en", R, "on Friday", "Friday=2022-01-14"},
    {"en", R, "last Tuesday", "last Tuesday=2022-01-11"},
    {"en", R, "next Monday", "next Monday=2022-01-24"},
    {"en", R, "three days ago", "three days ago=2022-01-15"},
    {"en", R, "2 weeks ago", "2 weeks ago=2022-W01"},
    {"en", R, "a year ago", "a year ago=2021"},
    {"en", R, "in the coming weeks", ""},
    {"en", 0, "yesterday, last week, on Friday", ""},
    {"en", R, "This morning", ""},
    /* English: percentages */
    {"en", R, "profit rose 5% to", "5%~5"},
    {"en", R, "up 3.5 percent", "3.5 percent~3.5"},
    {"en", R, "12 per cent of", "12 per cent~12"},
    {"en", R, "a 50-percent stake", "50-percent~50"},
    {"en", R, "fell -0.5% and +2%", "-0.5%~-0.5 | +2%~2"},
    {"en", R, "up 5.5 pct", "5.5 pct~5.5"},
    {"en", R, "a range of 10%-15%", "10%~10 | 15%~15"},
    {"en", R, "by five percent", "five percent~5"},
    {"en", R, "rose 2-3% in 2019-2020", "3%~3 | 2019=2019"},
    {"zh", R, "1-2月", "2月=2022-02"},
    {"de", R, "um zehn Prozent", "zehn Prozent~10"},
    {"fr", R, "de deux pour cent", "deux pour cent~2"},
    {"en", R, "one % of it", ""},
    {"de", R, "zwischen 5 und 10 Prozent (-2 %)", "10 Prozent~10 | -2 %~-2"},
    {"en", R, "up 5 percentage points", ""},
    {"en", R, "$50 million for 50 people", ""},
    {"en", R, "1,250% rise", "1,250%~1250"},
    {"en", R, "Sales rose 5% in 2021 and 7.5% last year",
     "5%~5 | 2021=2021 | 7.5%~7.5 | last year=2021"},
    /* German */
    {"de", R, "am 18. Januar 2022 in Berlin", "18. Januar 2022=2022-01-18"},
    {"de", R, "bis zum 25. April", "25. April=2022-04-25"},
    {"de", R, "Stichtag 18.01.2022", "18.01.2022=2022-01-18"},
    {"de", R, "am 1.2.2022", "1.2.2022=2022-02-01"},
    {"de", R, "dated 03/04/2022", "03/04/2022=2022-04-03"},
    {"de", R, "im Jahr 2015", "2015=2015"},
    {"de", R, "seit 2019 und im März 2020", "2019=2019 | März 2020=2020-03"},
    {"de", R, "gestern", "gestern=2022-01-17"},
    {"de", R, "heute Morgen", "heute Morgen=2022-01-18"},
    {"de", R, "morgen früh", "morgen=2022-01-19"},
    {"de", R, "vor drei Tagen", "vor drei Tagen=2022-01-15"},
    {"de", R, "vor 2 Jahren", "vor 2 Jahren=2020"},
    {"de", R, "letzte Woche", "letzte Woche=2022-W02"},
    {"de", R, "nächsten Monat", "nächsten Monat=2022-02"},
    {"de", R, "im vergangenen Jahr", "vergangenen Jahr=2021"},
    {"de", R, "im Vorjahr", "Vorjahr=2021"},
    {"de", R, "am Dienstag", "Dienstag=2022-01-18"},
    {"de", R, "Dienstag, 18. Januar 2022",
     "Dienstag, 18. Januar 2022=2022-01-18"},
    {"de", R, "50 Prozent", "50 Prozent~50"},
    {"de", R, "um 3,5 % gestiegen", "3,5 %~3.5"},
    {"de", R, "1.500 Prozent", "1.500 Prozent~1500"},
    {"de", R, "in den letzten Jahren", ""},
    {"de", R, "Ende 2023", "2023=2023"},
    {0, R, "morgen", ""},
    {0, R, "Die Katze ist hier", ""},
    /* French */
    {"fr", R, "le 18 janvier 2022 à Paris", "18 janvier 2022=2022-01-18"},
    {"fr", R, "le 1er mai", "1er mai=2022-05-01"},
    {"fr", R, "hier soir", "hier soir=2022-01-17"},
    {"de", R, "hier", ""},
    {"fr", R, "la semaine dernière", "semaine dernière=2022-W02"},
    {"fr", R, "l'an dernier", "l'an dernier=2021"},
    {"fr", R, "l’année prochaine", "l’année prochaine=2023"},
    {"fr", R, "le mois prochain", "mois prochain=2022-02"},
    {"fr", R, "en 2015 et en mars 2020", "2015=2015 | mars 2020=2020-03"},
    {"fr", R, "50 pour cent", "50 pour cent~50"},
    {"fr", R, "hausse de 3,5\xC2\xA0%", "3,5\xC2\xA0%~3.5"},
    {"fr", R, "il y a trois jours", "il y a trois jours=2022-01-15"},
    {"fr", R, "mardi dernier", "mardi dernier=2022-01-11"},
    {"fr", R, "aujourd'hui", "aujourd'hui=2022-01-18"},
    {"fr", R, "avant-hier", "avant-hier=2022-01-16"},
    {"fr", R, "le 18/01/2022", "18/01/2022=2022-01-18"},
    {"fr", R, "jusqu'en 2025", "2025=2025"},
    /* Spanish */
    {"es", R, "el 18 de enero de 2022", "18 de enero de 2022=2022-01-18"},
    {"es", R, "el 5 de mayo", "5 de mayo=2022-05-05"},
    {"es", R, "ayer", "ayer=2022-01-17"},
    {"es", R, "hace dos años", "hace dos años=2020"},
    {"es", R, "el año pasado", "año pasado=2021"},
    {"es", R, "la próxima semana", "próxima semana=2022-W04"},
    {"es", R, "en 2015", "2015=2015"},
    {"es", R, "enero de 2022", "enero de 2022=2022-01"},
    {"es", R, "50 por ciento", "50 por ciento~50"},
    {"es", R, "un 3,5%", "3,5%~3.5"},
    {"es", R, "mañana", "mañana=2022-01-19"},
    {"es", R, "esta mañana", ""},
    {"es", R, "el martes pasado", "martes pasado=2022-01-11"},
    {"es", R, "10.000 millones", ""},
    /* Italian, Portuguese */
    {"it", R, "il 18 gennaio 2022", "18 gennaio 2022=2022-01-18"},
    {"it", R, "ieri", "ieri=2022-01-17"},
    {"it", R, "nel 2015", "2015=2015"},
    {"it", R, "tre giorni fa", "tre giorni fa=2022-01-15"},
    {"it", R, "50 per cento", "50 per cento~50"},
    {"it", R, "l'anno scorso", "l'anno scorso=2021"},
    {"pt", R, "18 de janeiro de 2022", "18 de janeiro de 2022=2022-01-18"},
    {"pt", R, "ontem", "ontem=2022-01-17"},
    {"pt", R, "há três meses", "há três meses=2021-10"},
    {"pt", R, "50 por cento", "50 por cento~50"},
    {"nl", R, "op 18 januari 2022 en vorige week",
     "18 januari 2022=2022-01-18 | vorige week=2022-W02"},
    {"nl", R, "gisteren, maandag", "gisteren=2022-01-17 | maandag=2022-01-17"},
    /* Chinese */
    {"zh", R, "2022年1月18日，国务院", "2022年1月18日=2022-01-18"},
    {"zh", R, "2022年的经济", "2022年=2022"},
    {"zh", R, "2022年3月起", "2022年3月=2022-03"},
    {"zh", R, "1月18日上午", "1月18日=2022-01-18"},
    {"zh", 0, "1月18日上午", "1月18日=--01-18"},
    {"zh", R, "新华社北京3月5日电", "3月5日=2022-03-05"},
    {"zh", R, "上周二", "上周二=2022-01-11"},
    {"zh", R, "本周五", "本周五=2022-01-21"},
    {"zh", R, "去年", "去年=2021"},
    {"zh", R, "今年3月", "今年3月=2022-03"},
    {"zh", R, "去年3月5日", "去年3月5日=2021-03-05"},
    {"zh", R, "本月", "本月=2022-01"},
    {"zh", R, "上个月", "上个月=2021-12"},
    {"zh", R, "下个月", "下个月=2022-02"},
    {"zh", R, "上月18日", "上月18日=2021-12-18"},
    {"zh", R, "昨天和今天", "昨天=2022-01-17 | 今天=2022-01-18"},
    {"zh", R, "前天", "前天=2022-01-16"},
    {"zh", R, "周三", "周三=2022-01-12"},
    {"zh", R, "星期五", "星期五=2022-01-14"},
    {"zh", R, "上周", "上周=2022-W02"},
    {"zh", R, "本周日程安排", "本周=2022-W03"},
    {"zh", R, "周日上午", "周日=2022-01-16"},
    {"zh", R, "18日", "18日=2022-01-18"},
    {"zh", R, "3日内完成", ""},
    {"zh", R, "3天前", "3天前=2022-01-15"},
    {"zh", R, "两年前", "两年前=2020"},
    {"zh", R, "二〇二二年", "二〇二二年=2022"},
    {"zh", R, "十二月", "十二月=2021-12"},
    {"zh", R, "百分之五十", "百分之五十~50"},
    {"zh", R, "百分之三点五", "百分之三点五~3.5"},
    {"zh", R, "百分之百", "百分之百~100"},
    {"zh", R, "增长3.5％", "3.5％~3.5"},
    {"zh", R, "增长50%", "50%~50"},
    {"zh", R, "拥有400万客户", ""},
    {"zh", R, "3个月", ""},
    {"zh", 0, "去年和上周二", ""},
    /* Japanese */
    {"ja", R, "2022年1月18日に発表", "2022年1月18日=2022-01-18"},
    {"ja", R, "令和4年", "令和4年=2022"},
    {"ja", R, "令和元年5月1日", "令和元年5月1日=2019-05-01"},
    {"ja", R, "平成31年", "平成31年=2019"},
    {"ja", R, "昨日の会見", "昨日=2022-01-17"},
    {"ja", R, "先週", "先週=2022-W02"},
    {"ja", R, "来月", "来月=2022-02"},
    {"ja", R, "昨年", "昨年=2021"},
    {"ja", R, "火曜日に", "火曜日=2022-01-18"},
    {"ja", R, "先週火曜日", "先週火曜日=2022-01-11"},
    {"ja", R, "50パーセント", "50パーセント~50"},
    {"ja", R, "\xEF\xBC\x95\xEF\xBC\x90\xEF\xBC\x85",
     "\xEF\xBC\x95\xEF\xBC\x90\xEF\xBC\x85~50"},
    {"ja", R, "3日前", "3日前=2022-01-15"},
    {"ja", R, "3日間の日程", ""},
    /* no hint: every language's unambiguous words */
    {0, R, "18 janvier 2022, 18. Januar 2022, 18 de enero de 2022",
     "18 janvier 2022=2022-01-18 | 18. Januar 2022=2022-01-18 | 18 de enero de "
     "2022=2022-01-18"},
    {0, R, "50% 50 Prozent 50 pour cent",
     "50%~50 | 50 Prozent~50 | 50 pour cent~50"},
    /* robustness */
    {"en", "2022-13-01", "yesterday, on January 18", "January 18=--01-18"},
    {"en", R, "", ""},
    {"en", R, "\xFF\xFE in 2015 \xC3", "2015=2015"},
    {"zh", R, "\xE5\xB9", ""},
    {"en", "2024-03-01", "on February 29", "February 29=2024-02-29"},
    {"en", "2023-03-01", "on February 29", "February 29=2024-02-29"},
};

static int nPass, nFail;

static void runCase(const Case *c) {
  NxSpan *a = 0;
  int n = 0;
  int rc = newsext_dates_scan(c->zText, (int)strlen(c->zText), c->zLang,
                              c->zRef, &a, &n);
  char got[1024];
  int k = 0;
  got[0] = 0;
  for (int i = 0; i < n && rc == SQLITE_OK; i++) {
    if (i)
      k += snprintf(got + k, sizeof got - k, " | ");
    k += snprintf(got + k, sizeof got - k, "%.*s", a[i].iEnd - a[i].iStart,
                  c->zText + a[i].iStart);
    if (a[i].eKind == NX_SPAN_DATE) {
      k += snprintf(got + k, sizeof got - k, "=%s", a[i].zValue);
    } else {
      k += snprintf(got + k, sizeof got - k, "~%g", a[i].rAmount);
    }
    if (i > 0 && a[i].iStart < a[i - 1].iEnd)
      k += snprintf(got + k, sizeof got - k, " OVERLAP");
  }
  sqlite3_free(a);
  if (rc == SQLITE_OK && strcmp(got, c->zWant) == 0) {
    nPass++;
  } else {
    nFail++;
    printf("FAIL dates [%s, %s] \"%s\"\n  want: %s\n  got:  %s\n",
           c->zLang ? c->zLang : "NULL", c->zRef ? c->zRef : "NULL", c->zText,
           c->zWant, got);
  }
}

int main(void) {
  for (size_t i = 0; i < sizeof aCase / sizeof aCase[0]; i++)
    runCase(&aCase[i]);
  /* validity of reference dates */
  const char *azOk[] = {"2022-01-18", "2024-02-29", "0001-01-01"};
  const char *azBad[] = {"2023-02-29", "2022-1-18",  "2022/01/18", "soon",
                         "",           "2022-01-32", "2022-00-10"};
  for (size_t i = 0; i < 3; i++)
    newsext_dates_valid_ref(azOk[i])
        ? nPass++
        : (nFail++, printf("FAIL valid %s\n", azOk[i]));
  for (size_t i = 0; i < 7; i++)
    !newsext_dates_valid_ref(azBad[i])
        ? nPass++
        : (nFail++, printf("FAIL invalid %s\n", azBad[i]));
  /* a long text: spans stay ordered and inside the text */
  {
    static char z[200000];
    const char *zPiece =
        "Am 18. Januar 2022 stieg der Index um 5 %, gestern 3,5 Prozent. ";
    size_t np = strlen(zPiece), m = 0;
    while (m + np < sizeof z)
      memcpy(z + m, zPiece, np), m += np;
    NxSpan *a = 0;
    int n = 0;
    int rc = newsext_dates_scan(z, (int)m, "de", R, &a, &n);
    int ok = rc == SQLITE_OK && n == (int)(m / np) * 4;
    for (int i = 1; ok && i < n; i++)
      ok = a[i].iStart >= a[i - 1].iEnd && a[i].iEnd <= (int)m;
    sqlite3_free(a);
    ok ? nPass++ : (nFail++, printf("FAIL long text: %d spans\n", n));
  }
  /* random texts from date-like pieces and broken UTF-8: spans stay in
  ** order and inside the text, and lang() never reads past the end */
  {
    static const char *const azPiece[] = {
        "2022",        "年",       "1",       "月",       "18",       "日",
        "%",           "％",       " ",       ".",        ",",        "-",
        "/",           "de ",      "Januar",  "January ", "百分之",   "五十",
        "点",          "上周",     "二",      "il y a ",  "vor ",     "Tagen",
        "\xC3",        "\xE5\xB9", "\xFF",    "1er ",     "th ",      "mañana",
        "per ",        "cent",     "'",       "in ",      "令和",     "元",
        "前",          "ago",      "Tuesday", ", ",       "\xC2\xA0", "3,5",
        "\xE2\x88\x92"};
    unsigned x = 12345;
    int ok = 1;
    for (int t = 0; t < 3000 && ok; t++) {
      char z[256];
      int m = 0;
      int nPiece = 1 + (int)((x = x * 1103515245u + 12345u) >> 16) % 12;
      for (int k = 0; k < nPiece; k++) {
        const char *zp = azPiece[((x = x * 1103515245u + 12345u) >> 16) %
                                 (sizeof azPiece / sizeof azPiece[0])];
        size_t np = strlen(zp);
        if (m + np >= sizeof z)
          break;
        memcpy(z + m, zp, np);
        m += (int)np;
      }
      /* the text is not NUL-terminated for the scanner: copy it exactly */
      char *zExact = sqlite3_malloc(m > 0 ? m : 1);
      memcpy(zExact, z, (size_t)m);
      NxSpan *a = 0;
      int n = 0;
      int rc = newsext_dates_scan(zExact, m, t % 2 ? "zh" : 0, t % 3 ? R : 0,
                                  &a, &n);
      ok = rc == SQLITE_OK;
      for (int i = 0; ok && i < n; i++) {
        ok = a[i].iStart >= 0 && a[i].iStart < a[i].iEnd && a[i].iEnd <= m &&
             (i == 0 || a[i].iStart >= a[i - 1].iEnd);
      }
      (void)newsext_lang_detect(zExact, m);
      sqlite3_free(a);
      sqlite3_free(zExact);
      if (!ok)
        printf("FAIL random text %d: %.*s\n", t, m, z);
    }
    ok ? nPass++ : nFail++;
  }
  printf("dates: %d passed, %d failed\n", nPass, nFail);
  return nFail ? 1 : 0;
}
