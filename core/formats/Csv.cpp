#include "Csv.h"
#include "Tr.h"

#include <QFile>
#include <QStringDecoder>

namespace trapline::formats {

namespace {

bool isLineBreak(QChar c) { return c == u'\n' || c == u'\r'; }

QString fieldCount(qsizetype n)
{
    return n == 1 ? FormatsText::tr("1 field") : FormatsText::tr("%1 fields").arg(n);
}

// "a", "b" and "c"
QString quotedList(const QStringList& names)
{
    QStringList quoted;
    for (const QString& name : names)
        quoted << u'"' + name + u'"';
    if (quoted.size() < 2)
        return quoted.join(QString());
    const QString last = quoted.takeLast();
    return quoted.join(QStringLiteral(", ")) + FormatsText::tr(" and ") + last;
}

// The 1-based line of the first bytes that are not UTF-8. A line break never sits inside a UTF-8 sequence, so
// lines can be checked one by one.
int firstInvalidUtf8Line(const QByteArray& bytes)
{
    int line = 1;
    for (qsizetype start = 0; start <= bytes.size(); ++line) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = decoder.decode(QByteArrayView(bytes).sliced(start, end - start));
        Q_UNUSED(decoded)
        if (decoder.hasError())
            return line;
        start = end + 1;
    }
    return line;
}

// The decoder skips a leading byte-order mark (Excel's "CSV UTF-8" writes one). Stateless: a sequence cut off at
// the end of the file is an error, not silently dropped.
Result<QString> decodeUtf8(const QByteArray& bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return Error{FormatsText::tr("line %1 is not UTF-8 text; save the file as \"CSV UTF-8\" and try again")
                         .arg(firstInvalidUtf8Line(bytes))};
    return text;
}

// A line that holds nothing but spaces is skipped on reading; the writer quotes such a field so it survives.
bool looksBlank(const QStringList& row) { return row.size() == 1 && row.front().trimmed().isEmpty(); }

class CsvReader {
public:
    CsvReader(QStringView text, QChar separator) : m_text(text), m_separator(separator) {}

    Result<CsvTable> read()
    {
        while (m_pos < m_text.size()) {
            const int rowLine = m_line;
            QStringList row;
            bool anyQuoted = false;
            for (;;) {
                QString field;
                bool quoted = false;
                const auto end = readField(field, quoted);
                if (!end)
                    return end.error();
                row << std::move(field);
                anyQuoted = anyQuoted || quoted;
                if (end.value() != FieldEnd::Separator)
                    break;
            }
            if (!anyQuoted && looksBlank(row))
                continue;
            if (Status added = addRow(std::move(row), rowLine); !added)
                return added.error();
        }
        if (m_table.header.isEmpty())
            return Error{FormatsText::tr("the file is empty; a header line naming the columns is needed")};
        return std::move(m_table);
    }

private:
    enum class FieldEnd { Separator, LineEnd, EndOfText };

    Result<FieldEnd> readField(QString& field, bool& quoted)
    {
        if (m_pos < m_text.size() && m_text[m_pos] == u'"') {
            quoted = true;
            return readQuoted(field);
        }
        // A quote inside an unquoted field is kept as it is: `5" lens` is common and unambiguous.
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && m_text[m_pos] != m_separator && !isLineBreak(m_text[m_pos]))
            ++m_pos;
        field = m_text.sliced(start, m_pos - start).toString();
        return finishField();
    }

    Result<FieldEnd> readQuoted(QString& field)
    {
        const int openedOn = m_line;
        ++m_pos;
        for (;;) {
            const qsizetype quote = m_text.indexOf(u'"', m_pos);
            if (quote < 0)
                return Error{
                    FormatsText::tr("line %1: unterminated quoted field (its closing \" is missing)").arg(openedOn)};
            countLineBreaks(m_pos, quote);
            field += m_text.sliced(m_pos, quote - m_pos);
            m_pos = quote + 1;
            if (m_pos < m_text.size() && m_text[m_pos] == u'"') {
                field += u'"';
                ++m_pos;
                continue;
            }
            break;
        }
        while (m_pos < m_text.size() && m_text[m_pos] != m_separator && (m_text[m_pos] == u' ' || m_text[m_pos] == u'\t'))
            ++m_pos;
        if (m_pos < m_text.size() && m_text[m_pos] != m_separator && !isLineBreak(m_text[m_pos]))
            return Error{FormatsText::tr("line %1: text after the closing quote of a field; a quote inside a quoted "
                                         "field must be written twice (\"\")")
                             .arg(m_line)};
        return finishField();
    }

    // Consumes what ends a field: a separator, a line break (CRLF, LF or CR) or the end of the text.
    FieldEnd finishField()
    {
        if (m_pos >= m_text.size())
            return FieldEnd::EndOfText;
        const QChar c = m_text[m_pos++];
        if (c == m_separator)
            return FieldEnd::Separator;
        if (c == u'\r' && m_pos < m_text.size() && m_text[m_pos] == u'\n')
            ++m_pos;
        ++m_line;
        return FieldEnd::LineEnd;
    }

    void countLineBreaks(qsizetype from, qsizetype to)
    {
        for (qsizetype i = from; i < to; ++i)
            if (m_text[i] == u'\n' || (m_text[i] == u'\r' && (i + 1 >= to || m_text[i + 1] != u'\n')))
                ++m_line;
    }

    Status addRow(QStringList row, int line)
    {
        if (m_table.header.isEmpty()) {
            m_table.header = std::move(row);
            return okStatus();
        }
        if (row.size() != m_table.header.size())
            return Error{FormatsText::tr("line %1 has %2, the header has %3")
                             .arg(line)
                             .arg(fieldCount(row.size()), fieldCount(m_table.header.size()))};
        m_table.rows.push_back(std::move(row));
        m_table.lineOfRow.push_back(line);
        return okStatus();
    }

    QStringView m_text;
    QChar m_separator;
    qsizetype m_pos = 0;
    int m_line = 1;
    CsvTable m_table;
};

QString escaped(const QString& field, QChar separator, bool alone)
{
    const bool needsQuotes = field.contains(separator) || field.contains(u'"') || field.contains(u'\n') ||
                             field.contains(u'\r') || (alone && field.trimmed().isEmpty()) ||
                             field.startsWith(QChar(0xFEFF)); // would read back as a byte-order mark
    if (!needsQuotes)
        return field;
    return u'"' + QString(field).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
}

} // namespace

Result<CsvTable> parseCsv(const QByteArray& bytes, QChar separator)
{
    Q_ASSERT(separator != u'"' && !isLineBreak(separator));
    const auto text = decodeUtf8(bytes);
    if (!text)
        return text.error();
    return CsvReader(text.value(), separator).read();
}

Result<CsvTable> readCsvFile(const QString& path, QChar separator)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{FormatsText::tr("Cannot read %1: %2").arg(path, file.errorString())};
    const QByteArray bytes = file.readAll();
    auto table = parseCsv(bytes, separator.isNull() ? guessCsvSeparator(bytes) : separator);
    if (!table)
        return Error{FormatsText::tr("%1: %2").arg(path, table.error().message)};
    return table;
}

QChar guessCsvSeparator(const QByteArray& bytes)
{
    int commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (const char c : bytes) {
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r'))
            break;
        else if (!quoted && c == ',')
            ++commas;
        else if (!quoted && c == ';')
            ++semicolons;
        else if (!quoted && c == '\t')
            ++tabs;
    }
    if (commas >= semicolons && commas >= tabs)
        return QLatin1Char(',');
    return semicolons >= tabs ? QLatin1Char(';') : QLatin1Char('\t');
}

int column(const CsvTable& table, const QString& name, Qt::CaseSensitivity cs)
{
    for (qsizetype i = 0; i < table.header.size(); ++i)
        if (table.header[i].trimmed().compare(name, cs) == 0)
            return static_cast<int>(i);
    return -1;
}

Result<int> requireColumn(const CsvTable& table, const QStringList& names, Qt::CaseSensitivity cs)
{
    Q_ASSERT(!names.isEmpty());
    for (const QString& name : names)
        if (const int c = column(table, name, cs); c >= 0)
            return c;
    QString message = FormatsText::tr("the column \"%1\" is missing").arg(names.front());
    if (names.size() > 1)
        message += FormatsText::tr(" (also accepted: %1)").arg(quotedList(names.mid(1)));
    return Error{message + FormatsText::tr("; the header has %1").arg(quotedList(table.header))};
}

Result<std::vector<int>> requireColumns(const CsvTable& table, const QStringList& names, Qt::CaseSensitivity cs)
{
    std::vector<int> found;
    QStringList missing;
    for (const QString& name : names) {
        found.push_back(column(table, name, cs));
        if (found.back() < 0)
            missing << name;
    }
    if (missing.isEmpty())
        return found;
    const QString what = missing.size() == 1 ? FormatsText::tr("the column %1 is missing")
                                             : FormatsText::tr("the columns %1 are missing");
    return Error{what.arg(quotedList(missing)) + FormatsText::tr("; the header has %1").arg(quotedList(table.header))};
}

void CsvWriter::addRow(const QStringList& fields)
{
    m_line.clear();
    const bool alone = looksBlank(fields);
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_line += m_separator;
        m_line += escaped(fields[i], m_separator, alone);
    }
    m_line += u'\n';
    m_bytes += m_line.toUtf8();
}

QByteArray writeCsv(const QStringList& header, const std::vector<QStringList>& rows, QChar separator)
{
    CsvWriter writer(separator);
    writer.addRow(header);
    for (const QStringList& row : rows)
        writer.addRow(row);
    return writer.take();
}

Status writeCsvFile(const QString& path, const QStringList& header, const std::vector<QStringList>& rows)
{
    return writeFileAtomically(path, writeCsv(header, rows));
}

} // namespace trapline::formats
