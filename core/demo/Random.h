#pragma once

#include <cstdint>
#include <QList>
#include <QString>

namespace tp::demo {

// xoshiro256** seeded through splitmix64: the same seed gives the same
// sequence on every platform and compiler (unlike std:: distributions).
class Random
{
public:
    explicit Random(std::uint64_t seed)
    {
        for (auto& s : m_state) {
            seed += 0x9E3779B97F4A7C15ull;
            std::uint64_t z = seed;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
            s = z ^ (z >> 31);
        }
    }

    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
        const std::uint64_t t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    // Uniform in [0, 1).
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    // Uniform in [lo, hi] (inclusive).
    int between(int lo, int hi) { return lo + int(next() % std::uint64_t(hi - lo + 1)); }
    double real(double lo, double hi) { return lo + unit() * (hi - lo); }
    bool chance(double p) { return unit() < p; }

    template <typename T> const T& pick(const QList<T>& items)
    {
        return items.at(qsizetype(next() % std::uint64_t(items.size())));
    }

    // Index into weights, chosen in proportion to them.
    int weighted(std::initializer_list<int> weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int r = between(0, total - 1);
        int i = 0;
        for (int w : weights) {
            if (r < w)
                return i;
            r -= w;
            ++i;
        }
        return i - 1;
    }

    // A version-4 UUID made of this generator's bits.
    QString uuid()
    {
        const std::uint64_t a = next();
        const std::uint64_t b = next();
        unsigned char bytes[16];
        for (int i = 0; i < 8; ++i) {
            bytes[i] = static_cast<unsigned char>(a >> (56 - 8 * i));
            bytes[8 + i] = static_cast<unsigned char>(b >> (56 - 8 * i));
        }
        bytes[6] = static_cast<unsigned char>((bytes[6] & 0x0F) | 0x40);
        bytes[8] = static_cast<unsigned char>((bytes[8] & 0x3F) | 0x80);
        static const char hex[] = "0123456789abcdef";
        QString out;
        out.reserve(36);
        for (int i = 0; i < 16; ++i) {
            if (i == 4 || i == 6 || i == 8 || i == 10)
                out += QLatin1Char('-');
            out += QLatin1Char(hex[bytes[i] >> 4]);
            out += QLatin1Char(hex[bytes[i] & 0x0F]);
        }
        return out;
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::uint64_t m_state[4]{};
};

} // namespace tp::demo
