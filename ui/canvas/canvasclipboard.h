// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/topology.h"

#include <QCoreApplication>

#include <optional>

class QMimeData;

namespace scalelab {

/// Copied nodes on the system clipboard: the fragment (TopologyDocument::fragment) written
/// as a topology file, under ScaleLab's own MIME type and as plain text, so that it pastes
/// into another ScaleLab window and into a text editor alike.
class CanvasClipboard
{
    Q_DECLARE_TR_FUNCTIONS(CanvasClipboard)

public:
    static QString mimeType();
    static QMimeData *mimeData(const Topology &fragment);
    /// Puts `fragment` on the clipboard.
    static void put(const Topology &fragment);
    /// What `mime` holds, if it is a fragment or a topology file's text; nullopt otherwise,
    /// with the reader's message in `error`.
    static std::optional<Topology> fragmentFrom(const QMimeData *mime, QString *error = nullptr);
    /// The clipboard's fragment, if any.
    static std::optional<Topology> take(QString *error = nullptr);
    /// Whether the clipboard holds something take() can read (cheap: no parsing of text).
    static bool hasFragment();
};

} // namespace scalelab
