# Fails when any C++ file differs from what clang-format would write.
file(GLOB_RECURSE files
    ${SOURCE_DIR}/core/*.cpp ${SOURCE_DIR}/core/*.h
    ${SOURCE_DIR}/app/*.cpp ${SOURCE_DIR}/app/*.h
    ${SOURCE_DIR}/translations/*.cpp ${SOURCE_DIR}/translations/*.h
    ${SOURCE_DIR}/tests/*.cpp ${SOURCE_DIR}/tests/*.h)
execute_process(
    COMMAND ${CLANG_FORMAT} --dry-run --Werror ${files}
    RESULT_VARIABLE result
    ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "clang-format differs; run: clang-format -i <files>\n${output}")
endif()
list(LENGTH files count)
message(STATUS "clang-format: ${count} files clean")
