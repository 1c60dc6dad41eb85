#pragma once

#include "model/PracticeStore.h"

#include <functional>
#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace tp::ui {

// A form over one row of one table. Every field shows its own problem
// (from the core Validator) right under it; the dialog only closes once
// the store has saved the row.
class RecordDialog : public QDialog
{
    Q_OBJECT

public:
    using SaveFunction = std::function<model::SaveResult(const model::Row&)>;

    static RecordDialog* clientDialog(const model::Row& row, SaveFunction save, QWidget* parent);
    static RecordDialog* birthDataDialog(const model::Row& row, const QList<model::Row>& places,
                                         SaveFunction save, QWidget* parent);
    static RecordDialog* sessionNoteDialog(const model::Row& row, SaveFunction save, QWidget* parent);

    // The id of the saved row, once accepted.
    QString savedId() const { return m_savedId; }

    // For tests and for the dialogs' own wiring.
    QWidget* editor(const QString& column) const { return m_editors.value(column); }
    void setFieldText(const QString& column, const QString& text);
    QString problemText(const QString& column) const;
    model::Row values() const;

public slots:
    void accept() override;

private:
    RecordDialog(const QString& table, const model::Row& row, SaveFunction save, QWidget* parent);

    QLineEdit* addLine(const QString& column, const QString& label, const QString& placeholder = {});
    QPlainTextEdit* addText(const QString& column, const QString& label);
    QComboBox* addChoice(const QString& column, const QString& label,
                         const QList<QPair<QString, QString>>& choices, bool editable);
    QCheckBox* addCheck(const QString& column, const QString& label);
    void addRow(const QString& column, const QString& label, QWidget* editor);
    void finishLayout();
    bool showProblems(const QList<model::Problem>& problems);

    QString m_table;
    model::Row m_row;
    SaveFunction m_save;
    QFormLayout* m_form = nullptr;
    QLabel* m_banner = nullptr;
    QHash<QString, QWidget*> m_editors;
    QHash<QString, QLabel*> m_problemLabels;
    QStringList m_order;
    QString m_savedId;
};

} // namespace tp::ui
