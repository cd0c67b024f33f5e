// SPDX-License-Identifier: GPL-3.0-or-later
#include "shuttle/PreseedLinter.h"

#include <QRegularExpression>
#include <QSet>

namespace Staging {

QStringList PreseedLinter::lint(const QByteArray &preseed)
{
    static const QSet<QString> types = { QStringLiteral("string"), QStringLiteral("boolean"), QStringLiteral("select"),
        QStringLiteral("multiselect"), QStringLiteral("password"), QStringLiteral("note"), QStringLiteral("text"),
        QStringLiteral("error"), QStringLiteral("title") };
    static const QStringList required = { QStringLiteral("debian-installer/locale"),
        QStringLiteral("passwd/root-password-crypted"), QStringLiteral("partman-auto/disk"),
        QStringLiteral("grub-installer/bootdev"), QStringLiteral("pkgsel/include"),
        QStringLiteral("preseed/late_command") };
    // owner, one space, question, one space, type, then nothing or one space and the value
    // (more whitespace would become part of the value).
    static const QRegularExpression line(QStringLiteral("^([a-z0-9-]+) ([A-Za-z0-9_./-]+) ([a-z]+)(?: (.*))?$"));

    QStringList problems;
    QSet<QString> seen;
    const QStringList lines = QString::fromUtf8(preseed).split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &text = lines.at(i);
        const auto problem = [&problems, i](
                                 const QString &message) { problems << tr("line %1: %2").arg(i + 1).arg(message); };
        if (text.isEmpty() || text.startsWith(QLatin1Char('#'))) {
            continue;
        }
        const QRegularExpressionMatch m = line.match(text);
        if (!m.hasMatch()) {
            problem(tr("not \"owner question type value\" with single spaces"));
            continue;
        }
        const QString question = m.captured(2);
        const QString type = m.captured(3);
        const QString value = m.captured(4);
        if (!types.contains(type)) {
            problem(tr("unknown type \"%1\"").arg(type));
        }
        if (value.endsWith(QLatin1Char('\\'))) {
            problem(tr("continuation lines are not used"));
        }
        if (value != value.trimmed()) {
            problem(tr("the value of %1 has leading or trailing whitespace").arg(question));
        }
        if (type == QLatin1String("boolean") && value != QLatin1String("true") && value != QLatin1String("false")) {
            problem(tr("%1 is a boolean but its value is not true or false").arg(question));
        }
        if (question.endsWith(QLatin1String("root-password")) || question.endsWith(QLatin1String("user-password"))
            || question.endsWith(QLatin1String("password-again"))) {
            problem(tr("%1 would put a password in clear text").arg(question));
        }
        if (question.endsWith(QLatin1String("-crypted")) && value != QLatin1String("!")
            && !QRegularExpression(QStringLiteral("^\\$(6|y)\\$\\S+$")).match(value).hasMatch()) {
            problem(tr("%1 is not a SHA-512 or yescrypt hash").arg(question));
        }
        if (seen.contains(question)) {
            problem(tr("%1 is set twice").arg(question));
        }
        seen.insert(question);
    }
    for (const QString &question : required) {
        if (!seen.contains(question)) {
            problems << tr("%1 is missing").arg(question);
        }
    }
    return problems;
}

} // namespace Staging
