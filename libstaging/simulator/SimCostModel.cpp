// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulator/SimCostModel.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>

namespace Staging {

int SimCostModel::charge(double confdMs, double authMs)
{
    const auto scaled = [this](double ms) {
        return ms <= 0.0 ? qint64(0) : std::max(qint64(1), qint64(std::llround(ms * m_scale)));
    };
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_confdFree = std::max(m_confdFree, now) + scaled(confdMs);
    if (authMs > 0.0) {
        m_authFree = std::max(m_authFree, m_confdFree) + scaled(authMs);
    }
    return int(std::max(m_confdFree, authMs > 0.0 ? m_authFree : m_confdFree) - now);
}

} // namespace Staging
