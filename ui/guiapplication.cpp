#include "guiapplication.h"

#include "import/articleimporter.h"
#include "library/librarystore.h"
#include "mainwindow.h"
#include "settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Gleaner {

void installTranslations(QApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("gleaner"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
}

bool ensureDefaultLibrary(const QString &path, QString *error)
{
    if (QFileInfo::exists(path))
        return true;
    QDir().mkpath(QFileInfo(path).absolutePath());
    LibraryStore store;
    LibraryStore::OpenOptions options;
    options.create = true;
    if (!store.open(path, options)) {
        *error = store.lastError().message;
        return false;
    }
    // A new user sees a real-looking article at once: the project's own sample.
    QFile sample(QStringLiteral(":/samples/sample-article.txt"));
    if (!sample.open(QIODevice::ReadOnly))
        return true;
    ImportSource source;
    source.data = sample.readAll();
    source.kind = SourceKind::File;
    source.format = CleanInput::Format::Text;
    source.sourceName = QStringLiteral("sample-article.txt");
    source.published = QDate(2026, 11, 20);
    ArticleImporter(&store).import(source, DuplicatePolicy::Skip);
    return true;
}

int runGui(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Gleaner"));
    QApplication::setOrganizationName(QStringLiteral("Gleaner"));
    QApplication::setApplicationVersion(QStringLiteral(GLEANER_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral(GLEANER_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/gleaner.svg")));

    QCommandLineParser parser;
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Language of the window (e.g. ja)."),
                                  QStringLiteral("CODE"));
    parser.addOption(lang);
    parser.addPositionalArgument(QStringLiteral("LIBRARY"), QStringLiteral("The library to open."));
    parser.process(app);

    Settings settings;
    installTranslations(app, parser.isSet(lang) ? parser.value(lang) : settings.language());
    LibraryConnection::setDisplayName(settings.displayName());

    MainWindow window;
    window.show();
    QString path = parser.positionalArguments().value(0);
    if (path.isEmpty())
        path = settings.lastLibrary();
    bool opened = false;
    if (!path.isEmpty())
        opened = window.openLibrary(path);
    if (!opened) {
        const QString fallback = Settings::defaultLibraryPath();
        QString error;
        if (ensureDefaultLibrary(fallback, &error))
            window.openLibrary(fallback);
        else
            window.showError(error);
    }
    return app.exec();
}

} // namespace Gleaner
