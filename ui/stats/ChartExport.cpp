#include "ChartExport.h"

#include "common/MessageBox.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QPainter>
#include <QSaveFile>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QWidget>

namespace tp::ui {

bool ChartExport::save(QWidget* chart, const QString& path, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    bool drawn = false;
    if (QFileInfo(path).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0) {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(chart->size());
        svg.setViewBox(chart->rect());
        svg.setTitle(chart->accessibleName());
        QPainter painter;
        drawn = painter.begin(&svg);
        if (drawn) {
            chart->render(&painter);
            painter.end();
        }
    } else {
        drawn = chart->grab().toImage().save(&file, "PNG");
    }
    if (!drawn || !file.commit()) {
        *error = tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void ChartExport::addMenu(QWidget* chart)
{
    chart->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(chart, &QWidget::customContextMenuRequested, chart, [chart](const QPoint& at) {
        QMenu menu(chart);
        const auto saveAs = [chart](const QString& filter, const QString& suffix) {
            const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
            const QString path = QFileDialog::getSaveFileName(
                chart, tr("Save the Chart"), QDir(folder).filePath(tr("statistics") + suffix), filter);
            QString error;
            if (!path.isEmpty() && !save(chart, path, &error))
                MessageBox::warning(chart, tr("The Chart Was Not Saved"), error);
        };
        menu.addAction(tr("Save as PNG…"), chart,
                       [saveAs] { saveAs(tr("PNG pictures (*.png)"), QStringLiteral(".png")); });
        menu.addAction(tr("Save as SVG…"), chart,
                       [saveAs] { saveAs(tr("SVG drawings (*.svg)"), QStringLiteral(".svg")); });
        menu.exec(chart->mapToGlobal(at));
    });
}

} // namespace tp::ui
