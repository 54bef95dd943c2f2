#include "library/librarystore.h"
