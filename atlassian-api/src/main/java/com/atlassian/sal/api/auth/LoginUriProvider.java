package com.atlassian.sal.api.auth;

import java.net.URI;

/** confluence-api.md §2.5 LoginUriProvider (interface); VERIFIED.md §3. Only getLoginUri(URI). */
public interface LoginUriProvider {
    URI getLoginUri(URI returnUri);
}
