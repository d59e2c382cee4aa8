#include "maillogsyntax.h"

#include <KSyntaxHighlighting/Repository>

namespace MailLogSyntax {

void registerWith(KSyntaxHighlighting::Repository& repository)
{
    repository.addCustomSearchPath(QStringLiteral(":/maillane/ksh"));
}

QString definitionName()
{
    return QStringLiteral("Mail Log");
}

} // namespace MailLogSyntax
