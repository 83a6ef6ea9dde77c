#pragma once

#include <QWidget>

class CaptchaAudioPlayer;
class FormField;
class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;

namespace ameli {
class CaptchaService;
class SimulationClock;
} // namespace ameli

// "Vérification de sécurité" (F2-F4, X3): the image, the arrow for a new list, the microphone
// that reads the characters aloud, the field to type them and the 5-minute countdown.
class CaptchaBox : public QWidget
{
    Q_OBJECT

public:
    CaptchaBox(ameli::CaptchaService &captcha, const ameli::SimulationClock &clock,
               QWidget *parent = nullptr);

    QLineEdit *answerEdit() const { return m_answer; }
    FormField *field() const { return m_field; }
    QToolButton *renewButton() const { return m_renew; }
    QToolButton *listenButton() const { return m_listen; }
    QLabel *imageLabel() const { return m_image; }
    QLabel *countdownLabel() const { return m_countdown; }
    CaptchaAudioPlayer *player() const { return m_player; }

    // Shows the service's current challenge (after a renewal the model made itself).
    void showCurrent();
    void renew();
    void refreshCountdown();

private:
    void listen();

    ameli::CaptchaService &m_captcha;
    const ameli::SimulationClock &m_clock;
    QLabel *m_image;
    QToolButton *m_renew;
    QToolButton *m_listen;
    QLineEdit *m_answer;
    FormField *m_field;
    QLabel *m_countdown;
    bool m_countdownStyled = false;
    QLabel *m_audioProblem;
    QTimer *m_timer;
    CaptchaAudioPlayer *m_player;
};
