#!/bin/sh
# The kiosk session: Debian's cage (a Wayland compositor that shows one application, full
# screen, with no desktop around it) running the simulator in demo mode. Started at boot by
# the kiosk user's login on tty1 (see the README, "Demo mode at boot").
# Options after the script's name go to the simulator (--kiosk-idle 120, --db FILE...).
set -eu
SIMULATOR=${AMELI_SIMULATOR:-/usr/bin/ameli-simulator}
if [ ! -x "$SIMULATOR" ]; then
    SIMULATOR="$(dirname "$0")/../build/default/app/ameli-simulator"
fi
export QT_QPA_PLATFORM=wayland
# The simulator draws no title bar in demo mode; Qt's own would offer a close button.
export QT_WAYLAND_DISABLE_WINDOWDECORATION=1
exec cage -- "$SIMULATOR" --kiosk "$@"
