package org.coplaunchpad.standalone.data;

import java.util.Arrays;
import java.util.Base64;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder.SecretKeyFactoryAlgorithm;

/**
 * The host's password hashes, {@code pbkdf2$ITERATIONS$SALT$HASH} (PBKDF2-HMAC-SHA256, a 16-byte salt, 256 bits,
 * Base64), computed and compared by Spring Security's {@link Pbkdf2PasswordEncoder}: this class only lays out its
 * {@code salt + hash} string in the host's format. That format is what every data folder made before Spring Security
 * holds, and it names its iteration count, which Spring's own PBKDF2 string does not: existing folders log in as they
 * did, and a later higher count would not invalidate them.
 */
public final class Passwords implements PasswordEncoder {
    private static final String SCHEME = "pbkdf2";
    private static final int SALT_BYTES = 16;
    /**
     * The host's cost since its first version: a demo and test host on 127.0.0.1, where HTTP Basic checks the
     * password on every request of a test or script. Never production (that is Confluence).
     */
    private static final int ITERATIONS = 10_000;

    private final Pbkdf2PasswordEncoder current = pbkdf2(ITERATIONS);

    @Override
    public String encode(CharSequence rawPassword) {
        byte[] saltAndHash = Base64.getDecoder().decode(current.encode(rawPassword));
        return SCHEME + "$" + ITERATIONS + "$" + b64(Arrays.copyOfRange(saltAndHash, 0, SALT_BYTES))
                + "$" + b64(Arrays.copyOfRange(saltAndHash, SALT_BYTES, saltAndHash.length));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        String[] parts = encodedPassword == null ? new String[0] : encodedPassword.split("\\$");
        if (rawPassword == null || parts.length != 4 || !parts[0].equals(SCHEME)) {
            return false;
        }
        int iterations;
        byte[] salt;
        byte[] hash;
        try {
            iterations = Integer.parseInt(parts[1]);
            salt = Base64.getDecoder().decode(parts[2]);
            hash = Base64.getDecoder().decode(parts[3]);
        } catch (IllegalArgumentException notOurs) {
            return false;
        }
        if (salt.length != SALT_BYTES || iterations <= 0) {
            return false;
        }
        byte[] saltAndHash = Arrays.copyOf(salt, salt.length + hash.length);
        System.arraycopy(hash, 0, saltAndHash, salt.length, hash.length);
        Pbkdf2PasswordEncoder encoder = iterations == ITERATIONS ? current : pbkdf2(iterations);
        return encoder.matches(rawPassword, b64(saltAndHash));
    }

    private static Pbkdf2PasswordEncoder pbkdf2(int iterations) {
        Pbkdf2PasswordEncoder encoder = new Pbkdf2PasswordEncoder("", SALT_BYTES, iterations,
                SecretKeyFactoryAlgorithm.PBKDF2WithHmacSHA256);
        encoder.setEncodeHashAsBase64(true);
        return encoder;
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
