#pragma once

#include <QDialog>

class QLineEdit;
class QSpinBox;

namespace tp::ui {

// Settings → Cloud → App Ids…: the Dropbox and Google apps this copy signs
// in with. Empty fields fall back to the ids this build came with; the
// cloud guide explains how to register one's own.
class AppIdsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AppIdsDialog(QWidget* parent = nullptr);
    void save() const;

private:
    QLineEdit* m_dropboxKey;
    QSpinBox* m_dropboxPort;
    QLineEdit* m_googleId;
    QLineEdit* m_googleSecret;
};

} // namespace tp::ui
