#include "diagnosticsreport.h"

#include "logfile.h"
#include "redactor.h"
#include "sharddeskversion.h"

#include <QLocale>
#include <QSysInfo>
#include <QTextStream>

#include <iterator>

DiagnosticsReport::Facts DiagnosticsReport::currentFacts(const QUrl &server,
                                                         const RecentErrors *errors)
{
    Facts facts;
    facts.appVersion = QStringLiteral(SHARDDESK_VERSION);
    facts.qtVersion = QString::fromLatin1(qVersion());
    facts.os = QSysInfo::prettyProductName();
    facts.kernel = QSysInfo::kernelType() + u' ' + QSysInfo::kernelVersion();
    facts.cpu = QSysInfo::currentCpuArchitecture();
    facts.locale = QLocale().name();
    facts.server = server;
    if (const LogFile *log = LogFile::active()) {
        facts.logEnabled = true;
        facts.logWritable = log->isWritable();
        facts.logPath = log->filePath();
    } else {
        facts.logPath = LogFile::defaultFilePath();
    }
    facts.debugCategories = LogFile::debugRequested();
    if (errors)
        facts.errors = errors->calls();
    return facts;
}

QString DiagnosticsReport::safeServer(const QUrl &server)
{
    if (server.isEmpty())
        return QStringLiteral("(none)");
    return server.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment)
        .toString();
}

QString DiagnosticsReport::text(const Facts &facts)
{
    QString out;
    QTextStream s(&out);
    const auto line = [&s](const char *name, const QString &value) {
        s << QLatin1StringView(name) << ": " << value << '\n';
    };
    s << "ShardDesk diagnostics\n";
    line("Version", facts.appVersion);
    line("Qt", facts.qtVersion);
    line("OS", facts.os);
    line("Kernel", facts.kernel);
    line("CPU", facts.cpu);
    line("Locale", facts.locale);
    line("Server", safeServer(facts.server));
    QString log = facts.logEnabled ? QStringLiteral("on") : QStringLiteral("off");
    if (facts.logEnabled && !facts.logWritable)
        log += QStringLiteral(" (cannot write)");
    line("Diagnostic log", log + QStringLiteral(", ") + facts.logPath);
    line("SHARDDESK_DEBUG", facts.debugCategories ? QStringLiteral("on") : QStringLiteral("off"));
    s << '\n';
    if (facts.errors.isEmpty()) {
        s << "Recent errors: none\n";
    } else {
        s << "Recent errors (" << facts.errors.size() << ", newest first):\n";
        for (auto it = facts.errors.crbegin(); it != facts.errors.crend(); ++it) {
            s << "- " << it->time.toUTC().toString(Qt::ISODateWithMs) << ' ' << it->method << ' '
              << it->path << " -> ";
            if (it->httpStatus > 0)
                s << "HTTP " << it->httpStatus << ' ';
            s << it->kind;
            if (!it->message.isEmpty())
                s << ": " << it->message;
            s << " (request id: "
              << (it->requestId.isEmpty() ? QStringLiteral("none") : it->requestId) << ")\n";
        }
    }
    s.flush();
    // Last, over the whole text: whatever got in through a message, a path or a request id.
    return Redactor::redact(out);
}
