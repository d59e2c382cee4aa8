// Nothing: the target exists to build the precompiled header that the tests share (tests/CMakeLists.txt).
