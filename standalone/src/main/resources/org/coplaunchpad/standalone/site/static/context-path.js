/*
 * AJS.contextPath(), as Confluence's web-resource manager provides it (AUI 10 no longer does): the site's context
 * path, from <meta name="ajs-context-path">. Loaded before AUI, which picks it up.
 */
(function () {
    'use strict';
    var meta = document.querySelector('meta[name="ajs-context-path"]');
    var path = meta ? meta.getAttribute('content') : '';
    window.AJS = window.AJS || {};
    window.AJS.contextPath = function () {
        return path;
    };
}());
