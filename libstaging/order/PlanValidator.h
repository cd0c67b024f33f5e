// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "order/ModelCatalog.h"
#include "order/Order.h"
#include "order/Problem.h"

#include <QCoreApplication>
#include <QHash>

namespace Staging {

/**
 * Everything that must hold before an order reaches the portal: extensions unique and in range,
 * DIDs valid and assigned once, MACs valid and unique, models known, names and emails present,
 * DECT bases not over their handset slots, the customer id a valid SIRET. Each problem carries
 * the station's row and the column of the field in the customer's file (columns maps a field
 * name to its 1-based column; missing fields give column 0).
 */
class PlanValidator
{
    Q_DECLARE_TR_FUNCTIONS(Staging::PlanValidator)

public:
    explicit PlanValidator(const ModelCatalog &catalog);

    /**
     * Gives every station without an extension the next free one of the range, in row order,
     * then every ring group without one.
     */
    static void assignExtensions(Order &order);

    Problems validate(const Order &order, const QHash<QString, int> &columns = {}) const;
    /** Only the customer id: empty, not 14 digits (warning), or a SIRET failing its checksum. */
    static Problems validateCustomerId(const QString &customerId);

private:
    struct Run;

    static QString where(const Station &s);
    static QString where(const RingGroup &g);
    static void checkExtension(Run &run, const Station &s);
    /** owner names who has the numbers (a station or a group) for the problem of a later duplicate. */
    static void checkDids(Run &run, int row, const QStringList &dids, const QString &owner);
    /** The phone label's length and the voicemail code's form (the code is never shown). */
    static void checkLabelAndPin(Run &run, const Station &s);
    /** The phone's address today (a migration's IP column): dotted IPv4, one phone each. */
    static void checkCurrentIp(Run &run, const Station &s);
    static void checkGroupExtension(Run &run, const RingGroup &g);
    /** After every station: group names unique and defined, each group joined by someone. */
    static void checkGroups(Run &run);
    /** After every station: a receptionist's colleagues who get no supervision key. */
    void checkPhoneKeys(Run &run) const;
    void checkMac(Run &run, const Station &s, const PhoneModel *model) const;
    /** After every station: the handsets a DECT base has no slot for. */
    static void checkDectSlots(Run &run);

    const ModelCatalog &m_catalog;
};

} // namespace Staging
