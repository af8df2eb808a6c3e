/* files.c — reading inputs and finding rule files. */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"

static int read_stream(FILE *in, char **data, size_t *length) {
  size_t cap = 65536, len = 0;
  char *buf = cli_malloc(cap);
  for (;;) {
    /* Keep one byte free for the terminating NUL. */
    if (cap - len < 2) {
      cap *= 2;
      buf = cli_realloc(buf, cap);
    }
    size_t got = fread(buf + len, 1, cap - len - 1, in);
    len += got;
    if (got == 0)
      break;
  }
  if (ferror(in)) {
    int error = errno ? errno : EIO;
    free(buf);
    return error;
  }
  buf[len] = '\0';
  *data = buf;
  *length = len;
  return 0;
}

int cli_read_file(const char *path, char **data, size_t *length) {
  if (strcmp(path, "-") == 0) {
    errno = 0;
    return read_stream(stdin, data, length);
  }
  FILE *in = fopen(path, "rb");
  if (!in)
    return errno;
  errno = 0;
  int error = read_stream(in, data, length);
  fclose(in);
  return error;
}

int cli_is_dir(const char *path) {
  struct stat st;
  return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

int cli_is_file(const char *path) {
  struct stat st;
  return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

char *cli_path_join(const char *dir, const char *name) {
  size_t d = strlen(dir), n = strlen(name);
  size_t slash = d > 0 && dir[d - 1] != '/' ? 1 : 0;
  char *path = cli_malloc(d + slash + n + 1);
  memcpy(path, dir, d);
  if (slash)
    path[d] = '/';
  memcpy(path + d + slash, name, n + 1);
  return path;
}

static int compare_strings(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

char **cli_list_lua_files(const char *dir, size_t *count, int *error) {
  DIR *d = opendir(dir);
  if (!d) {
    *error = errno;
    return NULL;
  }
  char **list = NULL;
  size_t n = 0, cap = 0;
  struct dirent *entry;
  while ((entry = readdir(d)) != NULL) {
    size_t len = strlen(entry->d_name);
    if (len <= 4 || entry->d_name[0] == '.' ||
        strcmp(entry->d_name + len - 4, ".lua") != 0)
      continue;
    char *path = cli_path_join(dir, entry->d_name);
    if (!cli_is_file(path)) {
      free(path);
      continue;
    }
    if (n == cap) {
      cap = cap ? cap * 2 : 16;
      list = cli_realloc(list, cap * sizeof *list);
    }
    list[n++] = path;
  }
  closedir(d);
  /* Same order as tact_config_add_rule_dir: by name. */
  if (n > 1)
    qsort(list, n, sizeof *list, compare_strings);
  *count = n;
  *error = 0;
  return list ? list : cli_malloc(sizeof *list);
}

void cli_free_list(char **list, size_t count) {
  for (size_t i = 0; i < count; i++)
    free(list[i]);
  free(list);
}
