# SPDX-License-Identifier: GPL-3.0-or-later
# `cpack -G DEB` in a build configured with -DCMAKE_INSTALL_PREFIX=/usr builds the Debian package.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME ${STAGING_APP_NAME})
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "Integrateur")
set(CPACK_PACKAGE_CONTACT "Integrateur Staging Team <staging@integrateur.fr>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "guided staging of Wazo telephony orders at the bench")
set(CPACK_PACKAGE_DESCRIPTION
    "The Staging Workbench guides a bench technician through a business\n"
    "customer's telephony order: numbering plan checked and imported, mini-PC\n"
    "installed with Debian and the Wazo Platform PBX, users, lines, voicemails\n"
    "and DIDs provisioned, IP phones attached by MAC, and labels printed. Every\n"
    "step is recorded in a job log and can be resumed.\n"
    "\n"
    "This package holds the desktop workbench and stagingctl, its command-line\n"
    "companion.")
string(REPLACE ";" "" CPACK_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://www.integrateur.fr/staging-workbench")
# Libraries the binaries link come from dpkg-shlibdeps. Qt loads the SQL drivers and the
# platform plugins at run time, and QtKeychain talks to the Secret Service through libsecret:
# none of them is a link-time dependency, so they are named here.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, qt6-qpa-plugins, libsecret-1-0")
# Qt's own French (standard dialogs and buttons) comes from qt6-translations-l10n.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-translations-l10n")
include(CPack)
