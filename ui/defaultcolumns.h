#pragma once

class LogTableView;

// What the first screen of each table shows at the window's default size, before the user changes it (then the
// saved header wins): events say when, where, what happened and to whom; messages how a mail from someone to
// someone about something ended. Identifiers, addresses and paths are cut in the middle, where they differ least.
namespace DefaultColumns {

void setUpEvents(LogTableView* view);
void setUpMessages(LogTableView* view);
void setUpDetails(LogTableView* view);

} // namespace DefaultColumns
