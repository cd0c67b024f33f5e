// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulator/SimCertificate.h"

#include <QCryptographicHash>

#include <memory>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace Staging {

namespace {

struct EvpKeyFree
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct X509Free
{
    void operator()(X509 *cert) const { X509_free(cert); }
};
struct BioFree
{
    void operator()(BIO *bio) const { BIO_free(bio); }
};
struct ExtensionFree
{
    void operator()(X509_EXTENSION *ext) const { X509_EXTENSION_free(ext); }
};

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

bool addExtension(X509 *cert, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    std::unique_ptr<X509_EXTENSION, ExtensionFree> ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

} // namespace

Expected<SimCertificate> SimCertificate::generate(const QString &commonName)
{
    const auto failed = [](const char *step) {
        return Error::make(
            ErrorKind::Protocol, tr("Cannot create the simulator's TLS certificate."), QString::fromLatin1(step));
    };

    std::unique_ptr<EVP_PKEY, EvpKeyFree> key(EVP_EC_gen("P-256"));
    if (!key) {
        return failed("EC P-256 key generation");
    }
    std::unique_ptr<X509, X509Free> cert(X509_new());
    if (!cert || X509_set_version(cert.get(), 2) != 1) { // 2 means X.509 v3
        return failed("X509_new");
    }
    // A random 64-bit positive serial: two simulators never present the same issuer+serial.
    unsigned char serial[8];
    if (RAND_bytes(serial, sizeof(serial)) != 1) {
        return failed("RAND_bytes");
    }
    serial[0] &= 0x7f;
    std::unique_ptr<BIGNUM, decltype(&BN_free)> serialNumber(BN_bin2bn(serial, sizeof(serial), nullptr), &BN_free);
    if (!serialNumber || !BN_to_ASN1_INTEGER(serialNumber.get(), X509_get_serialNumber(cert.get()))) {
        return failed("serial");
    }
    // Valid from an hour ago, so that a client clock slightly behind still accepts it.
    if (!X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600)
        || !X509_gmtime_adj(X509_getm_notAfter(cert.get()), 30L * 24 * 3600)) {
        return failed("validity");
    }
    X509_NAME *name = X509_get_subject_name(cert.get());
    const QByteArray cn = commonName.toUtf8();
    if (X509_NAME_add_entry_by_txt(
            name, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>("Staging Workbench"), -1, -1, 0)
            != 1
        || X509_NAME_add_entry_by_txt(
               name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0)
            != 1
        || X509_set_issuer_name(cert.get(), name) != 1 || X509_set_pubkey(cert.get(), key.get()) != 1) {
        return failed("names");
    }
    // The same extensions as "openssl req -x509" gives a self-signed certificate, plus the names
    // clients check: a client that pins this certificate as its only CA still verifies the host.
    if (!addExtension(cert.get(), NID_basic_constraints, "critical,CA:TRUE")
        || !addExtension(cert.get(), NID_subject_key_identifier, "hash")
        || !addExtension(cert.get(), NID_authority_key_identifier, "keyid:always")
        || !addExtension(cert.get(), NID_subject_alt_name, "IP:127.0.0.1,DNS:localhost")) {
        return failed("extensions");
    }
    if (X509_sign(cert.get(), key.get(), EVP_sha256()) == 0) {
        return failed("X509_sign");
    }

    std::unique_ptr<BIO, BioFree> certBio(BIO_new(BIO_s_mem()));
    std::unique_ptr<BIO, BioFree> keyBio(BIO_new(BIO_s_mem()));
    if (!certBio || !keyBio || PEM_write_bio_X509(certBio.get(), cert.get()) != 1
        || PEM_write_bio_PrivateKey_traditional(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1) {
        return failed("PEM encoding");
    }
    SimCertificate result;
    result.m_certificate = QSslCertificate(bioBytes(certBio.get()), QSsl::Pem);
    result.m_key = QSslKey(bioBytes(keyBio.get()), QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    if (result.m_certificate.isNull() || result.m_key.isNull()) {
        return failed("loading into QSslCertificate/QSslKey");
    }
    return result;
}

QString SimCertificate::sha256Fingerprint() const
{
    return QString::fromLatin1(m_certificate.digest(QCryptographicHash::Sha256).toHex());
}

} // namespace Staging
