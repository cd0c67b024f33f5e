// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ctl/CtlContext.h"

#include <QCoreApplication>

namespace Staging {
class ModelCatalog;
struct NumberingPlan;
struct Problem;
} // namespace Staging

namespace Staging::Ctl {

/** stagingctl plan check FILE [--range START-END] [--customer-id ID] [--format text|json] */
class PlanCheckCommand
{
    Q_DECLARE_TR_FUNCTIONS(Staging::Ctl::PlanCheckCommand)

public:
    static int run(const CtlContext &context);

private:
    struct Options;
    struct CheckedPlan;

    static Options parse(const CtlContext &context);
    static CheckedPlan check(const ModelCatalog &catalog, const NumberingPlan &plan, const Options &options);
    static void printJson(const CtlContext &context, const ModelCatalog &catalog, const CheckedPlan &checked);
    static void printText(const CtlContext &context, const ModelCatalog &catalog, const CheckedPlan &checked);
    static QString where(const Problem &problem);
};

} // namespace Staging::Ctl
