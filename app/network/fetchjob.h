#pragma once

#include "network/fetchoptions.h"
#include "network/fetchresult.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkCookieJar;
class QNetworkReply;

namespace Gleaner {

// One fetch started by UrlFetcher::fetch(): the requests of one redirect chain and the
// body of the last one. Emits finished() exactly once; result() is final from then on.
class FetchJob : public QObject
{
    Q_OBJECT
public:
    ~FetchJob() override; // aborts the fetch without emitting finished()

    QUrl url() const { return m_result.requestedUrl; }
    bool isFinished() const { return m_finished; }
    const FetchResult &result() const { return m_result; }

public slots:
    // Aborts the fetch: result().error becomes Error::Cancelled and finished() is emitted
    // before cancel() returns. Does nothing once the job has finished.
    void cancel();

signals:
    // Bytes of the page received so far (after decompression) and the expected total, or
    // -1 when the server does not say (or the body is compressed). Not emitted for the
    // bodies of redirect answers.
    void progress(qint64 received, qint64 total);
    void finished();

private:
    friend class UrlFetcher;
    FetchJob(QNetworkAccessManager *manager, const QUrl &url, const FetchOptions &options, QObject *parent);

    void start();
    void sendRequest(const QUrl &url);
    void onMetaDataChanged();
    void onReadyRead();
    void onReplyFinished();
    void followRedirect(const QUrl &target);
    void reportHttpStatus(QNetworkReply *reply);
    void onIdleTimeout();
    void onTotalTimeout();

    void fail(FetchResult::Error error, const QString &message);
    void failLater(FetchResult::Error error, const QString &message);
    // Success for HTML and plain text, UnsupportedContentType for anything else.
    void complete(const QString &contentType, const QString &charset);
    void finish();
    void dropReply();

    QString httpStatusMessage(int status, const QString &reason) const;
    QString networkErrorMessage(int networkError, const QString &qtMessage, FetchResult::Error *error) const;
    QString cookieKey(const QUrl &url) const;

    QNetworkAccessManager *m_manager = nullptr;
    FetchOptions m_options;
    FetchResult m_result;
    QPointer<QNetworkReply> m_reply;        // the manager deletes its replies when it goes
    QNetworkCookieJar *m_cookies = nullptr; // this redirect chain only, never the manager's
    QList<QPair<QUrl, QString>> m_visited;  // addresses requested, with the cookies sent
    QStringList m_sslErrors;
    QTimer m_idleTimer;
    QTimer m_totalTimer;
    QByteArray m_body;
    qint64 m_expectedLength = -1; // Content-Length of an uncompressed body, or -1
    int m_redirects = 0;
    qint64 m_discarded = 0;     // bytes of a redirect or error body read and dropped
    bool m_redirecting = false; // the current reply is a redirect
    bool m_discardBody = false; // the current reply is an HTTP error
    bool m_finished = false;
};

} // namespace Gleaner
