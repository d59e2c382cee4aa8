#pragma once

class GraphBuilder;

// One correlator per log family: each walks the events of its family's logs (rotated files in time
// order) and groups them into connections, messages, recipients and attempts, following the
// correlation rules of formats.md for that family. Links across hosts are made later (HopStitcher).
namespace Correlators {

void postfix(GraphBuilder& builder);
void ironPort(GraphBuilder& builder);
void sunMs(GraphBuilder& builder);
void ePost(GraphBuilder& builder);

} // namespace Correlators
