#pragma once

#include <QStringList>

// The sample logs compiled into the resources (resources/samples/): four families and one message that
// crosses hops (IronPort gateway -> Postfix relay). Written for Maillane, not taken from real servers.
namespace SampleLogs {

QStringList paths();

} // namespace SampleLogs
