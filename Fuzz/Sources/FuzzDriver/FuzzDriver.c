// Intentionally empty: the target exists for its header (libFuzzer provides the symbol).
#include "FuzzDriver.h"
