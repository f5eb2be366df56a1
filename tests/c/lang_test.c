/*
** newsext_lang_detect(), the C API of lang() that entities() uses: its
** contract (NULL, n < 0, static results) and the same answers from many
** threads at once.  Prints "lang: N passed, N failed".
*/
#include <pthread.h>
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>

#include "lang.h"

static int nPass, nFail;

static void check(const char *zName, int ok) {
  if (ok) {
    nPass++;
  } else {
    nFail++;
    printf("FAIL lang %s\n", zName);
  }
}

static const struct {
  const char *zText, *zWant;
} aText[] = {
    {"The minister said the talks would resume next week.", "en"},
    {"Die Ministerin sagte, die Gespräche würden fortgesetzt.", "de"},
    {"La ministre a déclaré que les discussions reprendraient.", "fr"},
    {"La ministra dijo que las conversaciones se reanudarán.", "es"},
    {"外交部发言人表示，双方将于下周恢复会谈。", "zh"},
    {"外務省の報道官は、来週協議を再開すると述べた。", "ja"},
    {"Министр заявила, что переговоры возобновятся.", "ru"},
    {"장관은 다음 주에 회담을 재개한다고 말했다.", "ko"},
};
#define N_TEXT (int)(sizeof aText / sizeof aText[0])

static void *worker(void *p) {
  int *pBad = p;
  for (int r = 0; r < 2000; r++) {
    int k = r % N_TEXT;
    const char *z = newsext_lang_detect(aText[k].zText, -1);
    if (z == 0 || strcmp(z, aText[k].zWant) != 0)
      (*pBad)++;
  }
  return 0;
}

int main(void) {
  for (int k = 0; k < N_TEXT; k++) {
    const char *z =
        newsext_lang_detect(aText[k].zText, (int)strlen(aText[k].zText));
    check(aText[k].zWant, z && strcmp(z, aText[k].zWant) == 0);
  }
  check("NULL text", newsext_lang_detect(0, 5) == 0);
  check("empty", newsext_lang_detect("", 0) == 0);
  check("no letters", newsext_lang_detect("2024-01-18 12,5 %", -1) == 0);
  check("n < 0 reads to the NUL",
        newsext_lang_detect("Der Hund\0The dog", -1) != 0 &&
            strcmp(newsext_lang_detect("Der Hund und die Katze\0x", -1),
                   "de") == 0);
  check("n counts bytes",
        newsext_lang_detect("xyz 国务院常务会议", 3) != 0 &&
            strcmp(newsext_lang_detect("xyz 国务院常务会议", 3), "en") == 0);
  check("static result", newsext_lang_detect("Die Katze", -1) ==
                             newsext_lang_detect("Der Hund", -1));
  check("a cut UTF-8 sequence at the end",
        newsext_lang_detect("国务\xE9\x99", 8) != 0);
  pthread_t aT[4];
  int aBad[4] = {0, 0, 0, 0};
  for (int t = 0; t < 4; t++)
    pthread_create(&aT[t], 0, worker, &aBad[t]);
  for (int t = 0; t < 4; t++)
    pthread_join(aT[t], 0);
  check("four threads", aBad[0] + aBad[1] + aBad[2] + aBad[3] == 0);
  printf("lang: %d passed, %d failed\n", nPass, nFail);
  return nFail ? 1 : 0;
}
