#pragma once

#include "common/Callback.h"

class QObject;

namespace figestio {

class SetupBackend;

// Takes this computer out of its agency's sync: removes the recorded folder (or, for a setup
// stopped after the claim, the claimed one) and then the server peer from Syncthing. What is
// already gone counts as removed, so unlinking twice is fine. The files on disk stay. The
// caller forgets the setup record once this answers Done. context owns the backend: when it
// goes, the calls stop and done is not called.
void unlinkFromServer(SetupBackend &backend, QObject *context, Callback<Done> done);

} // namespace figestio
