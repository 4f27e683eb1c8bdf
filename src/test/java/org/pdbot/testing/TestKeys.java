package org.pdbot.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Real RSA keys and certificates for the OAuth tests, made with the JDK's keytool and KeyPairGenerator. */
public final class TestKeys {

    private TestKeys() {
    }

    public static KeyPair rsa() throws GeneralSecurityException {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        return g.generateKeyPair();
    }

    /** A PKCS#12 file with a self-signed certificate and its key, as an Entra app's certificate would be. */
    public static Path pkcs12(Path dir, String password) throws IOException, InterruptedException {
        Path file = dir.resolve("pdbot-app.p12");
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "pdbot", "-keyalg", "RSA", "-keysize", "2048", "-validity", "365",
                "-dname", "CN=pdbot test app", "-storetype", "PKCS12", "-keystore", file.toString(),
                "-storepass", password, "-keypass", password))
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("keytool failed: " + output);
        }
        return file;
    }

    public static X509Certificate certificate(Path pkcs12, String password) throws IOException, GeneralSecurityException {
        return (X509Certificate) keyStore(pkcs12, password).getCertificate("pdbot");
    }

    /** The same key and certificate as PEM blocks (PKCS#8 key, then the certificate). */
    public static Path pem(Path pkcs12, String password, Path dir) throws IOException, GeneralSecurityException {
        KeyStore ks = keyStore(pkcs12, password);
        PrivateKey key = (PrivateKey) ks.getKey("pdbot", password.toCharArray());
        Path file = dir.resolve("pdbot-app.pem");
        Files.writeString(file, pem("PRIVATE KEY", key.getEncoded()) + pem("CERTIFICATE", ks.getCertificate("pdbot").getEncoded()));
        return file;
    }

    public static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static KeyStore keyStore(Path file, String password) throws IOException, GeneralSecurityException {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            ks.load(in, password.toCharArray());
        }
        return ks;
    }
}
