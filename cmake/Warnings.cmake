# SPDX-License-Identifier: GPL-3.0-or-later
# One set of warnings for every target (core, ui, app, tests, bench, fuzz): link
# scalelab_warnings PRIVATE. CI builds with SCALELAB_WERROR=ON (.ci/run), so a warning fails it.
option(SCALELAB_WERROR "Treat compiler warnings as errors (CI)" OFF)
add_library(scalelab_warnings INTERFACE)
target_compile_options(scalelab_warnings INTERFACE -Wall -Wextra -Wpedantic $<$<BOOL:${SCALELAB_WERROR}>:-Werror>)
