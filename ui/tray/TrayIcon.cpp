#include "TrayIcon.h"

#include "backup/BackupHealth.h"
#include "backup/BackupService.h"
#include "common/Words.h"
#include "main/MainWindow.h"
#include "main/PracticeSession.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QPainter>
#include <QSettings>
#include <QSystemTrayIcon>

namespace tp::ui {

namespace {
const QString kKeepRunning = QStringLiteral("tray/keepRunning");
const QString kToldOnce = QStringLiteral("tray/toldAboutClosing");
} // namespace

TrayIcon::TrayIcon(PracticeSession& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_service(*session.backups())
    , m_menu(new QMenu)
{
    m_backUp = m_menu->addAction(tr("&Back Up Now"), this, [this] { m_service.backUpNow(); });
    m_open = m_menu->addAction(tr("&Open The Program"), this, &TrayIcon::openWindow);
    m_menu->addSeparator();
    m_last = m_menu->addAction(QString());
    m_last->setEnabled(false);
    QMenu* pause = m_pauseMenu = m_menu->addMenu(tr("&Pause Scheduled Backups"));
    m_pauseHour = pause->addAction(tr("For an &Hour"), this,
                                   [this] { m_service.pause(m_service.now().addSecs(3600)); });
    m_pauseDay = pause->addAction(tr("Until &Tomorrow"), this, [this] {
        const QDateTime tomorrow(m_service.now().toLocalTime().date().addDays(1), QTime(0, 0));
        m_service.pause(tomorrow.toUTC());
    });
    m_pauseAlways = pause->addAction(tr("Until I &Resume Them"), this, [this] {
        m_service.pause(backup::BackupSettings::pausedIndefinitely());
    });
    m_resume = m_menu->addAction(tr("&Resume Scheduled Backups"), this, [this] { m_service.resume(); });
    m_menu->addSeparator();
    m_menu->addAction(tr("&Quit"), this, &TrayIcon::quit);

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(this);
        m_tray->setContextMenu(m_menu);
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                openWindow();
        });
        m_tray->show();
        QApplication::setQuitOnLastWindowClosed(false);
    }
    const auto hook
        = [this](MainWindow* window) { window->setHideOnClose([this] { return hideOnClose(); }); };
    if (m_session.window())
        hook(m_session.window());
    connect(&m_session, &PracticeSession::opened, this, hook);
    connect(&m_service, &BackupService::runStarted, this, &TrayIcon::update);
    connect(&m_service, &BackupService::progressChanged, this, &TrayIcon::progress);
    connect(&m_service, &BackupService::runFinished, this, &TrayIcon::finished);
    connect(&m_service, &BackupService::settingsChanged, this, &TrayIcon::update);
    update();
}

TrayIcon::~TrayIcon()
{
    delete m_menu;
}

bool TrayIcon::isAvailable() const
{
    return m_tray && m_tray->isVisible();
}

bool TrayIcon::keepsRunning()
{
    return QSettings().value(kKeepRunning, true).toBool();
}

void TrayIcon::setKeepsRunning(bool on)
{
    QSettings().setValue(kKeepRunning, on);
}

bool TrayIcon::showMessage(const QString& title, const QString& text, bool failure)
{
    if (!isAvailable() || !QSystemTrayIcon::supportsMessages())
        return false;
    m_tray->showMessage(title, text, failure ? QSystemTrayIcon::Critical : QSystemTrayIcon::Information,
                        10000);
    return true;
}

QString TrayIcon::lastBackupText() const
{
    return m_last->text();
}

bool TrayIcon::hideOnClose()
{
    if (m_quitting || !isAvailable() || !keepsRunning() || m_service.settings().schedule.isEmpty())
        return false;
    if (!QSettings().value(kToldOnce).toBool()) {
        QSettings().setValue(kToldOnce, true);
        showMessage(
            tr("The Program keeps running"),
            tr("Scheduled backups go on from here in the tray. To end The Program, choose Quit in this "
               "icon's menu."),
            false);
    }
    return true;
}

void TrayIcon::update()
{
    const backup::BackupSettings settings = m_service.settings();
    const QDateTime now = m_service.now();
    const bool paused = settings.isPaused(now);
    m_resume->setVisible(paused);
    m_pauseMenu->menuAction()->setVisible(!paused && !settings.schedule.isEmpty());
    m_backUp->setEnabled(!m_service.isRunning());
    if (settings.lastRun.isValid())
        m_last->setText(tr("Last scheduled backup: %1").arg(Words::ago(settings.lastRun, now)));
    else
        m_last->setText(settings.schedule.isEmpty() ? tr("No backup schedule")
                                                    : tr("No scheduled backup yet"));
    State state = m_service.isRunning() ? State::Running
        : !settings.lastError.isEmpty() ? State::Attention
                                        : State::Idle;
    m_state = state;
    if (state == State::Running)
        return; // the tooltip follows the progress
    m_toolTip = state == State::Attention
        ? tr("The Program – the last scheduled backup failed: %1").arg(settings.lastError)
        : paused ? tr("The Program – scheduled backups are paused")
                 : tr("The Program – %1").arg(m_last->text());
    if (m_tray) {
        m_tray->setIcon(iconFor(state));
        m_tray->setToolTip(m_toolTip);
    }
}

void TrayIcon::progress(int percent, const QString& text)
{
    m_state = State::Running;
    m_toolTip = tr("The Program – backing up: %1%%2")
                    .arg(percent)
                    .arg(text.isEmpty() ? QString() : QStringLiteral(" – ") + text);
    if (m_tray) {
        m_tray->setIcon(iconFor(State::Running));
        m_tray->setToolTip(m_toolTip);
    }
}

void TrayIcon::finished(const BackupOutcome&)
{
    update();
}

void TrayIcon::openWindow()
{
    if (MainWindow* window = m_session.window()) {
        window->showNormal();
        window->raise();
        window->activateWindow();
    }
}

void TrayIcon::quit()
{
    m_quitting = true;
    if (MainWindow* window = m_session.window()) {
        if (!window->close()) { // it may ask to wait (demo data being written)
            m_quitting = false;
            return;
        }
    }
    QApplication::quit();
}

QIcon TrayIcon::iconFor(State state)
{
    QPixmap pixmap = QIcon(QStringLiteral(":/icons/theprogram.svg")).pixmap(64, 64);
    if (state != State::Idle) {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(Qt::white, 3));
        painter.setBrush(state == State::Running ? QColor(0x1e, 0x6f, 0xd9) : QColor(0xd0, 0x3b, 0x2f));
        painter.drawEllipse(QRectF(34, 34, 28, 28));
    }
    return QIcon(pixmap);
}

} // namespace tp::ui
