#pragma once

// Two real Syncthings for integration tests of syncing, in one folder: the app's
// SyncthingService as the client (DIR/client-home) and a SyncthingPeer playing the Figestió
// server (DIR/server-home). Link figestio-core-syncthing. Not paired yet: tests add the devices
// and folders they need (the server must know the client first, STACK.md).
//
//   SyncthingPair pair(tmp.path());
//   QString error;
//   QVERIFY2(pair.start(&error), qPrintable(error));
//   pair.server.addDevice(pair.client.deviceId(), "client");

#include "SyncthingPeer.h"

#include "syncthing/SyncthingService.h"

#include <QSignalSpy>
#include <QString>

struct SyncthingPair {
    explicit SyncthingPair(const QString &dir)
        : server(dir + QStringLiteral("/server-home"))
        , client(dir + QStringLiteral("/client-home")) {}
    ~SyncthingPair() { stop(); }

    // Starts the server, then the client; false (and *error) when either does not come up.
    bool start(QString *error) {
        if (!server.start()) {
            *error = server.lastError();
            return false;
        }
        QSignalSpy started(&client, &figestio::SyncthingService::started);
        client.start();
        if (!started.wait(30000) || client.deviceId().isEmpty()) {
            *error = QStringLiteral("the client's Syncthing did not start: ") + client.lastError();
            return false;
        }
        return true;
    }

    // The client gracefully, then the server (each only when running).
    void stop() {
        if (client.status() != figestio::SyncthingService::Status::Stopped) {
            QSignalSpy stopped(&client, &figestio::SyncthingService::stopped);
            client.stop();
            stopped.wait(15000);
        }
        server.stop();
    }

    SyncthingPeer server;
    figestio::SyncthingService client;
};
