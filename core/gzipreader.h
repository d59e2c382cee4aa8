#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

// Inflates rotated logs (maillog.2.gz): one or several concatenated gzip members, via zlib.
class GzipReader
{
    Q_DECLARE_TR_FUNCTIONS(GzipReader)

public:
    static bool isGzip(QByteArrayView bytes);
    // Returns the inflated bytes; on corrupt or truncated input sets *error and returns what was recovered.
    // With maxBytes >= 0, stops once that many bytes are out (a little more may be returned).
    static QByteArray inflate(QByteArrayView compressed, QString* error, qint64 maxBytes = -1);
};
