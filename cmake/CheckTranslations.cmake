# Fails when a user-visible text in the sources has no Dutch translation (or an English plural
# form has none): lupdate refreshes a copy of each .ts file, which must then hold no unfinished
# message. Keeps Dutch and English complete as the code changes.
#   cmake -DLUPDATE=... -DSOURCE_DIR=... -DWORK_DIR=... -P CheckTranslations.cmake
set(problems "")
foreach(language nl en)
    set(copy ${WORK_DIR}/drivedeck_${language}.ts)
    configure_file(${SOURCE_DIR}/translations/drivedeck_${language}.ts ${copy} COPYONLY)
    set(extra "")
    if(language STREQUAL "en")
        set(extra -pluralonly -source-language en -target-language en)
    endif()
    execute_process(
        COMMAND ${LUPDATE} ${extra} -no-obsolete -locations none
                -I ${SOURCE_DIR}/core -I ${SOURCE_DIR}/app
                ${SOURCE_DIR}/core ${SOURCE_DIR}/app ${SOURCE_DIR}/translations -ts ${copy}
        RESULT_VARIABLE result
        OUTPUT_QUIET ERROR_VARIABLE errors)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "lupdate failed: ${errors}")
    endif()
    file(STRINGS ${copy} lines)
    set(source "")
    foreach(line IN LISTS lines)
        if(line MATCHES "<source>(.*)</source>")
            set(source "${CMAKE_MATCH_1}")
        elseif(line MATCHES "type=\"unfinished\"")
            string(APPEND problems "\n  ${language}: ${source}")
        elseif(line MATCHES "<numerusform></numerusform>|<numerusform/>|<translation></translation>")
            # A plural form or a translation left empty reads as nothing on the screen.
            string(APPEND problems "\n  ${language} (empty form): ${source}")
        endif()
    endforeach()
    # Texts the code no longer has stay out of the committed files: a translator should not
    # spend time on them, and a renamed text should not keep its old translation by accident.
    file(STRINGS ${SOURCE_DIR}/translations/drivedeck_${language}.ts committed)
    set(source "")
    foreach(line IN LISTS committed)
        if(line MATCHES "<source>(.*)</source>")
            set(source "${CMAKE_MATCH_1}")
        elseif(line MATCHES "type=\"(obsolete|vanished)\"")
            string(APPEND problems "\n  ${language} (no longer in the code): ${source}")
        endif()
    endforeach()
endforeach()
if(problems)
    message(FATAL_ERROR "Texts without a translation (cmake --build build --target "
                        "update_translations, then translate them):${problems}")
endif()
message(STATUS "translations complete")
