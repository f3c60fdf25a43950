#pragma once

#include <QDir>
#include <QFileDevice>
#include <QString>

namespace DriveDeck::PrivateFile {

// Sessions hold participants' stories: what DriveDeck writes is readable by its user alone
// (0600), and the folders it makes for them are theirs alone (0700), whatever the umask says.
inline constexpr QFileDevice::Permissions OwnerOnly =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// Call on an open file (a QSaveFile's is its temporary file, which becomes the file).
inline bool restrict(QFileDevice &file)
{
    return file.setPermissions(OwnerOnly);
}

// Makes the folder and any missing parents; those it makes are 0700.
inline bool makeFolder(const QString &path)
{
    QString existing = QDir::cleanPath(QDir(path).absolutePath());
    QStringList missing;
    while (!QDir(existing).exists()) {
        missing.prepend(existing);
        const QString parent = QDir::cleanPath(existing + QStringLiteral("/.."));
        if (parent == existing)
            break;
        existing = parent;
    }
    for (const QString &folder : std::as_const(missing)) {
        if (!QDir().mkdir(folder) && !QDir(folder).exists())
            return false;
        QFile::setPermissions(folder, OwnerOnly | QFileDevice::ExeOwner);
    }
    return true;
}

} // namespace DriveDeck::PrivateFile
