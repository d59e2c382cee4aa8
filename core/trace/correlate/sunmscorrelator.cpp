#include "correlators.h"
#include "messagetable.h"

void Correlators::sunMs(GraphBuilder& builder)
{
    (void)builder; // written next
}
