# maillane --screenshot is reproducible: with a user's saved settings (language, Follow Files) it writes the very
# same PNG as on a new installation; a file that cannot be opened is named on standard error, exit code 2, and
# the window's message about it is in the picture.
#   -DAPP=maillane -DWORK=<scratch folder>
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK}/new ${WORK}/used/Maillane)

function(screenshot config out)
    execute_process(COMMAND ${CMAKE_COMMAND} -E env XDG_CONFIG_HOME=${config} ${APP} --screenshot ${out} ${ARGN}
        RESULT_VARIABLE result ERROR_VARIABLE errors TIMEOUT 50)
    set(result ${result} PARENT_SCOPE)
    set(errors "${errors}" PARENT_SCOPE)
    if(NOT EXISTS ${out})
        message(FATAL_ERROR "no screenshot at ${out} (exit ${result}): ${errors}")
    endif()
endfunction()

screenshot(${WORK}/new ${WORK}/new.png --samples --select 30011)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "exit code ${result}: ${errors}")
endif()

file(WRITE ${WORK}/used/Maillane/maillane.conf "[ui]\nlanguage=ja\n\n[mainwindow]\nfollow=true\n")
# The saved language is read (the help speaks it), so the screenshot below had a choice to ignore.
execute_process(COMMAND ${CMAKE_COMMAND} -E env XDG_CONFIG_HOME=${WORK}/used ${APP} --help
    OUTPUT_VARIABLE help ERROR_VARIABLE errors TIMEOUT 30)
if(NOT help MATCHES "メールログビューアー")
    message(FATAL_ERROR "the saved language was not read, so this test proves nothing: ${help} ${errors}")
endif()
screenshot(${WORK}/used ${WORK}/used.png --samples --select 30011)
file(SHA256 ${WORK}/new.png new)
file(SHA256 ${WORK}/used.png used)
if(NOT new STREQUAL used)
    message(FATAL_ERROR "the saved settings changed the screenshot: compare ${WORK}/new.png and ${WORK}/used.png")
endif()

screenshot(${WORK}/new ${WORK}/failed.png --samples ${WORK}/does-not-exist.log --select 30011)
if(NOT result EQUAL 2)
    message(FATAL_ERROR "exit code ${result} with a file that cannot be opened, expected 2: ${errors}")
endif()
if(NOT errors MATCHES "Cannot open [^\n]*does-not-exist.log")
    message(FATAL_ERROR "standard error does not name the file that could not be opened: ${errors}")
endif()
file(SHA256 ${WORK}/failed.png failed)
if(failed STREQUAL new)
    message(FATAL_ERROR "the message about the file that could not be opened is not in the picture")
endif()
message(STATUS "reproducible; failure reported: ${errors}")
