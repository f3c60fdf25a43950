# Checks the shared MIME database entry as a desktop sees it once installed:
#   cmake -DMIME_XML=… -DSAMPLE=file.drivedeck -DWORK_DIR=… -DXMLLINT=… \
#         -DUPDATE_MIME_DATABASE=… -DGIO=… -P CheckMimeType.cmake
# Debian's shared-mime-info ships no schema to validate against, and update-mime-database
# exits 0 even when it cannot parse a file (it says so on stderr only). So: xmllint for
# well-formed XML, update-mime-database into a folder of its own with nothing on stderr, the
# database it writes, and GIO's lookups (what GNOME's file manager asks) by name and by content
# next to the system's own types.

function(fail message)
    message(FATAL_ERROR "${MIME_XML}: ${message}")
endfunction()

function(run)
    execute_process(COMMAND ${ARGN}
        RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
    set(run_result "${result}" PARENT_SCOPE)
    set(run_out "${out}" PARENT_SCOPE)
    set(run_err "${err}" PARENT_SCOPE)
endfunction()

run(${XMLLINT} --noout ${MIME_XML})
if(NOT run_result EQUAL 0 OR NOT run_err STREQUAL "")
    fail("not well-formed XML:\n${run_err}")
endif()

file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR}/mime/packages)
file(COPY ${MIME_XML} DESTINATION ${WORK_DIR}/mime/packages)
# The folder in XDG_DATA_DIRS, or update-mime-database says it is not searched.
set(ENV{XDG_DATA_DIRS} "${WORK_DIR}:/usr/share")
set(ENV{XDG_DATA_HOME} "${WORK_DIR}")
run(${UPDATE_MIME_DATABASE} ${WORK_DIR}/mime)
if(NOT run_result EQUAL 0 OR NOT run_err STREQUAL "")
    fail("update-mime-database refused it:\n${run_err}")
endif()

set(type application/x-drivedeck)
file(READ ${WORK_DIR}/mime/globs2 globs)
if(NOT globs MATCHES "\n50:${type}:\\*\\.drivedeck\n")
    fail("no glob *.drivedeck for ${type} in the database:\n${globs}")
endif()
file(READ ${WORK_DIR}/mime/${type}.xml described)
foreach(comment "<comment>DriveDeck session</comment>"
                "<comment xml:lang=\"nl\">DriveDeck-sessie</comment>"
                "<icon name=\"org.drivedeck.DriveDeck\"/>")
    string(FIND "${described}" "${comment}" at)
    if(at EQUAL -1)
        fail("the database's ${type}.xml lacks ${comment}:\n${described}")
    endif()
endforeach()

# By name, and by content: the same session file under a name that says nothing. A text file
# named like a session is still a session by its name (the glob), but text in a .bin is not.
file(COPY_FILE ${SAMPLE} ${WORK_DIR}/session.drivedeck)
file(COPY_FILE ${SAMPLE} ${WORK_DIR}/session.bin)
file(WRITE ${WORK_DIR}/notes.bin "Not a session: <?xml version=\"1.0\"?><x/>\n")
foreach(check "session.drivedeck=${type}" "session.bin=${type}" "notes.bin=!${type}")
    string(REPLACE "=" ";" check "${check}")
    list(GET check 0 name)
    list(GET check 1 expected)
    run(${GIO} info -a standard::content-type ${WORK_DIR}/${name})
    if(NOT run_result EQUAL 0)
        fail("gio info ${name} failed:\n${run_err}")
    endif()
    string(REGEX MATCH "standard::content-type: ([^\n]*)" found "${run_out}")
    set(found "${CMAKE_MATCH_1}")
    if(expected MATCHES "^!")
        string(SUBSTRING "${expected}" 1 -1 expected)
        if(found STREQUAL expected)
            fail("${name} is taken for ${expected}, but it is not a session file")
        endif()
    elseif(NOT found STREQUAL expected)
        fail("${name} is taken for '${found}', not ${expected}")
    endif()
    message(STATUS "${name}: ${found}")
endforeach()
