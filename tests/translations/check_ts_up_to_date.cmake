# Fails when the sources have a user-visible string that TS lacks, or TS keeps one the sources no longer
# have: lupdate runs over a copy of TS (as the update_translations target would) and the copy must still be
# complete (no unfinished entry for a new string, no vanished one for a removed string).
file(COPY_FILE ${TS} ${WORK})
execute_process(COMMAND ${LUPDATE} -silent -locations none ${EXTRA} ${ROOT}/core ${ROOT}/ui ${ROOT}/app -ts ${WORK}
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${result}): ${errors}")
endif()
set(TS ${WORK})
include(${CMAKE_CURRENT_LIST_DIR}/check_ts_complete.cmake)
