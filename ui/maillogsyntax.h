#pragma once

#include <QString>

namespace KSyntaxHighlighting {
class Repository;
}

// Maillane's own KSyntaxHighlighting definition for mail logs (resources/ksh/syntax/maillog.xml),
// compiled into the resources under :/maillane/ksh.
namespace MailLogSyntax {

// Makes the definition known to repository (once per repository: the search path triggers a reload).
void registerWith(KSyntaxHighlighting::Repository& repository);
QString definitionName();

} // namespace MailLogSyntax
