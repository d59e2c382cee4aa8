// PLACEHOLDER: replaced by the ironport parser tests (issue 3).
#include <QTest>
class TestPlaceholder : public QObject
{
    Q_OBJECT
private slots:
    void placeholder() { QFAIL("not written yet"); }
};
QTEST_GUILESS_MAIN(TestPlaceholder)
#include "tst_logparser.moc"
