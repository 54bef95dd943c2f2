#pragma once

#include <QString>

class QApplication;

namespace Gleaner {

// Starts the window: the library named on the command line, else the last one,
// else the default library in the user's data folder (created with the sample
// article on first start).
int runGui(int argc, char **argv);

// Loads Qt's and Gleaner's translations for `language` ("" for the system's).
void installTranslations(QApplication &app, const QString &language);

// Creates the default library with the sample article if it does not exist yet.
bool ensureDefaultLibrary(const QString &path, QString *error);

} // namespace Gleaner
