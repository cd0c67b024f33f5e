// SPDX-License-Identifier: GPL-3.0-or-later
// Secrets stay in the keychain or the environment they came from: a planted portal password,
// wrong then right, never reaches stagingctl's output, error messages, the job log files, the
// settings or the data folder.
#include "CtlRunner.h"
#include "SimServeProcess.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Staging::Test;

namespace {

const QByteArray kPlanted = QByteArrayLiteral("Planted-Portal-Secret-7Qx9");
const QByteArray kWrong = QByteArrayLiteral("Wrong-Planted-Secret-3Kv2");

/** Every file under dir whose bytes contain needle, with the needle also searched in UTF-16. */
QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    const QByteArray wide =
        QByteArray(reinterpret_cast<const char *>(QString::fromLatin1(needle).utf16()), needle.size() * 2);
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray bytes = file.readAll();
            if (bytes.contains(needle) || bytes.contains(wide)) {
                hits << file.fileName();
            }
        }
    }
    return hits;
}

class CtlSecurity : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        // Settings and data of the programs under test go to this folder only.
        m_saved = { qgetenv("XDG_CONFIG_HOME"), qgetenv("XDG_DATA_HOME"), qgetenv("STAGING_PORTAL_PASSWORD") };
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());

        ASSERT_TRUE(m_sim.start({ QStringLiteral("--password"), QString::fromLatin1(kPlanted) }));

        QFile plan(m_dir.filePath(QStringLiteral("plan.csv")));
        ASSERT_TRUE(plan.open(QIODevice::WriteOnly));
        plan.write(
            QStringLiteral("Site;Nom Prénom Utilisateur;Type profil;Matériel;Numéro de ligne (ou création);"
                           "Extension;Email;MAC\n"
                           "Aix;Hélène Lemaître;SOFTPHONE;SOFTPHONE;04 42 00 10 01;8001;helene@lemaitre.example;\n")
                .toUtf8());
    }

    void TearDown() override
    {
        const char *names[] = { "XDG_CONFIG_HOME", "XDG_DATA_HOME", "STAGING_PORTAL_PASSWORD" };
        for (int i = 0; i < 3; ++i) {
            if (m_saved.value(i).isEmpty()) {
                qunsetenv(names[i]);
            } else {
                qputenv(names[i], m_saved.value(i));
            }
        }
    }

    CtlRun apply(const QByteArray &password)
    {
        qputenv("STAGING_PORTAL_PASSWORD", password);
        return runStagingctl({ QStringLiteral("order"), QStringLiteral("apply"), QStringLiteral("--plan"),
            m_dir.filePath(QStringLiteral("plan.csv")), QStringLiteral("--portal"), m_sim.url(),
            QStringLiteral("--pin-sha256"), m_sim.pin(), QStringLiteral("--user"), QStringLiteral("admin"),
            QStringLiteral("--customer"), QStringLiteral("Boulangerie Lemaître"), QStringLiteral("--customer-id"),
            QStringLiteral("73282932000074"), QStringLiteral("--range"), QStringLiteral("8000-8020"),
            QStringLiteral("--order-id"), QStringLiteral("CMD-7"), QStringLiteral("--joblog"),
            m_dir.filePath(QStringLiteral("data/journal.sqlite")) });
    }

    QTemporaryDir m_dir;
    QList<QByteArray> m_saved;
    SimServeProcess m_sim;
};

} // namespace

TEST_F(CtlSecurity, APlantedPortalPasswordIsFoundNowhere)
{
    QDir().mkpath(m_dir.filePath(QStringLiteral("data")));
    const CtlRun wrong = apply(kWrong);
    ASSERT_FALSE(wrong.crashed) << wrong.err.toStdString();
    EXPECT_NE(wrong.exitCode, 0) << wrong.out.toStdString() << wrong.err.toStdString();
    EXPECT_FALSE(wrong.err.isEmpty()); // the refusal is explained...
    const CtlRun right = apply(kPlanted);
    ASSERT_FALSE(right.crashed) << right.err.toStdString();
    EXPECT_EQ(right.exitCode, 0) << right.out.toStdString() << right.err.toStdString();
    const CtlRun history = runStagingctl(
        { QStringLiteral("history"), QStringLiteral("CMD-7"), QStringLiteral("--format"), QStringLiteral("json"),
            QStringLiteral("--joblog"), m_dir.filePath(QStringLiteral("data/journal.sqlite")) });
    EXPECT_EQ(history.exitCode, 0) << history.err.toStdString();
    EXPECT_TRUE(history.out.contains(QLatin1String("CMD-7")));

    // ... without either password, anywhere.
    for (const QByteArray &secret : { kWrong, kPlanted }) {
        for (const CtlRun *run : { &wrong, &right, &history }) {
            EXPECT_FALSE(run->out.contains(QString::fromLatin1(secret))) << secret.constData();
            EXPECT_FALSE(run->err.contains(QString::fromLatin1(secret))) << secret.constData();
        }
        // The job log (SQLite file, WAL and SHM), the settings and everything else written here.
        EXPECT_EQ(filesContaining(m_dir.filePath(QStringLiteral("data")), secret), QStringList()) << secret.constData();
        EXPECT_EQ(filesContaining(m_dir.filePath(QStringLiteral("config")), secret), QStringList())
            << secret.constData();
    }
    // The scan itself works: the job log holds the order, and the scan finds the order's data in it.
    EXPECT_FALSE(filesContaining(m_dir.filePath(QStringLiteral("data")), QByteArrayLiteral("helene@lemaitre.example"))
                     .isEmpty());
}
