# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target carries the compile policy; every target of the project links it.
option(STAGING_WERROR "Treat warnings as errors (ON in CI)" OFF)
option(STAGING_ENABLE_ASAN "Build with AddressSanitizer" OFF)
option(STAGING_ENABLE_UBSAN "Build with UndefinedBehaviorSanitizer" OFF)
option(STAGING_BUILD_FUZZERS "Build the libFuzzer harnesses of tests/fuzz (clang only)" OFF)

set(CMAKE_CXX_STANDARD 20)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)

add_library(staging_build_options INTERFACE)
target_compile_features(staging_build_options INTERFACE cxx_std_20)
target_compile_options(staging_build_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wold-style-cast -Wnon-virtual-dtor
    -Woverloaded-virtual -Wcast-qual)
if(STAGING_WERROR)
    target_compile_options(staging_build_options INTERFACE -Werror)
endif()
target_compile_definitions(staging_build_options INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_CAST_FROM_BYTEARRAY QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER QT_STRICT_ITERATORS QT_NO_KEYWORDS QT_DISABLE_DEPRECATED_BEFORE=0x060400
    $<$<NOT:$<CONFIG:Debug>>:QT_NO_DEBUG>)

set(_staging_sanitizers "")
if(STAGING_ENABLE_ASAN)
    list(APPEND _staging_sanitizers address)
endif()
if(STAGING_ENABLE_UBSAN)
    list(APPEND _staging_sanitizers undefined)
endif()
if(_staging_sanitizers)
    list(JOIN _staging_sanitizers "," _staging_sanitize_list)
    target_compile_options(staging_build_options INTERFACE
        -fsanitize=${_staging_sanitize_list} -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(staging_build_options INTERFACE -fsanitize=${_staging_sanitize_list})
endif()
if(STAGING_BUILD_FUZZERS)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "STAGING_BUILD_FUZZERS needs clang (CXX=clang++): libFuzzer is part of clang")
    endif()
    # Every library the harnesses reach gets coverage instrumentation; only the harnesses link
    # libFuzzer's main.
    target_compile_options(staging_build_options INTERFACE -fsanitize=fuzzer-no-link)
endif()
add_feature_info(ASan STAGING_ENABLE_ASAN "AddressSanitizer")
add_feature_info(UBSan STAGING_ENABLE_UBSAN "UndefinedBehaviorSanitizer")
add_feature_info(Werror STAGING_WERROR "warnings are errors")
