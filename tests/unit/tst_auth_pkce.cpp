#include "auth/Pkce.h"
#include "common/RandomSecret.h"

#include <QSet>
#include <QTest>

using namespace figestio;

class TestPkce : public QObject {
    Q_OBJECT
private slots:
    // RFC 7636 Appendix B.
    void rfc7636AppendixB() {
        const QByteArray verifier("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
        QVERIFY(Pkce::isValidVerifier(verifier));
        QCOMPARE(Pkce::challengeFor(verifier),
                 QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    }

    void generatedVerifierIsValidAndFresh() {
        QSet<QByteArray> seen;
        for (int i = 0; i < 200; ++i) {
            const Pkce p = Pkce::generate();
            QVERIFY2(Pkce::isValidVerifier(p.verifier), p.verifier.constData());
            QVERIFY(p.verifier.size() >= 43 && p.verifier.size() <= 128);
            QCOMPARE(p.challenge, Pkce::challengeFor(p.verifier));
            QCOMPARE(p.challenge.size(), 43); // SHA-256, base64url without padding
            QVERIFY(!p.challenge.contains('='));
            QVERIFY(!seen.contains(p.verifier));
            seen.insert(p.verifier);
        }
    }

    void verifierValidation_data() {
        QTest::addColumn<QByteArray>("verifier");
        QTest::addColumn<bool>("valid");
        QTest::newRow("42 chars") << QByteArray(42, 'a') << false;
        QTest::newRow("43 chars") << QByteArray(43, 'a') << true;
        QTest::newRow("128 chars") << QByteArray(128, '~') << true;
        QTest::newRow("129 chars") << QByteArray(129, 'a') << false;
        QTest::newRow("plus") << QByteArray(42, 'a') + '+' << false;
        QTest::newRow("slash") << QByteArray(42, 'a') + '/' << false;
        QTest::newRow("space") << QByteArray(42, 'a') + ' ' << false;
        QTest::newRow("unreserved") << QByteArray("abcXYZ019-._~") + QByteArray(30, 'q') << true;
    }
    void verifierValidation() {
        QFETCH(QByteArray, verifier);
        QFETCH(bool, valid);
        QCOMPARE(Pkce::isValidVerifier(verifier), valid);
    }

    // state and nonce: ≥128 bits from the CSPRNG, base64url, never repeated.
    void randomTokens() {
        QSet<QByteArray> seen;
        for (int i = 0; i < 500; ++i) {
            const QByteArray t = randomSecret(16);
            QCOMPARE(t.size(), 22); // 128 bits
            for (const char c : t)
                QVERIFY(
                    QByteArray("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
                        .contains(c));
            QVERIFY(!seen.contains(t));
            seen.insert(t);
        }
        QCOMPARE(randomSecret(32).size(), 43);
    }
};

QTEST_GUILESS_MAIN(TestPkce)
#include "tst_auth_pkce.moc"
