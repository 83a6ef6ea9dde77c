#pragma once

#include "store/ServerLocation.h"

// `--server ... --install-server N`: as the server's administrator, creates or updates the
// classroom's schema, the login roles poste-01 to poste-N and formateur, then prints what each
// station runs. Returns the process's exit status.
class InstallServerCommand
{
public:
    static int run(const ameli::ServerLocation &administrator, const QString &serverText,
                   int stations);
};
