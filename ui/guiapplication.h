#pragma once

namespace Gleaner {
int runGui(int argc, char **argv);
}
