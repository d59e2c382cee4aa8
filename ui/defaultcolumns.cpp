#include "defaultcolumns.h"

#include "cellhighlight.h"
#include "eventdetailmodel.h"
#include "logtableview.h"
#include "workspace/eventcolumns.h"
#include "workspace/messagecolumns.h"

namespace DefaultColumns {

void setUpEvents(LogTableView* view)
{
    using E = EventColumn;
    view->setDefaultHiddenColumns({ int(E::Side), int(E::File), int(E::Line) });
    view->setDefaultColumnOrder({ int(E::Time), int(E::Host), int(E::Kind), int(E::Status), int(E::Ids), int(E::From),
        int(E::To), int(E::Reply), int(E::Peer), int(E::Text) });
    view->setDefaultColumnWidths({ { int(E::Time), 21 }, { int(E::Host), 8 }, { int(E::Kind), 12 }, { int(E::Status), 9 },
        { int(E::Ids), 20 }, { int(E::From), 20 }, { int(E::To), 20 }, { int(E::Reply), 28 }, { int(E::Peer), 26 },
        { int(E::Program), 16 }, { int(E::Family), 12 } });
    view->highlight()->setMiddleElidedColumns({ int(E::Ids), int(E::From), int(E::To), int(E::Peer), int(E::File) });
}

void setUpMessages(LogTableView* view)
{
    using M = MessageColumn;
    view->setDefaultHiddenColumns({ int(M::MessageId) });
    view->setDefaultColumnOrder(
        { int(M::First), int(M::Outcome), int(M::From), int(M::Recipients), int(M::Subject), int(M::Host), int(M::Ids) });
    view->setDefaultColumnWidths({ { int(M::First), 21 }, { int(M::Outcome), 9 }, { int(M::From), 20 },
        { int(M::Recipients), 22 }, { int(M::Subject), 25 }, { int(M::Host), 9 }, { int(M::Ids), 26 }, { int(M::Hops), 6 },
        { int(M::Family), 12 }, { int(M::Last), 21 } });
    view->highlight()->setMiddleElidedColumns({ int(M::Ids), int(M::From), int(M::MessageId) });
}

void setUpDetails(LogTableView* view)
{
    view->setDefaultColumnWidths({ { EventDetailModel::NameColumn, 16 } });
    view->highlight()->setMiddleElidedColumns({ EventDetailModel::ValueColumn });
}

} // namespace DefaultColumns
