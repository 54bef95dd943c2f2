#pragma once

namespace Gleaner {

class LibraryStore
{
};

} // namespace Gleaner
