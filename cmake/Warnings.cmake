# The one place that sets warnings for Trapline's own code.
add_library(trapline_warnings INTERFACE)
target_compile_options(trapline_warnings INTERFACE
  $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
    -Wold-style-cast -Wcast-align -Woverloaded-virtual -Wno-missing-field-initializers>)
option(TRAPLINE_WERROR "Treat warnings as errors" OFF)
if(TRAPLINE_WERROR)
  target_compile_options(trapline_warnings INTERFACE -Werror)
endif()

option(TRAPLINE_SANITIZE "Build with address and undefined-behaviour sanitizers" OFF)
if(TRAPLINE_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined)
endif()
