#pragma once

namespace Gleaner {

class CommandLine
{
};

} // namespace Gleaner
