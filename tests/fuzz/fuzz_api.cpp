// The Figestió API's answers (agencies, server identity, claim) and its error bodies.
#include "FuzzInput.h"
#include "api/FigestioApi.h"
#include "common/HttpCall.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    using namespace figestio;
    const fuzz::Input in = fuzz::split(data, size);
    switch (in.selector % 4) {
    case 0:
        (void)FigestioApi::parseAgencies(in.bytes);
        break;
    case 1:
        (void)FigestioApi::parseServerIdentity(in.bytes);
        break;
    case 2:
        (void)FigestioApi::parseClaim(in.bytes);
        break;
    default: {
        HttpResponse r;
        r.status = 400 + int(in.selector % 200);
        r.body = in.bytes;
        (void)HttpCall::toError(r, QStringLiteral("Fuzzing"));
        break;
    }
    }
    return 0;
}
