#pragma once

// The test seam of app/'s widgets: what only tests may set or read back. Each widget names its
// access class a friend; nothing here is compiled into the app.

#include "SetupWizard.h"
#include "WizardPages.h"

#include <QString>

#include <functional>
#include <utility>

namespace figestio {

class SetupWizardTestAccess {
public:
    // Instead of FolderCheck::problemIfCreated: "" when the folder can be synced, else the
    // problem in words.
    static void setFolderValidator(SetupWizard &wizard,
                                   std::function<QString(const QString &path)> validator) {
        wizard.m_folder->setValidator(std::move(validator));
    }
};

} // namespace figestio
