# Checks the manual page against the program it documents:
#   cmake -DMAN_PAGE=drivedeck.1 -DDRIVEDECK=path/to/drivedeck -DGROFF=groff -DWORK_DIR=… \
#         -P CheckManPage.cmake
# groff with every warning must have nothing to say, and every command and option that
# "drivedeck --help" and "drivedeck COMMAND --help" list must be in the page, so that a new
# command or option fails here until it is documented.

function(fail message)
    message(FATAL_ERROR "${MAN_PAGE}: ${message}")
endfunction()

execute_process(COMMAND ${GROFF} -man -Tutf8 -ww -z ${MAN_PAGE}
    RESULT_VARIABLE result ERROR_VARIABLE warnings)
if(NOT result EQUAL 0 OR NOT warnings STREQUAL "")
    fail("groff -man -ww warns:\n${warnings}")
endif()

# English help, whatever the computer's settings, and no settings file written in the home.
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
foreach(variable HOME XDG_CONFIG_HOME XDG_DATA_HOME XDG_CACHE_HOME XDG_RUNTIME_DIR)
    set(ENV{${variable}} ${WORK_DIR})
endforeach()
set(ENV{LANG} C.UTF-8)
set(ENV{LC_ALL} C.UTF-8)
set(ENV{LANGUAGE} "")
set(ENV{QT_QPA_PLATFORM} offscreen)

function(help_of)
    execute_process(COMMAND ${DRIVEDECK} ${ARGN} --help
        RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT result EQUAL 0)
        fail("drivedeck ${ARGN} --help failed (${result}):\n${err}")
    endif()
    set(help "${out}" PARENT_SCOPE)
endfunction()

file(READ ${MAN_PAGE} page)
# The page writes a minus as "\-"; as plain text an option is found as a whole word.
string(REPLACE "\\-" "-" plain "${page}")
set(missing "")
function(expect_option option where)
    if(NOT plain MATCHES "(^|[^a-z-])${option}([^a-z-]|$)")
        set(missing "${missing}\n  ${option} (${where})" PARENT_SCOPE)
    endif()
endfunction()

help_of()
# The window's options, from the usage line.
string(REGEX MATCH "Usage: drivedeck [^\n]*" usage "${help}")
string(REGEX MATCHALL "--[a-z-]+" window_options "${usage}")
if(NOT window_options)
    fail("found no options in the usage line of drivedeck --help:\n${help}")
endif()
foreach(option IN LISTS window_options ITEMS --help --version)
    expect_option(${option} "the window")
endforeach()

# Each command: a subsection of its own and each of its options.
string(FIND "${help}" "Commands:\n" at)
if(at EQUAL -1)
    fail("drivedeck --help lists no commands:\n${help}")
endif()
string(SUBSTRING "${help}" ${at} -1 commands)
string(REGEX MATCHALL "\n  [a-z]+ " commands "${commands}")
foreach(command IN LISTS commands)
    string(STRIP "${command}" command)
    string(FIND "${page}" ".SS \"${command}\"" at)
    if(at EQUAL -1)
        set(missing "${missing}\n  the command ${command} (.SS \"${command}\")")
    endif()
    help_of(${command})
    string(REGEX MATCHALL "\n  (-[a-z], )?--[a-z-]+" options "${help}")
    foreach(option IN LISTS options)
        string(REGEX REPLACE ".*(--[a-z-]+)$" "\\1" option "${option}")
        expect_option(${option} ${command})
    endforeach()
endforeach()
list(LENGTH commands count)
if(count LESS 12)
    fail("found only ${count} commands in drivedeck --help:\n${help}")
endif()
if(NOT missing STREQUAL "")
    fail("does not document:${missing}")
endif()
message(STATUS "${count} commands and their options documented")
