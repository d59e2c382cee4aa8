# Precompiled headers: the Qt and standard headers that nearly every file includes, parsed once per target instead
# of once per file (a cold build spends most of its time in them). MAILLANE_PCH=OFF turns them off.
option(MAILLANE_PCH "Precompile the common Qt and standard headers" ON)

set(maillane_pch_core
    <QtCore/QByteArray> <QtCore/QByteArrayView> <QtCore/QCoreApplication> <QtCore/QDateTime> <QtCore/QHash>
    <QtCore/QList> <QtCore/QObject> <QtCore/QString> <QtCore/QStringList> <QtCore/QTimeZone>
    <algorithm> <array> <cstdint> <functional> <memory> <optional> <unordered_map> <vector>)
set(maillane_pch_gui ${maillane_pch_core} <QtGui/QColor> <QtGui/QFont> <QtGui/QPainter>)
set(maillane_pch_widgets ${maillane_pch_gui}
    <QtCore/QAbstractItemModel> <QtCore/QSettings> <QtWidgets/QHeaderView> <QtWidgets/QLabel> <QtWidgets/QMenu>
    <QtWidgets/QWidget>)

# maillane_precompile(TARGET core|gui|widgets [test]): the level's headers, plus QTest for test executables.
function(maillane_precompile target level)
    if(NOT MAILLANE_PCH)
        return()
    endif()
    set(headers ${maillane_pch_${level}})
    if("test" IN_LIST ARGN)
        list(APPEND headers <QtTest/QTest>)
    endif()
    target_precompile_headers(${target} PRIVATE ${headers})
endfunction()
