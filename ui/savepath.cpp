#include "savepath.h"

#include <QFileDialog>
#include <QSettings>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

const auto ExportDirKey = u"files/exportdir"_s;

} // namespace

QString SavePath::ask(QWidget* parent, const QString& title, const QString& baseName, const QList<Type>& types)
{
    QSettings settings;
    const QString dir = settings.value(ExportDirKey).toString();
    QStringList filters;
    for (const Type& type : types)
        filters << type.filter;
    QString selectedFilter;
    QString path = QFileDialog::getSaveFileName(parent, title, dir.isEmpty() ? baseName : dir + u'/' + baseName,
        filters.join(u";;"_s), &selectedFilter);
    if (path.isEmpty())
        return {};
    const bool hasSuffix = std::any_of(types.begin(), types.end(), [&path](const Type& type) { return path.endsWith(type.suffix, Qt::CaseInsensitive); });
    if (!hasSuffix && !types.isEmpty()) {
        const auto chosen = std::find_if(types.begin(), types.end(), [&selectedFilter](const Type& type) { return type.filter == selectedFilter; });
        path += chosen != types.end() ? chosen->suffix : types.front().suffix;
    }
    settings.setValue(ExportDirKey, QFileInfo(path).absolutePath());
    return path;
}
