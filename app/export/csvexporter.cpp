#include "export/csvexporter.h"
