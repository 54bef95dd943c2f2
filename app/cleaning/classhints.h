#pragma once

#include "cleaning/htmldocument.h"

#include <QByteArray>
#include <QString>

#include <initializer_list>
#include <string_view>

// What class and id names, and the text of an element, tell the content extractor:
// Readability's hint patterns, boilerplate names, class weights, and text measured
// so that East Asian scripts and all commas count.
namespace Gleaner::ClassHints {

bool isHeading(const char *tag);
// Class and id, lower case, for the hint patterns, without the names of responsive
// and framework helpers that say nothing about the content ("hidden-xs", "field--label-hidden").
QByteArray hints(const xmlNode *node);
// `words` are string literals: their lengths are known when compiled, and they end in
// NUL, as strstr needs.
bool containsAny(const QByteArray &s, std::initializer_list<std::string_view> words);
// Class names (lower case) without the responsive and framework helpers.
QByteArray withoutHelperNames(const QByteArray &classes);
// Whether one of the words (runs of a-z and 0-9) in `s` is one of `words`.
bool hasWord(const QByteArray &s, std::initializer_list<std::string_view> words);
bool isUnlikely(const QByteArray &h);
bool isMaybeCandidate(const QByteArray &h);
// Boxes that are boilerplate whatever else their class says.
bool isBoilerplate(const QByteArray &h);
bool isByline(const QByteArray &h);
int classWeight(const xmlNode *node);
// Text length in characters, white-space runs counted once, East Asian characters
// (3-byte UTF-8 sequences from U+3000 up) counted twice; commas of all scripts.
void measureText(const xmlChar *s, int *length, int *commas);
// An image credit or source line: "Foto: dpa", "Photo: Reuters", "© Getty Images"
// (lead words in resources/data/cleaning-words.tsv), 120 characters at most.
bool isCreditLine(const QString &text);
// A link, or a button drawn as one; a named anchor without an address (<a name="…">
// around a paragraph, a target to jump to) is no link.
bool isLink(const xmlNode *node);
// The letters and digits of a text, lower case: to compare a heading with the title.
QString lettersOf(const QString &text);

} // namespace Gleaner::ClassHints
