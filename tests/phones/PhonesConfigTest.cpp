// SPDX-License-Identifier: GPL-3.0-or-later
// The files a Yealink phone receives: checked against golden files and parsed back.
#include "PhonesTestSupport.h"
#include "TestSupport.h"
#include "order/ModelCatalog.h"
#include "phones/YealinkConfig.h"
#include "phones/YealinkConfigGenerator.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace Staging;

namespace {

QByteArray golden(const QString &name)
{
    QFile file(Staging::Test::dataPath(QStringLiteral("phones/") + name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name.toStdString();
    return file.readAll();
}

YealinkConfigGenerator testGenerator()
{
    return YealinkConfigGenerator(
        ModelCatalog::builtIn(), Staging::Test::phonesTestOrder(), Staging::Test::phonesTestSettings());
}

} // namespace

TEST(PhonesConfig, MacFileMatchesGolden)
{
    const auto config = testGenerator().macConfig(QStringLiteral("80-5E-C0-12-34-56"));
    ASSERT_TRUE(config) << config.error().message.toStdString();
    EXPECT_EQ(config->toText(), golden(QStringLiteral("805ec0123456.cfg")));
}

TEST(PhonesConfig, CommonFilesMatchGolden)
{
    const ModelCatalog &catalog = ModelCatalog::builtIn();
    for (const QString &id : { QStringLiteral("yealink-t54w"), QStringLiteral("yealink-t46u") }) {
        const PhoneModel *model = catalog.find(id);
        ASSERT_NE(model, nullptr);
        const auto config = testGenerator().commonConfig(*model);
        ASSERT_TRUE(config) << config.error().message.toStdString();
        EXPECT_EQ(config->toText(), golden(model->commonConfig)) << id.toStdString();
    }
}

TEST(PhonesConfig, CommonFileNamesFollowYealinkHardwareIds)
{
    const ModelCatalog &catalog = ModelCatalog::builtIn();
    EXPECT_EQ(catalog.find(QStringLiteral("yealink-t54w"))->commonConfig, QStringLiteral("y000000000096.cfg"));
    EXPECT_EQ(catalog.find(QStringLiteral("yealink-t46u"))->commonConfig, QStringLiteral("y000000000108.cfg"));
    // The W60P kit is provisioned through its W60B base.
    EXPECT_EQ(catalog.find(QStringLiteral("yealink-w60p"))->commonConfig,
        catalog.find(QStringLiteral("yealink-w60b"))->commonConfig);
    EXPECT_EQ(YealinkConfigGenerator::macFileStem(QStringLiteral("80:5E:C0:AA:00:01")), QStringLiteral("805ec0aa0001"));
}

TEST(PhonesConfig, GeneratedFilesParseBackWithTheSameValues)
{
    const YealinkConfigGenerator generator = testGenerator();
    for (const Station &station : generator.order().stations) {
        if (station.mac.isEmpty()) {
            continue;
        }
        const auto written = generator.macConfig(station.mac);
        ASSERT_TRUE(written) << written.error().message.toStdString();
        const auto parsed = YealinkConfig::parse(written->toText(), station.mac);
        ASSERT_TRUE(parsed) << parsed.error().message.toStdString();
        EXPECT_EQ(parsed->entries(), written->entries());
        EXPECT_EQ(parsed->value(QStringLiteral("static.security.user_password")),
            QStringLiteral("admin:") + Staging::Test::phonesTestAdminPassword);
    }
}

TEST(PhonesConfig, UrlsAreEncodedSoTheValueStaysOneToken)
{
    const PhoneModel *t54w = ModelCatalog::builtIn().find(QStringLiteral("yealink-t54w"));
    const auto config = testGenerator().commonConfig(*t54w);
    ASSERT_TRUE(config);
    const QString firmware = config->value(QStringLiteral("static.firmware.url"));
    EXPECT_TRUE(firmware.startsWith(QStringLiteral("http://127.0.0.1:8080/firmware/T54W%28T57W%2C")))
        << firmware.toStdString();
    EXPECT_FALSE(firmware.contains(QLatin1Char(' ')));
    EXPECT_EQ(QUrl::fromEncoded(firmware.toLatin1()).fileName(), t54w->firmwareFile);
}

TEST(PhonesConfig, ValuesThatCannotBeWrittenBackAreRefused)
{
    YealinkConfig config;
    const auto lineBreak = config.set(QStringLiteral("lang.gui"), QStringLiteral("French\nstatic.x = 1"));
    ASSERT_FALSE(lineBreak);
    EXPECT_TRUE(lineBreak.error().message.contains(QStringLiteral("lang.gui")));
    EXPECT_FALSE(config.set(QStringLiteral("lang.gui"), QStringLiteral(" French")));
    EXPECT_FALSE(config.set(QStringLiteral("lang gui"), QStringLiteral("French")));
    // A password with '#', '=' and ':' is written as it is and read back whole.
    ASSERT_TRUE(config.set(QStringLiteral("static.security.user_password"), QStringLiteral("admin:a#b=c:d")));
    const auto parsed = YealinkConfig::parse(config.toText(), QStringLiteral("t.cfg"));
    ASSERT_TRUE(parsed);
    EXPECT_EQ(parsed->value(QStringLiteral("static.security.user_password")), QStringLiteral("admin:a#b=c:d"));
    EXPECT_TRUE(config.entries().size() == 1);
}

TEST(PhonesConfig, PasswordWithALineBreakIsRefusedWithoutShowingIt)
{
    PhoneSettings settings = Staging::Test::phonesTestSettings();
    settings.adminPassword = QStringLiteral("Planted\nSecret");
    const YealinkConfigGenerator generator(ModelCatalog::builtIn(), Staging::Test::phonesTestOrder(), settings);
    const auto config = generator.macConfig(QStringLiteral("80:5e:c0:12:34:56"));
    ASSERT_FALSE(config);
    EXPECT_TRUE(config.error().message.contains(QStringLiteral("static.security.user_password")));
    EXPECT_FALSE(config.error().message.contains(QStringLiteral("Planted")));
}

TEST(PhonesConfig, DuplicateKeysAndMissingHeaderAreRefusedWithTheLine)
{
    const auto duplicate =
        YealinkConfig::parse(QByteArrayLiteral("#!version:1.0.0.1\nlang.gui = French\n# note\nlang.gui = English\n"),
            QStringLiteral("dup.cfg"));
    ASSERT_FALSE(duplicate);
    EXPECT_TRUE(duplicate.error().message.contains(QStringLiteral("dup.cfg, line 4")))
        << duplicate.error().message.toStdString();
    const auto noHeader = YealinkConfig::parse(QByteArrayLiteral("lang.gui = French\n"), QStringLiteral("x.cfg"));
    ASSERT_FALSE(noHeader);
    EXPECT_TRUE(noHeader.error().message.contains(QStringLiteral("line 1")));
}

TEST(PhonesConfig, UnknownMacAndMissingSettingsAreRefused)
{
    EXPECT_FALSE(testGenerator().macConfig(QStringLiteral("80:5e:c0:00:00:99")));
    PhoneSettings settings = Staging::Test::phonesTestSettings();
    settings.provisioningUrl = QUrl();
    EXPECT_FALSE(YealinkConfigGenerator(ModelCatalog::builtIn(), Staging::Test::phonesTestOrder(), settings)
                     .macConfig(QStringLiteral("80:5e:c0:12:34:56")));
    settings = Staging::Test::phonesTestSettings();
    settings.adminPassword.clear();
    EXPECT_FALSE(YealinkConfigGenerator(ModelCatalog::builtIn(), Staging::Test::phonesTestOrder(), settings)
                     .macConfig(QStringLiteral("80:5e:c0:12:34:56")));
}

TEST(PhonesConfig, GeneratedPhonePasswordsAreLongAndDiffer)
{
    const QString a = YealinkConfigGenerator::generatePhonePassword();
    const QString b = YealinkConfigGenerator::generatePhonePassword();
    EXPECT_EQ(a.size(), 16);
    EXPECT_NE(a, b);
    YealinkConfig config;
    EXPECT_TRUE(config.set(QStringLiteral("static.security.user_password"), QStringLiteral("admin:") + a));
}
