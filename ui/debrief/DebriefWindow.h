#pragma once

#include "attempts/AttemptDigest.h"

#include <QMainWindow>
#include <functional>

class GroupView;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTreeWidget;
class TimelineView;

namespace ameli {
class Database;
}

// "Débriefing": the attempts on record (filtered by participant, scenario or task, date), one
// attempt on its timeline with its mistakes and notes, the group view with charts, PDF reports,
// replay, export, and the housekeeping a trainer owes the participants (delete an attempt, a
// participant's attempts, everything older than a date), each asked for confirmation first.
class DebriefWindow : public QMainWindow
{
    Q_OBJECT

public:
    using Confirm = std::function<bool(const QString &question)>;
    using ChoosePath = std::function<QString(const QString &title, const QString &suggested)>;

    explicit DebriefWindow(const ameli::Database &records, QWidget *parent = nullptr);

    void reload();
    // Dialogs a test replaces: a question, a file to save, a folder to export into.
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    void setChooseFile(ChoosePath choose) { m_chooseFile = std::move(choose); }
    void setChooseFolder(ChoosePath choose) { m_chooseFolder = std::move(choose); }

    QComboBox *participantCombo() const { return m_participant; }
    QComboBox *activityCombo() const { return m_activity; }
    QCheckBox *allDatesCheck() const { return m_allDates; }
    QDateEdit *sinceEdit() const { return m_since; }
    QTreeWidget *attemptList() const { return m_list; }
    TimelineView *timeline() const { return m_timeline; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *errorsLabel() const { return m_errors; }
    QListWidget *notesList() const { return m_notes; }
    QLineEdit *noteEdit() const { return m_noteEdit; }
    GroupView *groupView() const { return m_group; }
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *replayButton() const { return m_replay; }
    const QList<ameli::AttemptDigest> &digests() const { return m_digests; }
    std::optional<ameli::AttemptDigest> selected() const;

    void selectAttempt(qint64 attemptId);
    void addNote();
    void exportAttempts();
    void writeAttemptReport();
    void writeGroupReport();
    void deleteSelected();
    void deleteParticipant();
    void deleteBefore(const QDate &date);
    void openReplay();

signals:
    void replayOpened(QWidget *replay);

private:
    ameli::AttemptFilter filter() const;
    void fillFilters();
    void showSelected();
    void say(const QString &text, bool error = false);

    const ameli::Database &m_records;
    QList<ameli::AttemptDigest> m_digests;
    QComboBox *m_participant;
    QComboBox *m_activity;
    QCheckBox *m_allDates;
    QDateEdit *m_since;
    QTabWidget *m_tabs;
    QTreeWidget *m_list;
    QLabel *m_summary;
    TimelineView *m_timeline;
    QLabel *m_errors;
    QListWidget *m_notes;
    QLineEdit *m_noteEdit;
    QLabel *m_noteMoment;
    qint64 m_momentMs = 0;
    QPushButton *m_replay;
    GroupView *m_group;
    QDateEdit *m_deleteBefore;
    QLabel *m_status;
    Confirm m_confirm;
    ChoosePath m_chooseFile;
    ChoosePath m_chooseFolder;
};
