#include "tracepanel.h"

#include "tracemodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QStackedLayout>
#include <QTreeView>

TracePanel::TracePanel(QWidget* parent)
    : QWidget(parent)
    , m_model(new TraceModel(this))
    , m_view(new QTreeView(this))
    , m_placeholder(new QLabel(this))
    , m_stack(new QStackedLayout(this))
{
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Cut in the middle: the ends of a long item say the most (what it is; the ID a reply gave, the outcome).
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(TraceModel::ItemColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(TraceModel::TimeColumn, QHeaderView::ResizeToContents);
    m_view->installEventFilter(this);

    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setTextFormat(Qt::PlainText);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);

    m_stack->setContentsMargins(0, 0, 0, 0);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_view);
    m_stack->setCurrentWidget(m_placeholder);

    // Clicks only: activated() would fire a second time on a double-click. Enter is handled in eventFilter.
    connect(m_view, &QAbstractItemView::clicked, this, &TracePanel::activate);
    retranslateUi();
}

void TracePanel::showTrace(
    const MailGraph* graph, const LogCollection* logs, std::vector<std::uint32_t> path, std::uint32_t focus)
{
    m_model->setTrace(graph, logs, std::move(path), focus);
    if (m_model->rowCount() == 0) {
        clear();
        return;
    }
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_view->expand(m_model->index(row, TraceModel::ItemColumn));
    const QModelIndex focusHop = m_model->hopIndex(focus);
    if (focusHop.isValid()) {
        m_view->expandRecursively(focusHop);
        m_view->setCurrentIndex(focusHop);
        m_view->scrollTo(focusHop, QAbstractItemView::PositionAtTop);
    }
    m_stack->setCurrentWidget(m_view);
}

void TracePanel::setFocusMessage(std::uint32_t focus)
{
    m_model->setFocus(focus);
    const QModelIndex focusHop = m_model->hopIndex(focus);
    if (focusHop.isValid()) {
        m_view->expandRecursively(focusHop);
        m_view->scrollTo(focusHop, QAbstractItemView::EnsureVisible);
    }
}

void TracePanel::clear()
{
    m_model->clear();
    m_stack->setCurrentWidget(m_placeholder);
}

void TracePanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_model->retranslate();
    }
    QWidget::changeEvent(event);
}

bool TracePanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter)
            activate(m_view->currentIndex());
    }
    return QWidget::eventFilter(watched, event);
}

void TracePanel::retranslateUi()
{
    m_placeholder->setText(tr("Select an event or a message to see its trace."));
}

void TracePanel::activate(const QModelIndex& index)
{
    const EventRef event = m_model->eventAt(index);
    if (event.isValid())
        emit eventActivated(event);
}
