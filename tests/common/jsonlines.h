#pragma once

// Output of the commands that print one JSON object per line, read as a script
// reads it; a line that is not an object fails the test that reads it.
#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QVector>

namespace Gleaner::Test {

inline QVector<QJsonObject> jsonLines(const QByteArray &out)
{
    QVector<QJsonObject> objects;
    for (const QByteArray &line : out.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            QTest::qFail(qPrintable(QStringLiteral("not a JSON object: ") + QString::fromUtf8(line)),
                         __FILE__, __LINE__);
        objects << doc.object();
    }
    return objects;
}

} // namespace Gleaner::Test
