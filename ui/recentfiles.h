#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

// The files and folders opened last (kept in QSettings), shown in File > Recent; picking one opens it again.
class RecentFiles final : public QObject
{
    Q_OBJECT

public:
    static constexpr int Limit = 12;

    explicit RecentFiles(QMenu* menu, QObject* parent = nullptr);

    void add(const QStringList& paths);
    QStringList paths() const;
    void clear();
    void retranslate();

signals:
    void openRequested(const QStringList& paths);

private:
    void rebuildMenu();

    QMenu* m_menu;
};
