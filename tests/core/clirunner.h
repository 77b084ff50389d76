// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the suites that run the built scalelab-cli (tst_cli, tst_compare, tst_sweepcli,
// tst_lessoncli):
// their target defines SCALELAB_CLI as the binary's path (tests/core/CMakeLists.txt).
#include <QByteArray>
#include <QProcess>
#include <QStringList>

namespace scalelab::testing {

struct CliResult
{
    int exitCode = -1;   ///< -1: did not finish in time; -2: crashed
    QByteArray out;
    QByteArray err;
};

/// Runs scalelab-cli with `arguments` and waits for it (at most two minutes).
inline CliResult cli(const QStringList &arguments)
{
    CliResult result;
#ifdef SCALELAB_CLI
    QProcess process;
    process.start(QStringLiteral(SCALELAB_CLI), arguments);
    if (!process.waitForFinished(120'000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
#else
    Q_UNUSED(arguments);
#endif
    return result;
}

} // namespace scalelab::testing
