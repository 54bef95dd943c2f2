#pragma once

namespace Gleaner {

class CsvExporter
{
};

} // namespace Gleaner
