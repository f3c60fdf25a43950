#include "look/deferredicon.h"

#include <QIconEngine>
#include <QPainter>

#include <memory>
#include <utility>

namespace DriveDeck {

namespace {

// Shared by the engine's copies (QIcon copies engines on write), so the icon is made once.
struct MadeOnce
{
    std::function<QIcon()> makeIcon;
    QIcon icon;
    bool made = false;

    const QIcon &get()
    {
        if (!std::exchange(made, true))
            icon = makeIcon();
        return icon;
    }
};

class DeferredIconEngine : public QIconEngine
{
public:
    explicit DeferredIconEngine(std::shared_ptr<MadeOnce> icon)
        : m_icon(std::move(icon))
    {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        m_icon->get().paint(painter, rect, Qt::AlignCenter, mode, state);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return m_icon->get().pixmap(size, mode, state);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override
    {
        return m_icon->get().pixmap(size, scale, mode, state);
    }

    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return m_icon->get().actualSize(size, mode, state);
    }

    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return m_icon->get().availableSizes(mode, state);
    }

    bool isNull() override { return m_icon->get().isNull(); }

    QString key() const override { return QStringLiteral("DriveDeck::DeferredIcon"); }

    QIconEngine *clone() const override { return new DeferredIconEngine(m_icon); }

private:
    std::shared_ptr<MadeOnce> m_icon;
};

} // namespace

QIcon DeferredIcon::make(std::function<QIcon()> makeIcon)
{
    return QIcon(new DeferredIconEngine(
        std::make_shared<MadeOnce>(MadeOnce{std::move(makeIcon), QIcon(), false})));
}

} // namespace DriveDeck
