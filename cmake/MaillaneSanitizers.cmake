# MAILLANE_SANITIZE=ON builds every target with AddressSanitizer and UndefinedBehaviorSanitizer (scripts/test
# --sanitize): hostile log bytes must not read out of bounds, overflow or leave undefined behaviour anywhere.
# Any report ends the process with an error, so a test that triggers one fails.
option(MAILLANE_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(MAILLANE_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined)
endif()

# MAILLANE_FUZZ=ON (scripts/fuzz) builds the core and the libFuzzer targets in fuzz/, instrumented for coverage and
# with the same sanitizers. libFuzzer comes with clang, so the compiler must be clang.
option(MAILLANE_FUZZ "Build the core's libFuzzer targets (needs clang)" OFF)
if(MAILLANE_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "MAILLANE_FUZZ needs clang for libFuzzer: configure with -DCMAKE_CXX_COMPILER=clang++")
    endif()
    add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined)
endif()
