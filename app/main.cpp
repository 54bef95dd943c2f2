#include "guiapplication.h"

int main(int argc, char **argv)
{
    return Gleaner::runGui(argc, argv);
}
