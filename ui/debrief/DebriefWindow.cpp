#include "DebriefWindow.h"

#include "GroupView.h"
#include "ReportWriter.h"
#include "TimelineView.h"
#include "attempts/AttemptExporter.h"
#include "attempts/MeasureText.h"
#include "journey/StepKeys.h"
#include "replay/ReplayWindow.h"
#include "store/StoreError.h"
#include "widgets/ScrollArea.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using ameli::AttemptDigest;

namespace {

// The activity filter's value for a whole plan.
constexpr char kPlanPrefix[] = "plan:";

} // namespace
using ameli::MeasureText;

DebriefWindow::DebriefWindow(const ameli::Database &records, QWidget *parent)
    : QMainWindow(parent)
    , m_records(records)
    , m_participant(new QComboBox)
    , m_activity(new QComboBox)
    , m_allDates(new QCheckBox(tr("&Toutes les dates")))
    , m_since(new QDateEdit)
    , m_tabs(new QTabWidget)
    , m_list(new QTreeWidget)
    , m_summary(new QLabel)
    , m_timeline(new TimelineView)
    , m_errors(new QLabel)
    , m_notes(new QListWidget)
    , m_noteEdit(new QLineEdit)
    , m_noteMoment(new QLabel)
    , m_replay(new QPushButton(tr("&Rejouer…")))
    , m_group(new GroupView)
    , m_deleteBefore(new QDateEdit)
    , m_status(new QLabel)
{
    setWindowTitle(tr("Débriefing — tentatives enregistrées"));
    setObjectName(QStringLiteral("debriefWindow"));
    resize(1200, 820);
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Confirmer"), question) == QMessageBox::Yes;
    };
    m_chooseFile = [this](const QString &title, const QString &suggested) {
        return QFileDialog::getSaveFileName(this, title, suggested, tr("Documents PDF (*.pdf)"));
    };
    m_chooseFolder = [this](const QString &title, const QString &suggested) {
        return QFileDialog::getExistingDirectory(this, title, suggested);
    };

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);

    // Filters.
    auto *filters = new QHBoxLayout;
    const auto labelled = [&](const QString &text, QWidget *w) {
        auto *l = new QLabel(text, central);
        l->setBuddy(w);
        filters->addWidget(l);
        filters->addWidget(w);
    };
    m_participant->setAccessibleName(tr("Participant"));
    m_activity->setAccessibleName(tr("Scénario ou tâche"));
    m_activity->setMinimumContentsLength(24);
    m_activity->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_since->setAccessibleName(tr("Depuis le"));
    m_since->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_since->setCalendarPopup(true);
    m_since->setDate(QDate::currentDate().addMonths(-1));
    m_allDates->setChecked(true);
    m_since->setEnabled(false);
    labelled(tr("&Participant :"), m_participant);
    labelled(tr("&Scénario ou tâche :"), m_activity);
    labelled(tr("&Depuis le :"), m_since);
    filters->addWidget(m_allDates);
    filters->addStretch();
    auto *exportButton = new QPushButton(tr("E&xporter…"), central);
    exportButton->setAccessibleName(tr("Exporter"));
    exportButton->setToolTip(tr("CSV, JSON et xAPI des tentatives filtrées, dans un dossier."));
    filters->addWidget(exportButton);
    layout->addLayout(filters);

    // One attempt.
    auto *attemptTab = new QSplitter(Qt::Horizontal);
    m_list->setAccessibleName(tr("Tentatives"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Date"), tr("Participant"), tr("Scénario ou tâche"), tr("Mode"),
                             tr("Résultat"), tr("Durée"), tr("Erreurs")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_list->setMinimumWidth(320);
    attemptTab->addWidget(m_list);
    auto *detailScroll = new ScrollArea;
    detailScroll->setWidgetResizable(true);
    // Text wraps to the pane's width; only a long list of notes scrolls.
    detailScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *detail = new QWidget;
    auto *dl = new QVBoxLayout(detail);
    for (QLabel *l : {m_summary, m_errors}) {
        l->setWordWrap(true);
        l->setTextFormat(Qt::PlainText);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    dl->addWidget(m_summary);
    dl->addWidget(m_timeline);
    auto *errorsTitle = new QLabel(tr("Erreurs et situations"), detail);
    errorsTitle->setProperty("sectionTitle", true);
    dl->addWidget(errorsTitle);
    dl->addWidget(m_errors);
    auto *notesTitle = new QLabel(tr("&Notes"), detail);
    notesTitle->setProperty("sectionTitle", true);
    notesTitle->setBuddy(m_notes);
    dl->addWidget(notesTitle);
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setMaximumHeight(120);
    dl->addWidget(m_notes);
    auto *noteRow = new QHBoxLayout;
    m_noteEdit->setAccessibleName(tr("Nouvelle note"));
    m_noteEdit->setPlaceholderText(tr("Une note au moment choisi sur la frise"));
    auto *addNote = new QPushButton(tr("&Ajouter la note"), detail);
    addNote->setAccessibleName(tr("Ajouter la note"));
    noteRow->addWidget(m_noteMoment);
    noteRow->addWidget(m_noteEdit, 1);
    noteRow->addWidget(addNote);
    dl->addLayout(noteRow);
    auto *actions = new QHBoxLayout;
    m_replay->setAccessibleName(tr("Rejouer"));
    auto *report = new QPushButton(tr("Rapport P&DF…"), detail);
    report->setAccessibleName(tr("Rapport PDF"));
    auto *remove = new QPushButton(tr("Supprimer la &tentative…"), detail);
    remove->setAccessibleName(tr("Supprimer la tentative"));
    auto *removeParticipant =
        new QPushButton(tr("Supprimer les tentatives du partic&ipant…"), detail);
    removeParticipant->setAccessibleName(tr("Supprimer les tentatives du participant"));
    actions->addWidget(m_replay);
    actions->addWidget(report);
    actions->addStretch();
    dl->addLayout(actions);
    auto *removals = new QHBoxLayout;
    removals->addWidget(remove);
    removals->addWidget(removeParticipant);
    removals->addStretch();
    dl->addLayout(removals);
    dl->addStretch();
    detailScroll->setWidget(detail);
    attemptTab->addWidget(detailScroll);
    attemptTab->setStretchFactor(0, 2);
    attemptTab->setStretchFactor(1, 3);
    m_tabs->addTab(attemptTab, tr("Tentative"));

    // The group.
    auto *groupTab = new QWidget;
    auto *gl = new QVBoxLayout(groupTab);
    gl->addWidget(m_group, 1);
    auto *groupReport = new QPushButton(tr("Rapport PDF du &groupe…"), groupTab);
    groupReport->setAccessibleName(tr("Rapport PDF du groupe"));
    gl->addWidget(groupReport, 0, Qt::AlignLeft);
    m_tabs->addTab(groupTab, tr("Groupe"));

    // Data protection.
    auto *dataTab = new QWidget;
    auto *pl = new QVBoxLayout(dataTab);
    auto *explain = new QLabel(
        tr("Les tentatives ne contiennent que le code des participants, jamais un nom, un code "
           "personnel ou un numéro de sécurité sociale complet. Supprimez-les dès qu'elles ne "
           "servent plus."),
        dataTab);
    explain->setWordWrap(true);
    pl->addWidget(explain);
    auto *beforeRow = new QHBoxLayout;
    auto *beforeLabel = new QLabel(tr("Supprimer les tentatives commencées avant le :"), dataTab);
    m_deleteBefore->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_deleteBefore->setCalendarPopup(true);
    m_deleteBefore->setDate(QDate::currentDate().addMonths(-6));
    m_deleteBefore->setAccessibleName(tr("Supprimer les tentatives commencées avant le"));
    beforeLabel->setBuddy(m_deleteBefore);
    auto *deleteOld = new QPushButton(tr("Supprimer les &anciennes…"), dataTab);
    deleteOld->setAccessibleName(tr("Supprimer les anciennes tentatives"));
    beforeRow->addWidget(beforeLabel);
    beforeRow->addWidget(m_deleteBefore);
    beforeRow->addWidget(deleteOld);
    beforeRow->addStretch();
    pl->addLayout(beforeRow);
    pl->addStretch();
    m_tabs->addTab(dataTab, tr("Données"));

    layout->addWidget(m_tabs, 1);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    layout->addWidget(m_status);
    setCentralWidget(central);

    // X1: Tab follows the reading order, filters first.
    {
        const QList<QWidget *> order{m_participant, m_activity, m_since,          m_allDates,
                                     exportButton,  m_tabs,     m_list,           m_timeline,
                                     m_notes,       m_noteEdit, addNote,          m_replay,
                                     report,        remove,     removeParticipant};
        for (qsizetype i = 1; i < order.size(); ++i)
            QWidget::setTabOrder(order.at(i - 1), order.at(i));
    }
    connect(m_participant, &QComboBox::currentIndexChanged, this, &DebriefWindow::reload);
    connect(m_activity, &QComboBox::currentIndexChanged, this, &DebriefWindow::reload);
    connect(m_since, &QDateEdit::dateChanged, this, &DebriefWindow::reload);
    connect(m_allDates, &QCheckBox::toggled, this, [this](bool all) {
        m_since->setEnabled(!all);
        reload();
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &DebriefWindow::showSelected);
    connect(m_list, &QTreeWidget::itemActivated, this, &DebriefWindow::openReplay);
    connect(m_timeline, &TimelineView::momentClicked, this, [this](qint64 ms) {
        m_momentMs = ms;
        m_noteMoment->setText(tr("à %1 :").arg(MeasureText::duration(ms)));
        m_timeline->setCursor(ms);
    });
    connect(addNote, &QPushButton::clicked, this, &DebriefWindow::addNote);
    connect(m_noteEdit, &QLineEdit::returnPressed, this, &DebriefWindow::addNote);
    connect(m_replay, &QPushButton::clicked, this, &DebriefWindow::openReplay);
    connect(report, &QPushButton::clicked, this, &DebriefWindow::writeAttemptReport);
    connect(remove, &QPushButton::clicked, this, &DebriefWindow::deleteSelected);
    connect(removeParticipant, &QPushButton::clicked, this, &DebriefWindow::deleteParticipant);
    connect(groupReport, &QPushButton::clicked, this, &DebriefWindow::writeGroupReport);
    connect(exportButton, &QPushButton::clicked, this, &DebriefWindow::exportAttempts);
    connect(deleteOld, &QPushButton::clicked, this,
            [this] { deleteBefore(m_deleteBefore->date()); });
    reload();
}

void DebriefWindow::say(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setProperty("fieldError", error);
    m_status->style()->unpolish(m_status);
    m_status->style()->polish(m_status);
}

ameli::AttemptFilter DebriefWindow::filter() const
{
    ameli::AttemptFilter f;
    f.participant = m_participant->currentData().toString();
    const QString activity = m_activity->currentData().toString();
    // A whole UX test plan, or one scenario or task.
    if (activity.startsWith(QLatin1String(kPlanPrefix)))
        f.planId = activity.mid(int(qstrlen(kPlanPrefix)));
    else
        f.activity = activity;
    if (!m_allDates->isChecked())
        f.since = QDateTime(m_since->date(), QTime(0, 0));
    return f;
}

void DebriefWindow::fillFilters()
{
    const ameli::AttemptRepository repository(m_records);
    const QString participant = m_participant->currentData().toString();
    const QString activity = m_activity->currentData().toString();
    const QSignalBlocker b1(m_participant);
    const QSignalBlocker b2(m_activity);
    m_participant->clear();
    m_participant->addItem(tr("Tous"), QString());
    for (const QString &p : repository.participants())
        m_participant->addItem(p, p);
    m_participant->setCurrentIndex(std::max(0, m_participant->findData(participant)));
    m_activity->clear();
    m_activity->addItem(tr("Tous"), QString());
    QStringList plans;
    for (const ameli::PlanRun &run : repository.planRuns()) {
        if (!plans.contains(run.planId)) {
            plans << run.planId;
            m_activity->addItem(tr("Plan de test : %1").arg(run.planTitle),
                                QLatin1String(kPlanPrefix) + run.planId);
        }
    }
    for (const auto &[key, title] : repository.activities())
        m_activity->addItem(title.isEmpty() ? tr("Exploration libre") : title, key);
    m_activity->setCurrentIndex(std::max(0, m_activity->findData(activity)));
}

void DebriefWindow::reload()
{
    const qint64 wasSelected = selected() ? selected()->attempt.id : 0;
    try {
        fillFilters();
        m_digests = AttemptDigest::load(m_records, filter());
        m_group->setGroups(AttemptDigest::groups(m_digests, AttemptDigest::susScores(m_records)));
    } catch (const ameli::StoreError &e) {
        m_digests.clear();
        say(e.message(), true);
    }
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const AttemptDigest &d : std::as_const(m_digests)) {
        auto *item = new QTreeWidgetItem(
            m_list,
            {d.attempt.startedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")),
             d.attempt.spec.participant, d.attempt.activityTitle(),
             ameli::Attempt::modeLabel(d.attempt.spec.mode), MeasureText::success(d.measures),
             MeasureText::duration(d.measures.timeOnTaskMs),
             QString::number(d.measures.mistakes.size())});
        item->setData(0, Qt::UserRole, d.attempt.id);
    }
    m_list->setAccessibleDescription(tr("%1 tentative(s)").arg(m_digests.size()));
    if (wasSelected > 0)
        selectAttempt(wasSelected);
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    showSelected();
}

std::optional<AttemptDigest> DebriefWindow::selected() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return std::nullopt;
    const qint64 id = item->data(0, Qt::UserRole).toLongLong();
    for (const AttemptDigest &d : m_digests) {
        if (d.attempt.id == id)
            return d;
    }
    return std::nullopt;
}

void DebriefWindow::selectAttempt(qint64 attemptId)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == attemptId) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            return;
        }
    }
}

void DebriefWindow::showSelected()
{
    const std::optional<AttemptDigest> d = selected();
    m_notes->clear();
    m_replay->setEnabled(d.has_value());
    if (!d) {
        m_summary->setText(
            m_digests.isEmpty() ? tr("Aucune tentative enregistrée pour ces filtres.") : QString());
        m_errors->clear();
        m_timeline->clear();
        return;
    }
    try {
        const ameli::AttemptRepository repository(m_records);
        const QList<ameli::AttemptEvent> events = repository.events(d->attempt.id);
        const QList<ameli::AttemptNote> notes = repository.notes(d->attempt.id);
        const ameli::AttemptMeasures &m = d->measures;
        QStringList summary{tr("%1 — %2 (%3), le %4")
                                .arg(d->attempt.spec.participant, d->attempt.activityTitle(),
                                     ameli::Attempt::modeLabel(d->attempt.spec.mode),
                                     d->attempt.startedAt.toLocalTime().toString(
                                         QStringLiteral("dd/MM/yyyy HH:mm"))),
                            MeasureText::summary(m)};
        summary << tr("Chemin suivi : %1").arg(MeasureText::path(m.pathTaken));
        if (!m.expectedPath.isEmpty())
            summary << tr("Chemin attendu : %1").arg(MeasureText::path(m.expectedPath));
        if (m.backtracks > 0 || m.detours > 0)
            summary
                << tr("Retours en arrière : %1 ; détours : %2.").arg(m.backtracks).arg(m.detours);
        QStringList perStep;
        for (const auto &[step, ms] : m.timePerStep)
            perStep << tr("%1 : %2").arg(ameli::StepKeys::labelOf(step), MeasureText::duration(ms));
        summary << tr("Temps par étape : %1.").arg(perStep.join(QStringLiteral(" ; ")));
        if (m.seq)
            summary << tr("Facilité ressentie (SEQ) : %1 sur 7.").arg(*m.seq);
        m_summary->setText(summary.join(QLatin1Char('\n')));
        const QStringList lines = MeasureText::errorLines(m);
        m_errors->setText(lines.isEmpty()
                              ? tr("Aucune erreur.")
                              : QStringLiteral("• ") + lines.join(QStringLiteral("\n• ")));
        m_timeline->setAttempt(m, events, notes);
        for (const ameli::AttemptNote &n : notes) {
            auto *item = new QListWidgetItem(
                tr("à %1 : %2").arg(MeasureText::duration(n.atMs), n.text), m_notes);
            item->setData(Qt::UserRole, n.id);
        }
        m_momentMs = 0;
        m_noteMoment->setText(tr("à %1 :").arg(MeasureText::duration(0)));
    } catch (const ameli::StoreError &e) {
        say(e.message(), true);
    }
}

void DebriefWindow::addNote()
{
    const std::optional<AttemptDigest> d = selected();
    const QString text = m_noteEdit->text().trimmed();
    if (!d || text.isEmpty())
        return;
    try {
        ameli::AttemptRepository(m_records).addNote(d->attempt.id, m_momentMs, text,
                                                    QDateTime::currentDateTimeUtc());
        m_noteEdit->clear();
        say(tr("Note enregistrée."));
        showSelected();
    } catch (const ameli::StoreError &e) {
        say(e.message(), true);
    }
}

void DebriefWindow::exportAttempts()
{
    const QString folder =
        m_chooseFolder(tr("Dossier où exporter les tentatives"),
                       QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (folder.isEmpty())
        return;
    QProgressDialog progress(tr("Export des tentatives…"), QString(), 0, 100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    const ameli::ExportResult result = ameli::AttemptExporter(m_records).exportTo(
        folder, filter(), [&progress](int done, int total) {
            progress.setMaximum(std::max(1, total));
            progress.setValue(done);
        });
    progress.reset();
    say(result.message, !result.ok);
}

void DebriefWindow::writeAttemptReport()
{
    const std::optional<AttemptDigest> d = selected();
    if (!d)
        return;
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("tentative-%1-%2.pdf")
                          .arg(d->attempt.spec.participant)
                          .arg(d->attempt.id));
    const QString path = m_chooseFile(tr("Rapport PDF de la tentative"), suggested);
    if (path.isEmpty())
        return;
    try {
        const ameli::AttemptRepository repository(m_records);
        QString error;
        if (ReportWriter::writeAttempt(path, *d, repository.events(d->attempt.id),
                                       repository.notes(d->attempt.id), &error))
            say(tr("Rapport enregistré : %1").arg(path));
        else
            say(error, true);
    } catch (const ameli::StoreError &e) {
        say(e.message(), true);
    }
}

void DebriefWindow::writeGroupReport()
{
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("resultats-groupe.pdf"));
    const QString path = m_chooseFile(tr("Rapport PDF du groupe"), suggested);
    if (path.isEmpty())
        return;
    QStringList filterText;
    if (!m_participant->currentData().toString().isEmpty())
        filterText << tr("participant %1").arg(m_participant->currentText());
    if (!m_activity->currentData().toString().isEmpty())
        filterText << tr("« %1 »").arg(m_activity->currentText());
    if (!m_allDates->isChecked())
        filterText
            << tr("depuis le %1").arg(m_since->date().toString(QStringLiteral("dd/MM/yyyy")));
    QString error;
    if (ReportWriter::writeGroups(
            path, m_group->groups(),
            filterText.isEmpty() ? tr("Toutes les tentatives enregistrées.")
                                 : tr("Filtres : %1.").arg(filterText.join(QStringLiteral(", "))),
            &error))
        say(tr("Rapport enregistré : %1").arg(path));
    else
        say(error, true);
}

void DebriefWindow::deleteSelected()
{
    const std::optional<AttemptDigest> d = selected();
    if (!d)
        return;
    if (!m_confirm(tr("Supprimer la tentative de %1 sur « %2 » du %3 ? Ses événements et ses "
                      "notes seront effacés.")
                       .arg(d->attempt.spec.participant, d->attempt.activityTitle(),
                            d->attempt.startedAt.toLocalTime().toString(
                                QStringLiteral("dd/MM/yyyy HH:mm")))))
        return;
    try {
        ameli::AttemptRepository(m_records).deleteAttempt(d->attempt.id);
        say(tr("Tentative supprimée."));
    } catch (const ameli::StoreError &e) {
        say(e.message(), true);
    }
    reload();
}

void DebriefWindow::deleteParticipant()
{
    const std::optional<AttemptDigest> d = selected();
    const QString participant =
        d ? d->attempt.spec.participant : m_participant->currentData().toString();
    if (participant.isEmpty())
        return;
    if (!m_confirm(tr("Supprimer toutes les tentatives du participant %1, leurs notes et ses "
                      "réponses aux questionnaires ?")
                       .arg(participant)))
        return;
    try {
        const int n = ameli::AttemptRepository(m_records).deleteParticipant(participant);
        say(tr("%1 tentative(s) de %2 supprimée(s).").arg(n).arg(participant));
    } catch (const ameli::StoreError &e) {
        say(e.message(), true);
    }
    reload();
}

void DebriefWindow::deleteBefore(const QDate &date)
{
    if (!m_confirm(tr("Supprimer toutes les tentatives commencées avant le %1, de tous les "
                      "participants ?")
                       .arg(date.toString(QStringLiteral("dd/MM/yyyy")))))
        return;
    try {
        const int n =
            ameli::AttemptRepository(m_records).deleteStartedBefore(QDateTime(date, QTime(0, 0)));
        say(tr("%1 tentative(s) supprimée(s).").arg(n));
    } catch (const ameli::StoreError &e) {
        say(e.message(), true);
    }
    reload();
}

void DebriefWindow::openReplay()
{
    const std::optional<AttemptDigest> d = selected();
    if (!d)
        return;
    try {
        auto *replay = new ReplayWindow(m_records, d->attempt.id);
        replay->setAttribute(Qt::WA_DeleteOnClose);
        connect(replay, &ReplayWindow::notesChanged, this, &DebriefWindow::showSelected);
        replay->show();
        emit replayOpened(replay);
    } catch (const ameli::StoreError &e) {
        say(e.message(), true);
    }
}
