/* main.c — `tact`: dispatch to a command, --help and --version. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const cli_command *const commands[] = {
    &cli_cmd_check, &cli_cmd_rules, &cli_cmd_explain, &cli_cmd_test_rules,
    &cli_cmd_lsp};
#define COMMAND_COUNT (sizeof commands / sizeof commands[0])

static void print_help(FILE *out) {
  fputs("Usage: tact COMMAND [OPTION]... [ARGUMENT]...\n"
        "Check replies to customers for wording that blames, dismisses,\n"
        "talks down, argues or shouts, and suggest kinder words.\n"
        "\n"
        "Commands:\n",
        out);
  for (size_t i = 0; i < COMMAND_COUNT; i++)
    fprintf(out, "  %-16s%s\n", commands[i]->name, commands[i]->summary);
  fputs("  help [COMMAND]  show this help, or a command's\n"
        "\n"
        "Options:\n"
        "  -h, --help      show this help\n"
        "      --version   print the version of tact\n"
        "\n"
        "'tact COMMAND --help' describes a command's options.\n"
        "Exit status: 0 no findings, 1 findings, 2 trouble.\n"
        "See tact(1) for rule files, profiles and the environment.\n",
        out);
}

static const cli_command *find_command(const char *name) {
  for (size_t i = 0; i < COMMAND_COUNT; i++)
    if (strcmp(commands[i]->name, name) == 0)
      return commands[i];
  return NULL;
}

static int unknown_command(const char *name) {
  fprintf(stderr, "tact: unknown command '%s'\nTry 'tact --help'.\n", name);
  return EXIT_TROUBLE;
}

static int dispatch(int argc, char **argv) {
  if (argc < 2) {
    print_help(stderr);
    return EXIT_TROUBLE;
  }
  const char *name = argv[1];
  if (strcmp(name, "--help") == 0 || strcmp(name, "-h") == 0) {
    print_help(stdout);
    return EXIT_CLEAN;
  }
  if (strcmp(name, "--version") == 0) {
    printf("tact %s\n", tact_version());
    return EXIT_CLEAN;
  }
  if (strcmp(name, "help") == 0) {
    if (argc == 2) {
      print_help(stdout);
      return EXIT_CLEAN;
    }
    const cli_command *command = find_command(argv[2]);
    if (!command)
      return unknown_command(argv[2]);
    fputs(command->help, stdout);
    return EXIT_CLEAN;
  }
  if (name[0] == '-') {
    fprintf(stderr, "tact: unknown option '%s'\nTry 'tact --help'.\n", name);
    return EXIT_TROUBLE;
  }
  const cli_command *command = find_command(name);
  if (!command)
    return unknown_command(name);
  return command->run(argc - 2, argv + 2);
}

int main(int argc, char **argv) {
  cli_json_use_cli_memory();
  int status = dispatch(argc, argv);
  /* Output that did not reach its destination (a full disk, a closed
   * pipe) must not look like success. */
  errno = 0;
  if (fflush(stdout) != 0 || ferror(stdout)) {
    fprintf(stderr, "tact: cannot write output: %s\n",
            errno ? strerror(errno) : "write error");
    return EXIT_TROUBLE;
  }
  return status;
}
