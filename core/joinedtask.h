#pragma once

#include <QFuture>

#include <type_traits>
#include <utility>

// Waits for a task started with QtConcurrent::run when the scope that started it ends, also when it ends by an
// exception: a task that works on the caller's locals must not outlive them. (Without it, an allocation that
// failed in the caller's share of the work freed the graph under the task still linking it.)
template <typename T>
class JoinedTask
{
public:
    explicit JoinedTask(QFuture<T> future)
        : m_future(std::move(future))
    {
    }
    ~JoinedTask()
    {
        try {
            m_future.waitForFinished();
        } catch (...) {
            // Only reached while the caller unwinds for its own exception, which is the one reported.
        }
    }
    JoinedTask(const JoinedTask&) = delete;
    JoinedTask& operator=(const JoinedTask&) = delete;

    // Waits, and rethrows what the task threw.
    void wait() { m_future.waitForFinished(); }
    // Waits, and moves the result out (a copy of a big result would be the peak of the work); call it once.
    T result()
        requires(!std::is_void_v<T>)
    {
        return m_future.takeResult();
    }

private:
    QFuture<T> m_future;
};
