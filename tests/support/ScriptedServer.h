// A tiny HTTP/1.1 server on 127.0.0.1 for pure-logic unit tests: answers each request with the
// next scripted (status, body, headers), or the fallback, and records what it was sent.
#pragma once

#include <QHash>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <deque>

namespace figestio {

class ScriptedServer : public QObject {
public:
    struct Seen {
        QByteArray method, target, authorization, body;
    };
    struct Answer {
        int status = 500;
        QByteArray body;
        QByteArray headers; // extra header lines, each ending in "\r\n"
    };

    explicit ScriptedServer(const QHostAddress &address = QHostAddress::LocalHost) {
        server.listen(address, 0);
        connect(&server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = server.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, this, [this, s] { onRead(s); });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }
    QString url() const {
        return QStringLiteral("http://%1:%2")
            .arg(server.serverAddress().toString())
            .arg(server.serverPort());
    }
    void script(int status, const QByteArray &body, const QByteArray &headers = {}) {
        responses.push_back({status, body, headers});
    }

    QTcpServer server;
    std::deque<Answer> responses;
    Answer fallback{500, R"({"error":"unscripted"})", {}};
    QList<Seen> seen;
    int delayMs = 0;

private:
    void onRead(QTcpSocket *s) {
        QByteArray &buf = buffers[s];
        buf += s->readAll();
        const int end = buf.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buf.left(end).split('\n');
        qsizetype length = 0;
        Seen r;
        const QList<QByteArray> first = lines.first().trimmed().split(' ');
        r.method = first.value(0);
        r.target = first.value(1);
        for (const QByteArray &l : lines) {
            const QByteArray lower = l.toLower();
            if (lower.startsWith("authorization:"))
                r.authorization = l.mid(14).trimmed();
            else if (lower.startsWith("content-length:"))
                length = l.mid(15).trimmed().toLongLong();
        }
        if (buf.size() < end + 4 + length)
            return; // the body is still coming
        r.body = buf.mid(end + 4, length);
        seen << r;
        buffers.remove(s);
        Answer answer = fallback;
        if (!responses.empty()) {
            answer = responses.front();
            responses.pop_front();
        }
        auto reply = [s, answer] {
            s->write("HTTP/1.1 " + QByteArray::number(answer.status) +
                     " X\r\nContent-Type: application/json\r\nConnection: close\r\n" +
                     answer.headers + "Content-Length: " + QByteArray::number(answer.body.size()) +
                     "\r\n\r\n" + answer.body);
            s->disconnectFromHost();
        };
        if (delayMs)
            QTimer::singleShot(delayMs, s, reply);
        else
            reply();
    }
    QHash<QTcpSocket *, QByteArray> buffers;
};

} // namespace figestio
