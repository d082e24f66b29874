#pragma once

#include <QString>

namespace figestio {

// Text that came from a server and will be shown to people or printed on a terminal: escape
// sequences, control and bidi-override characters would let a server rewrite the screen.

// RFC 6749 §4.1.2.1/§5.2: `error` and `error_description` may hold only %x20-21 / %x23-5B /
// %x5D-7E. Anything else is dropped; the result is cut to maxChars.
QString oauthText(const QString &text, int maxChars);

// Any other server text (the API's "message", in Catalan or Spanish): letters of every script
// stay; control, format (bidi overrides, zero-width) and unassigned characters are dropped.
QString printableText(const QString &text, int maxChars);

} // namespace figestio
