// SPDX-License-Identifier: GPL-3.0-or-later
#include "phones/YealinkConfig.h"

#include <QRegularExpression>

namespace Staging {

namespace {

const QLatin1String header("#!version:1.0.0.1");

bool isValidKey(const QString &key)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)*$"));
    return pattern.match(key).hasMatch();
}

} // namespace

Status YealinkConfig::set(const QString &key, const QString &value)
{
    if (!isValidKey(key)) {
        return Error::make(ErrorKind::InvalidInput, tr("\"%1\" is not a Yealink configuration key.").arg(key));
    }
    if (contains(key)) {
        return Error::make(ErrorKind::InvalidInput, tr("The Yealink configuration key %1 is set twice.").arg(key));
    }
    for (const QChar c : value) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator) {
            // The key names the field; the value may be a password, so it stays out of the message.
            return Error::make(ErrorKind::InvalidInput,
                tr("The value of %1 holds a line break or a control character, which a Yealink file cannot carry.")
                    .arg(key));
        }
    }
    if (value.trimmed() != value) {
        return Error::make(ErrorKind::InvalidInput,
            tr("The value of %1 starts or ends with a blank, which the phone would drop.").arg(key));
    }
    m_entries.append({ key, value });
    return Done {};
}

QString YealinkConfig::value(const QString &key) const
{
    for (const auto &[k, v] : m_entries) {
        if (k == key) {
            return v;
        }
    }
    return {};
}

bool YealinkConfig::contains(const QString &key) const
{
    for (const auto &entry : m_entries) {
        if (entry.first == key) {
            return true;
        }
    }
    return false;
}

QByteArray YealinkConfig::toText() const
{
    QString text = header + QLatin1Char('\n');
    for (const auto &[key, value] : m_entries) {
        text += key + QLatin1String(" = ") + value + QLatin1Char('\n');
    }
    return text.toUtf8();
}

Expected<YealinkConfig> YealinkConfig::parse(const QByteArray &text, const QString &sourceName)
{
    const QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
    if (lines.isEmpty() || lines.first().trimmed() != header) {
        return Error::make(ErrorKind::InvalidInput,
            tr("%1, line 1: a Yealink configuration file starts with %2.").arg(sourceName, header));
    }
    YealinkConfig config;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#'))) {
            continue;
        }
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (equals < 0) {
            return Error::make(
                ErrorKind::InvalidInput, tr("%1, line %2: expected key = value.").arg(sourceName).arg(i + 1));
        }
        const auto set = config.set(line.left(equals).trimmed(), line.mid(equals + 1).trimmed());
        if (!set) {
            return Error::make(
                ErrorKind::InvalidInput, tr("%1, line %2: %3").arg(sourceName).arg(i + 1).arg(set.error().message));
        }
    }
    return config;
}

} // namespace Staging
