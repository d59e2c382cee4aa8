#pragma once

#include <QString>

class LogCollection;

// `maillane-cli swimlane QUERY FILE|DIR... --svg OUT.svg [--png OUT.png]`: the swimlane diagram of the
// messages the query names (their whole path), drawn as the viewer draws it.
namespace CliSwimlane {

int write(const LogCollection& logs, const QString& query, const QString& svgPath, const QString& pngPath);

} // namespace CliSwimlane
