#include "journey/GuideTexts.h"

#include <QFile>
#include <QTest>

using namespace ameli;

namespace {

// The official guide, as shipped in docs/guide, with its line breaks and spaces folded.
QString guide()
{
    QFile f(QStringLiteral(AMELI_SOURCE_DIR "/docs/guide/pas-a-pas-code-provisoire.txt"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    // The guide marks bold words with ** and the screens show them plain.
    return QString::fromUtf8(f.readAll()).remove(QStringLiteral("**")).simplified();
}

// Every text appears in the guide, in the same order.
void verifyInGuideOrder(const QStringList &texts)
{
    const QString text = guide();
    QVERIFY(!text.isEmpty());
    qsizetype from = 0;
    for (const QString &t : texts) {
        const qsizetype at = text.indexOf(t.simplified(), from);
        QVERIFY2(
            at >= 0,
            qPrintable(QStringLiteral("not in the guide after position %1: %2").arg(from).arg(t)));
        from = at + t.size();
    }
}

} // namespace

class TestGuideTexts : public QObject
{
    Q_OBJECT

private slots:
    // A1: the public home page's texts and services, in the guide's order.
    void homeTexts_A1()
    {
        verifyInGuideOrder(GuideTexts::home().inOrder());
        QCOMPARE(GuideTexts::home().services.size(), 5);
    }

    // A2: the login page, every label in order.
    void loginTexts_A2()
    {
        verifyInGuideOrder(GuideTexts::login().inOrder());
        QCOMPARE(GuideTexts::login().title, QStringLiteral("J'accède à mon compte ameli"));
        QCOMPARE(GuideTexts::login().connect, QStringLiteral("ME CONNECTER"));
    }

    // C1: step 1's title, text, link, choices and buttons.
    void conditionsTexts_C1()
    {
        const QStringList texts = GuideTexts::conditions().inOrder();
        verifyInGuideOrder(texts.mid(0, 1) + QStringList{GuideTexts::stepHeader()} + texts.mid(1));
    }

    // P8: the advice and "* champ obligatoire" on step 2.
    void personalCodeTexts_P8()
    {
        const QStringList texts = GuideTexts::personalCode().inOrder();
        verifyInGuideOrder(texts.mid(0, 1) + QStringList{GuideTexts::stepHeader()} + texts.mid(1));
    }

    // D1-D4: step 3's labels.
    void contactTexts_D1_D2_D3_D4() { verifyInGuideOrder(GuideTexts::contactDetails().inOrder()); }

    // V1: the page shown after step 3.
    void validationPendingTexts_V1()
    {
        verifyInGuideOrder(GuideTexts::validationPending().inOrder());
    }

    // A5: the two explanations exist, and FranceConnect says it is outside the simulation.
    void explanations_A5()
    {
        QVERIFY(GuideTexts::whereIsMyNumber().contains(u"carte Vitale"));
        QVERIFY(GuideTexts::whatIsFranceConnect().contains(u"FranceConnect"));
        QVERIFY(GuideTexts::franceConnectOutsideSimulation().contains(u"ne fait pas partie"));
    }

    // A6: account creation tells how a provisional code is obtained.
    void accountCreation_A6()
    {
        const QString text = GuideTexts::accountCreationOutsideSimulation();
        QVERIFY(text.contains(u"ne fait pas partie de ce simulateur"));
        QVERIFY(text.contains(u"caisse"));
        QVERIFY(text.contains(u"« Code oublié ? »"));
    }
};

QTEST_GUILESS_MAIN(TestGuideTexts)
#include "tst_guidetexts.moc"
