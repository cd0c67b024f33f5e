// SPDX-License-Identifier: GPL-3.0-or-later
#include "order/ExtensionRange.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Staging {

QString ExtensionRange::toString() const
{
    return QString::number(start) + QLatin1Char('-') + QString::number(end);
}

Expected<ExtensionRange> ExtensionRange::parse(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d{2,8})\\s*(?:-|–|\\.\\.)\\s*(\\d{2,8})\\s*$"));
    const auto match = re.match(text);
    if (!match.hasMatch()) {
        return Error::make(ErrorKind::InvalidInput,
            QCoreApplication::translate("Staging::ExtensionRange",
                "Extension range \"%1\" is not of the form START-END, for example 8000-8099.")
                .arg(text));
    }
    ExtensionRange range { match.captured(1).toInt(), match.captured(2).toInt() };
    if (range.end < range.start) {
        return Error::make(ErrorKind::InvalidInput,
            QCoreApplication::translate("Staging::ExtensionRange", "Extension range \"%1\" ends before it starts.")
                .arg(text));
    }
    return range;
}

} // namespace Staging
