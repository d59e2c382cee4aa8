#include "loadprogress.h"

#include "workspace/workspaceloader.h"

#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>

LoadProgress::LoadProgress(const WorkspaceLoader* loader, QWidget* parent)
    : QWidget(parent)
    , m_loader(loader)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    m_label->setTextFormat(Qt::PlainText);
    m_bar->setRange(0, 1000);
    m_bar->setMaximumWidth(220);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, this, &LoadProgress::cancelRequested);
    m_cancel->setText(tr("Cancel"));
    hide();
}

void LoadProgress::refresh()
{
    if (!m_loader->isBusy()) {
        hide();
        return;
    }
    show();
    const qint64 total = m_loader->bytesTotal();
    const qint64 done = m_loader->bytesDone();
    m_bar->setValue(total > 0 ? int(done * 1000 / total) : 0);
    const QList<WorkspaceLoader::FileProgress> files = m_loader->activeFiles();
    const QLocale locale;
    if (files.isEmpty()) {
        // Parsing is over: the trace graph is being built.
        m_label->setText(total > 0 && done >= total ? tr("Correlating messages…") : tr("Finding log files…"));
        return;
    }
    const WorkspaceLoader::FileProgress& file = files.first();
    m_label->setText(tr("Reading %1 (%2 of %3)")
                         .arg(QFileInfo(file.path).fileName(), locale.formattedDataSize(file.bytesDone),
                             locale.formattedDataSize(file.bytesTotal)));
    m_bar->setToolTip(tr("%1 of %2 in all").arg(locale.formattedDataSize(done), locale.formattedDataSize(total)));
}

void LoadProgress::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_cancel->setText(tr("Cancel"));
        refresh();
    }
}
