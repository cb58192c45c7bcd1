// The translations are complete and current: every text of the GUI and of core (its errors and job phases) is in
// each .ts file, translated, with the same placeholders as the English source.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    QStringList translations; // one per plural form
    bool unfinished = false;
};

QList<Message> readTs(const QString& path)
{
    QList<Message> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name")
            context = xml.readElementText();
        else if (xml.name() == u"message")
            m = Message{context, {}, {}, false};
        else if (xml.name() == u"source")
            m.source = xml.readElementText();
        else if (xml.name() == u"translation") {
            m.unfinished = xml.attributes().value(QLatin1String("type")) == u"unfinished";
            // Plural forms are <numerusform> children; a plain message has the text directly.
            QString text;
            QStringList forms;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == u"numerusform")
                    forms << xml.readElementText();
                else if (xml.isEndElement() && xml.name() == u"translation")
                    break;
            }
            m.translations = forms.isEmpty() ? QStringList{text} : forms;
            out << m;
        }
    }
    return out;
}

QString tsPath(const QString& language)
{
    return QStringLiteral(TRAPLINE_SOURCE_DIR "/translations/trapline_%1.ts").arg(language);
}

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    QSet<QString> out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.insert(it.next().captured(0));
    return out;
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyTextIsTranslated_data();
    void everyTextIsTranslated();
    void lupdateFindsNothingNew();
};

void TestTranslations::everyTextIsTranslated_data()
{
    QTest::addColumn<QString>("language");
    for (const char* language : {"es", "fr", "pt_BR"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

void TestTranslations::everyTextIsTranslated()
{
    QFETCH(QString, language);
    const QList<Message> messages = readTs(tsPath(language));
    QVERIFY2(messages.size() > 500, qPrintable(tsPath(language)));
    QStringList problems;
    bool core = false;
    for (const Message& m : messages) {
        core = core || (m.context.startsWith(u"trapline::") && !m.context.startsWith(u"trapline::ui::"));
        const QString where = m.context + QStringLiteral(": \"") + m.source.left(60) + u'"';
        if (m.unfinished || m.translations.contains(QString())) {
            problems << where + QStringLiteral(" is not translated");
            continue;
        }
        for (const QString& t : m.translations)
            if (placeholders(t) - QSet<QString>{QStringLiteral("%n")} != placeholders(m.source) - QSet<QString>{QStringLiteral("%n")})
                problems << where + QStringLiteral(" has other placeholders in its translation: ") + t;
    }
    QVERIFY2(core, "no text of core/ in the translations: lupdate must read core/ too");
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

// The .ts files hold what lupdate finds in the sources today: a new tr() anywhere in ui/, app/gui/ or core/ that
// was not added (cmake --build build --target update_translations) and translated fails here.
void TestTranslations::lupdateFindsNothingNew()
{
    if (!QFile::exists(QStringLiteral(TRAPLINE_LUPDATE)))
        QSKIP("lupdate is not installed (Debian: qt6-l10n-tools)");
    QStringList sources{QStringLiteral(TRAPLINE_SOURCE_DIR "/core/Tr.h")};
    for (const char* folder : {"ui", "app/gui", "core"})
        for (QDirIterator it(QStringLiteral(TRAPLINE_SOURCE_DIR "/") + QLatin1String(folder), {QStringLiteral("*.cpp")},
                             QDir::Files, QDirIterator::Subdirectories);
             it.hasNext();)
            sources << it.next();
    QTemporaryDir dir;
    const QString fresh = dir.filePath(QStringLiteral("fresh_fr.ts"));
    QProcess lupdate;
    lupdate.start(QStringLiteral(TRAPLINE_LUPDATE), QStringList{QStringLiteral("-silent"), QStringLiteral("-locations"),
                                                                QStringLiteral("none"), QStringLiteral("-I"),
                                                                QStringLiteral(TRAPLINE_SOURCE_DIR "/core")}
                                                        + sources + QStringList{QStringLiteral("-ts"), fresh});
    QVERIFY(lupdate.waitForFinished(120000));
    QCOMPARE(lupdate.exitCode(), 0);
    QSet<QString> committed;
    for (const Message& m : readTs(tsPath(QStringLiteral("fr"))))
        committed.insert(m.context + u'\x1f' + m.source);
    QStringList missing;
    for (const Message& m : readTs(fresh))
        if (!committed.contains(m.context + u'\x1f' + m.source))
            missing << m.context + QStringLiteral(": ") + m.source;
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("not in trapline_fr.ts:\n") + missing.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
