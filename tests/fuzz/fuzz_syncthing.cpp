// Syncthing's REST answers and events, and the model they feed.
#include "FuzzInput.h"
#include "syncthing/RestClient.h"
#include "syncthing/SyncState.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    using namespace figestio;
    const fuzz::Input in = fuzz::split(data, size);
    switch (in.selector % 5) {
    case 0: {
        const auto events = RestClient::parseEvents(in.bytes);
        if (events) {
            SyncState state;
            state.applyEvents(events.value());
        }
        break;
    }
    case 1:
        (void)RestClient::parseConnections(in.bytes);
        break;
    case 2:
        (void)RestClient::parseFolderStats(in.bytes);
        break;
    case 3:
        (void)RestClient::parseFolderErrors(in.bytes);
        break;
    default: {
        const nlohmann::json json = nlohmann::json::parse(
            in.bytes.constData(), in.bytes.constData() + in.bytes.size(), nullptr, false);
        if (!json.is_discarded()) {
            (void)RestClient::parseFolderStatus(json);
            (void)RestClient::parseCompletion(json);
            (void)RestClient::parseFolderErrorsJson(json);
        }
        break;
    }
    }
    return 0;
}
