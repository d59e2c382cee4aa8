# Writes FILE with bytes that are no text (a control byte in four, high bytes between them: the mix that once read
# as cp932), then checks that `maillane-cli stats` names its encoding "binary", in text and in JSON.
set(bytes "")
foreach(i RANGE 1 4000)
    math(EXPR remainder "${i} % 4")
    if(remainder EQUAL 0)
        math(EXPR code "${i} % 8 + 1") # 1 to 8
    else()
        math(EXPR code "(${i} * 37) % 128 + 128") # 128 to 255
    endif()
    string(ASCII ${code} byte)
    string(APPEND bytes "${byte}")
endforeach()
file(WRITE ${FILE} "${bytes}")

execute_process(COMMAND ${CLI} stats ${FILE} RESULT_VARIABLE result OUTPUT_VARIABLE text ERROR_VARIABLE errors)
if(NOT result EQUAL 0 OR NOT text MATCHES "binary.dat: unknown, binary, ")
    message(FATAL_ERROR "stats: exit code ${result}: ${text}${errors}")
endif()
execute_process(COMMAND ${CLI} stats --json ${FILE} RESULT_VARIABLE result OUTPUT_VARIABLE json ERROR_VARIABLE errors)
string(JSON encoding GET "${json}" files 0 encoding)
string(JSON mixed GET "${json}" files 0 mixed_encodings)
if(NOT result EQUAL 0 OR NOT encoding STREQUAL "binary" OR mixed)
    message(FATAL_ERROR "stats --json: exit code ${result}: ${json}${errors}")
endif()
