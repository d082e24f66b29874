// Conflict copies as Syncthing names them, shared by the conflict tests.
#pragma once

#include <QString>

namespace figestio::test {

// This computer's device ID in the samples.
inline const QString kConflictMe =
    QStringLiteral("ABCDEFG-HIJKLMN-OPQRSTU-VWXYZ23-4567ABC-DEFGHIJ-KLMNOPQ-RSTUVWX");
// The name carries the device of the winning edit: the server (SRVSRV2) won, so the copy holds
// this computer's version...
inline const QString kMyConflictCopy =
    QStringLiteral("factures/factura.sync-conflict-20261127-093000-SRVSRV2.xlsx");
// ... and here this computer won, so the copy is the agency's.
inline const QString kTheirConflictCopy =
    QStringLiteral("factura.sync-conflict-20261127-100000-ABCDEFG.xlsx");

} // namespace figestio::test
