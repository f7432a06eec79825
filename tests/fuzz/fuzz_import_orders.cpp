// libFuzzer target: any bytes as a orders CSV file through the real import (see FuzzSupport.h).
#include "FuzzSupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    return ingot::fuzz::fuzzImport(ingot::ImportKind::Orders, data, size);
}
