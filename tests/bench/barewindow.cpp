// The start benchmark's baseline: a bare Qt Widgets window, a QMainWindow with a menu and a label,
// that prints "painted" once its first paint is done and quits. A program of its own, so that it
// loads QtWidgets and nothing else (startbench itself links DriveDeck's core).
#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QTimer>

#include <cstdio>

namespace {

// The baseline process: a bare window, "painted" after its first paint.
class BareWindow : public QMainWindow
{
public:
    BareWindow()
    {
        menuBar()->addMenu(QStringLiteral("&File"))->addAction(QStringLiteral("&Quit"));
        auto *label = new QLabel(QStringLiteral("A bare Qt Widgets window"));
        label->installEventFilter(this);
        setCentralWidget(label);
        resize(1280, 800);
    }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QTimer::singleShot(0, qApp, [] {
                std::fputs("painted\n", stdout);
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return false;
    }

private:
    bool m_done = false;
};

int runBareWindow(int argc, char *argv[])
{
    QApplication app(argc, argv);
    BareWindow window;
    window.show();
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    return runBareWindow(argc, argv);
}
