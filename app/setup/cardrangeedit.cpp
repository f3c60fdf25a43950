#include "setup/cardrangeedit.h"

#include "domain/catalogue.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

namespace DriveDeck {

CardRangeEdit::CardRangeEdit(int minimum, int maximum, QWidget *parent)
    : QWidget(parent)
    , m_min(new QSpinBox)
    , m_max(new QSpinBox)
{
    for (QSpinBox *box : {m_min, m_max}) {
        box->setRange(1, DriveCount);
        connect(box, &QSpinBox::valueChanged, this, &CardRangeEdit::changed);
    }
    m_min->setValue(qBound(1, minimum, DriveCount));
    m_max->setValue(qBound(1, maximum, DriveCount));
    m_min->setAccessibleName(tr("At least this many cards"));
    m_max->setAccessibleName(tr("At most this many cards"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_min);
    layout->addWidget(new QLabel(tr("to")));
    layout->addWidget(m_max);
    layout->addStretch(1);
}

int CardRangeEdit::minimum() const
{
    return m_min->value();
}

int CardRangeEdit::maximum() const
{
    return m_max->value();
}

} // namespace DriveDeck
