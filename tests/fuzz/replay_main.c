/*
** Replays fuzz inputs without libFuzzer: each argument is a file, or a
** directory whose files are all replayed.  Linked with one fuzz target and
** built like the other tests (gcc, and ASan/UBSan with SAN=1), so that
** `make test` runs every seed and every regression input.  Prints
** "fuzz_<target>: N passed, 0 failed"; a finding aborts.
*/
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv) __attribute__((weak));

#ifndef FUZZ_NAME
#define FUZZ_NAME "fuzz"
#endif

static int nRun;

static void runFile(const char *zPath) {
  FILE *f = fopen(zPath, "rb");
  if (f == 0) {
    fprintf(stderr, "%s: cannot open %s\n", FUZZ_NAME, zPath);
    exit(1);
  }
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  /* an exact-size heap copy, so that ASan sees any read past the end */
  uint8_t *a = malloc(n > 0 ? (size_t)n : 1);
  if (a == 0 || (n > 0 && fread(a, 1, (size_t)n, f) != (size_t)n)) {
    fprintf(stderr, "%s: cannot read %s\n", FUZZ_NAME, zPath);
    exit(1);
  }
  fclose(f);
  if (getenv("FUZZ_VERBOSE")) fprintf(stderr, "%s: %s\n", FUZZ_NAME, zPath);
  LLVMFuzzerTestOneInput(a, (size_t)n);
  free(a);
  nRun++;
}

static int cmp(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static void runPath(const char *zPath) {
  struct stat st;
  if (stat(zPath, &st) != 0) return; /* no corpus of this kind yet */
  if (!S_ISDIR(st.st_mode)) {
    runFile(zPath);
    return;
  }
  DIR *d = opendir(zPath);
  if (d == 0) return;
  char **az = 0;
  int n = 0;
  struct dirent *e;
  while ((e = readdir(d)) != 0) {
    if (e->d_name[0] == '.') continue;
    az = realloc(az, sizeof(char *) * (size_t)(n + 1));
    size_t len = strlen(zPath) + strlen(e->d_name) + 2;
    az[n] = malloc(len);
    snprintf(az[n], len, "%s/%s", zPath, e->d_name);
    n++;
  }
  closedir(d);
  qsort(az, (size_t)n, sizeof(char *), cmp); /* same order every run */
  for (int i = 0; i < n; i++) {
    runPath(az[i]);
    free(az[i]);
  }
  free(az);
}

int main(int argc, char **argv) {
  if (LLVMFuzzerInitialize) LLVMFuzzerInitialize(&argc, &argv);
  for (int i = 1; i < argc; i++) runPath(argv[i]);
  printf("%s: %d passed, 0 failed\n", FUZZ_NAME, nRun);
  return 0;
}
