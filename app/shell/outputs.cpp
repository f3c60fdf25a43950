#include "shell/outputs.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QStringList>
#include <QTimer>

#include <chrono>
#include <future>
#include <mutex>

namespace DriveDeck {

namespace {

// The module's entry, by a name that changes with what it returns.
constexpr char EntryName[] = "drivedeck_outputs_v2";
constexpr char VersionName[] = "drivedeck_outputs_version";
using Entry = Outputs *(*)();
using Version = const char *(*)();

// What a load gave; a problem is put in words when asked for, in the language installed by
// then (a command asks before its translations are installed).
struct Loaded
{
    enum class Problem
    {
        None,
        Missing,    // path: the file name; detail: the folders looked in
        NotLoaded,  // path, detail: the loader's error
        OtherBuild, // path, detail: the module's version
    };
    Outputs *outputs = nullptr;
    Problem problem = Problem::None;
    QString path;
    QString detail;

    QString message() const
    {
        switch (problem) {
        case Problem::None:
            return {};
        case Problem::Missing:
            return QCoreApplication::translate("DriveDeck::Outputs",
                                               "DriveDeck's charts and reports (%1) are missing "
                                               "from %2. Install DriveDeck again.")
                .arg(path, detail);
        case Problem::NotLoaded:
            return QCoreApplication::translate("DriveDeck::Outputs",
                                               "DriveDeck's charts and reports (%1) cannot be "
                                               "loaded: %2. Install DriveDeck again.")
                .arg(path, detail);
        case Problem::OtherBuild:
            return QCoreApplication::translate("DriveDeck::Outputs",
                                               "DriveDeck's charts and reports (%1) are of "
                                               "version %2, the program of version %3. Install "
                                               "DriveDeck again.")
                .arg(path, detail, QStringLiteral(DRIVEDECK_BUILD_ID));
        }
        return {};
    }
};

struct ModuleState
{
    std::mutex mutex;
    Outputs *builtIn = nullptr;
    std::shared_future<Loaded> loading; // valid once a load has started
};

ModuleState &state()
{
    static ModuleState s;
    return s;
}

// Where the module may be: DRIVEDECK_MODULE_DIR, beside the program (the build folder), and
// DriveDeck's folder of the system's libraries (an installed program).
QStringList moduleFolders()
{
    QStringList folders;
    if (qEnvironmentVariableIsSet("DRIVEDECK_MODULE_DIR"))
        folders << qEnvironmentVariable("DRIVEDECK_MODULE_DIR");
    // Before the application object exists (a command looks for the module first), the
    // program's own path from the system.
    const QDir program(
        QCoreApplication::instance()
            ? QCoreApplication::applicationDirPath()
            : QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath().section(u'/', 0, -2));
    folders << program.path();
    folders << QDir::cleanPath(program.filePath(QStringLiteral(DRIVEDECK_MODULE_DIR_FROM_BIN)));
    return folders;
}

Loaded load(const QStringList &folders)
{
    const QString fileName = QStringLiteral("libdrivedeck-outputs.so");
    QString path;
    for (const QString &folder : folders) {
        const QString candidate = QDir(folder).filePath(fileName);
        if (QFileInfo::exists(candidate)) {
            path = candidate;
            break;
        }
    }
    if (path.isEmpty())
        return {nullptr, Loaded::Problem::Missing, fileName, folders.join(QStringLiteral(", "))};
    // Kept loaded until the program ends (never unloaded: its widgets may live until then).
    auto *library = new QLibrary(path);
    library->setLoadHints(QLibrary::ResolveAllSymbolsHint);
    const auto version = reinterpret_cast<Version>(library->resolve(VersionName));
    const auto entry = reinterpret_cast<Entry>(library->resolve(EntryName));
    if (!version || !entry)
        return {nullptr, Loaded::Problem::NotLoaded, path, library->errorString()};
    // A module of another build would not fit this program (a version and, from a git
    // checkout, a commit).
    if (qstrcmp(version(), DRIVEDECK_BUILD_ID) != 0)
        return {nullptr, Loaded::Problem::OtherBuild, path, QString::fromLatin1(version())};
    return {entry(), Loaded::Problem::None, {}, {}};
}

// The load, started once; the caller holds the state's mutex.
std::shared_future<Loaded> startLoad(ModuleState &s, std::launch how)
{
    if (!s.loading.valid())
        s.loading = std::async(how, load, moduleFolders()).share();
    return s.loading;
}

} // namespace

Outputs *Outputs::get(QString *error)
{
    ModuleState &s = state();
    std::shared_future<Loaded> loading;
    {
        const std::lock_guard lock(s.mutex);
        if (s.builtIn)
            return s.builtIn;
        loading = startLoad(s, std::launch::deferred);
    }
    const Loaded &loaded = loading.get();
    if (error)
        *error = loaded.message();
    return loaded.outputs;
}

void Outputs::loadInBackground()
{
    ModuleState &s = state();
    const std::lock_guard lock(s.mutex);
    if (!s.builtIn)
        startLoad(s, std::launch::async);
}

void Outputs::whenLoaded(QObject *context, std::function<void(Outputs *)> done)
{
    loadInBackground();
    ModuleState &s = state();
    std::shared_future<Loaded> loading;
    {
        const std::lock_guard lock(s.mutex);
        if (s.builtIn) {
            done(s.builtIn);
            return;
        }
        loading = s.loading;
    }
    // Asked again every few milliseconds on the context's thread, which goes on meanwhile.
    auto *poll = new QTimer(context);
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, context, [poll, loading, done = std::move(done)] {
        // (A load started by get() is already done, though its future says "deferred".)
        if (loading.wait_for(std::chrono::seconds(0)) == std::future_status::timeout)
            return;
        poll->deleteLater();
        done(loading.get().outputs);
    });
    poll->start();
}

void Outputs::useBuiltIn(Outputs *outputs)
{
    ModuleState &s = state();
    const std::lock_guard lock(s.mutex);
    s.builtIn = outputs;
}

void Outputs::waitForLoad()
{
    ModuleState &s = state();
    std::shared_future<Loaded> loading;
    {
        const std::lock_guard lock(s.mutex);
        loading = s.loading;
    }
    if (loading.valid())
        loading.wait();
}

} // namespace DriveDeck
