#include "swimlaneexport.h"

#include "textdecoding.h"

#include "swimlanerenderer.h"

#include <QGuiApplication>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace {

SwimlaneRenderer::Options exportOptions()
{
    SwimlaneRenderer::Options options;
    options.palette = SwimlaneExport::exportPalette();
    options.font = QGuiApplication::font();
    options.legend = true;
    return options;
}

} // namespace

QPalette SwimlaneExport::exportPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Base, QColor(0xff, 0xff, 0xff));
    palette.setColor(QPalette::AlternateBase, QColor(0xf2, 0xf4, 0xf7));
    palette.setColor(QPalette::Text, QColor(0x1f, 0x23, 0x28));
    palette.setColor(QPalette::PlaceholderText, QColor(0x5f, 0x66, 0x6d));
    palette.setColor(QPalette::Mid, QColor(0xa0, 0xa6, 0xad));
    palette.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xe8));
    return palette;
}

QImage SwimlaneExport::image(const Swimlane& swimlane, qreal scale)
{
    const SwimlaneRenderer::Options options = exportOptions();
    const SwimlaneLayout layout(swimlane, SwimlaneRenderer::metricsFor(swimlane, options.font));
    const SwimlaneRenderer renderer(swimlane, layout);
    const QSizeF size = renderer.size(options);
    QImage image((size * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(options.palette.color(QPalette::Base));
    QPainter painter(&image);
    painter.scale(scale, scale);
    renderer.paint(painter, QRectF(QPointF(0, 0), size), options);
    return image;
}

bool SwimlaneExport::write(const QString& path, const Swimlane& swimlane, const QString& title, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (path.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive)) {
        const SwimlaneRenderer::Options options = exportOptions();
        const SwimlaneLayout layout(swimlane, SwimlaneRenderer::metricsFor(swimlane, options.font));
        const SwimlaneRenderer renderer(swimlane, layout);
        const QSizeF size = renderer.size(options);
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(size.toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), size));
        svg.setTitle(TextDecoding::withVisibleControls(title));
        svg.setDescription(tr("Swimlane diagram made by Maillane"));
        QPainter painter(&svg);
        renderer.paint(painter, QRectF(QPointF(0, 0), size), options);
        painter.end();
    } else if (!image(swimlane, 2.0).save(&file, "PNG")) {
        *error = tr("Cannot write %1: the image could not be encoded.").arg(path);
        return false;
    }
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
