#pragma once

// The test seam of core/auth and core/api: what only tests may tune or look at (shorter
// timeouts, retry delays, the refresh timer). Each production class names its access class a
// friend; nothing here is compiled into the app.

#include "api/FigestioApi.h"
#include "auth/LoopbackReceiver.h"
#include "auth/OidcClient.h"
#include "auth/OidcDiscovery.h"
#include "auth/RefreshScheduler.h"
#include "auth/Session.h"
#include "auth/TokenStore.h"
#include "common/Backoff.h"
#include "common/SerialJobQueue.h"

namespace figestio {

class OidcDiscoveryTestAccess {
public:
    // Forgets the discovered endpoints, as a new process would.
    static void clearCache() { OidcDiscovery::clearCache(); }
};

class OidcClientTestAccess {
public:
    static void setTimeout(OidcClient &oidc, int ms) { oidc.m_timeoutMs = ms; }
};

class SessionTestAccess {
public:
    // How long a sign-in waits for the browser (OidcClient::kDefaultTimeoutMs).
    static void setSignInTimeout(Session &session, int ms) {
        OidcClientTestAccess::setTimeout(*session.m_oidc, ms);
    }
    // Delays between refresh retries after network failures (maxRetries is ignored: a session
    // keeps retrying, capped at maxDelayMs).
    static void setRefreshRetryPolicy(Session &session, const RetryPolicy &policy) {
        session.m_refreshBackoff = policy.backoff();
    }
    static RefreshScheduler *refreshScheduler(const Session &session) {
        return session.m_scheduler;
    }
};

class LoopbackReceiverTestAccess {
public:
    // How long one connection may take to send its request (kRequestTimeoutMs).
    static void setRequestTimeout(LoopbackReceiver &receiver, int ms) {
        receiver.m_requestTimeoutMs = ms;
    }
};

class KeychainTokenStoreTestAccess {
public:
    // How long a caller waits for its job (kDefaultTimeoutMs). Before the first job only.
    static void setJobTimeout(KeychainTokenStore &store, int ms) {
        Q_ASSERT(store.m_queue->isIdle());
        delete store.m_queue;
        store.m_queue = new SerialJobQueue(ms, &store);
    }
};

class FigestioApiTestAccess {
public:
    static void setRetryPolicy(FigestioApi &api, const RetryPolicy &policy) {
        api.m_retry = policy;
    }
    static void setRequestTimeout(FigestioApi &api, int ms) { api.m_timeoutMs = ms; }
};

} // namespace figestio
