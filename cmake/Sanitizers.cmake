# Sanitizer and fuzzing builds. Both are separate build directories; a normal (gcc) build gets none of this.
#   INGOTDESK_SANITIZE=ON  AddressSanitizer + UndefinedBehaviorSanitizer on every target (gcc or clang);
#                          the first error stops the program, so a test with undefined behaviour fails.
#   INGOTDESK_FUZZ=ON      clang only: also coverage-instruments everything for libFuzzer and builds the
#                          fuzz targets of tests/fuzz (implies INGOTDESK_SANITIZE). See docs/fuzzing.md.
option(INGOTDESK_SANITIZE "Build with -fsanitize=address,undefined" OFF)
option(INGOTDESK_FUZZ "Build the libFuzzer targets (clang; implies INGOTDESK_SANITIZE)" OFF)

if(INGOTDESK_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "INGOTDESK_FUZZ needs clang: configure with -DCMAKE_CXX_COMPILER=clang++")
    endif()
    add_compile_options(-fsanitize=fuzzer-no-link)
endif()

if(INGOTDESK_SANITIZE OR INGOTDESK_FUZZ)
    add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined)
endif()
