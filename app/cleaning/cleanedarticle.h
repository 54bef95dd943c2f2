#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QUrl>
#include <QVector>

namespace Gleaner {

// One piece of the article's plain text that is displayed as one QTextBlock of the
// sanitized HTML (a paragraph, a heading, a list item, one table cell, one line of
// preformatted text...). Segments are in document order and do not overlap.
struct TextSegment
{
    enum class Role {
        Heading,
        Paragraph,
        ListItem,
        Quote,
        TableCell,
        TableHeaderCell,
        Preformatted,
        Caption
    };
    Role role = Role::Paragraph;
    int start = 0; // UTF-16 offset into CleanedArticle::text
    int end = 0;   // exclusive
    int level = 0; // heading level 1-6, list nesting depth, or table row index
};

struct CleanedArticle
{
    QString title;
    QString byline;
    QDate published; // invalid when unknown
    QString site;
    QString description;
    QString language; // BCP 47 tag such as "en" or "ja", empty when unknown
    QUrl url;         // canonical URL when the page names one, else the URL given by the caller
    QString text;     // the plain text annotations anchor to: blocks separated by a blank line
    QString html;     // sanitized HTML of the body, for display
    QVector<TextSegment> segments;
    QString charset; // the character set the input was decoded with
};

// What the caller knows about the input.
struct CleanInput
{
    enum class Format { Auto, Html, Text };
    QByteArray data;
    QString charset; // from an HTTP header, or empty
    QUrl url;        // where it came from, for relative links; may be empty
    Format format = Format::Auto;
};

} // namespace Gleaner
