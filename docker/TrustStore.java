import java.io.BufferedInputStream;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;

/**
 * Writes a PKCS#12 trust store holding every certificate of a PEM bundle, for Maven behind a
 * TLS-inspecting proxy (docker/with-ca.sh; run by Java's source launcher: one JVM, not one keytool
 * per certificate). Usage: java docker/TrustStore.java BUNDLE.pem OUT.p12 PASSWORD
 */
public class TrustStore {
    public static void main(String[] args) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        int count = 0;
        try (var in = new BufferedInputStream(new FileInputStream(args[0]))) {
            for (Certificate cert : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                store.setCertificateEntry("bundle-" + count++, cert);
            }
        }
        try (var out = new FileOutputStream(args[1])) {
            store.store(out, args[2].toCharArray());
        }
        System.out.println("[with-ca] " + count + " certificates trusted for Java");
    }
}
