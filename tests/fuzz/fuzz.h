/* fuzz.h — the entry points libFuzzer calls. */
#ifndef TACT_FUZZ_H
#define TACT_FUZZ_H

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#endif
