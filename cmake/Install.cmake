# SPDX-License-Identifier: GPL-3.0-or-later
# Where `cmake --install` (and so the .deb) puts ScaleLab: the FHS layout a Linux desktop
# looks in, so the menu entry, icon, file types and software centre entry all find it.
# Included from the top-level CMakeLists.txt after the targets are defined.
include(GNUInstallDirs)

# The reverse-DNS id that names the .desktop file, the metainfo, the icon and the MIME package;
# app/main.cpp passes the same id to QGuiApplication::setDesktopFileName().
set(SCALELAB_APP_ID io.github.scalelab.ScaleLab)
set(SCALELAB_DESKTOP_DIR ${PROJECT_SOURCE_DIR}/resources/desktop)

install(TARGETS scalelab-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

# The examples and lessons are embedded in the GUI; installed as files too so that the CLI
# can run them and a teacher can copy one to start from.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/resources/examples/
        DESTINATION ${CMAKE_INSTALL_DATADIR}/scalelab/examples
        FILES_MATCHING PATTERN "*.scalelab.json" PATTERN "*.csv")
install(DIRECTORY ${PROJECT_SOURCE_DIR}/resources/lessons/
        DESTINATION ${CMAKE_INSTALL_DATADIR}/scalelab/lessons
        FILES_MATCHING PATTERN "*.lesson.json")

if(SCALELAB_BUILD_GUI)
  install(TARGETS scalelab RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
  install(FILES ${SCALELAB_DESKTOP_DIR}/${SCALELAB_APP_ID}.desktop
                ${SCALELAB_DESKTOP_DIR}/${SCALELAB_APP_ID}.Lesson.desktop
          DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  install(FILES ${SCALELAB_DESKTOP_DIR}/${SCALELAB_APP_ID}.metainfo.xml
          DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
  install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/app/scalelab.svg
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
          RENAME ${SCALELAB_APP_ID}.svg)
  install(FILES ${SCALELAB_DESKTOP_DIR}/${SCALELAB_APP_ID}.mime.xml
          DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages
          RENAME ${SCALELAB_APP_ID}.xml)
endif()

install(FILES ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/docs/USER_GUIDE.md
              ${PROJECT_SOURCE_DIR}/docs/CLI.md ${PROJECT_SOURCE_DIR}/docs/FILE_FORMAT.md
              ${PROJECT_SOURCE_DIR}/docs/LESSON_FORMAT.md
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/scalelab)
# Debian policy 12.5: the licence in machine-readable form beside the docs.
install(FILES ${PROJECT_SOURCE_DIR}/resources/packaging/copyright ${PROJECT_SOURCE_DIR}/LICENSE
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/scalelab)
