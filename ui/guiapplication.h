#pragma once

#include <QString>

namespace Gleaner {

// Starts the window: the library named on the command line, else the last one,
// else the default library in the user's data folder (created with the sample
// article on first start).
int runGui(int argc, char **argv);

// Creates the default library with the sample article if it does not exist yet.
bool ensureDefaultLibrary(const QString &path, QString *error);

} // namespace Gleaner
