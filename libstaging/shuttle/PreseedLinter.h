// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace Staging {

/**
 * Checks a preseed line by line, because debconf-set-selections accepts (with a warning, exit
 * status 0) lines the installer would then ignore: four fields "owner question type value", a
 * known type, booleans true or false, a SHA-512/yescrypt hash or "!" for crypted passwords, no
 * plain-text password, no continuation lines, and the questions an unattended install needs.
 */
class PreseedLinter
{
    Q_DECLARE_TR_FUNCTIONS(Staging::PreseedLinter)

public:
    /** Problems as "line N: ..." (translated); empty when the preseed is fine. */
    static QStringList lint(const QByteArray &preseed);
};

} // namespace Staging
