#include "PcmClip.h"

#include <QtEndian>
#include <cmath>
#include <cstring>

namespace ameli {

namespace {

quint32 le32(const QByteArray &data, qsizetype at)
{
    return qFromLittleEndian<quint32>(data.constData() + at);
}

quint16 le16(const QByteArray &data, qsizetype at)
{
    return qFromLittleEndian<quint16>(data.constData() + at);
}

void put32(QByteArray &out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

void put16(QByteArray &out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}

} // namespace

PcmClip PcmClip::fromWav(const QByteArray &wav)
{
    PcmClip clip;
    if (wav.size() < 12 || !wav.startsWith("RIFF") || wav.mid(8, 4) != "WAVE")
        return {};
    bool formatOk = false;
    qsizetype at = 12;
    while (at + 8 <= wav.size()) {
        const QByteArray id = wav.mid(at, 4);
        const quint32 size = le32(wav, at + 4);
        const qsizetype body = at + 8;
        if (body + qsizetype(size) > wav.size())
            break;
        if (id == "fmt " && size >= 16) {
            const quint16 format = le16(wav, body);
            const quint16 channels = le16(wav, body + 2);
            clip.sampleRate = int(le32(wav, body + 4));
            const quint16 bits = le16(wav, body + 14);
            formatOk = format == 1 && channels == 1 && bits == 16;
        } else if (id == "data" && formatOk) {
            clip.samples.resize(qsizetype(size / 2));
            for (qsizetype i = 0; i < clip.samples.size(); ++i)
                clip.samples[i] = qFromLittleEndian<qint16>(wav.constData() + body + 2 * i);
            return clip;
        }
        at = body + qsizetype(size) + (size & 1);
    }
    return {};
}

QByteArray PcmClip::toWav() const
{
    const quint32 dataBytes = quint32(samples.size() * 2);
    QByteArray out;
    out.reserve(44 + qsizetype(dataBytes));
    out.append("RIFF");
    put32(out, 36 + dataBytes);
    out.append("WAVEfmt ");
    put32(out, 16);
    put16(out, 1); // PCM
    put16(out, 1); // mono
    put32(out, quint32(sampleRate));
    put32(out, quint32(sampleRate * 2));
    put16(out, 2);
    put16(out, 16);
    out.append("data");
    put32(out, dataBytes);
    for (qint16 s : samples)
        put16(out, quint16(s));
    return out;
}

double PcmClip::rms() const
{
    if (samples.isEmpty())
        return 0;
    double sum = 0;
    for (qint16 s : samples)
        sum += double(s) * s;
    return std::sqrt(sum / double(samples.size()));
}

} // namespace ameli
