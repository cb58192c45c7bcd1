# Third-party packages (Debian 12). Their headers are SYSTEM so their warnings do not drown ours.
find_package(Qt6 6.4 REQUIRED COMPONENTS Core Concurrent Network Gui Widgets Charts Test LinguistTools)
find_package(SQLite3 REQUIRED)
find_package(exiv2 REQUIRED CONFIG)
find_package(OpenCV 4 REQUIRED COMPONENTS core imgproc imgcodecs)
find_package(PkgConfig REQUIRED)
pkg_check_modules(XXHASH REQUIRED IMPORTED_TARGET libxxhash)

add_library(trapline_opencv INTERFACE)
target_include_directories(trapline_opencv SYSTEM INTERFACE ${OpenCV_INCLUDE_DIRS})
target_link_libraries(trapline_opencv INTERFACE ${OpenCV_LIBS})

add_library(trapline_exiv2 INTERFACE)
get_target_property(_exiv2_inc exiv2lib INTERFACE_INCLUDE_DIRECTORIES)
target_include_directories(trapline_exiv2 SYSTEM INTERFACE ${_exiv2_inc})
target_link_libraries(trapline_exiv2 INTERFACE exiv2lib)

qt_standard_project_setup()
# Qt's signals/slots/emit keywords clash with Torch headers.
add_compile_definitions(QT_NO_KEYWORDS)

# LibTorch: Debian's CPU build by default; point CMAKE_PREFIX_PATH at an official CUDA LibTorch (or the one in a
# PyTorch wheel, torch.utils.cmake_prefix_path) to build the same code with CUDA.
find_package(Torch REQUIRED)
add_library(trapline_torch_deps INTERFACE)
target_include_directories(trapline_torch_deps SYSTEM INTERFACE ${TORCH_INCLUDE_DIRS})
target_link_libraries(trapline_torch_deps INTERFACE ${TORCH_LIBRARIES})
find_package(OpenCV 4 REQUIRED COMPONENTS dnn features2d calib3d flann)
target_link_libraries(trapline_opencv INTERFACE ${OpenCV_LIBS})

# ONNX Runtime: Debian 13's libonnxruntime-dev. Debian 12 has no package and builds without it; its ONNX models then
# run on OpenCV DNN, and check-system says so.
option(TRAPLINE_WITH_ONNXRUNTIME "Build the ONNX Runtime backend where libonnxruntime-dev is found" ON)
add_library(trapline_onnxruntime INTERFACE)
if(TRAPLINE_WITH_ONNXRUNTIME)
  find_path(ONNXRUNTIME_INCLUDE_DIR onnxruntime_cxx_api.h PATH_SUFFIXES onnxruntime onnxruntime/core/session)
  find_library(ONNXRUNTIME_LIBRARY onnxruntime)
endif()
if(TRAPLINE_WITH_ONNXRUNTIME AND ONNXRUNTIME_INCLUDE_DIR AND ONNXRUNTIME_LIBRARY)
  message(STATUS "ONNX Runtime: ${ONNXRUNTIME_LIBRARY}")
  target_include_directories(trapline_onnxruntime SYSTEM INTERFACE ${ONNXRUNTIME_INCLUDE_DIR})
  target_link_libraries(trapline_onnxruntime INTERFACE ${ONNXRUNTIME_LIBRARY})
  target_compile_definitions(trapline_onnxruntime INTERFACE TRAPLINE_HAVE_ONNXRUNTIME=1)
  set(TRAPLINE_HAVE_ONNXRUNTIME ON)
else()
  message(STATUS "ONNX Runtime: not found (libonnxruntime-dev); ONNX models run on OpenCV DNN")
  target_compile_definitions(trapline_onnxruntime INTERFACE TRAPLINE_HAVE_ONNXRUNTIME=0)
  set(TRAPLINE_HAVE_ONNXRUNTIME OFF)
endif()
