# maillane-cli swimlane on the bundled two-hop sample: exit 0, an SVG with every lane of the path and the
# relay's delivery, and a PNG with the PNG signature.
file(REMOVE ${OUT}.svg ${OUT}.png)
execute_process(COMMAND ${CLI} swimlane 30011 ${SAMPLES}/ironport ${SAMPLES}/postfix --zone Asia/Tokyo
        --svg ${OUT}.svg --png ${OUT}.png
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE errors TIMEOUT 60)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "exit code ${result}: ${errors}")
endif()
# The offscreen platform's "This plugin does not support propagateSizeHints()" is filtered out.
if(errors MATCHES "propagateSizeHints")
    message(FATAL_ERROR "Qt's offscreen warning on standard error: ${errors}")
endif()
file(READ ${OUT}.svg svg)
foreach(text "<title>30011</title>" "client mx1.example.net" "esa1 (server)" "esa1 (internal)" "esa1 (client)"
        "relay1 (server)" "relay1 (client)" "mbox1.example.jp (not in the loaded logs)"
        "RCPT TO:&lt;k.ito@example.jp&gt;" "attempt 1: Delivered · 250" "accepted / delivered")
    string(FIND "${svg}" "${text}" found)
    if(found EQUAL -1)
        message(FATAL_ERROR "the SVG lacks '${text}'")
    endif()
endforeach()
file(READ ${OUT}.png signature LIMIT 8 HEX)
if(NOT signature STREQUAL "89504e470d0a1a0a")
    message(FATAL_ERROR "not a PNG: ${signature}")
endif()

# A query that names no message: one line on stderr, exit code 2, no file.
execute_process(COMMAND ${CLI} swimlane no-such-id ${SAMPLES}/postfix --svg ${OUT}-none.svg
    RESULT_VARIABLE result ERROR_VARIABLE errors TIMEOUT 60)
if(NOT result EQUAL 2 OR NOT errors MATCHES "No message matches no-such-id" OR EXISTS ${OUT}-none.svg)
    message(FATAL_ERROR "no match: exit ${result}, stderr ${errors}")
endif()
