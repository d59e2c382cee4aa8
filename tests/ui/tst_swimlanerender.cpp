// Painting the swimlane diagram offscreen and exporting it: the picture has the outcome colours, the SVG
// carries every lane title and step label as escaped plain text, PNG is written at twice the size, and an
// unwritable path gives a message naming the file.
#include "outcomepalette.h"
#include "swimlane/swimlanebuilder.h"
#include "swimlane/swimlanetexts.h"
#include "swimlaneexport.h"
#include "swimlanerenderer.h"
#include "hostilelog.h"
#include "tracetesting.h"
#include "trace/tracer.h"

#include <QGuiApplication>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

// How many pixels have exactly this colour.
int pixelsOf(const QImage& image, const QColor& color)
{
    const QRgb wanted = color.rgb();
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            count += (line[x] | 0xff000000u) == (wanted | 0xff000000u) ? 1 : 0;
    }
    return count;
}

// The diagram as SwimlaneExport writes it to an .svg file (empty if it could not).
QByteArray exportedSvg(const Swimlane& swimlane, const QString& title)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"trace.svg"_s);
    QString error;
    QFile file(path);
    if (!SwimlaneExport::write(path, swimlane, title, &error) || !file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

class TestSwimlaneRender : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_fixture.loadSamples({ u"ironport"_s, u"postfix"_s }));
        const std::uint32_t mid = m_fixture.message("esa1", "30011");
        QVERIFY(mid != NoIndex);
        m_swimlane = SwimlaneBuilder::build(m_fixture.graph, m_fixture.logs, Tracer::path(m_fixture.graph, mid));
        QVERIFY(m_swimlane.steps.size() > 10);
    }

    void paintsTheOutcomeColours()
    {
        const QImage image = SwimlaneExport::image(m_swimlane);
        const QPalette palette = SwimlaneExport::exportPalette();
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 1000);
        // Delivered replies in green, the refused RCPT TO in red, lane lines and text in between.
        QVERIFY(pixelsOf(image, OutcomePalette::text(Outcome::Delivered, palette)) > 50);
        QVERIFY(pixelsOf(image, OutcomePalette::text(Outcome::Rejected, palette)) > 20);
        QVERIFY(pixelsOf(image, palette.color(QPalette::Base)) < image.width() * image.height());
    }

    void paintsOnlyWhatIsExposed()
    {
        const SwimlaneLayout layout(m_swimlane, SwimlaneRenderer::metricsFor(m_swimlane, QGuiApplication::font()));
        const SwimlaneRenderer renderer(m_swimlane, layout);
        SwimlaneRenderer::Options options;
        options.palette = SwimlaneExport::exportPalette();
        options.font = QGuiApplication::font();
        options.currentStep = 3;
        QImage image(layout.size().toSize(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::black);
        QPainter painter(&image);
        const QRectF exposed(0, layout.stepRow(3).top(), layout.size().width(), layout.metrics().rowHeight);
        renderer.paint(painter, exposed, options);
        painter.end();
        // Inside the exposed band: the current step's mark; outside: untouched.
        QVERIFY(pixelsOf(image.copy(exposed.toRect()), OutcomePalette::markTint(options.palette)) > 100);
        QCOMPARE(image.pixelColor(5, int(layout.stepRow(8).center().y())), QColor(Qt::black));
    }

    void svgHasEveryLabelAsText()
    {
        const QString svg = QString::fromUtf8(exportedSvg(m_swimlane, u"MID 30011"_s));
        QVERIFY(svg.startsWith(u"<?xml"_s));
        QVERIFY(svg.contains(u"<title>MID 30011</title>"_s));
        for (const SwimLane& lane : m_swimlane.lanes)
            QVERIFY2(svg.contains(SwimlaneTexts::laneTitle(lane).toHtmlEscaped()), qPrintable(SwimlaneTexts::laneTitle(lane)));
        for (const SwimStep& step : m_swimlane.steps) // each step has its row: labels fit, however long
            QVERIFY2(svg.contains(SwimlaneTexts::stepLabel(step).toHtmlEscaped()), qPrintable(SwimlaneTexts::stepLabel(step)));
        QVERIFY(svg.contains(SwimlaneTexts::legendDeferred().toHtmlEscaped()));
        QVERIFY(svg.contains(u"RCPT TO:&lt;hanako@example.jp&gt;"_s)); // log text escaped, never markup
    }

    void svgOfHostileTextIsWellFormedXml()
    {
        // markup, quotes, terminal escapes and control bytes from the log: escaped or dropped, so that the SVG
        // stays well-formed XML (a control byte is not allowed in XML even escaped) and shows text, never markup
        TraceFixture fixture;
        QVERIFY2(fixture.load({ { "relay1/maillog", hostilePostfixLog() } }), qPrintable(fixture.error));
        const std::uint32_t message = fixture.message("relay1", "4VbSh51VP0z3xXy");
        QVERIFY(message != NoIndex);
        const Swimlane swimlane = SwimlaneBuilder::build(fixture.graph, fixture.logs, Tracer::path(fixture.graph, message));
        const QByteArray svg = exportedSvg(swimlane, u"<\"q\"@a\x1b[31m> </title>"_s);
        QXmlStreamReader reader(svg);
        int texts = 0;
        while (!reader.atEnd()) {
            if (reader.readNext() == QXmlStreamReader::StartElement)
                texts += reader.name() == u"text"_s ? 1 : 0;
            QVERIFY2(reader.name() != u"script"_s && reader.name() != u"b"_s, qPrintable(reader.name().toString()));
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString() + u" at line "_s + QString::number(reader.lineNumber())));
        QVERIFY(texts > 5);
        QVERIFY(svg.contains("<title>&lt;&quot;q&quot;@a\xe2\x90\x9b[31m&gt; &lt;/title&gt;</title>")); // ESC as its picture
        QVERIFY(svg.contains(">client =cmd|' /C calc'!A0</text>"));
    }

    void pngAtTwiceTheSize()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"trace.png"_s);
        QString error;
        QVERIFY2(SwimlaneExport::write(path, m_swimlane, u"MID 30011"_s, &error), qPrintable(error));
        const QImage written(path);
        QVERIFY(!written.isNull());
        QCOMPARE(written.size(), SwimlaneExport::image(m_swimlane, 2.0).size());
        QVERIFY(written.width() > 2 * SwimlaneExport::image(m_swimlane).width() - 2);
    }

    void unwritablePathIsReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"no/such/dir/trace.svg"_s);
        QString error;
        QVERIFY(!SwimlaneExport::write(path, m_swimlane, {}, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
    }

private:
    TraceFixture m_fixture;
    Swimlane m_swimlane;
};

QTEST_MAIN(TestSwimlaneRender)
#include "tst_swimlanerender.moc"
