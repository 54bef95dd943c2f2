#pragma once

#include "util/annotation.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVector>

namespace Gleaner {

// How much a commitment promises: a value with its currency (ISO 4217) or the
// noun it counts ("engineer"), never both.
struct CommitmentAmount
{
    QString amount; // plain decimal string
    QString currency;
    QString unit;
    QString qualifier; // "up to", "more than", ... or empty
    bool operator==(const CommitmentAmount &o) const
    {
        return amount == o.amount && currency == o.currency && unit == o.unit && qualifier == o.qualifier;
    }
};

// Where a commitment is reported: a quote of an article, and the hash of the
// text its offsets count in.
struct CommitmentSource
{
    qint64 id = 0;
    qint64 articleId = 0;
    int start = 0; // UTF-16 offsets into the article text, end exclusive
    int end = 0;
    QString quote;
    QString contentSha256;
    QString articleTitle; // filled when read back
    QString articleUrl;   // filled when read back
};

// One promise: who commits, to whom or where, how much, by when, in which
// pillars, and the articles that report it.
struct Commitment
{
    qint64 id = 0;
    QString actor;
    QString beneficiary;
    QVector<CommitmentAmount> amounts;
    QDate due; // the last day of the period, as annotations store it
    DatePrecision precision = DatePrecision::Day;
    QString period; // ISO 8601 duration it runs over ("P4Y"), or empty
    QString note;
    QVector<qint64> pillarIds;
    QStringList pillarNames; // filled when read back, in the order of pillarIds
    QVector<CommitmentSource> sources;
    QVector<qint64> evidence; // annotation ids
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace Gleaner
