# Fails when a French source string has no English translation: lupdate is run over the
# sources on a copy of the catalogue, and any "unfinished" entry is reported.
# Arguments: LUPDATE, SOURCE_DIR, TS, WORK_DIR.
file(COPY ${TS} DESTINATION ${WORK_DIR})
get_filename_component(ts_name ${TS} NAME)
set(copy ${WORK_DIR}/${ts_name})
execute_process(
    COMMAND ${LUPDATE} -no-obsolete -locations none app ui model -ts ${copy}
    WORKING_DIRECTORY ${SOURCE_DIR}
    RESULT_VARIABLE status OUTPUT_QUIET ERROR_QUIET)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${status})")
endif()
file(STRINGS ${copy} unfinished REGEX "type=\"unfinished\"")
list(LENGTH unfinished count)
if(count GREATER 0)
    message(FATAL_ERROR "${count} string(s) without an English translation: run "
                        "scripts/update-translations.sh and translate them")
endif()
message(STATUS "every string has its English translation")
