#pragma once

#include "library/feed.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace Gleaner {

// Subscribe: the address of a feed or a site, and the folder to put it in.
class SubscribeDialog : public QDialog
{
    Q_OBJECT
public:
    SubscribeDialog(const QStringList &folders, QWidget *parent = nullptr);
    QUrl address() const;
    QString folder() const;
    QLineEdit *addressField() const { return m_address; }
    QComboBox *folderField() const { return m_folder; }

private:
    QLineEdit *m_address;
    QComboBox *m_folder;
};

// A feed's title, folder, where its items' text comes from, and how often it is refreshed.
class FeedPropertiesDialog : public QDialog
{
    Q_OBJECT
public:
    FeedPropertiesDialog(const Feed &feed, const QStringList &folders, QWidget *parent = nullptr);
    Feed feed() const; // the one given, with the user's changes

private:
    Feed m_feed;
    QLineEdit *m_title;
    QComboBox *m_folder;
    QComboBox *m_fullText;
    QSpinBox *m_minutes;
};

} // namespace Gleaner
