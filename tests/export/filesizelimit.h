#pragma once

// A write that fails part-way, as on a full disk, for tests of "whole file or nothing": while a
// FileSizeLimit lives, the process may not write a file beyond `bytes` (RLIMIT_FSIZE), and
// SIGXFSZ is ignored so that write() fails with EFBIG instead of the process being killed. Unlike
// permission tricks, this works for root as well. Unix only; keep its lifetime to the one call
// under test, since every file the process writes meanwhile is limited too.

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>

class FileSizeLimit final
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        if (getrlimit(RLIMIT_FSIZE, &m_saved) != 0)
            return;
        rlimit low = m_saved;
        low.rlim_cur = bytes;
        m_savedHandler = std::signal(SIGXFSZ, SIG_IGN);
        m_active = setrlimit(RLIMIT_FSIZE, &low) == 0;
        if (!m_active)
            std::signal(SIGXFSZ, m_savedHandler);
    }
    ~FileSizeLimit()
    {
        if (!m_active)
            return;
        setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_savedHandler);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

    // False when the limit could not be set (the test then proves nothing and should fail).
    bool isActive() const { return m_active; }

private:
    rlimit m_saved{};
    void (*m_savedHandler)(int) = SIG_DFL;
    bool m_active = false;
};
#endif
