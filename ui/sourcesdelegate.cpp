#include "sourcesdelegate.h"

#include "sourcechoices.h"
#include "sourcesmodel.h"

#include <QComboBox>
#include <QCompleter>
#include <QTimeZone>

QWidget* SourcesDelegate::createEditor(
    QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QList<SourceChoices::Choice> choices;
    switch (index.column()) {
    case SourcesModel::FamilyColumn:
        choices = SourceChoices::families();
        break;
    case SourcesModel::EncodingColumn:
        choices = SourceChoices::encodings();
        break;
    case SourcesModel::ZoneColumn:
        choices = SourceChoices::zones();
        break;
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
    auto* combo = new QComboBox(parent);
    for (const SourceChoices::Choice& choice : std::as_const(choices))
        combo->addItem(choice.label, choice.key);
    if (index.column() == SourcesModel::ZoneColumn) {
        // some 600 zones: typing any part of a name narrows them
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
        combo->completer()->setFilterMode(Qt::MatchContains);
        combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    }
    // Once: an editable combo activates again when its edit ends with a text differing only in case.
    auto* self = const_cast<SourcesDelegate*>(this);
    connect(
        combo, &QComboBox::activated, self,
        [self, combo] {
            emit self->commitData(combo);
            emit self->closeEditor(combo);
        },
        Qt::SingleShotConnection);
    return combo;
}

void SourcesDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (!combo) {
        QStyledItemDelegate::setEditorData(editor, index);
        return;
    }
    const int current = combo->findData(index.data(Qt::EditRole).toString());
    combo->setCurrentIndex(current >= 0 ? current : 0);
}

void SourcesDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (!combo) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    if (!combo->isEditable()) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    // Typed text: a listed entry, or any zone Qt knows by that id ("UTC+09:00"); anything else is dropped.
    const QString text = combo->currentText().trimmed();
    const int listed = combo->findText(text, Qt::MatchFixedString);
    if (listed >= 0)
        model->setData(index, combo->itemData(listed), Qt::EditRole);
    else if (QTimeZone(text.toUtf8()).isValid())
        model->setData(index, text, Qt::EditRole);
}
