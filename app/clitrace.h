#pragma once

#include <QString>

class LogCollection;

// `maillane-cli trace [--json] QUERY FILE|DIR...` and `maillane-cli messages [--json] FILE|DIR...`.
namespace CliTrace {

int printTrace(const LogCollection& logs, const QString& query, bool json);
int printMessages(const LogCollection& logs, bool json);

} // namespace CliTrace
