// libFuzzer target for the CSV reader. Any bytes must give a table or an error naming the line, never a crash or
// a hang; a table that was read must satisfy CsvTable's promises and read back unchanged after writeCsv.
#include "formats/Csv.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace trapline::formats;

namespace {

void require(bool condition, const char* what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_csv: %s\n", what);
        std::abort();
    }
}

void checkTable(const CsvTable& table, QChar separator)
{
    require(!table.header.isEmpty(), "a table without a header");
    require(table.rows.size() == table.lineOfRow.size(), "rows and line numbers differ in number");
    int previousLine = 1;
    for (size_t i = 0; i < table.rows.size(); ++i) {
        require(table.rows[i].size() == table.header.size(), "a row whose field count differs from the header's");
        require(table.lineOfRow[i] > previousLine, "row line numbers that do not increase");
        previousLine = table.lineOfRow[i];
    }
    const auto again = parseCsv(writeCsv(table.header, table.rows, separator), separator);
    require(again.ok(), "what writeCsv wrote does not read back");
    require(again.value().header == table.header, "the header reads back changed");
    require(again.value().rows == table.rows, "the rows read back changed");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QChar guessed = guessCsvSeparator(bytes);
    require(guessed == u',' || guessed == u';' || guessed == u'\t', "a guessed separator that is not , ; or tab");
    for (const QChar separator : {QChar(u','), QChar(u';'), QChar(u'\t')}) {
        const auto table = parseCsv(bytes, separator);
        if (table.ok())
            checkTable(table.value(), separator);
        else
            require(table.error().message.startsWith(QLatin1String("line ")) ||
                        table.error().message.startsWith(QLatin1String("the file is empty")),
                    "an error message that names no line");
    }
    return 0;
}
