#pragma once

class QLabel;

namespace figestio::LabelStyle {

// Problems read as calm red text: visible, not alarming. One colour for every window.
void problem(QLabel *label);
// A thing done well (copied, folder fine) reads green.
void fine(QLabel *label);

} // namespace figestio::LabelStyle
