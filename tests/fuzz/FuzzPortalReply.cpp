// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness: any bytes as a Wazo service's answer. The first two bytes choose the HTTP
// status, the rest is the body: decoding must never crash, whatever a stack or a proxy sends.
#include "order/Order.h"
#include "portal/PortalResult.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2) {
        return 0;
    }
    const int status = 100 + (data[0] << 8 | data[1]) % 500;
    const QByteArray body =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data + 2), static_cast<qsizetype>(size - 2));
    const QNetworkReply::NetworkError error =
        status >= 400 ? QNetworkReply::UnknownContentError : QNetworkReply::NoError;
    const Staging::PortalResult result = Staging::PortalResult::fromReply(error, status, body);
    (void)result.message;
    (void)Staging::PortalResult::serviceTextOf(body);
    // Orders come back from the job log as JSON too.
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isObject()) {
        (void)Staging::Order::fromJson(document.object());
    }
    return 0;
}
