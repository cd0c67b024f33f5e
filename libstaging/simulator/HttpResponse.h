// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace Staging {

/** What the server does with one request: an answer, possibly late, or a deliberate failure. */
struct HttpResponse
{
    enum class Disposition
    {
        Answer, // write status, headers and body
        Reset, // abort the TCP connection (RST), as a crashed proxy would
        Hang, // never answer; the connection stays open until the client gives up
    };

    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers; // Content-Length and Connection are added by the server
    QByteArray body;
    Disposition disposition = Disposition::Answer;
    int delayMs = 0; // answer (or reset) after this long, without blocking other connections
    bool simulatedFault = false; // an answer /_sim/faults forced, whatever the request was

    static HttpResponse json(int status, const QJsonObject &object)
    {
        return make(status, QJsonDocument(object).toJson(QJsonDocument::Compact), "application/json");
    }
    static HttpResponse json(int status, const QJsonArray &array)
    {
        return make(status, QJsonDocument(array).toJson(QJsonDocument::Compact), "application/json");
    }
    static HttpResponse text(int status, const QByteArray &text)
    {
        return make(status, text, "text/plain; charset=ascii");
    }
    static HttpResponse empty(int status) { return HttpResponse { status, {}, {}, Disposition::Answer, 0 }; }
    static HttpResponse make(int status, const QByteArray &body, const QByteArray &contentType)
    {
        HttpResponse r;
        r.status = status;
        r.body = body;
        r.headers.append({ QByteArrayLiteral("Content-Type"), contentType });
        return r;
    }
};

} // namespace Staging
