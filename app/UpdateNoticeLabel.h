#pragma once

#include "common/UpdateCheck.h"

#include <QLabel>

namespace figestio {

// The About line of the Settings: this version, the help and support page and, once UpdateCheck
// has found one, the newer version with its download link (opened in the browser; nothing is
// installed by the app).
class UpdateNoticeLabel : public QLabel {
    Q_OBJECT
public:
    explicit UpdateNoticeLabel(QWidget *parent = nullptr);

public slots:
    void setUpdate(const figestio::UpdateInfo &info);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    UpdateInfo m_update;
};

} // namespace figestio
