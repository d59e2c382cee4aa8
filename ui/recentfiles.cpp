#include "recentfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace {
const auto RecentKey = u"files/recent"_s;
}

RecentFiles::RecentFiles(QMenu* menu, QObject* parent)
    : QObject(parent)
    , m_menu(menu)
{
    rebuildMenu();
}

QStringList RecentFiles::paths() const
{
    return QSettings().value(RecentKey).toStringList();
}

void RecentFiles::add(const QStringList& added)
{
    QStringList list = paths();
    for (const QString& path : added) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (absolute.startsWith(u":/"))
            continue; // bundled samples have their own menu entry
        list.removeAll(absolute);
        list.prepend(absolute);
    }
    while (list.size() > Limit)
        list.removeLast();
    QSettings().setValue(RecentKey, list);
    rebuildMenu();
}

void RecentFiles::clear()
{
    QSettings().remove(RecentKey);
    rebuildMenu();
}

void RecentFiles::retranslate()
{
    rebuildMenu();
}

void RecentFiles::rebuildMenu()
{
    m_menu->clear();
    const QStringList list = paths();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString& path = list[i];
        // "&1 maillog — /var/log": numbered for the keyboard, the folder to tell equal names apart.
        const QString label = tr("&%1 %2 — %3")
                                  .arg(i + 1)
                                  .arg(QFileInfo(path).fileName(), QDir::toNativeSeparators(QFileInfo(path).path()));
        QAction* action = m_menu->addAction(label);
        connect(action, &QAction::triggered, this, [this, path] { emit openRequested({ path }); });
    }
    if (!list.isEmpty())
        m_menu->addSeparator();
    QAction* clearAction = m_menu->addAction(tr("Clear Recent Files"));
    clearAction->setEnabled(!list.isEmpty());
    connect(clearAction, &QAction::triggered, this, &RecentFiles::clear);
    m_menu->setEnabled(true);
}
