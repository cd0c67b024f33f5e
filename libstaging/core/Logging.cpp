// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Logging.h"

Q_LOGGING_CATEGORY(lcOrder, "staging.order", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDb, "staging.db", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPortal, "staging.portal", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSsh, "staging.ssh", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "staging.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSim, "staging.sim", QtInfoMsg)
