#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QWidget;

// Asks where to save an export: a file dialog that starts in the folder of the last export (remembered in
// the settings) and adds the chosen type's extension when the name has none of the offered ones.
class SavePath
{
    Q_DECLARE_TR_FUNCTIONS(SavePath)

public:
    struct Type
    {
        QString filter; // "CSV (*.csv)"
        QString suffix; // ".csv"
    };

    // Empty when cancelled.
    static QString ask(QWidget* parent, const QString& title, const QString& baseName, const QList<Type>& types);
};
