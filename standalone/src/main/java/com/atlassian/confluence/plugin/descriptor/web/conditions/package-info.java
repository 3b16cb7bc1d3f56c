/**
 * The standalone host's implementations of Confluence's web-item conditions, under Confluence's names. The host
 * exports this package to the app as Confluence does, and loads the classes a descriptor names through the app's
 * bundle: an app that forgot to import this package fails here as it would in Confluence.
 */
package com.atlassian.confluence.plugin.descriptor.web.conditions;
