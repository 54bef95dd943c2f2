#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace Gleaner {

class ArticleView;

// The bar under the article for finding in it: every hit marked, "2 of 7", Enter
// or F3 for the next, Shift+Enter or Shift+F3 for the previous, Esc to close.
class FindBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(ArticleView *view, QWidget *parent = nullptr);
    QLineEdit *field() const { return m_field; }
    void open(); // shows the bar with the selection (or the last search) selected
    void next(bool backward = false);
    void close();
    QString status() const;
    // Another article (or the same one again) is shown: its hits are marked anew.
    void articleChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search();
    void updateStatus();

    ArticleView *m_view;
    QLineEdit *m_field;
    QLabel *m_status;
    QToolButton *m_previous;
    QToolButton *m_next;
};

} // namespace Gleaner
