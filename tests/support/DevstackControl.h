#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QUrl>

// The devstack as a test sees it (tests/devstack/README.md): its variables and its controls.
// Calls are synchronous (a local event loop with a timeout) so tests read top to bottom; a
// failed call returns an empty document / false and leaves the reason in lastError().
//
//   DevstackControl devstack;
//   QVERIFY2(devstack.available(), "run with DEVSTACK");
//   QVERIFY(devstack.setAccessTokenTtl(5));
//   QCOMPARE(devstack.stats()["unauthorized"].toObject()["/api/agencies"].toInt(), 0);
class DevstackControl {
public:
    DevstackControl();

    bool available() const; // the runner exported the devstack's variables
    QString lastError() const { return m_lastError; }

    static QString env(const char *name); // qEnvironmentVariable
    QUrl issuerUrl() const;               // FIGESTIO_OIDC_ISSUER_URL
    QUrl controlUrl() const;              // DEVSTACK_CONTROL_URL
    QString serverDir() const;            // DEVSTACK_SERVER_DIR
    QString serverDeviceId() const;       // DEVSTACK_SERVER_DEVICE_ID

    // Controls. Each returns whether the devstack answered 200.
    bool setAccessTokenTtl(int seconds);
    bool revoke(const QString &user);
    // path (e.g. "/api/devices/claim"): only calls to it fail.
    bool failNext(int count, int status = 500, const QString &path = {});
    bool hangNext(int count);
    bool reset(bool forgetClaims = false);
    QJsonObject stats();                   // {calls, status, unauthorized}
    int calls(const QString &path);        // stats().calls[path]
    int unauthorized(const QString &path); // stats().unauthorized[path]
    int statusCount(const QString &path, int status);
    QJsonArray claims();
    QJsonObject serverFolder(const QString &agency);                // {path, files:[{name,size}]}
    bool serverHasFile(const QString &agency, const QString &name); // name relative, '/' separated

    // Any control: GET when body is null, else POST with the JSON body.
    QJsonDocument request(const QString &path, const QJsonObject *body = nullptr,
                          int timeoutMs = 10000);

private:
    QString m_lastError;
};
