#include "rules/PersonalCodePolicy.h"

#include <QTest>

using namespace ameli;

namespace {

const PersonalData kPerson{QStringLiteral("2850775056123"), QDate(1985, 7, 14),
                           QStringLiteral("Camille"), QStringLiteral("Martin")};

bool met(const QList<CodeRuleCheck> &checks, CodeRule rule)
{
    for (const CodeRuleCheck &c : checks) {
        if (c.rule == rule)
            return c.met;
    }
    return false;
}

} // namespace

class TestPersonalCodePolicy : public QObject
{
    Q_OBJECT

private slots:
    // P1-P6: each rule met or not, one row per case.
    void rules_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("rule");
        QTest::addColumn<bool>("expected");

        const auto row = [](const char *name, const QString &code, CodeRule rule, bool expected) {
            QTest::newRow(name) << code << int(rule) << expected;
        };
        // P1: between 8 and 50 characters.
        row("P1 7 characters", QStringLiteral("Abcdef1"), CodeRule::Length, false);
        row("P1 8 characters", QStringLiteral("Abcdefg1"), CodeRule::Length, true);
        row("P1 50 characters", QStringLiteral("Ab1") + QString(47, QLatin1Char('x')),
            CodeRule::Length, true);
        row("P1 51 characters", QStringLiteral("Ab1") + QString(48, QLatin1Char('x')),
            CodeRule::Length, false);
        row("P1 euro counts as one", QStringLiteral("Abcdef€1"), CodeRule::Length, true);
        // P2: lower and upper Latin letters.
        row("P2 lower only", QStringLiteral("abcdefg1"), CodeRule::LowerAndUpper, false);
        row("P2 upper only", QStringLiteral("ABCDEFG1"), CodeRule::LowerAndUpper, false);
        row("P2 both", QStringLiteral("abcDEFG1"), CodeRule::LowerAndUpper, true);
        row("P2 accented upper is not latin", QStringLiteral("abcdÉfg1"), CodeRule::LowerAndUpper,
            false);
        // P3: a digit or a special character.
        row("P3 letters only", QStringLiteral("abcdEFGH"), CodeRule::DigitOrSpecial, false);
        row("P3 digit", QStringLiteral("abcdEFG7"), CodeRule::DigitOrSpecial, true);
        row("P3 special", QStringLiteral("abcdEFG!"), CodeRule::DigitOrSpecial, true);
        row("P3 pound", QStringLiteral("abcdEFG£"), CodeRule::DigitOrSpecial, true);
        // P4: only allowed characters.
        row("P4 space refused", QStringLiteral("abcd EFG1"), CodeRule::OnlyAllowed, false);
        row("P4 accent refused", QStringLiteral("abcdéFG1"), CodeRule::OnlyAllowed, false);
        row("P4 hash refused", QStringLiteral("abcd#FG1"), CodeRule::OnlyAllowed, false);
        row("P4 quote refused", QStringLiteral("abcd'FG1"), CodeRule::OnlyAllowed, false);
        row("P4 every listed special accepted",
            QStringLiteral("aB1") + PersonalCodePolicy::allowedSpecialCharacters(),
            CodeRule::OnlyAllowed, true);
        // P5: no part of the number or the birth date.
        row("P5 birth year", QStringLiteral("Soleil1985"), CodeRule::NoPersonalData, false);
        row("P5 day and month", QStringLiteral("Soleil1407"), CodeRule::NoPersonalData, false);
        row("P5 ddmmyy", QStringLiteral("Sol140785"), CodeRule::NoPersonalData, false);
        row("P5 four digits of the number", QStringLiteral("Soleil5056"), CodeRule::NoPersonalData,
            false);
        row("P5 the whole number", QStringLiteral("Ab2850775056123"), CodeRule::NoPersonalData,
            false);
        row("P5 other digits", QStringLiteral("Soleil2024"), CodeRule::NoPersonalData, true);
        row("P5 day/month with a slash", QStringLiteral("Soleil14/07"), CodeRule::NoPersonalData,
            false);
        row("P5 full date with dots", QStringLiteral("Sol14.07.85"), CodeRule::NoPersonalData,
            false);
        row("P5 day-month with a hyphen", QStringLiteral("Soleil14-07"), CodeRule::NoPersonalData,
            false);
        row("P5 date without leading zero", QStringLiteral("Soleil14785"), CodeRule::NoPersonalData,
            false);
        row("P5 another date with a slash", QStringLiteral("Soleil14/08"), CodeRule::NoPersonalData,
            true);
        row("P5 three digits of the number", QStringLiteral("Soleil850"), CodeRule::NoPersonalData,
            true);
        // P6 is checked with a confirmation below.
    }

    void rules()
    {
        QFETCH(QString, code);
        QFETCH(int, rule);
        QFETCH(bool, expected);
        const auto checks = PersonalCodePolicy::check(code, code, kPerson);
        QCOMPARE(met(checks, CodeRule(rule)), expected);
    }

    // P6: typed twice, both the same.
    void confirmationMustMatch_P6()
    {
        QVERIFY(met(PersonalCodePolicy::check(QStringLiteral("MotdePasse1"),
                                              QStringLiteral("MotdePasse1"), kPerson),
                    CodeRule::Confirmed));
        QVERIFY(!met(PersonalCodePolicy::check(QStringLiteral("MotdePasse1"),
                                               QStringLiteral("MotdePasse2"), kPerson),
                     CodeRule::Confirmed));
        QVERIFY(!met(PersonalCodePolicy::check(QStringLiteral("MotdePasse1"), QString(), kPerson),
                     CodeRule::Confirmed));
    }

    // P9: the guide's example is accepted for a person it does not describe.
    void guideExampleAccepted_P9()
    {
        const auto checks = PersonalCodePolicy::check(QStringLiteral("MotdePasse1"),
                                                      QStringLiteral("MotdePasse1"), kPerson);
        QVERIFY(PersonalCodePolicy::isAcceptable(checks));
    }

    // P9: the live list names every rule, in the guide's order, with its label.
    void liveListInGuideOrder_P9()
    {
        const auto checks = PersonalCodePolicy::check(QString(), QString(), kPerson);
        QCOMPARE(checks.size(), 6);
        QCOMPARE(checks.at(0).label, QStringLiteral("comporter entre 8 et 50 caractères"));
        QCOMPARE(checks.at(1).label,
                 QStringLiteral("contenir des caractères latins minuscules et majuscules"));
        QCOMPARE(checks.at(2).label, QStringLiteral("contenir un chiffre ou un caractère spécial"));
        QCOMPARE(checks.at(3).label, QStringLiteral("ne contenir que des caractères autorisés"));
        QCOMPARE(checks.at(4).label,
                 QStringLiteral("ne pas contenir votre n° de sécurité sociale, votre date de "
                                "naissance ou une partie de celle-ci"));
        for (const CodeRuleCheck &c : checks)
            QVERIFY2(!c.met, qPrintable(c.label));
        QVERIFY(!PersonalCodePolicy::isAcceptable(checks));
    }

    // P9: rules turn met one by one as the user types.
    void rulesTurnMetWhileTyping_P9()
    {
        const QString target = QStringLiteral("MotdePasse1");
        QList<bool> lengthMet;
        for (int i = 1; i <= target.size(); ++i) {
            const QString typed = target.left(i);
            lengthMet << met(PersonalCodePolicy::check(typed, typed, kPerson), CodeRule::Length);
        }
        QCOMPARE(lengthMet.indexOf(true), 7);
        QVERIFY(!met(PersonalCodePolicy::check(QStringLiteral("MotdePasse"),
                                               QStringLiteral("MotdePasse"), kPerson),
                     CodeRule::DigitOrSpecial));
    }

    // P4: the two links list exactly these characters.
    void allowedListsForTheLinks_P4()
    {
        QCOMPARE(PersonalCodePolicy::allowedSpecialCharacters(),
                 QStringLiteral("?!$€£@&(-+_)=*%/<>,.;"));
        QCOMPARE(PersonalCodePolicy::allowedLatinLetters().size(), 52);
    }
};

QTEST_GUILESS_MAIN(TestPersonalCodePolicy)
#include "tst_personalcodepolicy.moc"
