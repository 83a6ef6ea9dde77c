# Warnings for the project's own targets only: third-party headers are included as SYSTEM.
add_library(project_warnings INTERFACE)
target_compile_options(project_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor)
# Strings must be converted on purpose, so that untranslated text is visible in review.
target_compile_definitions(project_warnings INTERFACE
    QT_NO_CAST_TO_ASCII QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_NO_URL_CAST_FROM_STRING)
