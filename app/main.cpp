// SPDX-License-Identifier: GPL-3.0-or-later
#include "Application.h"

#include <QApplication>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    Staging::Application workbench(app);
    return workbench.run();
}
