# Installs BUILD into a fresh PREFIX and checks what a system gets: every file in place, the installed executables
# run, and the desktop entry and AppStream metainfo pass their validators (DESKTOP_VALIDATE, APPSTREAMCLI).
file(REMOVE_RECURSE ${PREFIX})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD} --prefix ${PREFIX} RESULT_VARIABLE result OUTPUT_QUIET ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed: ${errors}")
endif()
set(id io.github.maillane.Maillane)
foreach(path bin/maillane bin/maillane-cli share/applications/${id}.desktop share/metainfo/${id}.metainfo.xml
        share/icons/hicolor/scalable/apps/${id}.svg share/man/man1/maillane.1 share/man/man1/maillane-cli.1
        share/man/ja/man1/maillane.1 share/man/ja/man1/maillane-cli.1 share/doc/maillane/copyright)
    if(NOT EXISTS ${PREFIX}/${path})
        message(FATAL_ERROR "not installed: ${path}")
    endif()
endforeach()

execute_process(COMMAND ${PREFIX}/bin/maillane-cli --version RESULT_VARIABLE result OUTPUT_VARIABLE output)
if(NOT result EQUAL 0 OR NOT output MATCHES "^maillane-cli [0-9]")
    message(FATAL_ERROR "the installed maillane-cli --version: ${result} ${output}")
endif()

if(NOT DESKTOP_VALIDATE OR NOT APPSTREAMCLI)
    message(FATAL_ERROR "desktop-file-validate and appstreamcli are needed (packages desktop-file-utils, appstream)")
endif()
execute_process(COMMAND ${DESKTOP_VALIDATE} ${PREFIX}/share/applications/${id}.desktop RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE errors)
if(NOT result EQUAL 0 OR NOT "${output}${errors}" STREQUAL "")
    message(FATAL_ERROR "desktop-file-validate: ${output}${errors}")
endif()
execute_process(COMMAND ${APPSTREAMCLI} validate --no-net --pedantic ${PREFIX}/share/metainfo/${id}.metainfo.xml
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "appstreamcli validate: ${output}${errors}")
endif()
