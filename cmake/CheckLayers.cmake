# Fails the build when a file includes what its layer may not see (see README, "Source tree"):
#   core/ (with core/workshop/), app/render/ and app/cli/: no QtWidgets and no Qt Charts header;
#   only core/store/ (and the store tests) may include Qt SQL or the store's SQL helper;
#   only the outputs module's folders may include Qt Charts, Qt PDF or Qt Network (the program
#   loads none of them at start: see app/shell/outputs.h);
#   only core/decks/deckzip.cpp may include QuaZip (its objects are in the outputs module too).
# The link lines enforce the same directions for symbols; this catches a header-only slip too.
#   cmake -DSOURCE_DIR=... -DWIDGETS_DIR=<QtWidgets include dir> -P CheckLayers.cmake
file(GLOB widget_headers RELATIVE ${WIDGETS_DIR} ${WIDGETS_DIR}/Q*)
list(FILTER widget_headers EXCLUDE REGEX "\\.")
list(JOIN widget_headers "|" widget_names)
set(widgets_pattern "#include[ \t]*<(QtWidgets/|QtCharts/)?(${widget_names}|QChart[A-Za-z]*|QtWidgets|QtCharts)>")
set(sql_pattern "#include[ \t]*(<(QtSql/)?QSql[A-Za-z]*>|\"store/sqlstatement\\.h\")")

set(problems "")
function(check_files pattern why)
    foreach(file ${ARGN})
        file(STRINGS ${file} hits REGEX "${pattern}")
        foreach(hit ${hits})
            file(RELATIVE_PATH shown ${SOURCE_DIR} ${file})
            string(STRIP "${hit}" hit)
            string(APPEND problems "\n  ${shown}: ${hit} (${why})")
        endforeach()
    endforeach()
    set(problems "${problems}" PARENT_SCOPE)
endfunction()

file(GLOB_RECURSE no_widgets
    ${SOURCE_DIR}/core/*.h ${SOURCE_DIR}/core/*.cpp
    ${SOURCE_DIR}/app/render/*.h ${SOURCE_DIR}/app/render/*.cpp
    ${SOURCE_DIR}/app/cli/*.h ${SOURCE_DIR}/app/cli/*.cpp)
check_files("${widgets_pattern}" "this layer has no widgets" ${no_widgets})

file(GLOB_RECURSE no_sql
    ${SOURCE_DIR}/core/*.h ${SOURCE_DIR}/core/*.cpp
    ${SOURCE_DIR}/app/*.h ${SOURCE_DIR}/app/*.cpp)
list(FILTER no_sql EXCLUDE REGEX "/core/store/")
check_files("${sql_pattern}" "only core/store talks SQL" ${no_sql})

set(module_pattern "#include[ \t]*<(QtCharts/|QtPdf/|QtPdfWidgets/|QtNetwork/)?(QChart[A-Za-z]*|QPdf[A-Za-z]*|QLocal(Server|Socket)|QTcp[A-Za-z]*|QNetwork[A-Za-z]*|QHostAddress|QtCharts|QtPdf|QtNetwork)>")
file(GLOB_RECURSE outside_module ${SOURCE_DIR}/app/*.h ${SOURCE_DIR}/app/*.cpp)
list(FILTER outside_module EXCLUDE REGEX
     "/app/(teamprofile|organisation|report|handover|outputs|charts|reportwriter)/|/app/cli/(chart|report)command")
check_files("${module_pattern}" "only the outputs module links Qt Charts, Qt PDF and Qt Network"
            ${outside_module})

set(quazip_pattern "#include[ \t]*<quazip/")
file(GLOB_RECURSE outside_deckzip
    ${SOURCE_DIR}/core/*.h ${SOURCE_DIR}/core/*.cpp ${SOURCE_DIR}/app/*.h ${SOURCE_DIR}/app/*.cpp)
list(FILTER outside_deckzip EXCLUDE REGEX "/core/decks/deckzip\\.cpp$")
check_files("${quazip_pattern}" "only the deck zip reader links QuaZip" ${outside_deckzip})

if(problems)
    message(FATAL_ERROR "Layer rules broken:${problems}")
endif()
