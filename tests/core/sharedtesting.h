#pragma once

#include <QCoreApplication>
#include <QFileInfo>
#include <QTest>

// Tests that read ../shared (the format notes and the public log corpus). Where it is absent (a clone outside the
// workspace) such a test skips, and the executable exits with SkipExitCode once every other test has passed, so
// that CTest reports it as skipped rather than passed (SKIP_RETURN_CODE in tests/CMakeLists.txt). In CI (CI set)
// its absence is a failure: there these tests must run.
namespace SharedTesting {

inline constexpr int SkipExitCode = 77;

inline bool& skipped()
{
    static bool value = false;
    return value;
}

} // namespace SharedTesting

#define MAILLANE_REQUIRE_SHARED(path)                                                                                    \
    do {                                                                                                                 \
        const QString requiredPath_ = (path);                                                                            \
        if (!QFileInfo::exists(requiredPath_)) {                                                                         \
            if (!qEnvironmentVariableIsEmpty("CI"))                                                                      \
                QFAIL(qPrintable(requiredPath_ + QStringLiteral(" is absent: CI must run the tests that read ../shared")));\
            SharedTesting::skipped() = true;                                                                             \
            QSKIP(qPrintable(requiredPath_ + QStringLiteral(" is absent: this test needs ../shared beside the repository")));\
        }                                                                                                                \
    } while (false)

// QTEST_GUILESS_MAIN, exiting with SkipExitCode when a test skipped for want of ../shared and none failed.
#define MAILLANE_SHARED_TEST_MAIN(TestObject)                                                                            \
    int main(int argc, char* argv[])                                                                                     \
    {                                                                                                                    \
        QCoreApplication app(argc, argv);                                                                                \
        QTEST_SET_MAIN_SOURCE_PATH                                                                                       \
        TestObject test;                                                                                                 \
        const int failures = QTest::qExec(&test, argc, argv);                                                            \
        return failures == 0 && SharedTesting::skipped() ? SharedTesting::SkipExitCode : failures;                       \
    }
