# The shipped app must not contain the mock server's test double (issue 13): demo mode serves the
# backend through BackendHttpServer, and latency, fault injection and request recording stay in
# sharddesk_mockserver, which only tests and sharddesk-mock-server link. Reads the symbol table
# with `nm -C` and fails on any symbol of MockFault, MockFaultPlan or MockServer.
#   cmake -DNM=<nm> -DEXE=<sharddesk> -P check_no_test_double.cmake
if(NOT NM)
  message(FATAL_ERROR "no nm (binutils): cannot read the symbols of ${EXE}")
endif()
if(NOT EXISTS "${EXE}")
  message(FATAL_ERROR "${EXE} does not exist: build the sharddesk target first")
endif()
execute_process(COMMAND "${NM}" -C "${EXE}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE symbols ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${NM} -C ${EXE} failed (${rc}):\n${err}")
endif()
# A stripped binary would pass vacuously: the demo's own server must be visible to prove that nm
# read a symbol table at all.
if(NOT symbols MATCHES "BackendHttpServer::")
  message(FATAL_ERROR "no BackendHttpServer symbols in ${EXE}: stripped, or demo mode lost?")
endif()

string(REPLACE "\n" ";" lines "${symbols}")
set(found "")
foreach(line IN LISTS lines)
  if(line MATCHES "MockFault|MockServer::")
    list(APPEND found "${line}")
  endif()
endforeach()
if(found)
  list(LENGTH found count)
  list(SUBLIST found 0 20 shown)
  list(JOIN shown "\n  " text)
  message(FATAL_ERROR "${EXE} links the test double (${count} symbols of MockFault, MockFaultPlan "
                      "or MockServer), e.g.:\n  ${text}")
endif()
message("${EXE}: no MockFault, MockFaultPlan or MockServer symbols")
