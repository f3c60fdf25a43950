// The outputs module's entry points, looked up by name when the program loads the module (see
// Outputs::get()). Everything else the module uses of DriveDeck comes from the program itself.
#include "outputs/builtinoutputs.h"

#include <QtGlobal>

extern "C" {

// The build the module is of (see Outputs::get()).
Q_DECL_EXPORT const char *drivedeck_outputs_version()
{
    return DRIVEDECK_BUILD_ID;
}

Q_DECL_EXPORT DriveDeck::Outputs *drivedeck_outputs_v2()
{
    return DriveDeck::BuiltInOutputs::instance();
}
}
