# SPDX-License-Identifier: GPL-3.0-or-later
# `cpack -G DEB` in the build directory makes scalelab_<version>-<release>_<arch>.deb from the
# install rules in cmake/Install.cmake. docs/PACKAGING.md says how to build and install it.
# ScaleLab has no public home yet: example.org (RFC 2606, reserved for documentation) marks
# the address and homepage as placeholders that validate. A packager sets their own.
set(SCALELAB_PACKAGE_MAINTAINER "ScaleLab developers <scalelab@example.org>"
    CACHE STRING "Maintainer field of the .deb")
set(SCALELAB_HOMEPAGE "https://example.org/scalelab" CACHE STRING "Homepage field of the .deb")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME scalelab)
set(CPACK_PACKAGE_VENDOR "ScaleLab developers")
set(CPACK_PACKAGE_CONTACT "${SCALELAB_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "teaching visualizer: scale a system from zero to millions of users")
# Wrapped by hand: dpkg shows the lines as they are.
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "ScaleLab lets teachers and students draw an architecture of load\n"
    "balancers, web servers, caches, databases and CDN edges, run it, and\n"
    "watch servers queue, drop requests and fail over. The simulation is\n"
    "deterministic: the same file and seed always give the same result.\n"
    "\n"
    "The package holds the desktop application (scalelab), the headless\n"
    "command-line tool (scalelab-cli), the example topologies and the lessons.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${SCALELAB_HOMEPAGE}")
# GPL-3.0-or-later: ScaleLab links QCustomPlot (GPL-3.0). The .deb carries
# /usr/share/doc/scalelab/copyright (cmake/Install.cmake).
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
# The debug info of a RelWithDebInfo build stays out of the package.
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${SCALELAB_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# dpkg-shlibdeps reads the libraries the binaries link (Qt, QCustomPlot, libstdc++...).
# Qt loads plugins at run time: xcb and the SVG icon engine ship in libqt6gui6 and
# libqt6svg6, linked anyway; Wayland's is in qt6-wayland, recommended.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "hicolor-icon-theme, qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-translations-l10n")

include(CPack)
