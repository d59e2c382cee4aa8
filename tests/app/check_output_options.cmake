# Runs each command of maillane-cli that writes text, CSV or JSON on FILE: --json and --format json write the
# same JSON, and no option and --format text (stats, trace) or csv (events, messages) the same plain output.
function(run_cli out)
    execute_process(COMMAND ${CLI} ${ARGN} RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE errors TIMEOUT 60)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "maillane-cli ${ARGN}: exit code ${result}: ${errors}")
    endif()
    set(${out} "${output}" PARENT_SCOPE)
endfunction()

foreach(case "stats;text" "trace;text;30011" "events;csv" "messages;csv")
    list(POP_FRONT case command default) # what is left is the query
    run_cli(json ${command} --json ${case} ${FILE})
    run_cli(format_json ${command} --format json ${case} ${FILE})
    string(JSON type ERROR_VARIABLE error TYPE "${json}")
    if(error OR NOT json STREQUAL format_json)
        message(FATAL_ERROR "${command} --json is not the JSON of --format json (${error}):\n${json}")
    endif()
    run_cli(plain ${command} ${case} ${FILE})
    run_cli(format_plain ${command} --format ${default} ${case} ${FILE})
    if(plain MATCHES "^[[{]" OR NOT plain STREQUAL format_plain)
        message(FATAL_ERROR "${command}: its default is not --format ${default}:\n${plain}")
    endif()
endforeach()
