#include "LabelStyle.h"

#include <QLabel>

namespace figestio::LabelStyle {

void problem(QLabel *label) {
    label->setStyleSheet(QStringLiteral("color: #B91C1C;"));
}

void fine(QLabel *label) {
    label->setStyleSheet(QStringLiteral("color: #15803D;"));
}

} // namespace figestio::LabelStyle
