# SPDX-License-Identifier: GPL-3.0-or-later
# One reverse-DNS application id everywhere: desktop file, metainfo, organization domain, keychain.
include(GNUInstallDirs)
set(STAGING_APP_ID "fr.integrateur.StagingWorkbench")
set(STAGING_ORG_DOMAIN "integrateur.fr")
set(STAGING_APP_NAME "staging-workbench")
