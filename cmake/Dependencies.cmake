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
find_package(OpenCV 4 REQUIRED COMPONENTS dnn features2d calib3d)
target_link_libraries(trapline_opencv INTERFACE ${OpenCV_LIBS})
