#include "sourcespanel.h"

#include "sourcesdelegate.h"
#include "sourcesmodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

SourcesPanel::SourcesPanel(SourcesModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QTableView(this))
{
    m_view->setModel(model);
    m_view->setItemDelegate(new SourcesDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked | QAbstractItemView::EditKeyPressed);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle); // file names and errors differ at their ends; tooltips hold them whole
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    // New files may need wider columns (the user may still resize them between loads).
    connect(model, &QAbstractItemModel::rowsInserted, this, &SourcesPanel::fitColumns);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

void SourcesPanel::fitColumns()
{
    m_view->resizeColumnsToContents();
    // A long file name must not push what was found in the file out of view.
    const int widest = m_view->fontMetrics().horizontalAdvance(u'0') * MaxFileCharacters;
    m_view->setColumnWidth(SourcesModel::FileColumn, qMin(m_view->columnWidth(SourcesModel::FileColumn), widest));
}

void SourcesPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        m_model->retranslate();
    QWidget::changeEvent(event);
}
