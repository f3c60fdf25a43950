# Fails the build when a file includes what its layer may not see (see README, "Source tree"):
#   core/ (with core/workshop/), app/render/ and app/cli/: no QtWidgets and no Qt Charts header;
#   only core/store/ (and the store tests) may include Qt SQL or the store's SQL helper.
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

if(problems)
    message(FATAL_ERROR "Layer rules broken:${problems}")
endif()
