#include "Sha256.h"

#include <openssl/evp.h>
#include <QIODevice>

namespace tp::crypto {

Sha256::Sha256()
    : m_ctx(EVP_MD_CTX_new())
{
    EVP_DigestInit_ex(m_ctx, EVP_sha256(), nullptr);
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(m_ctx);
}

void Sha256::addData(QByteArrayView data)
{
    EVP_DigestUpdate(m_ctx, data.data(), size_t(data.size()));
}

bool Sha256::addData(QIODevice* device)
{
    QByteArray buffer(256 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 n = device->read(buffer.data(), buffer.size());
        if (n < 0)
            return false;
        if (n == 0)
            return true;
        addData(QByteArrayView(buffer.constData(), n));
    }
}

QByteArray Sha256::result()
{
    if (m_result.isEmpty()) {
        m_result.resize(32);
        unsigned int n = 0;
        EVP_DigestFinal_ex(m_ctx, reinterpret_cast<unsigned char*>(m_result.data()), &n);
    }
    return m_result;
}

QByteArray Sha256::hash(QByteArrayView data)
{
    Sha256 h;
    h.addData(data);
    return h.result();
}

} // namespace tp::crypto
