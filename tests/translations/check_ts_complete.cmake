# Fails when a .ts file has an unfinished, vanished, obsolete or empty translation.
file(READ ${TS} content)
foreach(bad "type=\"unfinished\"" "type=\"vanished\"" "type=\"obsolete\"" "<translation></translation>"
        "<numerusform></numerusform>")
    string(FIND "${content}" "${bad}" at)
    if(NOT at EQUAL -1)
        string(SUBSTRING "${content}" ${at} 200 context)
        message(FATAL_ERROR "${TS} has ${bad}: ${context}")
    endif()
endforeach()
string(REGEX MATCHALL "<message" messages "${content}")
list(LENGTH messages count)
message(STATUS "${TS}: ${count} messages, all translated")
