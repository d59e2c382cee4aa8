#pragma once

#include "trace/tracetypes.h"

#include <QMetaType>

// EventRef travels in QVariants (model roles) and in queued signals; declared once here for every ui file.
Q_DECLARE_METATYPE(EventRef)
