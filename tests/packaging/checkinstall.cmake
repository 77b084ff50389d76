# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DBUILD_DIR=... -DPREFIX=... -DAPP_ID=... -DAPPSTREAMCLI=... -P checkinstall.cmake
# Installs the build into PREFIX (emptied first) and fails on the first missing file.
foreach(var BUILD_DIR PREFIX APP_ID APPSTREAMCLI)
  if(NOT ${var})
    message(FATAL_ERROR "checkinstall.cmake needs -D${var}=...")
  endif()
endforeach()

file(REMOVE_RECURSE ${PREFIX})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${PREFIX}
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "cmake --install failed:\n${output}")
endif()

set(expected
    bin/scalelab
    bin/scalelab-cli
    share/applications/${APP_ID}.desktop
    share/applications/${APP_ID}.Lesson.desktop
    share/metainfo/${APP_ID}.metainfo.xml
    share/icons/hicolor/scalable/apps/${APP_ID}.svg
    share/mime/packages/${APP_ID}.xml
    share/scalelab/examples/two-servers-balanced.scalelab.json
    share/scalelab/lessons/one-server-to-two.lesson.json
    share/doc/scalelab/README.md
    share/doc/scalelab/USER_GUIDE.md
    share/doc/scalelab/copyright
    share/doc/scalelab/LICENSE)
foreach(file IN LISTS expected)
  if(NOT EXISTS ${PREFIX}/${file})
    message(FATAL_ERROR "cmake --install did not install ${file}; it installed:\n${output}")
  endif()
endforeach()

# Both programs start from the installed tree (Qt and the rest are system libraries).
foreach(program scalelab scalelab-cli)
  execute_process(COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen ${PREFIX}/bin/${program} --version
                  RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "the installed ${program} does not start (${result}):\n${output}")
  endif()
endforeach()

# The installed CLI runs on its own: no path back into the build or source tree.
execute_process(COMMAND ${PREFIX}/bin/scalelab-cli validate
                        ${PREFIX}/share/scalelab/examples/two-servers-balanced.scalelab.json
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "the installed scalelab-cli cannot validate an installed example:\n${output}")
endif()

# A lesson finds its topologies in ../examples, as the installed layout puts them.
execute_process(COMMAND ${PREFIX}/bin/scalelab-cli lesson ${PREFIX}/share/scalelab/lessons/one-server-to-two.lesson.json
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "the installed scalelab-cli cannot run an installed lesson:\n${output}")
endif()

# The metainfo as a software centre sees it: with its .desktop file and icon beside it.
execute_process(COMMAND ${APPSTREAMCLI} validate-tree --no-net ${PREFIX}
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0 OR output MATCHES "(^|\n)[EW]: ")
  message(FATAL_ERROR "appstreamcli validate-tree ${PREFIX}:\n${output}")
endif()
message(STATUS "installed and checked ${PREFIX}")
