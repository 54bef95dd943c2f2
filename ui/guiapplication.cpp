#include "guiapplication.h"

namespace Gleaner {
int runGui(int, char **)
{
    return 0;
}
} // namespace Gleaner
