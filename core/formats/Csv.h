#pragma once

#include "Result.h"
#include "project/AtomicFile.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace trapline::formats {

// A CSV file as read: the header and the data rows, with the line each row starts on for messages.
struct CsvTable {
    QStringList header;
    std::vector<QStringList> rows; // each has as many fields as the header
    std::vector<int> lineOfRow;    // 1-based; a quoted field with line breaks makes a row span several lines
};

// RFC 4180 reading: UTF-8 with or without a byte-order mark, quoted fields with separators, doubled quotes and
// line breaks, CRLF, LF or CR line ends. Blank lines are skipped. Spaces after a closing quote are dropped; other
// text there is an error, since it almost always means a quote inside a field was not doubled. Errors name the
// line ("line 17: unterminated quoted field", "line 9 has 5 fields, the header has 7").
// The separator is ',' by default; ';' (spreadsheets in many European locales) and tab are the usual others.
Result<CsvTable> parseCsv(const QByteArray& bytes, QChar separator = QLatin1Char(','));
// As parseCsv; messages start with the path. A null separator (QChar()) is guessed with guessCsvSeparator.
Result<CsvTable> readCsvFile(const QString& path, QChar separator = QLatin1Char(','));

// The separator of the first line: whichever of ',', ';' and tab occurs most often outside quotes (',' on a tie).
QChar guessCsvSeparator(const QByteArray& bytes);

// The index of the column called `name` (surrounding spaces in the header ignored), or -1 when there is none.
int column(const CsvTable& table, const QString& name, Qt::CaseSensitivity cs = Qt::CaseSensitive);
// The index of the first of `names` the header has (one column known by several names, "file" or "filename");
// otherwise an error that names the first: the column "file" is missing (also accepted: "filename")...
Result<int> requireColumn(const CsvTable& table, const QStringList& names, Qt::CaseSensitivity cs = Qt::CaseSensitive);
// The indexes of all `names`, in their order; an error naming every missing column otherwise.
Result<std::vector<int>> requireColumns(const CsvTable& table, const QStringList& names,
                                        Qt::CaseSensitivity cs = Qt::CaseSensitive);

// UTF-8 without a byte-order mark, LF line ends; a field is quoted only when it needs to be (it holds the
// separator, a quote or a line break, or would otherwise read back as a blank line).
QByteArray writeCsv(const QStringList& header, const std::vector<QStringList>& rows, QChar separator = QLatin1Char(','));

// The same, a row at a time, for tables too large to hold as rows first: only the UTF-8 text is kept.
class CsvWriter {
public:
    explicit CsvWriter(QChar separator = QLatin1Char(',')) : m_separator(separator) {}
    void addRow(const QStringList& fields);
    const QByteArray& bytes() const { return m_bytes; }
    QByteArray take() { return std::move(m_bytes); }

private:
    QChar m_separator;
    QByteArray m_bytes;
    QString m_line;
};

Status writeCsvFile(const QString& path, const QStringList& header, const std::vector<QStringList>& rows);

} // namespace trapline::formats
