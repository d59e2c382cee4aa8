#include "correlators.h"
#include "messagetable.h"

void Correlators::ePost(GraphBuilder& builder)
{
    (void)builder; // written next
}
