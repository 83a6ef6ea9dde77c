#include "CsvLineReader.h"

#include <QIODevice>

namespace ameli {

namespace {

constexpr qint64 kChunkBytes = 256 * 1024;

} // namespace

CsvLineReader::CsvLineReader(QIODevice &input, qsizetype maxLineBytes)
    : m_input(input)
    , m_maxLineBytes(maxLineBytes)
{
}

bool CsvLineReader::fill()
{
    if (m_atEnd)
        return false;
    // What was consumed goes first: the buffer holds at most one line and one chunk.
    m_buffer.remove(0, m_position);
    m_position = 0;
    const QByteArray chunk = m_input.read(kChunkBytes);
    if (chunk.isEmpty()) {
        m_atEnd = true;
        return false;
    }
    m_bytesRead += chunk.size();
    m_buffer += chunk;
    return true;
}

CsvLineReader::Status CsvLineReader::next(QByteArray *line)
{
    qsizetype searchFrom = m_position;
    for (;;) {
        qsizetype end = -1;
        for (qsizetype i = searchFrom; i < m_buffer.size(); ++i) {
            const char c = m_buffer.at(i);
            if (c == '\n' || c == '\r') {
                end = i;
                break;
            }
        }
        if (end >= 0) {
            // A CR at the chunk's end may be the first half of a CR LF.
            if (m_buffer.at(end) == '\r' && end + 1 == m_buffer.size() && !m_atEnd) {
                const qsizetype offset = end - m_position;
                fill();
                end = m_position + offset;
            }
            if (end - m_position > m_maxLineBytes) {
                ++m_lineNumber;
                return Status::TooLong;
            }
            *line = m_buffer.mid(m_position, end - m_position);
            qsizetype after = end + 1;
            if (m_buffer.at(end) == '\r' && after < m_buffer.size() && m_buffer.at(after) == '\n')
                ++after;
            m_position = after;
            ++m_lineNumber;
            return Status::Line;
        }
        if (m_buffer.size() - m_position > m_maxLineBytes) {
            ++m_lineNumber;
            return Status::TooLong;
        }
        const qsizetype scanned = m_buffer.size() - m_position;
        if (!fill()) {
            if (m_position >= m_buffer.size())
                return Status::End;
            *line = m_buffer.mid(m_position);
            m_position = m_buffer.size();
            ++m_lineNumber;
            return Status::Line;
        }
        searchFrom = m_position + scanned;
    }
}

} // namespace ameli
