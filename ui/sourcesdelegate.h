#pragma once

#include <QStyledItemDelegate>

// Edits the Sources panel's Family, Encoding and Zone cells with combo boxes of SourceChoices. The zone combo
// is editable with a completer that matches anywhere in the name ("tokyo" finds Asia/Tokyo). A choice is
// committed as soon as it is picked.
class SourcesDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
};
