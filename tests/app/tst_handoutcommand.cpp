#include "guide/HandoutContent.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

// What a poppler tool prints for the file, or a failed test.
QString poppler(const QString &tool, const QStringList &arguments)
{
    QProcess process;
    process.start(tool, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return QStringLiteral("<%1 failed: %2>")
            .arg(tool, QString::fromUtf8(process.readAllStandardError()));
    return QString::fromUtf8(process.readAllStandardOutput());
}

// Whitespace and line breaks made single spaces, the guide's bold marks taken out: a sentence
// reads the same in the guide, on a page and across a PDF's line breaks.
QString flat(QString text)
{
    text.remove(QStringLiteral("**"));
    text.replace(QChar(0x2019), QLatin1Char('\''));
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.replace(space, QStringLiteral(" "));
}

struct Handout
{
    int exitCode = -1;
    QString output, errors;
};

Handout makeHandout(const QString &path, const QStringList &more = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // As on a machine with no display at all.
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(AMELI_EXECUTABLE),
                  QStringList{QStringLiteral("--handout"), path} + more);
    Handout h;
    if (!process.waitForFinished(180000))
        return h;
    h.exitCode = process.exitCode();
    h.output = QString::fromUtf8(process.readAllStandardOutput());
    h.errors = QString::fromUtf8(process.readAllStandardError());
    return h;
}

} // namespace

// `ameli-simulator --handout FILE.pdf` (issue 11): the printable step-by-step guide, drawn from
// the simulator's own screens, as a trainer would print it.
class TestHandoutCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const Handout h = makeHandout(m_dir.filePath(QStringLiteral("guide.pdf")));
        QVERIFY2(h.exitCode == 0, qPrintable(h.errors));
        m_text = flat(poppler(QStringLiteral("pdftotext"),
                              {QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                               m_dir.filePath(QStringLiteral("guide.pdf")), QStringLiteral("-")}));
        QVERIFY(!m_text.startsWith(QLatin1Char('<')));
        QVERIFY(h.output.contains(QStringLiteral("Pas-à-pas écrit")));
    }

    // A title page, one page per step of the journey, the delays, the advice: A4 each.
    void hasOnePagePerStepOnA4()
    {
        const QString info =
            poppler(QStringLiteral("pdfinfo"), {m_dir.filePath(QStringLiteral("guide.pdf"))});
        const int steps = int(ameli::HandoutContent::steps().size());
        QVERIFY(steps >= 15);
        QVERIFY2(
            info.contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\n").arg(steps + 3))),
            qPrintable(info));
        QVERIFY2(info.contains(QStringLiteral("(A4)")), qPrintable(info));
        QVERIFY(m_text.contains(QStringLiteral("Page %1 sur %1").arg(steps + 3)));
    }

    void saysItIsATrainingDocumentWithFictitiousData()
    {
        QVERIFY(m_text.contains(QStringLiteral("DOCUMENT DE FORMATION — DONNÉES FICTIVES")));
        QVERIFY(m_text.contains(QStringLiteral("Ce n'est pas le site de l'Assurance Maladie")));
        QVERIFY(m_text.contains(QStringLiteral("Sommaire")));
    }

    // Every step's title, in the journey's order, with the guide's explanation beside it.
    void holdsEveryStepInOrder()
    {
        qsizetype at = 0;
        for (const ameli::HandoutStep &step : ameli::HandoutContent::steps()) {
            // After the title page's contents, the step's own page.
            const qsizetype found = m_text.indexOf(QStringLiteral("sur %1 %2")
                                                       .arg(ameli::HandoutContent::steps().size())
                                                       .arg(flat(step.title)),
                                                   at);
            QVERIFY2(found > at, qPrintable(step.title));
            at = found;
            for (const QString &line : step.lines)
                QVERIFY2(m_text.contains(flat(line)), qPrintable(line));
        }
    }

    // The official guide's own sentences (read from the guide itself) are on the pages.
    void quotesTheGuide_data()
    {
        QTest::addColumn<QString>("sentence");
        for (const char *s :
             {"L'assuré renseigne son numéro de sécurité sociale ainsi que sa date de naissance",
              "L'assuré écrit les caractères lus ou entendus pour passer à la suite",
              "L'assuré dispose de 5 minutes pour lire ou écouter le code à recopier et le "
              "saisir dans la cartouche",
              "L'assuré reçoit son code provisoire sur son adresse mail",
              "Pour passer à l'étape suivante, l'assuré clique sur",
              "L'assuré dispose de 7 jours pour valider son adresse mail et finaliser le "
              "processus d'adhésion au compte ameli",
              "Au-delà de 21 jours, l'adresse mail de l'assuré n'est plus mémorisée",
              "L'assuré peut alors accéder à son compte via le web ou dans l'application ameli",
              "Si l'assuré n'a pas reçu le mail de validation pour finaliser l'ouverture du",
              "le mail de validation est présent dans les courriels indésirables/spams",
              "Votre compte ameli - Confirmation de votre adresse mail"})
            QTest::newRow(s) << QString::fromUtf8(s);
    }

    void quotesTheGuide()
    {
        QFETCH(QString, sentence);
        QFile guide(QStringLiteral(AMELI_SOURCE_DIR "/docs/guide/pas-a-pas-code-provisoire.txt"));
        QVERIFY(guide.open(QIODevice::ReadOnly));
        QVERIFY2(flat(QString::fromUtf8(guide.readAll())).contains(sentence),
                 "not the guide's words");
        // The handout spaces "indésirables / spams" for reading; the words are the guide's.
        QString onPage = sentence;
        onPage.replace(QStringLiteral("indésirables/spams"),
                       QStringLiteral("indésirables / spams"));
        QVERIFY2(m_text.contains(onPage), qPrintable(sentence));
    }

    // The delays come from the journey's rules, in a table, and the T1-T8 advice closes it.
    void listsTheDelaysAndTheAdvice()
    {
        const qsizetype table =
            m_text.indexOf(QStringLiteral("Les délais du parcours Ce qui a un délai"));
        QVERIFY(table > 0);
        const QString delays = m_text.mid(table, 900);
        for (const char *d : {"5 minutes", "30 minutes", "7 jours", "21 jours"})
            QVERIFY2(delays.contains(QLatin1String(d)), d);
        for (const char *rule : {"(T1)", "(T2)", "(T3)", "(T4)", "(T5)", "(T6)", "(T7)", "(T8)"})
            QVERIFY2(m_text.indexOf(QLatin1String(rule)) > table, rule);
    }

    // Each step's screen is a real picture of the window, at print resolution.
    void picturesAreScreensNotBlanks()
    {
        QTemporaryDir images;
        poppler(QStringLiteral("pdfimages"),
                {QStringLiteral("-png"), m_dir.filePath(QStringLiteral("guide.pdf")),
                 images.filePath(QStringLiteral("img"))});
        const QStringList files = QDir(images.path()).entryList({QStringLiteral("*.png")});
        QVERIFY2(files.size() >= ameli::HandoutContent::steps().size(),
                 qPrintable(QString::number(files.size())));
        for (const QString &f : files) {
            const QImage image(images.filePath(f));
            // Print resolution by default: at least 300 dpi across the page's 180 mm.
            QVERIFY2(image.width() >= 2126,
                     qPrintable(QStringLiteral("%1: %2 px").arg(f).arg(image.width())));
            QSet<QRgb> colours;
            for (int y = 0; y < image.height(); y += 7)
                for (int x = 0; x < image.width(); x += 7)
                    colours.insert(image.pixel(x, y));
            QVERIFY2(colours.size() > 40,
                     qPrintable(QStringLiteral("%1: %2 colours").arg(f).arg(colours.size())));
        }
    }

    // Qt's PDF writer embeds the fonts: the page prints the same on any printer.
    void embedsItsFonts()
    {
        const QString fonts =
            poppler(QStringLiteral("pdffonts"), {m_dir.filePath(QStringLiteral("guide.pdf"))});
        const QStringList lines = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        QVERIFY(!lines.isEmpty());
        for (const QString &line : lines)
            QVERIFY2(line.contains(QRegularExpression(QStringLiteral("\\byes\\b"))) &&
                         line.split(QLatin1Char(' '), Qt::SkipEmptyParts).value(4) == u"yes",
                     qPrintable(line));
    }

    void inEnglish()
    {
        const QString path = m_dir.filePath(QStringLiteral("guide-en.pdf"));
        const Handout h = makeHandout(path, {QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY2(h.exitCode == 0, qPrintable(h.errors));
        const QString text = flat(
            poppler(QStringLiteral("pdftotext"),
                    {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")}));
        QVERIFY2(text.contains(QStringLiteral("TRAINING DOCUMENT")), qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("7 days")));
        QVERIFY(text.contains(QStringLiteral("21 days")));
        QVERIFY(!text.contains(QStringLiteral("Au-delà de 21 jours")));
        QVERIFY(!text.contains(QStringLiteral("Sommaire")));
        // English punctuation: no space before a colon, as French writes it.
        const qsizetype frenchColon = text.indexOf(QStringLiteral(" :"));
        QVERIFY2(frenchColon < 0, qPrintable(text.mid(frenchColon - 60, 80)));
    }

    // A file it cannot write: said in French, exit 1, nothing left behind.
    void saysWhenTheFileCannotBeWritten()
    {
        const QString path = m_dir.filePath(QStringLiteral("no-such-folder/guide.pdf"));
        const Handout h = makeHandout(path);
        QCOMPARE(h.exitCode, 1);
        QVERIFY2(h.errors.contains(QStringLiteral("Impossible d'écrire")), qPrintable(h.errors));
        QVERIFY(!QFile::exists(path));
    }

private:
    QTemporaryDir m_dir;
    QString m_text;
};

QTEST_GUILESS_MAIN(TestHandoutCommand)
#include "tst_handoutcommand.moc"
