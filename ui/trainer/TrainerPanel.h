#pragma once

#include <QDockWidget>
#include <functional>

class HandoutJob;
class MainWindow;
class Notice;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTextBrowser;
class QTreeWidget;
class ScenarioSession;

namespace ameli {
class Database;
class JourneyService;
class ScenarioCatalog;
class SimulationClock;
} // namespace ameli

// The trainer's panel (hidden unless asked for): scenarios with their objective and hints, who
// plays them (a participant code), the mistakes as they happen and the feedback at the end,
// the simulation clock and its buttons, every delay running with its countdown, the current
// CAPTCHA's characters, the agent's view of the followed person, and the debrief.
class TrainerPanel : public QDockWidget
{
    Q_OBJECT

public:
    TrainerPanel(ameli::JourneyService &journey, const ameli::Database &database,
                 ameli::SimulationClock &clock, ScenarioSession &session,
                 const ameli::ScenarioCatalog &catalog, MainWindow &window);

    void refresh();
    void startScenario(const QString &id);
    // On the trainer's own store (not a scenario's temporary one), starting a scenario erases
    // it: the panel asks first.
    void setConfirmBeforeErasing(bool confirm) { m_confirmBeforeErasing = confirm; }
    QPushButton *clockButton(const QString &name) const;
    QTreeWidget *expiries() const { return built()->m_expiries; }
    QLabel *captchaLabel() const { return built()->m_captcha; }
    QTextBrowser *agentView() const { return built()->m_agent; }
    // "À dire à l'appelant": hidden in exam mode until the agent asks for it.
    QLabel *adviceLabel() const { return built()->m_advice; }
    QPushButton *revealAdviceButton() const { return built()->m_revealAdvice; }
    Notice *feedback() const { return built()->m_feedback; }
    QLabel *hintsLabel() const { return built()->m_hints; }
    QComboBox *modeCombo() const { return built()->m_mode; }
    QPushButton *nextHintButton() const { return built()->m_nextHint; }
    QPushButton *restartButton() const { return built()->m_restart; }
    QLineEdit *participantEdit() const { return built()->m_participant; }
    QLabel *mistakesLabel() const { return built()->m_mistakes; }
    QPushButton *debriefButton() const { return built()->m_debrief; }
    // « Imprimer le pas-à-pas… »: the handout PDF, made by the simulator in a process of its own.
    QPushButton *handoutButton() const { return built()->m_handout; }
    QPushButton *openHandoutButton() const { return built()->m_openHandout; }
    Notice *handoutNotice() const { return built()->m_handoutNotice; }
    // Tests choose the file (instead of the save dialog) and the program that draws it.
    void setHandoutFileChooser(std::function<QString()> chooser)
    {
        m_handoutChooser = std::move(chooser);
    }
    void setHandoutProgram(const QString &program) { m_handoutProgram = program; }
    qint64 followedPerson() const;
    // The panel's controls are built when it is first shown or asked for (about 16 ms, not
    // spent before the window's first paint when the panel starts hidden).
    void setVisible(bool visible) override;

signals:
    void debriefRequested();

private:
    void ensureBuilt();
    TrainerPanel *built() const;
    void showFeedback(int kind, const QString &text);
    QWidget *buildTrainerTab();
    QWidget *buildAgentTab();
    void fillPersons();
    void showScenario();
    void refreshExpiries();
    void refreshAgent();
    void showAdvice();
    void updateAttemptBase();
    void showMistakes();
    void printHandout();

    ameli::JourneyService &m_journey;
    const ameli::Database &m_database;
    ameli::SimulationClock &m_clock;
    ScenarioSession &m_session;
    const ameli::ScenarioCatalog &m_catalog;
    MainWindow &m_window;
    QComboBox *m_person = nullptr;
    QComboBox *m_scenarios = nullptr;
    QLabel *m_scenarioText = nullptr;
    QComboBox *m_mode = nullptr;
    QLabel *m_hints = nullptr;
    QPushButton *m_nextHint = nullptr;
    QPushButton *m_restart = nullptr;
    Notice *m_feedback = nullptr;
    QLineEdit *m_participant = nullptr;
    QLabel *m_mistakes = nullptr;
    QPushButton *m_debrief = nullptr;
    QPushButton *m_handout = nullptr;
    QPushButton *m_openHandout = nullptr;
    Notice *m_handoutNotice = nullptr;
    HandoutJob *m_handoutJob = nullptr;
    QString m_handoutFile;
    std::function<QString()> m_handoutChooser;
    QString m_handoutProgram;
    QLabel *m_clockLabel = nullptr;
    QSpinBox *m_minutes = nullptr;
    QList<QPushButton *> m_clockButtons;
    QTreeWidget *m_expiries = nullptr;
    QLabel *m_captcha = nullptr;
    QTextBrowser *m_agent = nullptr;
    QString m_agentHtml;
    QLabel *m_advice = nullptr;
    QPushButton *m_revealAdvice = nullptr;
    QString m_adviceText;
    bool m_adviceRevealed = false;
    bool m_confirmBeforeErasing = false;
    bool m_built = false;
    // What the feedback line would say while the panel is not built yet.
    int m_pendingFeedbackKind = -1;
    QString m_pendingFeedback;
    // The demo personas come first; a cohort of thousands is not listed whole.
    static constexpr int kListedPersons = 1000;
};
