# Warnings and Qt hygiene definitions shared by every Maillane target (link to maillane_warnings).
add_library(maillane_warnings INTERFACE)
target_compile_options(maillane_warnings INTERFACE -Wall -Wextra -Wpedantic $<$<BOOL:${MAILLANE_WERROR}>:-Werror>)
target_compile_definitions(maillane_warnings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_FOREACH
    QT_NO_CONTEXTLESS_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060500)
