#include "look/deferredicon.h"

#include <QIconEngine>
#include <QPainter>

#include <cmath>
#include <memory>
#include <utility>

namespace DriveDeck {

namespace {

// The icon, made when first needed. An engine's copies share it until one is changed (QIcon
// copies its engine only then), so an icon drawn in several places is made once.
struct MadeOnce
{
    std::function<QIcon()> makeIcon;
    QIcon icon;
    bool made = false;

    QIcon &get()
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

    // QIcon asks an engine for a pixmap at a ratio of 1 here, and at other ratios through
    // scaledPixmap, with the size in device pixels: the made icon is asked for exactly that
    // (QIcon::pixmap without a ratio would take the application's highest).
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return m_icon->get().pixmap(size, 1.0, mode, state);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override
    {
        if (scale <= 0)
            scale = 1.0;
        const QSize logical(int(std::lround(size.width() / scale)),
                            int(std::lround(size.height() / scale)));
        return m_icon->get().pixmap(logical, scale, mode, state);
    }

    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return m_icon->get().actualSize(size, mode, state);
    }

    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return m_icon->get().availableSizes(mode, state);
    }

    // A pixmap or file added to a copy (QAbstractButton's states, a model's icons) goes to the
    // made icon, which the copy has to itself (see clone).
    void addPixmap(const QPixmap &pixmap, QIcon::Mode mode, QIcon::State state) override
    {
        m_icon->get().addPixmap(pixmap, mode, state);
    }

    void addFile(const QString &fileName, const QSize &size, QIcon::Mode mode,
                 QIcon::State state) override
    {
        m_icon->get().addFile(fileName, size, mode, state);
    }

    QString iconName() override { return m_icon->get().name(); }

    bool isNull() override { return m_icon->get().isNull(); }

    QString key() const override { return QStringLiteral("DriveDeck::DeferredIcon"); }

    // Called when a copy is about to be changed: it gets an icon of its own (the made one, or
    // the way to make it).
    QIconEngine *clone() const override
    {
        return new DeferredIconEngine(std::make_shared<MadeOnce>(*m_icon));
    }

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
