#pragma once

// The tables that hold a library's content, parents before children, so that
// rows copied in this order always find the rows they refer to (copies between
// engines, recovered copies of a damaged file). Search indexes are not listed:
// each engine rebuilds its own.
namespace Gleaner::LibraryTables {

inline constexpr const char *kInReferenceOrder[] = {"pillars",
                                                    "articles",
                                                    "annotations",
                                                    "suggestion_decisions",
                                                    "commitments",
                                                    "commitment_amounts",
                                                    "commitment_pillars",
                                                    "commitment_sources",
                                                    "commitment_evidence",
                                                    "conversion_rates",
                                                    "feeds",
                                                    "feed_items",
                                                    "feed_pruned"};

} // namespace Gleaner::LibraryTables
