#include "projector/showpersondialog.h"

#include "domain/session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace DriveDeck {

ShowPersonDialog::ShowPersonDialog(const Session &session, const QUuid &roundId, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("showPersonDialog"));
    setWindowTitle(tr("Show One Person's Picks"));
    const Round *round = session.round(roundId);
    m_roundTitle = round ? round->title : QString();
    m_intro = new QLabel(tr("The whole room will see which cards this person picked in “%1”. "
                            "Only do this when they have said yes.")
                             .arg(m_roundTitle));
    m_intro->setWordWrap(true);
    m_people = new QComboBox;
    m_people->setObjectName(QStringLiteral("showPersonPeople"));
    m_people->setAccessibleName(tr("Person"));
    // The round's people with picks, by the name the room knows (an alias when anonymous).
    if (round) {
        for (const QUuid &id : round->participantIds) {
            if (session.picksOf(roundId, id).isEmpty())
                continue;
            m_people->addItem(session.shownName(id), id);
            m_names << session.shownName(id);
        }
    }
    m_agreed = new QCheckBox;
    m_agreed->setObjectName(QStringLiteral("showPersonAgreed"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_show = buttons->addButton(tr("&Show on the Projector"), QDialogButtonBox::AcceptRole);
    m_show->setObjectName(QStringLiteral("showPersonShow"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_people, &QComboBox::currentIndexChanged, this, [this] {
        // A tick given for one person is not given for the next.
        m_agreed->setChecked(false);
        update();
    });
    connect(m_agreed, &QCheckBox::toggled, this, &ShowPersonDialog::update);

    auto *form = new QFormLayout;
    form->addRow(tr("&Person:"), m_people);
    form->addRow(QString(), m_agreed);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    if (m_people->count() == 0) {
        auto *nobody = new QLabel(tr("Nobody has picked in this round yet."));
        nobody->setObjectName(QStringLiteral("showPersonNobody"));
        layout->addWidget(nobody);
    }
    layout->addWidget(buttons);
    update();
}

QUuid ShowPersonDialog::person() const
{
    return m_people->currentData().toUuid();
}

void ShowPersonDialog::choose(const QUuid &participantId)
{
    const int index = m_people->findData(participantId);
    if (index >= 0)
        m_people->setCurrentIndex(index);
}

void ShowPersonDialog::setAgreed(bool agreed)
{
    m_agreed->setChecked(agreed);
}

void ShowPersonDialog::update()
{
    const QString name = m_people->currentText();
    m_agreed->setText(name.isEmpty() ? tr("This person agreed to show their picks to the room")
                                     : tr("%1 agreed to show their picks to the room").arg(name));
    m_agreed->setEnabled(!name.isEmpty());
    m_show->setEnabled(!name.isEmpty() && m_agreed->isChecked());
}

} // namespace DriveDeck
