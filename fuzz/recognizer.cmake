# libFuzzer target for the recognizers (issue 6), for the 'fuzz' preset (clang, GLEANER_FUZZ=ON).
# Hook-up, in fuzz/CMakeLists.txt after GLEANER_FUZZ_FLAGS is set:
#   include(${CMAKE_CURRENT_LIST_DIR}/recognizer.cmake)
# Run (one process, a scratch corpus directory first):
#   build-fuzz/fuzz/fuzz_recognizer -max_total_time=600 -max_len=4096 -rss_limit_mb=2048 \
#       -dict=fuzz/recognizer.dict fuzz-work/ SEEDS/
# (SEEDS: e.g. resources/samples/*.txt and the test sentences, one per file)
if(NOT DEFINED GLEANER_FUZZ_FLAGS)
    set(GLEANER_FUZZ_FLAGS -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
        -fno-sanitize-recover=undefined)
endif()

# Coverage feedback needs the recognizer code itself instrumented, not only the entry point.
target_compile_options(gleaner_suggest PRIVATE ${GLEANER_FUZZ_FLAGS})

add_executable(fuzz_recognizer ${CMAKE_CURRENT_LIST_DIR}/fuzz_recognizer.cpp)
target_compile_options(fuzz_recognizer PRIVATE ${GLEANER_FUZZ_FLAGS})
target_link_options(fuzz_recognizer PRIVATE -fsanitize=fuzzer,address,undefined)
target_link_libraries(fuzz_recognizer PRIVATE gleaner_suggest)
