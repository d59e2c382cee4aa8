#include "filterbar.h"

#include "outcomepalette.h"

#include <QAction>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {
constexpr int TypingPauseMs = 250;
constexpr Family ShownFamilies[] = { Family::IronPort, Family::Postfix, Family::SunMs, Family::EPost, Family::Unknown };
} // namespace

FilterBar::FilterBar(QAction* problemsOnly, QAction* traceOnly, QWidget* parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_regex(new QToolButton(this))
    , m_problems(new QToolButton(this))
    , m_familyButton(new QToolButton(this))
    , m_timeRange(new QCheckBox(this))
    , m_from(new QDateTimeEdit(this))
    , m_to(new QDateTimeEdit(this))
    , m_traceOnly(new QToolButton(this))
    , m_error(new QLabel(this))
    , m_typingPause(new QTimer(this))
{
    m_edit->setClearButtonEnabled(true);
    m_edit->setMinimumWidth(fontMetrics().horizontalAdvance(u'x') * 40);
    m_regex->setCheckable(true);
    m_regex->setText(u".*"_s);
    m_problems->setDefaultAction(problemsOnly);
    m_traceOnly->setDefaultAction(traceOnly);
    m_familyButton->setPopupMode(QToolButton::InstantPopup);
    buildFamilyMenu();
    for (QDateTimeEdit* edit : { m_from, m_to }) {
        edit->setDisplayFormat(u"yyyy-MM-dd HH:mm:ss"_s);
        edit->setCalendarPopup(true);
        edit->hide(); // shown with "Time range": the text box keeps the room otherwise
    }
    m_error->setTextFormat(Qt::PlainText);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, OutcomePalette::text(Outcome::Rejected, errorPalette));
    m_error->setPalette(errorPalette);
    m_error->hide();
    m_typingPause->setSingleShot(true);
    m_typingPause->setInterval(TypingPauseMs);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_edit, 3);
    layout->addWidget(m_regex);
    layout->addWidget(m_problems);
    layout->addWidget(m_familyButton);
    layout->addWidget(m_timeRange);
    layout->addWidget(m_from);
    layout->addWidget(m_to);
    layout->addWidget(m_traceOnly);
    layout->addWidget(m_error, 1);

    connect(m_edit, &QLineEdit::textEdited, m_typingPause, qOverload<>(&QTimer::start));
    connect(m_edit, &QLineEdit::returnPressed, this, &FilterBar::apply);
    connect(m_edit, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty()) // the clear button: no need to wait
            apply();
    });
    connect(m_typingPause, &QTimer::timeout, this, &FilterBar::apply);
    connect(m_regex, &QToolButton::toggled, this, &FilterBar::apply);
    connect(problemsOnly, &QAction::toggled, this, &FilterBar::apply);
    connect(m_timeRange, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setVisible(on);
        m_to->setVisible(on);
        apply();
    });
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, [this] {
        if (m_timeRange->isChecked())
            apply();
    });
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, [this] {
        if (m_timeRange->isChecked())
            apply();
    });
    retranslate();
}

void FilterBar::buildFamilyMenu()
{
    auto* menu = new QMenu(m_familyButton);
    for (const Family family : ShownFamilies) {
        QAction* action = menu->addAction(QString());
        action->setCheckable(true);
        action->setChecked(true);
        action->setData(int(family));
        connect(action, &QAction::toggled, this, &FilterBar::apply);
    }
    m_familyButton->setMenu(menu);
}

std::uint32_t FilterBar::families() const
{
    std::uint32_t mask = 0;
    const QList<QAction*> actions = m_familyButton->menu()->actions();
    for (const QAction* action : actions) {
        if (action->isChecked())
            mask |= 1u << action->data().toInt();
    }
    return mask;
}

void FilterBar::retranslate()
{
    m_edit->setPlaceholderText(tr("Filter: text, from:, to:, id:, status:bounced, host:, kind:, -exclude"));
    m_edit->setToolTip(tr("Words must all occur; \"quotes\" keep a phrase; field:value matches one field; a leading - excludes."));
    m_regex->setToolTip(tr("Regular expression"));
    m_familyButton->setText(tr("Families"));
    const QList<QAction*> actions = m_familyButton->menu()->actions();
    for (QAction* action : actions) {
        const auto family = Family(action->data().toInt());
        action->setText(family == Family::Unknown ? tr("Unrecognised files") : familyLabel(family));
    }
    m_timeRange->setText(tr("Time range"));
    m_from->setToolTip(tr("From (local time)"));
    m_to->setToolTip(tr("To (local time)"));
    if (!m_query.isValid())
        m_error->setText(m_query.errorString());
}

void FilterBar::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_query = FilterQuery::parse(m_edit->text(), m_query.mode()); // error texts in the new language
        retranslate();
    }
}

void FilterBar::setText(const QString& text)
{
    m_edit->setText(text);
    apply();
}

void FilterBar::setTimeBounds(std::int64_t firstMs, std::int64_t lastMs)
{
    if (m_timeRange->isChecked())
        return; // the user's range stays
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setDateTime(QDateTime::fromMSecsSinceEpoch(firstMs));
    m_to->setDateTime(QDateTime::fromMSecsSinceEpoch(lastMs + 1000));
}

void FilterBar::apply()
{
    m_typingPause->stop();
    const FilterQuery query = FilterQuery::parse(
        m_edit->text(), m_regex->isChecked() ? FilterQuery::Mode::RegularExpression : FilterQuery::Mode::Text);
    m_error->setVisible(!query.isValid());
    if (!query.isValid()) {
        m_error->setText(query.errorString());
        return;
    }
    m_query = query;
    emit filterChanged();
}

TableFilter FilterBar::filter() const
{
    TableFilter filter;
    filter.query = m_query;
    if (m_timeRange->isChecked()) {
        filter.fromMs = m_from->dateTime().toMSecsSinceEpoch();
        filter.toMs = m_to->dateTime().toMSecsSinceEpoch();
    }
    filter.families = families();
    filter.problemsOnly = m_problems->isChecked();
    return filter;
}
