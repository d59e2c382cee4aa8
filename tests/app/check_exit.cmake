# Runs CMD (a ;-list) and checks its exit code is EXIT, its standard error matches STDERR_REGEX and, when given,
# its standard output matches STDOUT_REGEX.
execute_process(COMMAND ${CMD} RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE errors TIMEOUT 30)
if(NOT result STREQUAL "${EXIT}")
    message(FATAL_ERROR "exit code ${result}, expected ${EXIT}; stderr: ${errors}")
endif()
if(NOT errors MATCHES "${STDERR_REGEX}")
    message(FATAL_ERROR "stderr does not match '${STDERR_REGEX}': ${errors}")
endif()
if(DEFINED STDOUT_REGEX AND NOT output MATCHES "${STDOUT_REGEX}")
    message(FATAL_ERROR "stdout does not match '${STDOUT_REGEX}': ${output}")
endif()
