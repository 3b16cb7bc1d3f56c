package org.coplaunchpad;

import java.time.Instant;
import org.springframework.stereotype.Component;

/** The time the app stamps answers with. A component so that tests can give it a fixed time. */
@Component
public class AppClock {
    public Instant now() {
        return Instant.now();
    }
}
