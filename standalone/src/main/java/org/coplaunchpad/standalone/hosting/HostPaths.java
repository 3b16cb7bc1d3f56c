package org.coplaunchpad.standalone.hosting;

/** Where the host serves Confluence, as a Confluence installed under /confluence: the site and SAL's login URI use it. */
public final class HostPaths {
    public static final String CONTEXT_PATH = "/confluence";

    private HostPaths() {
    }
}
