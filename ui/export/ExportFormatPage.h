#pragma once

#include "ExportState.h"

#include <memory>
#include <QWizardPage>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QTreeWidget;

namespace tp::ui {

// JSON or CSV bundle, indentation and compression, interpretations,
// anonymising, and the fields to include (tables and fields in words).
class ExportFormatPage : public QWizardPage
{
    Q_OBJECT

public:
    ExportFormatPage(std::shared_ptr<ExportState> state, QWidget* parent);

    void setFormat(exchange::ExportFormat format);
    void setAnonymize(bool on);
    QTreeWidget* fieldTree() const { return m_fields; }

private:
    void createFieldTree();
    void store();

    std::shared_ptr<ExportState> m_keep; // the state lives as long as its last page or wizard
    ExportState& m_state;
    QButtonGroup* m_format = nullptr;
    QCheckBox* m_pretty = nullptr;
    QCheckBox* m_gzip = nullptr;
    QComboBox* m_level = nullptr;
    QCheckBox* m_interpretations = nullptr;
    QCheckBox* m_anonymize = nullptr;
    QCheckBox* m_coarsen = nullptr;
    QTreeWidget* m_fields = nullptr;
};

} // namespace tp::ui
