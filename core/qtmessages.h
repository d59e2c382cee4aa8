#pragma once

// Qt's messages as both executables print them.
namespace QtMessages {

// Installs a message handler that drops "This plugin does not support propagateSizeHints()", which the
// offscreen platform prints for every window it shows (maillane --screenshot, swimlane PNGs), and passes
// every other message unchanged to the handler before it. Call once, at the start of main().
void installFilter();

} // namespace QtMessages
