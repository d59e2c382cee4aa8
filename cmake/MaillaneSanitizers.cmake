# MAILLANE_SANITIZE=ON builds every target with AddressSanitizer and UndefinedBehaviorSanitizer (scripts/test
# --sanitize): hostile log bytes must not read out of bounds, overflow or leave undefined behaviour anywhere.
# Any report ends the process with an error, so a test that triggers one fails.
option(MAILLANE_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(MAILLANE_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined)
endif()
