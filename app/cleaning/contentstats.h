#pragma once

#include "cleaning/contentextractor.h"

namespace Gleaner {

// Per-element figures of the content extractor, kept in a vector indexed through
// each node's _private pointer.
struct ContentExtractor::Stats
{
    int textLen = 0; // characters, East Asian ones counted twice (they carry more per character)
    int linkLen = 0;
    int headingLen = 0;
    int commas = 0;
    int pCount = 0;
    int liCount = 0;
    int imgCount = 0;
    int inputCount = 0;
    int embedCount = 0;
    bool blockChildren = false;
    bool scored = false;
    bool keep = false; // holds a post of a discussion: the box-by-box cleaning keeps it
    double score = 0;
};

} // namespace Gleaner
