#pragma once

// A translator for tests: "[xx] source" for every text of the given contexts, so a test sees which texts
// follow a language switch without compiling a .qm file.
#include <QByteArrayList>
#include <QTranslator>

class PrefixTranslator final : public QTranslator
{
public:
    explicit PrefixTranslator(QByteArrayList contexts)
        : m_contexts(std::move(contexts))
    {
    }

    QString translate(const char* context, const char* sourceText, const char* /*disambiguation*/,
        int /*n*/) const override
    {
        if (!m_contexts.contains(QByteArrayView(context)))
            return {};
        return QStringLiteral("[xx] ") + QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }

private:
    QByteArrayList m_contexts;
};
