// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

namespace Staging {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Staging Workbench"));
}

MainWindow::~MainWindow() = default;

} // namespace Staging
