#pragma once

#include "library/librarycommands.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace Gleaner {

// Title, published date (it drives deadline resolution), URL and site of an article.
class ArticlePropertiesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ArticlePropertiesDialog(const ArticleProperties &properties, QWidget *parent = nullptr);
    ArticleProperties properties() const;
    QLineEdit *titleEdit() const { return m_title; }
    void accept() override;

private:
    QLineEdit *m_title;
    QCheckBox *m_hasDate;
    QDateEdit *m_published;
    QLineEdit *m_url;
    QLineEdit *m_site;
    QLabel *m_error;
};

} // namespace Gleaner
