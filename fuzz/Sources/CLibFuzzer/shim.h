// libFuzzer's driver, for a program that has a main of its own (SwiftPM gives every executable
// one, so libFuzzer's main is never linked). The library comes with `-sanitize=fuzzer`.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*UserCb)(const uint8_t *Data, size_t Size));
