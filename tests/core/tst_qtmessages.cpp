// The message filter both executables install: it drops the offscreen platform's propagateSizeHints() warning
// and nothing else.
#include "qtmessages.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QStringList passed;

void keep(QtMsgType, const QMessageLogContext&, const QString& message)
{
    passed << message;
}

} // namespace

class TestQtMessages : public QObject
{
    Q_OBJECT

private slots:
    void shouldDropOnlyThePropagateSizeHintsWarning()
    {
        const QtMessageHandler testLog = qInstallMessageHandler(keep);
        QtMessages::installFilter();
        QtMessages::installFilter(); // a second call must not make the filter pass messages to itself
        qWarning("This plugin does not support propagateSizeHints()");
        qWarning("This plugin does not support propagateSizeHints() at all");
        qWarning("Something else");
        qCritical("This plugin does not support propagateSizeHints()");
        qInstallMessageHandler(testLog);
        QCOMPARE(passed,
            QStringList({ u"This plugin does not support propagateSizeHints() at all"_s, u"Something else"_s,
                u"This plugin does not support propagateSizeHints()"_s }));
    }
};

QTEST_GUILESS_MAIN(TestQtMessages)
#include "tst_qtmessages.moc"
