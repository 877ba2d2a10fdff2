// libFuzzer's entry point for programs that have their own main(): SwiftPM links every
// executable target with main aliased to <target>_main, so FuzzReaders calls this itself.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
