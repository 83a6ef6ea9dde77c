#pragma once

#include <QByteArray>

class QIODevice;

namespace ameli {

// Reads a file line by line in bounded memory, whatever its size: Windows, Unix and old Mac
// line ends alike, and a line longer than the limit is reported without being read whole
// (/dev/zero, a 50 MB single line).
class CsvLineReader
{
public:
    enum class Status
    {
        Line,
        End,
        TooLong,
    };

    CsvLineReader(QIODevice &input, qsizetype maxLineBytes);

    // The next line, without its end.
    Status next(QByteArray *line);
    // The line just read (or refused), counted from 1.
    int lineNumber() const { return m_lineNumber; }
    qint64 bytesRead() const { return m_bytesRead; }
    // Up to the end of the line just read: what a progress bar shows.
    qint64 bytesConsumed() const { return m_bytesRead - (m_buffer.size() - m_position); }

private:
    bool fill();

    QIODevice &m_input;
    qsizetype m_maxLineBytes;
    QByteArray m_buffer;
    qsizetype m_position = 0;
    bool m_atEnd = false;
    int m_lineNumber = 0;
    qint64 m_bytesRead = 0;
};

} // namespace ameli
