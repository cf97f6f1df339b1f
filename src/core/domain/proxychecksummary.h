#pragma once

#include "proxycheckresult.h"

#include <QCoreApplication>
#include <QList>

// What a run of checks adds up to: how many work, how many failed, how fast the working ones
// were. The words are the one-line summary the window and the CLI print.
struct ProxyCheckSummary
{
    Q_DECLARE_TR_FUNCTIONS(ProxyCheckSummary)

public:
    int total = 0;
    int done = 0;
    int works = 0;
    int failed = 0;    // done and not working, cancelled ones included
    int cancelled = 0; // stopped before an answer
    int medianMs = -1; // of the working ones' total time; -1 when none works

    static ProxyCheckSummary of(const QList<ProxyCheckResult> &results);
    bool allWork() const { return total > 0 && works == total; }
    // "187 of 200 work, median 240 ms" (while running: "Checked 40 of 200: 38 work"; after a
    // stop: "Stopped: 38 of 200 work, 160 not checked").
    QString text() const;
};
